package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.AepClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Work handed to the client's executor ({@link AepClient#async}) that the thread needing its result
 * does itself when the executor has not started it: an executor whose threads are all busy (one
 * thread, or the ingestion run from one of its tasks) would otherwise leave that thread waiting for
 * ever, and one that refuses tasks would fail the ingestion. Whichever thread claims the work first
 * runs it; the other never does.
 *
 * @param <T> the work's result
 */
final class Forked<T> {
  private static final int UNCLAIMED = 0;
  private static final int ON_EXECUTOR = 1;
  private static final int ON_CALLER = 2;

  private final AtomicInteger claim = new AtomicInteger(UNCLAIMED);
  private final Supplier<T> work;
  private final CompletableFuture<T> started;

  /** Hands {@code work} to {@code aep}'s executor. */
  Forked(AepClient aep, Supplier<T> work) {
    this.work = work;
    this.started = aep.async(c -> claim.compareAndSet(UNCLAIMED, ON_EXECUTOR) ? work.get() : null);
  }

  /**
   * The work's result: awaited when the executor started it, else computed on this thread now.
   * Throws what the work threw, unwrapped.
   */
  T join() {
    if (claim.compareAndSet(UNCLAIMED, ON_CALLER)) {
      return work.get();
    }
    return join(started);
  }

  /** The value of {@code future}, or the exception it ended with, unwrapped. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw e;
    }
  }

  /**
   * Waits until the work has ended if the executor started it; otherwise makes sure it never runs.
   *
   * @return what the work threw, unwrapped; null when it ended normally or never ran
   */
  Throwable settle() {
    if (!claim.compareAndSet(UNCLAIMED, ON_CALLER) && claim.get() == ON_EXECUTOR) {
      try {
        join(started);
      } catch (RuntimeException | Error failed) {
        return failed;
      }
    }
    return null;
  }
}
