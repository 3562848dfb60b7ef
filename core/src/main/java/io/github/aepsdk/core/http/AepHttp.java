package io.github.aepsdk.core.http;

import io.github.aepsdk.core.error.AepException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;

/**
 * Wiring of OkHttp and Retrofit for the SDK's service interfaces: the interceptor chain every call
 * goes through (sync, {@code CompletableFuture} and {@link #async} calls alike), in this order:
 *
 * <ol>
 *   <li>the SDK's {@code User-Agent} ({@link UserAgent});
 *   <li>gateway headers and the single replay after a 401 {@code 401013} ({@code
 *       GatewayHeadersInterceptor});
 *   <li>retries with backoff ({@link RetryPolicy});
 *   <li>logging of each attempt ({@link HttpLogLevel}), secrets masked;
 *   <li>the size limit of successful answers ({@link Options#maxResponseBytes()}), enforced while
 *       the body is read.
 * </ol>
 *
 * OkHttp's own silent retry on connection failure is switched off so that no POST is ever sent
 * twice behind the SDK's back; TLS certificate and host name checks are OkHttp's defaults and cannot
 * be turned off. Redirects are not followed (AEP and IMS do not redirect API calls): a 3xx answer
 * is an error, so the gateway headers never go to another host and never over plain HTTP, and the
 * IMS client secret is never re-posted to a {@code Location}.
 */
public final class AepHttp {
  private static final AepConverterFactory CONVERTERS = new AepConverterFactory();
  private static final AepCallAdapterFactory CALL_ADAPTERS = new AepCallAdapterFactory();

  private AepHttp() {}

  /**
   * A client derived from {@code base} (sharing its pool and dispatcher) that adds the gateway
   * headers for one org and sandbox, with default retries and no logging.
   */
  public static OkHttpClient scoped(OkHttpClient base, AccessTokenProvider tokens, String apiKey, String imsOrgId, String sandboxName) {
    return scoped(base, tokens, apiKey, imsOrgId, sandboxName, Options.defaults());
  }

  /**
   * A client derived from {@code base} (sharing its pool and dispatcher) that adds the gateway
   * headers for one org and sandbox, the 401 replay, retries and logging as {@code options} say.
   */
  public static OkHttpClient scoped(
      OkHttpClient base, AccessTokenProvider tokens, String apiKey, String imsOrgId, String sandboxName, Options options) {
    WireLog log = options.wireLog(apiKey);
    return base.newBuilder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(UserAgent.INTERCEPTOR)
        .addInterceptor(new GatewayHeadersInterceptor(tokens, apiKey, imsOrgId, sandboxName, log))
        .addInterceptor(new RetryInterceptor(options.retryPolicy, options.sleeper, options.clock, log))
        .addInterceptor(new LoggingInterceptor(log))
        .addInterceptor(new ResponseSizeLimit(options.maxResponseBytes))
        .addNetworkInterceptor(AttemptMarker.NETWORK_INTERCEPTOR)
        .eventListenerFactory(CallScope.LISTENERS)
        .build();
  }

  /**
   * A client derived from {@code base} for an OAuth token endpoint (Adobe IMS): requests built with
   * {@link #tokenRequest(Request.Builder)} are retried like GETs (minting a token has no side
   * effect) and their bodies are never logged; {@code secrets} are masked in every log line.
   */
  public static OkHttpClient tokenEndpointClient(OkHttpClient base, Options options, String... secrets) {
    WireLog log = options.wireLog(secrets);
    return base.newBuilder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(UserAgent.INTERCEPTOR)
        .addInterceptor(new RetryInterceptor(options.retryPolicy, options.sleeper, options.clock, log))
        .addInterceptor(new LoggingInterceptor(log))
        .addInterceptor(new ResponseSizeLimit(options.maxResponseBytes))
        .addNetworkInterceptor(AttemptMarker.NETWORK_INTERCEPTOR)
        .build();
  }

  /** Marks a token request: safe to retry, bodies never logged (see {@link #tokenEndpointClient}). */
  public static Request.Builder tokenRequest(Request.Builder request) {
    return request.tag(SensitiveExchange.class, SensitiveExchange.INSTANCE).tag(RetrySafePost.class, RetrySafePost.INSTANCE);
  }

