package io.github.aepsdk.core.http;

import io.github.aepsdk.core.error.AepIoException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownServiceException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends a request again after a retryable failure, as {@link RetryPolicy} describes: answers 429,
 * 500, 502, 503, 504 and transport failures; POST and PATCH only when the attempt never reached the
 * server ({@link AttemptMarker}) or the answer was 429/503; never when the wait would outlast the
 * call timeout (the last answer or failure is then reported at once). Waits with exponential backoff and
 * jitter or as {@code Retry-After} asks (capped), through the injected {@link Sleeper} and {@link
 * Clock}. When it gives up on a transport failure it throws an {@link AepIoException} (inside an
 * {@link AepFailure}) that says how many attempts were made and why it stopped; a final error answer
 * is returned as is and the call adapter reports the attempt count from {@link CallState}.
 */
final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 500, 502, 503, 504);
  /** Answers the gateway gives before a request is processed, so even a POST may be sent again. */
  private static final Set<Integer> NOT_PROCESSED_STATUS = Set.of(429, 503);

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final WireLog log;

  RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, WireLog log) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    CallState state = original.tag(CallState.class);
    if (state == null) {
      state = new CallState();
      original = original.newBuilder().tag(CallState.class, state).build();
    }
    String method = original.method();
    String path = original.url().encodedPath();
    boolean idempotent = IDEMPOTENT.contains(method) || original.tag(RetrySafePost.class) != null;
    RequestBody body = original.body();
    boolean replayable = body == null || !body.isOneShot();

    for (int attempt = 1; ; attempt++) {
      AttemptMarker marker = new AttemptMarker(attempt);
      int total = state.nextAttempt();
      Request request = original.newBuilder().tag(AttemptMarker.class, marker).build();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (AepFailure e) {
        throw e;
      } catch (IOException e) {
        boolean reached = marker.reachedNetwork;
        String whyNot = whyNotRetry(chain, e, attempt, idempotent, replayable, reached, method);
        if (whyNot != null) {
          throw new AepFailure(new AepIoException(method, path, reached, total,
              describe(method, path, e, reached, total) + "; " + whyNot, e));
        }
        Duration delay = policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
        if (exceedsCallTimeout(chain, state, delay)) {
          throw new AepFailure(new AepIoException(method, path, reached, total, describe(method, path, e, reached, total)
              + "; not retried: waiting " + delay.toMillis() + " ms would exceed the call timeout", e));
        }
        log.event(method + " " + path + " attempt " + attempt + " failed (" + e + "); retrying in " + delay.toMillis() + " ms");
        sleep(delay, chain, method, path, reached, total, e);
        continue;
      }

      int code = response.code();
      if (!RETRYABLE_STATUS.contains(code) || attempt >= policy.maxAttempts() || !replayable
          || !(idempotent || NOT_PROCESSED_STATUS.contains(code)) || chain.call().isCanceled()) {
        return response;
      }
      Duration delay = retryAfter(response);
      if (delay == null) {
        delay = policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
      }
      if (exceedsCallTimeout(chain, state, delay)) {
        log.event(method + " " + path + " answered " + code + " (attempt " + attempt + "); not retried: waiting "
            + delay.toMillis() + " ms would exceed the call timeout");
        return response;
      }
      response.close();
      log.event(method + " " + path + " answered " + code + " (attempt " + attempt + " of " + policy.maxAttempts()
          + "); retrying in " + delay.toMillis() + " ms");
      sleep(delay, chain, method, path, true, total, null);
    }
  }

  /**
   * Whether waiting {@code delay} and then sending again would end after the call timeout: the
   * call would then fail anyway, only later (OkHttp's call timeout cannot cut the wait short).
   */
  private static boolean exceedsCallTimeout(Chain chain, CallState state, Duration delay) {
    long timeout = chain.call().timeout().timeoutNanos();
    if (timeout == 0) {
      return false;
    }
    long elapsed = System.nanoTime() - state.startNanos;
    return delay.toNanos() >= timeout - elapsed;
  }

  /** Null when the failed attempt may be retried, otherwise why not. */
  private String whyNotRetry(Chain chain, IOException e, int attempt, boolean idempotent, boolean replayable,
      boolean reached, String method) {
    if (chain.call().isCanceled()) {
      return "not retried: the call was cancelled or exceeded its call timeout";
    }
    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
      return "not retried: the call was interrupted or exceeded its call timeout";
    }
    if (!isTransient(e)) {
      return "not retried: the failure is not transient";
    }
    if (!replayable) {
      return "not retried: the request body can be sent only once";
    }
    if (!idempotent && reached) {
      return "not retried: " + method + " is not idempotent and the request may have reached the server";
    }
    if (attempt >= policy.maxAttempts()) {
      return policy.maxAttempts() == 1 ? "retries are disabled" : "giving up after " + attempt + " attempts";
    }
    return null;
  }

  private static boolean isTransient(IOException e) {
    if (e instanceof ProtocolException || e instanceof UnknownServiceException || e instanceof SSLPeerUnverifiedException) {
      return false;
    }
    return !(e instanceof SSLHandshakeException && e.getCause() instanceof CertificateException);
  }

  private static String describe(String method, String path, IOException e, boolean reached, int attempts) {
    String what;
    if (e instanceof SocketTimeoutException) {
      what = reached ? "timed out waiting for the server after the request was sent" : "timed out connecting";
    } else if (!reached) {
      what = "could not connect";
    } else {
      what = "failed after the request was sent";
    }
    return method + " " + path + " " + what + " (" + e + ") on attempt " + attempts;
  }

  private void sleep(Duration delay, Chain chain, String method, String path, boolean reached, int total, IOException last)
      throws IOException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
      interrupted.initCause(e);
      throw new AepFailure(new AepIoException(method, path, reached, total,
          method + " " + path + " interrupted while waiting to retry after attempt " + total, last != null ? last : interrupted));
    }
    if (chain.call().isCanceled()) {
      throw new AepFailure(new AepIoException(method, path, reached, total,
          method + " " + path + " cancelled while waiting to retry after attempt " + total,
          last != null ? last : new IOException("Canceled")));
    }
  }

  /** The wait {@code Retry-After} asks for (seconds or HTTP date), capped; null when absent or unreadable. */
  Duration retryAfter(Response response) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return null;
    }
    Duration wanted = parseRetryAfter(value.trim(), clock.instant());
    if (wanted == null) {
      return null;
    }
    return wanted.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : wanted;
  }

  static Duration parseRetryAfter(String value, Instant now) {
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      // an HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException notDate) {
      return null;
    }
  }
}
