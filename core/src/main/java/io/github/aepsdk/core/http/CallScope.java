package io.github.aepsdk.core.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * The OkHttp calls made on behalf of one asynchronous SDK operation, so that cancelling its future
 * cancels them. A call joins the scope of the thread that creates it (see {@link #LISTENERS}, an
 * {@link EventListener.Factory} that OkHttp invokes on the creating thread).
 */
final class CallScope {
  private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

  /**
   * Registers each new call with the current thread's scope, if any, until it ends: a long
   * operation (walking thousands of pages) holds only the calls in flight.
   */
  static final EventListener.Factory LISTENERS = call -> {
    CallScope scope = CURRENT.get();
    if (scope == null) {
      return EventListener.NONE;
    }
    scope.add(call);
    return new EventListener() {
      @Override
      public void callEnd(Call ended) {
        scope.remove(ended);
      }

      @Override
      public void callFailed(Call failed, IOException e) {
        scope.remove(failed);
      }
    };
  };

  private final List<Call> calls = new ArrayList<>();
  private boolean cancelled;

  void enter() {
    CURRENT.set(this);
  }

  static void exit() {
    CURRENT.remove();
  }

  private void add(Call call) {
    boolean cancelNow;
    synchronized (this) {
      cancelNow = cancelled;
      if (!cancelNow) {
        calls.add(call);
      }
    }
    if (cancelNow) {
      call.cancel();
    }
  }

  private synchronized void remove(Call call) {
    calls.remove(call);
  }

  /** The calls in flight (registered and not yet ended). */
  synchronized int inFlight() {
    return calls.size();
  }

  void cancel() {
    List<Call> toCancel;
    synchronized (this) {
      cancelled = true;
      toCancel = new ArrayList<>(calls);
      calls.clear();
    }
    toCancel.forEach(Call::cancel);
  }
}
