package io.github.aepsdk.core.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Per-attempt request tag that records whether the attempt got as far as an open connection, i.e.
 * whether any byte of the request may have been written. Set by {@link #NETWORK_INTERCEPTOR}, which
 * OkHttp runs only after the connection (TCP and TLS) is established: when it never ran, the server
 * provably never saw the request, so even a POST may be sent again.
 */
final class AttemptMarker {
  /** Marks the attempt as having reached the network. */
  static final Interceptor NETWORK_INTERCEPTOR = new Interceptor() {
    @Override
    public Response intercept(Chain chain) throws IOException {
      AttemptMarker marker = chain.request().tag(AttemptMarker.class);
      if (marker != null) {
        marker.reachedNetwork = true;
      }
      return chain.proceed(chain.request());
    }
  };

  final int number;
  volatile boolean reachedNetwork;

  AttemptMarker(int number) {
    this.number = number;
  }
}
