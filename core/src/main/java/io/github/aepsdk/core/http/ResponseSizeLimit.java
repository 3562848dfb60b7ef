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
 * length), without a counting layer. An error answer's body ends after its first {@link
 * AepCallAdapterFactory#MAX_ERROR_BODY} bytes and one more (by which the call adapter tells that it
 * was cut): Retrofit reads an error body whole into memory before the call adapter keeps those bytes.
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
      return withErrorBodyCut(response);
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

  /** {@code response} with a body that ends after {@link AepCallAdapterFactory#MAX_ERROR_BODY} + 1 bytes. */
  private static Response withErrorBodyCut(Response response) {
    ResponseBody body = response.body();
    long kept = AepCallAdapterFactory.MAX_ERROR_BODY + 1;
    if (body.contentLength() >= 0 && body.contentLength() <= kept) {
      return response;
    }
    ForwardingSource cut = new ForwardingSource(body.source()) {
      private long left = kept;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        if (left == 0) {
          return -1;
        }
        long n = super.read(sink, Math.min(byteCount, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }
    };
    return response.newBuilder().body(ResponseBody.create(Okio.buffer(cut), body.contentType(), -1)).build();
  }
}
