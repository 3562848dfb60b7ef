package io.github.aepsdk.localplatform;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded random faults on a share of the platform's calls, for testing that a client survives an
 * unreliable AEP ({@link LocalPlatform#chaos(Chaos)}). Immutable; {@link #seed(long)} gives the
 * defaults, the other methods a modified copy.
 *
 * <pre>{@code
 * platform.chaos(Chaos.seed(42));                                  // 10 % of platform API calls, every kind
 * platform.chaos(Chaos.seed(42).rate(0.3).weight(Chaos.Kind.RATE_LIMITED, 4).includeIms(true));
 * platform.chaos(Chaos.seed(7).rate(1).only(Chaos.Kind.DROPPED_AFTER_ACTING)
 *     .on("POST", "/data/foundation/flowservice/"));               // every Flow Service POST: created, answer lost
 * platform.stopChaos();
 * }</pre>
 *
 * <p><b>Reproducible.</b> The faults come from a pseudo-random sequence of the seed: from the moment
 * a chaos is set, the n-th call it matches gets the same fault (or none) for the same settings,
 * whatever the calls are and however they end. Calls are numbered in the order the platform takes
 * them, so a client sending calls concurrently sees the same sequence in a possibly different
 * assignment to its calls. Each call chaos hits is visible in {@link LocalPlatform#recordedCalls()}
 * as {@link LocalPlatform.RecordedCall#chaos()}.
 *
 * <p><b>Which calls.</b> By default every platform API call (paths under {@code /data/foundation/},
 * all four services), not the IMS token endpoint; {@link #on(String, String)} narrows that and
 * {@link #includeIms(boolean)} adds IMS, where a lost answer means a token was issued that the
 * client never saw.
 *
 * <p><b>Where.</b> Chaos sits in front of the platform, as an unreliable network and gateway would: a
 * call it rejects before acting reaches neither the services nor the {@link LocalPlatform#inject(Fault)
 * targeted faults}; a call it lets through is handled as usual (targeted faults included) and then,
 * for the after-acting kinds, its answer is delayed, lost or replaced.
 */
public final class Chaos {

  /** What chaos does to a call. */
  public enum Kind {
    /**
     * Before acting: {@code 429} with {@code Retry-After} and the gateway body {@code
     * {"error_code":"429050","message":"Too many requests"}}, as {@link Fault#rateLimited(Duration)}.
     */
    RATE_LIMITED,
    /**
     * Before acting: a {@code 500}, {@code 502}, {@code 503} or {@code 504} (drawn from the seed) with
     * the service's error body, as {@link Fault#serverError(int)}.
     */
    SERVER_ERROR,
    /** After acting: the answer comes late by a delay drawn from 1 ms to {@link Chaos#latency()}. */
    LATENCY,
    /**
     * After acting: the answer comes after {@link Chaos#answerDelay()}, meant to be longer than the
     * client's read or call timeout, so the client times out on a call that took effect.
     */
    TIMEOUT_AFTER_ACTING,
    /** After acting: the connection is closed without an answer; the client gets an I/O error. */
    DROPPED_AFTER_ACTING,
    /**
     * After acting: 502 or 504 (drawn from the seed) instead of the service's answer, with the same
     * error bodies as {@link Fault#serverError(int)} (Flow Service {@code FLOW-1104-504}; the generic
     * problem document otherwise). AEP publishes no gateway body of its own for these statuses.
     */
    GATEWAY_ERROR_AFTER_ACTING;

    /** Whether the call is handled (and takes effect) before the fault. */
    public boolean afterActing() {
      return this != RATE_LIMITED && this != SERVER_ERROR;
    }
  }

  private static final int[] SERVER_ERRORS = {500, 502, 503, 504};
  private static final int[] GATEWAY_ERRORS = {502, 504};

  private final long seed;
  private final double rate;
  private final Map<Kind, Integer> weights;
  private final Duration retryAfter;
  private final Duration latency;
  private final Duration answerDelay;
  private final String method;
  private final String pathPrefix;
  private final boolean includeIms;

  private Chaos(long seed, double rate, Map<Kind, Integer> weights, Duration retryAfter, Duration latency,
      Duration answerDelay, String method, String pathPrefix, boolean includeIms) {
    this.seed = seed;
    this.rate = rate;
    this.weights = weights;
    this.retryAfter = retryAfter;
    this.latency = latency;
    this.answerDelay = answerDelay;
    this.method = method;
    this.pathPrefix = pathPrefix;
    this.includeIms = includeIms;
  }

  /**
   * Chaos from {@code seed} with the defaults: rate 0.1, every kind with weight 1, {@code
   * Retry-After: 1}, latency up to 500 ms, answer delay 125 s (past a 2 min read or call timeout,
   * the AEP SDK's defaults), every platform API call, IMS excluded.
   */
  public static Chaos seed(long seed) {
    Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      weights.put(kind, 1);
    }
    return new Chaos(seed, 0.1, weights, Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(125),
        null, "/data/foundation/", false);
  }

  /**
   * The share of matching calls that get a fault, from 0 (none) to 1 (every one).
   *
   * @throws IllegalArgumentException if {@code rate} is outside 0..1
   */
  public Chaos rate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be 0..1, was " + rate);
    }
    return new Chaos(seed, rate, weights, retryAfter, latency, answerDelay, method, pathPrefix, includeIms);
  }

  /**
   * The relative weight of one kind among the faults (0 = never); every kind has 1 by default, so
   * {@code weight(RATE_LIMITED, 4)} makes a fault a 429 four times as often as any other kind.
   *
   * @throws IllegalArgumentException if {@code weight} is negative or every weight would be 0
   */
  public Chaos weight(Kind kind, int weight) {
    Objects.requireNonNull(kind, "kind");
    if (weight < 0) {
      throw new IllegalArgumentException("weight must not be negative, was " + weight);
    }
    Map<Kind, Integer> changed = new EnumMap<>(weights);
    changed.put(kind, weight);
    return withWeights(changed);
  }

  /**
   * Only these kinds, equally often (weight 1 each, 0 for the others).
   *
   * @throws IllegalArgumentException if no kind is given
   */
  public Chaos only(Kind... kinds) {
    Map<Kind, Integer> changed = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      changed.put(kind, 0);
    }
    for (Kind kind : kinds) {
      changed.put(Objects.requireNonNull(kind, "kind"), 1);
    }
    return withWeights(changed);
  }

  private Chaos withWeights(Map<Kind, Integer> changed) {
    if (changed.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      throw new IllegalArgumentException("at least one kind needs a positive weight");
    }
    return new Chaos(seed, rate, changed, retryAfter, latency, answerDelay, method, pathPrefix, includeIms);
  }

  /**
   * The {@code Retry-After} of {@link Kind#RATE_LIMITED}, sent in whole seconds (rounded up); default 1 s.
   *
   * @throws IllegalArgumentException if negative
   */
  public Chaos retryAfter(Duration retryAfter) {
    return new Chaos(seed, rate, weights, nonNegative(retryAfter, "retryAfter"), latency, answerDelay, method,
        pathPrefix, includeIms);
  }

  /**
   * The longest delay of {@link Kind#LATENCY} (whole milliseconds, at least 1 ms); default 500 ms.
   *
   * @throws IllegalArgumentException if shorter than 1 ms
   */
  public Chaos latency(Duration max) {
    if (nonNegative(max, "latency").toMillis() < 1) {
      throw new IllegalArgumentException("latency must be at least 1 ms, was " + max);
    }
    return new Chaos(seed, rate, weights, retryAfter, max, answerDelay, method, pathPrefix, includeIms);
  }

  /**
   * The delay of {@link Kind#TIMEOUT_AFTER_ACTING} (whole milliseconds); choose it longer than the
   * client's read or call timeout, whichever ends its wait first. Default 125 s.
   *
   * @throws IllegalArgumentException if negative
   */
  public Chaos answerDelay(Duration delay) {
    return new Chaos(seed, rate, weights, retryAfter, latency, nonNegative(delay, "answerDelay"), method,
        pathPrefix, includeIms);
  }

  /**
   * Only calls with {@code method} (null = any) whose encoded URL path starts with {@code
   * pathPrefix}, e.g. {@code on("POST", "/data/foundation/flowservice/")}; the IMS token endpoint
   * still only with {@link #includeIms(boolean)} (and the method).
   *
   * @throws IllegalArgumentException if {@code pathPrefix} does not start with {@code /}
   */
  public Chaos on(String method, String pathPrefix) {
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    if (!pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException("pathPrefix must start with '/', was " + pathPrefix);
    }
    return new Chaos(seed, rate, weights, retryAfter, latency, answerDelay,
        method == null ? null : method.toUpperCase(Locale.ROOT), pathPrefix, includeIms);
  }

  /**
   * Whether calls to the IMS token endpoint ({@code /ims/token/v3}) are subject to chaos too; default
   * false. A client has to survive IMS faults as well, so turn it on to test token fetching.
   */
  public Chaos includeIms(boolean include) {
    return new Chaos(seed, rate, weights, retryAfter, latency, answerDelay, method, pathPrefix, include);
  }

  /** The seed of the fault sequence. */
  public long seed() {
    return seed;
  }

  /** The share of matching calls that get a fault (0..1). */
  public double rate() {
    return rate;
  }

  /** The relative weight of {@code kind} (0 = never). */
  public int weight(Kind kind) {
    return weights.get(kind);
  }

  /** The {@code Retry-After} of {@link Kind#RATE_LIMITED}. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** The longest delay of {@link Kind#LATENCY}. */
  public Duration latency() {
    return latency;
  }

  /** The delay of {@link Kind#TIMEOUT_AFTER_ACTING}. */
  public Duration answerDelay() {
    return answerDelay;
  }

  /** The method chaos is limited to, or null for any. */
  public String method() {
    return method;
  }

  /** The path prefix chaos is limited to (default {@code /data/foundation/}). */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** Whether the IMS token endpoint is included. */
  public boolean includeIms() {
    return includeIms;
  }

  boolean matches(String requestMethod, String encodedPath, boolean ims) {
    if (method != null && !method.equals(requestMethod)) {
      return false;
    }
    return ims ? includeIms : encodedPath.startsWith(pathPrefix);
  }

  /**
   * The fault of the {@code n}-th matching call, or null, from the next draws of {@code random}
   * (the same draws for every call, fault or not, so call n's fault depends on the settings and n only).
   */
  Hit draw(long n, SplittableRandom random) {
    double roll = random.nextDouble();
    int pick = random.nextInt(totalWeight());
    int variant = random.nextInt(Integer.MAX_VALUE);
    if (roll >= rate) {
      return null;
    }
    Kind kind = null;
    for (Kind k : Kind.values()) {
      pick -= weights.get(k);
      if (pick < 0) {
        kind = k;
        break;
      }
    }
    switch (kind) {
      case RATE_LIMITED:
        return new Hit(n, kind, 429, 0);
      case SERVER_ERROR:
        return new Hit(n, kind, SERVER_ERRORS[variant % SERVER_ERRORS.length], 0);
      case LATENCY:
        return new Hit(n, kind, 0, 1 + variant % latency.toMillis());
      case TIMEOUT_AFTER_ACTING:
        return new Hit(n, kind, 0, answerDelay.toMillis());
      case DROPPED_AFTER_ACTING:
        return new Hit(n, kind, 0, 0);
      default:
        return new Hit(n, kind, GATEWAY_ERRORS[variant % GATEWAY_ERRORS.length], 0);
    }
  }

  private int totalWeight() {
    return weights.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static Duration nonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
    return duration;
  }

  @Override
  public String toString() {
    StringBuilder kinds = new StringBuilder();
    for (Kind kind : Kind.values()) {
      if (weights.get(kind) > 0) {
        kinds.append(kinds.length() == 0 ? "" : " ").append(kind).append('=').append(weights.get(kind));
      }
    }
    return "Chaos[seed " + seed + ", rate " + rate + ", " + kinds + ", " + (method == null ? "*" : method) + " "
        + pathPrefix + (includeIms ? " + IMS" : "") + "]";
  }

  /**
   * What chaos did to one call: which matching call it was (1 for the first call after {@link
   * LocalPlatform#chaos(Chaos)}), the kind, the status chaos answered and the delay it added. It
   * depends only on the chaos settings and the call's number, so two platforms with the same chaos
   * record the same hits.
   */
  public static final class Hit {
    private final long call;
    private final Kind kind;
    private final int status;
    private final long delayMillis;

    Hit(long call, Kind kind, int status, long delayMillis) {
      this.call = call;
      this.kind = kind;
      this.status = status;
      this.delayMillis = delayMillis;
    }

    /** The number of the call among the calls this chaos matched, from 1. */
    public long call() {
      return call;
    }

    /** What chaos did. */
    public Kind kind() {
      return kind;
    }

    /**
     * The status chaos answered with: 429 ({@link Kind#RATE_LIMITED}), 500/502/503/504 ({@link
     * Kind#SERVER_ERROR}), 502/504 ({@link Kind#GATEWAY_ERROR_AFTER_ACTING}); 0 for the other kinds,
     * whose answer, if any, is the platform's own ({@link LocalPlatform.RecordedCall#status()}).
     */
    public int status() {
      return status;
    }

    /** The delay chaos added before the answer, in milliseconds ({@link Kind#LATENCY}, {@link Kind#TIMEOUT_AFTER_ACTING}); 0 otherwise. */
    public long delayMillis() {
      return delayMillis;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Hit)) {
        return false;
      }
      Hit that = (Hit) other;
      return call == that.call && kind == that.kind && status == that.status && delayMillis == that.delayMillis;
    }

    @Override
    public int hashCode() {
      return Objects.hash(call, kind, status, delayMillis);
    }

    @Override
    public String toString() {
      return "#" + call + " " + kind + (status > 0 ? " " + status : "") + (delayMillis > 0 ? " +" + delayMillis + " ms" : "");
    }
  }
}
