package io.github.aepsdk.core.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Logs each HTTP attempt as it leaves and its answer, at the configured {@link HttpLogLevel}. Runs
 * inside the retry loop, so every attempt is logged with its number. Secrets are masked (see {@link
 * WireLog}), in answers also the request's own credentials wherever the answer echoes them; bodies
 * of exchanges tagged {@link SensitiveExchange} are never read.
 */
final class LoggingInterceptor implements Interceptor {
  private static final long MAX_PEEK = 64 * 1024;

  private final WireLog log;

  LoggingInterceptor(WireLog log) {
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!log.logs(HttpLogLevel.BASIC)) {
      return chain.proceed(request);
    }
    boolean sensitive = request.tag(SensitiveExchange.class) != null;
    AttemptMarker marker = request.tag(AttemptMarker.class);
    String line = request.method() + " " + request.url();
    String attempt = marker != null && marker.number > 1 ? " (attempt " + marker.number + ")" : "";

    StringBuilder out = new StringBuilder("--> ").append(line).append(attempt);
    RequestBody body = request.body();
    if (log.logs(HttpLogLevel.HEADERS)) {
      if (body != null && body.contentType() != null) {
        out.append("\n  Content-Type: ").append(body.contentType());
      }
      WireLog.appendHeaders(out, request.headers());
    }
    if (log.logs(HttpLogLevel.BODY) && body != null) {
      out.append('\n');
      if (sensitive) {
        out.append("(body not logged: it carries client credentials)");
      } else if (body.isOneShot() || body.isDuplex()) {
        out.append("(streamed body not logged)");
      } else {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        out.append(WireLog.renderBody(buffer, contentType(body.contentType())));
      }
    }
    log.wire(out.toString());

    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log.wire("<-- FAILED " + line + attempt + " after " + millis(start) + " ms: " + e);
      throw e;
    }
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ').append(line).append(attempt)
        .append(" (").append(millis(start)).append(" ms)");
    if (log.logs(HttpLogLevel.HEADERS)) {
      WireLog.appendHeaders(in, response.headers());
    }
    if (log.logs(HttpLogLevel.BODY)) {
      in.append('\n');
      if (sensitive) {
        in.append("(body not logged: it carries an access token or IMS error)");
      } else {
        ResponseBody peeked = response.peekBody(MAX_PEEK);
        Buffer buffer = new Buffer();
        buffer.writeAll(peeked.source());
        // an answer may echo the request's credentials under any name (an error message, say)
        in.append(WireLog.mask(WireLog.renderBody(buffer, contentType(peeked.contentType())), WireLog.credentials(request)));
      }
    }
    log.wire(in.toString());
    return response;
  }

  private static String contentType(MediaType type) {
    return type == null ? null : type.toString();
  }

  private static long millis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
