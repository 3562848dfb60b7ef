package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.AepClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Read-only calls made at the same time, at most {@code workers + 1} at once: each is queued in the
 * order given and taken by the next free one of {@code workers} tasks on the client's executor
 * ({@link AepClient#async}) or by the thread that {@link #finish() finishes} them, which takes its
 * share once its own calls are done. A read's failure ends its future, not the others. A worker the
 * executor has not started when the reads are finished (its threads all busy, or the task refused)
 * never runs ({@link Forked}): the finishing thread has made every read by then.
 */
final class BoundedReads {
  private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final List<Forked<Void>> workers = new ArrayList<>();

  /** Queues {@code read}; its future ends with its value or its exception once a worker has made it. */
  <T> CompletableFuture<T> add(Supplier<T> read) {
    CompletableFuture<T> result = new CompletableFuture<>();
    queue.add(() -> {
      try {
        result.complete(read.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /** Starts {@code count} workers on {@code aep}'s executor; each takes queued reads until none is left. */
  BoundedReads start(AepClient aep, int count) {
    for (int i = 0; i < count; i++) {
      workers.add(new Forked<>(aep, () -> {
        drain();
        return null;
      }));
    }
    return this;
  }

  /** Makes the queued reads no worker has taken yet on this thread, then waits until every started worker has ended. */
  void finish() {
    drain();
    workers.forEach(Forked::settle);
  }

  /** Drops the queued reads no worker has taken yet (their futures never end), then waits until every started worker has ended. */
  void abandon() {
    queue.clear();
    workers.forEach(Forked::settle);
  }

  private void drain() {
    for (Runnable read = queue.poll(); read != null; read = queue.poll()) {
      read.run();
    }
  }
}
