package io.github.aepsdk.core.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-call bookkeeping shared by the interceptors of one API call (a request tag): how many HTTP
 * requests were sent in all, retries and the 401 replay included.
 */
final class CallState {
  private final AtomicInteger attempts = new AtomicInteger();
  /** When the call started ({@link System#nanoTime()}), for the call timeout. */
  final long startNanos = System.nanoTime();

  int nextAttempt() {
    return attempts.incrementAndGet();
  }

  int attempts() {
    return Math.max(1, attempts.get());
  }
}
