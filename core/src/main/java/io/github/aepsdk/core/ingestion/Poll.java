package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads something from AEP until it is what the caller waits for, or the time is up, on the
 * client's {@link AepClient#clock() clock} and {@link AepClient#sleeper() sleeper}, so tests that
 * inject them never wait.
 */
final class Poll {
  private Poll() {}

  /**
   * Calls {@code read} until {@code done} holds or {@code timeout} has passed since the first read,
   * calling {@code waiting} with the last value before each wait of {@code interval} (the last wait
   * shortened to end at the timeout).
   *
   * @return the last value read: one that is done, or the one read at the timeout
   * @throws AepException if the thread is interrupted while waiting ("interrupted while waiting for
   *     {@code what}")
   */
  static <T> T until(AepClient aep, Duration timeout, Duration interval, String what, Supplier<T> read,
      Predicate<T> done, Consumer<T> waiting) {
    Instant deadline = aep.clock().instant().plus(timeout);
    T value = read.get();
    while (!done.test(value)) {
      Duration left = Duration.between(aep.clock().instant(), deadline);
      if (left.isZero() || left.isNegative()) {
        return value;
      }
      waiting.accept(value);
      try {
        aep.sleeper().sleep(left.compareTo(interval) < 0 ? left : interval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AepException("interrupted while waiting for " + what, e);
      }
      value = read.get();
    }
    return value;
  }
}