  /**
   * The {@link AepException} that a failed OkHttp call of one of these clients carries, or null when
   * {@code e} is a plain I/O failure.
   */
  public static AepException unwrap(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AepFailure) {
        return ((AepFailure) t).exception();
      }
      if (t instanceof AepException) {
        return (AepException) t;
      }
    }
    return null;
  }

  /**
   * A Retrofit implementation of {@code api} rooted at {@code baseUrl + basePath} whose calls are
   * made by {@code http} (a client from {@link #scoped}, or a factory in front of one), every method
   * checked now (annotations, call adapter, converters).
   *
   * @throws IllegalArgumentException naming the first method Retrofit cannot implement
   */
  public static <T> T service(Call.Factory http, HttpUrl baseUrl, String basePath, Class<T> api) {
    return service(http, baseUrl, basePath, api, true);
  }

  /**
   * As {@link #service(Call.Factory, HttpUrl, String, Class)}; with {@code validateEagerly} false
   * each method is set up on its first call instead of now. The SDK's own four APIs are created
   * that way, so building a client does not build JSON adapters for every model of every API
   * (their declarations are checked by the SDK's tests).
   */
  public static <T> T service(Call.Factory http, HttpUrl baseUrl, String basePath, Class<T> api, boolean validateEagerly) {
    HttpUrl root = baseUrl.newBuilder().addPathSegments(basePath).build();
    return new Retrofit.Builder()
        .baseUrl(root)
        .callFactory(http)
        .addConverterFactory(CONVERTERS)
        .addCallAdapterFactory(CALL_ADAPTERS)
        .validateEagerly(validateEagerly)
        .build()
        .create(api);
  }

  /**
   * Runs {@code call} (any synchronous SDK call) on {@code executor} and completes the future with
   * its result or exception (the SDK's {@link AepException} itself, not a wrapper). Cancelling the
   * future cancels the HTTP calls that {@code call} has in flight on the scoped clients, which then
   * end with an {@link io.github.aepsdk.core.error.AepIoException}; the future stays cancelled.
   */
  public static <T> CompletableFuture<T> async(Executor executor, Supplier<? extends T> call) {
    Objects.requireNonNull(call, "call");
    CallScope scope = new CallScope();
    CompletableFuture<T> future = new CompletableFuture<T>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        scope.cancel();
        return cancelled;
      }
    };
    try {
      executor.execute(() -> {
        if (future.isDone()) {
          return;
        }
        scope.enter();
        try {
          future.complete(call.get());
        } catch (Throwable t) {
          future.completeExceptionally(t);
        } finally {
          CallScope.exit();
        }
      });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(new IllegalStateException("the client's executor refused the call (is the client closed?)", e));
    }
    return future;
  }

  /**
   * Parses a base URL: HTTPS, or plain HTTP only to a loopback host (local platform, tests).
   *
   * @throws IllegalArgumentException if malformed, or plain HTTP to a non-loopback host
   */
  public static HttpUrl checkBaseUrl(String url) {
    return checkBaseUrl("baseUrl", url);
  }

  /**
   * Parses the URL of setting {@code setting}: HTTPS, or plain HTTP only to a loopback host; a path
   * is allowed (it prefixes every call), a user name, password, query or fragment is not.
   *
   * @throws IllegalArgumentException naming {@code setting} if malformed, plain HTTP to a
   *     non-loopback host, or with user info, query or fragment (never echoing user info)
   */
  public static HttpUrl checkBaseUrl(String setting, String url) {
    HeaderValues.requireText(setting, url);
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(setting + " is not an http(s) URL" + (url.contains("@") ? "" : ": " + url));
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      throw new IllegalArgumentException(setting + " must not contain a user name or password"
          + " (they would be shown wherever the URL is; calls authenticate with IMS tokens)");
    }
    if (parsed.encodedQuery() != null || parsed.encodedFragment() != null) {
      throw new IllegalArgumentException(setting + " must not have a query or fragment: " + url);
    }
    if (!parsed.isHttps() && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException(setting + " must use https:// (plain http is allowed only for loopback hosts): " + url);
    }
    String path = parsed.encodedPath();
    return path.endsWith("/") ? parsed : parsed.newBuilder().encodedPath(path + "/").build();
  }

  /**
   * Loopback by name or IP literal only. A DNS name is never resolved here: {@code 127.0.0.1.nip.io}
   * would resolve to loopback today and elsewhere at call time.
   */
  private static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    String[] octets = host.split("\\.", -1);
    if (octets.length == 4 && octets[0].equals("127")) {
      for (String octet : octets) {
        if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return true;
    }
    if (!host.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress(); // an IPv6 literal: no lookup
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Retry, timing and logging settings shared by the clients of one {@code AepClient} (and its
   * sandbox copies) and its IMS token provider. Immutable.
   */
  public static final class Options {
    /** The SLF4J logger used unless another is configured. */
    public static final String DEFAULT_LOGGER_NAME = "io.github.aepsdk.http";
    /**
     * Default limit of a successful answer: 32 MB. Adobe's largest answers, fully resolved
     * ({@code xed-full}) schemas and a full page of 300 schemas, are a few MB.
     */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
    private static final Options DEFAULTS = builder().build();

    final RetryPolicy retryPolicy;
    final Sleeper sleeper;
    final Clock clock;
    final HttpLogLevel logLevel;
    final Logger logger;
    final List<String> secrets;
    final long maxResponseBytes;

    private Options(Builder b) {
      this.maxResponseBytes = b.maxResponseBytes;
      this.retryPolicy = b.retryPolicy;
      this.sleeper = b.sleeper;
      this.clock = b.clock;
      this.logLevel = b.logLevel;
      this.logger = b.logger;
      this.secrets = List.copyOf(b.secrets);
    }

    /** Default retries, system clock and sleep, no logging. */
    public static Options defaults() {
      return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
      return new Builder();
    }

    /** The retry policy. */
    public RetryPolicy retryPolicy() {
      return retryPolicy;
    }

    /** The clock (token expiry, {@code Retry-After} dates). */
    public Clock clock() {
      return clock;
    }

    /** The sleeper used between retries. */
    public Sleeper sleeper() {
      return sleeper;
    }

    /** The wire log level. */
    public HttpLogLevel logLevel() {
      return logLevel;
    }

    /** The SLF4J logger. */
    public Logger logger() {
      return logger;
    }

    /** The largest successful answer read, in bytes; a larger one is an {@link io.github.aepsdk.core.error.AepResponseTooLargeException}. */
    public long maxResponseBytes() {
      return maxResponseBytes;
    }

    WireLog wireLog(String... extraSecrets) {
      List<String> all = new ArrayList<>(secrets);
      all.addAll(Arrays.asList(extraSecrets));
      return new WireLog(logger, logLevel, all);
    }

    @Override
    public String toString() {
      return "AepHttp.Options[" + retryPolicy + ", logLevel=" + logLevel + ", logger=" + logger.getName() + "]";
    }

    /** Builds {@link Options}. */
    public static final class Builder {
      private RetryPolicy retryPolicy = RetryPolicy.defaults();
      private Sleeper sleeper = Sleeper.system();
      private Clock clock = Clock.systemUTC();
      private HttpLogLevel logLevel = HttpLogLevel.NONE;
      private Logger logger = LoggerFactory.getLogger(DEFAULT_LOGGER_NAME);
      private final List<String> secrets = new ArrayList<>();
      private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

      private Builder() {}

      /**
       * Largest successful answer read, in bytes, default {@value Options#DEFAULT_MAX_RESPONSE_BYTES}
       * (32 MB); a larger answer fails with {@link io.github.aepsdk.core.error.AepResponseTooLargeException}
       * as soon as the limit is passed.
       *
       * @throws IllegalArgumentException if not positive
       */
      public Builder maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes < 1) {
          throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return this;
      }

      /** Retry policy, default {@link RetryPolicy#defaults()}. */
      public Builder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
      }

      /** Waits between retries, default {@link Sleeper#system()}. */
      public Builder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
      }

      /** Clock, default UTC system clock. */
      public Builder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
      }

      /** Wire log level, default {@link HttpLogLevel#NONE}. */
      public Builder logLevel(HttpLogLevel logLevel) {
        this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
        return this;
      }

      /** SLF4J logger, default {@value Options#DEFAULT_LOGGER_NAME}. */
      public Builder logger(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
        return this;
      }

      /** Values masked wherever they would appear in a log line (null and short values ignored). */
      public Builder redact(String... values) {
        for (String v : values) {
          if (v != null) {
            secrets.add(v);
          }
        }
        return this;
      }

      /** The options. */
      public Options build() {
        return new Options(this);
      }
    }
  }
}
