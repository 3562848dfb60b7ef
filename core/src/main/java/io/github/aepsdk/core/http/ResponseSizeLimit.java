package io.github.aepsdk.core.http;

import io.github.aepsdk.core.error.AepResponseTooLargeException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Caps the body of a successful answer at {@code maxBytes}: an answer whose {@code Content-Length}
 * is larger fails at once, one without a length (chunked, or decompressed by OkHttp) as soon as more
 * is read, with an {@link AepResponseTooLargeException}, so no answer is held whole in memory beyond
 * the limit. A body with a length that fits is passed on as it is (OkHttp reads no more than the
 * length), without a counting layer. Error answers are left alone: the call adapter keeps at most
 * their first 1 MB.
 */
final class ResponseSizeLimit implements Interceptor {
  private final long maxBytes;

  ResponseSizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    if (!response.isSuccessful()) {
      return response;
    }
    String method = request.method();
    String path = request.url().encodedPath();
    long length = body.contentLength();
    if (length > maxBytes) {
      response.close();
      throw new AepFailure(new AepResponseTooLargeException(method, path, maxBytes, "Content-Length " + length));
    }
    if (length >= 0) {
      return response; // OkHttp reads no more than Content-Length bytes of the body
    }
    ForwardingSource counted = new ForwardingSource(body.source()) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long n = super.read(sink, byteCount);
        if (n > 0) {
          read += n;
          if (read > maxBytes) {
            throw new AepFailure(new AepResponseTooLargeException(method, path, maxBytes, "more than " + maxBytes
                + " bytes read"));
          }
        }
        return n;
      }
    };
    return response.newBuilder().body(ResponseBody.create(Okio.buffer(counted), body.contentType(), length)).build();
  }
}
