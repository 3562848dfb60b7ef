package io.github.aepsdk.core.http;

import java.time.Duration;

/**
 * Waits between retries, and between the polls of SDK helpers that wait for AEP. The default, {@link
 * #system()}, blocks the calling thread; tests inject one that records the requested waits and
 * returns at once.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted; the SDK then stops retrying
   */
  void sleep(Duration duration) throws InterruptedException;

  /** A sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}. */
  static Sleeper system() {
    return duration -> {
      if (!duration.isZero() && !duration.isNegative()) {
        Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
      }
    };
  }
}
