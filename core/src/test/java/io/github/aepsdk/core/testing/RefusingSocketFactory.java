package io.github.aepsdk.core.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A socket factory (for {@code OkHttpClient.Builder.socketFactory}) whose first connects are
 * refused with a {@link ConnectException}, as a port with no listener refuses them; later ones
 * connect normally. Tests of refused connections use it instead of probing for a free port, which
 * another process may take before the test connects.
 */
public final class RefusingSocketFactory extends UnconnectedSocketFactory {
  private final AtomicInteger refusalsLeft;
  private final AtomicInteger refused = new AtomicInteger();
  private final Supplier<? extends IOException> failure;

  private RefusingSocketFactory(int refusals, Supplier<? extends IOException> failure) {
    this.refusalsLeft = new AtomicInteger(refusals);
    this.failure = failure;
  }

  /** Refuses every connect. */
  public static RefusingSocketFactory always() {
    return new RefusingSocketFactory(Integer.MAX_VALUE, RefusingSocketFactory::refusal);
  }

  /** Refuses the first {@code refusals} connects, then connects. */
  public static RefusingSocketFactory first(int refusals) {
    return new RefusingSocketFactory(refusals, RefusingSocketFactory::refusal);
  }

  /**
   * Fails the first {@code refusals} connects with the exception {@code failure} makes (a TLS
   * handshake that fails, say), then connects.
   */
  public static RefusingSocketFactory first(int refusals, Supplier<? extends IOException> failure) {
    return new RefusingSocketFactory(refusals, failure);
  }

  private static IOException refusal() {
    return new ConnectException("Connection refused (by the test's socket factory)");
  }

  /** How many connects were refused. */
  public int refused() {
    return refused.get();
  }

  @Override
  public Socket createSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (refusalsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          refused.incrementAndGet();
          throw failure.get();
        }
        super.connect(endpoint, timeout);
      }
    };
  }
}
