package io.github.aepsdk.localplatform;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A fault the {@link LocalPlatform} injects into matching calls, for tests and demos of retries,
 * backoff and token refresh. Immutable; the factory methods give a fault, the instance methods a
 * modified copy.
 *
 * <pre>{@code
 * platform.inject(Fault.rateLimited(Duration.ofSeconds(2)));                    // next call: 429, Retry-After: 2
 * platform.inject(Fault.serverError(503).times(3).on("POST", "/data/foundation/flowservice/flows"));
 * platform.inject(Fault.serverError(500).untilCleared());
 * platform.inject(Fault.latency(Duration.ofMillis(300)));                       // every call, until cleared
 * platform.inject(Fault.expiredToken());                                        // next call: 401013, token now expired
 * platform.inject(Fault.heldUntil("POST", "/data/foundation/catalog/dataSets")  // next POST /connections: answered
 *     .on("POST", "/data/foundation/flowservice/connections"));                 //   once a POST /dataSets arrived
 * platform.clearFaults();
 * }</pre>
 *
 * <p>Without {@link #on(String, String)} a fault matches every platform API call (paths under
 * {@code /data/foundation/}) but not the IMS token endpoint; with it, every call whose method
 * matches (null = any) and whose encoded path starts with the prefix, IMS included.
 */
public final class Fault {

  /** What a fault does. */
  public enum Kind {
    /** Answers with an HTTP status and the service's error body instead of handling the call. */
    STATUS,
    /** Delays the answer; the call is handled normally. */
    LATENCY,
    /** Expires the caller's token and answers the gateway's {@code 401013}. */
    EXPIRED_TOKEN,
    /** Holds the answer until another call arrives; the call is handled normally. */
    HOLD
  }

  /** {@link #times(int)} value meaning "until {@link LocalPlatform#clearFaults()}". */
  public static final int UNTIL_CLEARED = -1;

  private final Kind kind;
  private final int status;
  private final long retryAfterSeconds;
  private final Duration delay;
  private final int times;
  private final String method;
  private final String pathPrefix;
  /** For {@link Kind#HOLD}: the call whose arrival releases the held answer (method null = any). */
  private final String releaseMethod;
  private final String releasePathPrefix;

  private Fault(Kind kind, int status, long retryAfterSeconds, Duration delay, int times, String method,
      String pathPrefix) {
    this(kind, status, retryAfterSeconds, delay, times, method, pathPrefix, null, null);
  }

  private Fault(Kind kind, int status, long retryAfterSeconds, Duration delay, int times, String method,
      String pathPrefix, String releaseMethod, String releasePathPrefix) {
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.delay = delay;
    this.times = times;
    this.method = method;
    this.pathPrefix = pathPrefix;
    this.releaseMethod = releaseMethod;
    this.releasePathPrefix = releasePathPrefix;
  }

