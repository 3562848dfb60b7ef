package io.github.aepsdk.core.testing;

import io.github.aepsdk.core.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that records every requested wait and returns at once (optionally running a hook first). */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private volatile Runnable onSleep = () -> {};

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    onSleep.run();
  }

  /** Runs {@code hook} on every sleep (e.g. to bring a server up between attempts). */
  public RecordingSleeper onSleep(Runnable hook) {
    this.onSleep = hook;
    return this;
  }

  /** The waits asked for, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
