package io.github.aepsdk.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the SDK waits before sending a failed request again. Immutable; on by default
 * ({@link #defaults()}: 3 attempts in all, 0.5 s base delay, 8 s cap, {@code Retry-After} honoured
 * up to 60 s).
 *
 * <p>What is retried:
 *
 * <ul>
 *   <li>answers 429, 500, 502, 503 and 504, and transport failures (connection refused or reset,
 *       DNS failure, timeouts) of GET, HEAD, PUT, DELETE and OPTIONS (AEP's docs say a 500 may
 *       come from too many simultaneous calls);
 *   <li>POST and PATCH only when the request provably never reached the server (no connection
 *       could be opened: refused, DNS failure, connect timeout, TLS handshake failure) or the answer
 *       was 429 or 503, which the gateway sends before processing the request; never after a read
 *       timeout or a 500/502/504, because the server may have acted on it (the exception then says
 *       so: {@link io.github.aepsdk.core.error.AepException#mayHaveTakenEffect()});
 *   <li>nothing once the call is cancelled or its call timeout has passed; no request whose body
 *       cannot be sent twice.
 * </ul>
 *
 * <p>The wait before retry {@code n} (1-based) is {@code min(maxDelay, baseDelay * 2^(n-1))} reduced
 * by a random jitter of up to 25 %, or, when the answer carries {@code Retry-After} (seconds or an
 * HTTP date), that time capped at {@link #maxRetryAfter()}.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /** 3 attempts, 0.5 s base delay, 8 s cap, {@code Retry-After} honoured up to 60 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** No retries: every request is sent once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .maxDelay(maxDelay)
        .maxRetryAfter(maxRetryAfter);
  }

  /** Attempts in all, the first one included (1 means no retry). */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Wait before the first retry, doubled for each further retry. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** Upper bound of the exponential wait. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** Upper bound of a wait asked for by {@code Retry-After}. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The exponential wait before retry number {@code retry} (1 = first retry), given a jitter value
   * {@code random} in [0, 1): {@code min(maxDelay, baseDelay * 2^(retry-1)) * (1 - 0.25 * random)}.
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1");
    }
    long base = baseDelay.toNanos();
    long cap = maxDelay.toNanos();
    long nominal = cap;
    if (retry - 1 < 62 && base <= (cap >> (retry - 1))) {
      nominal = Math.min(cap, base << (retry - 1));
    }
    double jitter = 1.0 - 0.25 * Math.min(Math.max(random, 0.0), 1.0);
    return Duration.ofNanos((long) (nominal * jitter));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy that = (RetryPolicy) o;
    return maxAttempts == that.maxAttempts && baseDelay.equals(that.baseDelay) && maxDelay.equals(that.maxDelay)
        && maxRetryAfter.equals(that.maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, baseDelay, maxDelay, maxRetryAfter);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
        + ", maxRetryAfter=" + maxRetryAfter + "]";
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * Attempts in all, first included; default 3, 1 disables retries.
     *
     * @throws IllegalArgumentException if below 1 or above 20
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and 20, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Wait before the first retry, default 0.5 s; zero is allowed. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative("baseDelay", baseDelay);
      return this;
    }

    /** Cap of the exponential wait, default 8 s. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative("maxDelay", maxDelay);
      return this;
    }

    /** Cap of a wait asked for by {@code Retry-After}, default 60 s. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalArgumentException if {@code baseDelay} exceeds {@code maxDelay}
     */
    public RetryPolicy build() {
      if (baseDelay.compareTo(maxDelay) > 0) {
        throw new IllegalArgumentException("baseDelay (" + baseDelay + ") must not exceed maxDelay (" + maxDelay + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String name, Duration d) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive");
      }
      return d;
    }
  }
}