  /**
   * {@code 429 Too Many Requests} with {@code Retry-After: <seconds>} (rounded up) and the gateway
   * body {@code {"error_code":"429050","message":"Too many requests"}}; once unless changed.
   */
  public static Fault rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return new Fault(Kind.STATUS, 429, seconds, Duration.ZERO, 1, null, null);
  }

  /**
   * A 5xx answer with the service's error body (Flow Service: {@code FLOW-1102-500}, {@code
   * FLOW-1103-503}, {@code FLOW-1104-504}; other services: the generic problem document); once
   * unless changed.
   *
   * @param status 500 to 599
   */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("serverError needs a 5xx status, was " + status);
    }
    return new Fault(Kind.STATUS, status, 0, Duration.ZERO, 1, null, null);
  }

  /** Adds {@code delay} before every matching answer, until cleared unless changed. */
  public static Fault latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return new Fault(Kind.LATENCY, 0, 0, delay, UNTIL_CLEARED, null, null);
  }

  /**
   * Makes the token of the next matching call expire, as if its lifetime had ended: that call and
   * every later call with the same token get {@code 401 {"error_code":"401013"}}; a new token from
   * the IMS endpoint works. Once unless changed.
   */
  public static Fault expiredToken() {
    return new Fault(Kind.EXPIRED_TOKEN, 401, 0, Duration.ZERO, 1, null, null);
  }

  /**
   * Holds the answer to the next matching call until a call with {@code method} (null = any) whose
   * encoded path starts with {@code pathPrefix} has arrived since the fault was injected: the held
   * call is handled at once, its answer is sent when that call arrives (at once if one already did),
   * or when the fault is cleared or the platform closed. Once unless changed. For deterministic
   * tests of clients that send calls at the same time: a client that sends the releasing call only
   * after the held answer came back waits until the fault is cleared (or its read timeout).
   */
  public static Fault heldUntil(String method, String pathPrefix) {
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    if (!pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException("pathPrefix must start with '/', was " + pathPrefix);
    }
    return new Fault(Kind.HOLD, 0, 0, Duration.ZERO, 1, null, null,
        method == null ? null : method.toUpperCase(Locale.ROOT), pathPrefix);
  }

  /** This fault for the next matching call only. */
  public Fault once() {
    return times(1);
  }

  /** This fault for the next {@code n} matching calls ({@code n >= 1}). */
  public Fault times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + n);
    }
    return new Fault(kind, status, retryAfterSeconds, delay, n, method, pathPrefix, releaseMethod, releasePathPrefix);
  }

  /** This fault for every matching call until {@link LocalPlatform#clearFaults()}. */
  public Fault untilCleared() {
    return new Fault(kind, status, retryAfterSeconds, delay, UNTIL_CLEARED, method, pathPrefix, releaseMethod,
        releasePathPrefix);
  }

  /**
   * This fault only for calls with {@code method} (null = any) whose encoded URL path starts with
   * {@code pathPrefix}, e.g. {@code on("GET", "/data/foundation/flowservice/runs")}.
   */
  public Fault on(String method, String pathPrefix) {
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    if (!pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException("pathPrefix must start with '/', was " + pathPrefix);
    }
    return new Fault(kind, status, retryAfterSeconds, delay, times,
        method == null ? null : method.toUpperCase(Locale.ROOT), pathPrefix, releaseMethod, releasePathPrefix);
  }

  /** What this fault does. */
  public Kind kind() {
    return kind;
  }

  /** The HTTP status answered ({@code 429}, {@code 5xx}, {@code 401}); 0 for latency and hold. */
  public int status() {
    return status;
  }

  /** The {@code Retry-After} seconds of a rate-limit fault; 0 otherwise. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The added delay of a latency fault; zero otherwise. */
  public Duration delay() {
    return delay;
  }

  /** How many matching calls it affects; {@link #UNTIL_CLEARED} for all. */
  public int times() {
    return times;
  }

  /** The method it is limited to, or null for any. */
  public String method() {
    return method;
  }

  /** The path prefix it is limited to, or null for all platform API calls. */
  public String pathPrefix() {
    return pathPrefix;
  }

  boolean matches(String requestMethod, String encodedPath) {
    if (method != null && !method.equals(requestMethod)) {
      return false;
    }
    return pathPrefix == null ? encodedPath.startsWith("/data/foundation/") : encodedPath.startsWith(pathPrefix);
  }

  /** Whether a call releases the answer this {@link Kind#HOLD} fault holds. */
  boolean releasedBy(String requestMethod, String encodedPath) {
    return kind == Kind.HOLD && (releaseMethod == null || releaseMethod.equals(requestMethod))
        && encodedPath.startsWith(releasePathPrefix);
  }

  @Override
  public String toString() {
    String what;
    switch (kind) {
      case LATENCY:
        what = "latency " + delay.toMillis() + " ms";
        break;
      case EXPIRED_TOKEN:
        what = "expired token";
        break;
      case HOLD:
        what = "held until " + (releaseMethod == null ? "*" : releaseMethod) + " " + releasePathPrefix;
        break;
      default:
        what = "HTTP " + status + (status == 429 ? " Retry-After " + retryAfterSeconds : "");
    }
    return "Fault[" + what + ", " + (times == UNTIL_CLEARED ? "until cleared" : times + "x")
        + (pathPrefix == null ? "" : ", " + (method == null ? "*" : method) + " " + pathPrefix) + "]";
  }
}
