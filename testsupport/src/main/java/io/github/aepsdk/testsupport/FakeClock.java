package io.github.aepsdk.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when told to. Thread-safe. */
public final class FakeClock extends Clock {
  private final AtomicReference<Instant> now;

  /** A clock at {@code start}. */
  public FakeClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** A clock at 2024-05-01T12:00:00Z. */
  public FakeClock() {
    this(Instant.parse("2024-05-01T12:00:00Z"));
  }

  /** Moves the clock forward. */
  public FakeClock advance(Duration d) {
    now.updateAndGet(t -> t.plus(d));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
