package io.github.aepsdk.core.http;

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

  /** Registers each new call with the current thread's scope, if any. */
  static final EventListener.Factory LISTENERS = call -> {
    CallScope scope = CURRENT.get();
    if (scope != null) {
      scope.add(call);
    }
    return EventListener.NONE;
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
