package io.github.aepsdk.core;

import io.github.aepsdk.catalog.CatalogApi;
import io.github.aepsdk.conversion.ConversionApi;
import io.github.aepsdk.core.auth.OAuthServerToServerTokenProvider;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.http.AepHttp;
import io.github.aepsdk.core.http.HeaderValues;
import io.github.aepsdk.core.http.HttpLogLevel;
import io.github.aepsdk.core.http.RetryPolicy;
import io.github.aepsdk.core.http.Sleeper;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;

/**
 * Entry point of the SDK: a thread-safe client of the four AEP APIs for one IMS org and one
 * sandbox.
 *
 * <pre>{@code
 * try (AepClient aep = AepClient.builder()
 *     .imsOrgId("0123456789ABCDEF01234567@AdobeOrg")
 *     .oauthServerToServer(clientId, clientSecret)     // tokens from Adobe IMS, cached and refreshed
 *     .sandboxName("prod")
 *     .build()) {
 *   Flow flow = aep.flowService().getFlow(flowId);
 *   CompletableFuture<Flow> later = aep.async(c -> c.flowService().getFlow(flowId));
 * }
 * }</pre>
 *
 * Every call carries {@code Authorization}, {@code x-api-key}, {@code x-gw-ims-org-id} and {@code
 * x-sandbox-name}. {@link #withSandbox(String)} gives a copy scoped to another sandbox that shares
 * this client's connection pool, threads and token cache. Closing the client that {@link
 * #builder()} built releases them; closing a copy does nothing.
 *
 * <p>Every call, synchronous or asynchronous, goes through the same pipeline: the access token
 * (OAuth Server-to-Server tokens are cached and refreshed 5 minutes before expiry, one IMS request
 * for all threads), one replay after a 401 {@code 401013} with a fresh token, retries of 429, 500, 502,
 * 503, 504 and connection failures as {@link RetryPolicy} describes (POST and PATCH only when the
 * server provably did not process them), timeouts, and logging that never writes credentials
 * (off by default, see {@link Builder#logLevel(HttpLogLevel)}). TLS certificate checks are always
 * on; plain {@code http://} is accepted only for loopback hosts.
 *
 * <p>Errors are unchecked: {@link io.github.aepsdk.core.error.AepServiceException} subclasses per
 * status (with the AEP error code and the number of attempts), {@link
 * io.github.aepsdk.core.error.AepIoException} for transport failures, {@link
 * io.github.aepsdk.core.error.AepAuthenticationException} when IMS refuses the credentials.
 */
public final class AepClient implements AutoCloseable {

  /** Default platform gateway. */
  public static final String DEFAULT_BASE_URL = "https://platform.adobe.io";

  private final Settings settings;
  private final OkHttpClient http;
  private final boolean owner;
  /** Makes the calls of the API interfaces; refuses them once the client is closed. */
  private final Call.Factory scoped;
  private final FlowServiceApi flowService;
  private final SchemaRegistryApi schemaRegistry;
  private final CatalogApi catalog;
  private final ConversionApi conversion;

  private AepClient(Settings settings, OkHttpClient http, boolean owner) {
    this.settings = settings;
    this.http = http;
    this.owner = owner;
    OkHttpClient client = AepHttp.scoped(http, settings.tokens, settings.apiKey, settings.imsOrgId, settings.sandboxName,
        settings.options);
    AtomicBoolean closed = settings.closed;
    this.scoped = request -> {
      if (closed.get()) {
        throw new IllegalStateException("this AepClient is closed: build a new one (a withSandbox copy closes with the"
            + " client it was made from)");
      }
      return client.newCall(request);
    };
    // Methods are set up on first use: a client that makes one call does not build every API's adapters.
    this.flowService = AepHttp.service(scoped, settings.baseUrl, "data/foundation/flowservice/", FlowServiceApi.class, false);
    this.schemaRegistry = AepHttp.service(scoped, settings.baseUrl, "data/foundation/schemaregistry/", SchemaRegistryApi.class, false);
    this.catalog = AepHttp.service(scoped, settings.baseUrl, "data/foundation/catalog/", CatalogApi.class, false);
    this.conversion = AepHttp.service(scoped, settings.baseUrl, "data/foundation/conversion/", ConversionApi.class, false);
  }

  /** A builder for a client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from environment variables. Credentials are either an OAuth
   * Server-to-Server credential ({@code AEP_CLIENT_SECRET}, tokens obtained from IMS and refreshed)
   * or a ready access token ({@code AEP_ACCESS_TOKEN}); exactly one of the two must be set.
   *
   * <table>
   *   <caption>Environment variables</caption>
   *   <tr><th>variable</th><th>meaning</th><th>required</th></tr>
   *   <tr><td>{@code AEP_IMS_ORG_ID}</td><td>IMS org id ({@code …@AdobeOrg}), sent as {@code x-gw-ims-org-id}</td><td>yes</td></tr>
   *   <tr><td>{@code AEP_CLIENT_ID}</td><td>Developer Console client id, sent as {@code x-api-key} (and to IMS)</td><td>yes</td></tr>
   *   <tr><td>{@code AEP_CLIENT_SECRET}</td><td>client secret of the OAuth Server-to-Server credential</td><td>this or {@code AEP_ACCESS_TOKEN}</td></tr>
   *   <tr><td>{@code AEP_SCOPES}</td><td>comma-separated scopes of the credential, default
   *       {@code openid,session,AdobeID,read_organizations,additional_info.projectedProductContext}</td><td>no (OAuth only)</td></tr>
   *   <tr><td>{@code AEP_IMS_URL}</td><td>IMS base URL, default {@value OAuthServerToServerTokenProvider#DEFAULT_IMS_URL}</td><td>no (OAuth only)</td></tr>
   *   <tr><td>{@code AEP_ACCESS_TOKEN}</td><td>an IMS access token obtained elsewhere (not refreshed)</td><td>this or {@code AEP_CLIENT_SECRET}</td></tr>
   *   <tr><td>{@code AEP_SANDBOX_NAME}</td><td>sandbox, default {@code prod}</td><td>no</td></tr>
   *   <tr><td>{@code AEP_BASE_URL}</td><td>platform gateway, default {@value #DEFAULT_BASE_URL}</td><td>no</td></tr>
   * </table>
   *
   * Use {@code AepClient.builder().fromEnv()} to read the same variables and change other settings
   * (retries, timeouts, logging) before building.
   *
   * @throws IllegalArgumentException naming the first missing or invalid variable (never echoing a
   *     secret)
   */
  public static AepClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /** {@link #fromEnv()} reading from {@code env} instead of the process environment. */
  public static AepClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  private static String requireEnv(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + name + " must be set");
    }
    return value;
  }

  private static String optionalEnv(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** {@code value} after {@code check}, whose failure then names the environment variable. */
  private static String fromVariable(String variable, java.util.function.BinaryOperator<String> check, String value) {
    try {
      check.apply("environment variable " + variable, value);
      return value;
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new IllegalArgumentException(
          message.startsWith("environment variable ") ? message : "environment variable " + variable + ": " + message, e);
    }
  }

  /** Flow Service ({@code /data/foundation/flowservice}): connections, flows, runs. */
  public FlowServiceApi flowService() {
    return flowService;
  }

  /** Schema Registry ({@code /data/foundation/schemaregistry}): classes, schemas, field groups, descriptors. */
  public SchemaRegistryApi schemaRegistry() {
    return schemaRegistry;
  }

  /** Catalog Service ({@code /data/foundation/catalog}): datasets, batches, tags and batched requests. */
  public CatalogApi catalog() {
    return catalog;
  }

  /** Data Prep ({@code /data/foundation/conversion}): mapping sets. */
  public ConversionApi conversion() {
    return conversion;
  }

  /**
   * Runs {@code call} on this client's executor and returns its result as a future: the
   * asynchronous form of every API call, with the same token handling, retries and exceptions.
   *
   * <pre>{@code
   * CompletableFuture<Flow> flow = aep.async(c -> c.flowService().getFlow(flowId));
   * CompletableFuture<Void> gone = aep.async(c -> c.flowService().deleteFlow(flowId));
   * }</pre>
   *
   * The future completes with the call's result, or exceptionally with the exception the call
   * threw (an {@link io.github.aepsdk.core.error.AepException} itself, not a wrapper; {@code join()}
   * wraps it in a {@code CompletionException} as usual). Cancelling the future cancels the HTTP
   * requests {@code call} has in flight and stops further retries. Several calls may be chained in
   * one {@code call}; they run one after another on the same thread. The executor is, unless
   * {@link Builder#asyncExecutor(Executor)} sets another, the OkHttp dispatcher's thread pool, released
   * by {@link #close()}.
   *
   * @param call a function of this client, typically one API call
   */
  public <T> CompletableFuture<T> async(Function<? super AepClient, ? extends T> call) {
    Objects.requireNonNull(call, "call");
    if (settings.closed.get()) {
      return CompletableFuture.failedFuture(new IllegalStateException("this AepClient is closed"));
    }
    return AepHttp.async(settings.executor != null ? settings.executor : http.dispatcher().executorService(),
        () -> call.apply(this));
  }

  /**
   * An implementation of a Retrofit interface for an AEP API that this SDK does not declare, rooted
   * at {@code baseUrl + basePath} (for example {@code "data/foundation/sandbox-management/"}), that
   * shares this client's headers, token, retries, logging and error handling. Methods may return
   * the model directly or {@code CompletableFuture<T>}.
   *
   * @throws IllegalArgumentException if {@code api} is not a valid Retrofit interface
   */
  public <T> T customApi(Class<T> api, String basePath) {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(basePath, "basePath");
    return AepHttp.service(scoped, settings.baseUrl, basePath, api);
  }

  /** The sandbox every call of this client targets. */
  public String sandboxName() {
    return settings.sandboxName;
  }

  /**
   * The clock this client reads the time from ({@link Builder#clock(Clock)}): token expiry, {@code
   * Retry-After} dates, and the deadlines of SDK helpers that poll AEP.
   */
  public Clock clock() {
    return settings.options.clock();
  }

  /**
   * The sleeper this client waits with ({@link Builder#sleeper(Sleeper)}): between retries, and
   * between the polls of SDK helpers that wait for AEP.
   */
  public Sleeper sleeper() {
    return settings.options.sleeper();
  }

  /**
   * A copy of this client that targets {@code sandboxName}; it shares this client's connection
   * pool and threads, so it is cheap. Closing the copy does not close this client.
   *
   * @throws IllegalArgumentException if the name is not a valid lower-case sandbox name
   */
  public AepClient withSandbox(String sandboxName) {
    Settings copy = settings.copy();
    copy.sandboxName = HeaderValues.requireSandboxName(sandboxName);
    return new AepClient(copy, http, false);
  }

  /**
   * Releases the connection pool and threads, if this client created them (not those of an {@link
   * Builder#okHttpClient(OkHttpClient) OkHttpClient given to the builder}); from then on every call
   * of this client and of its {@link #withSandbox} copies throws {@link IllegalStateException}
   * before anything is sent. Closing a copy does nothing. Closing twice is harmless.
   */
  @Override
  public void close() {
    if (owner && settings.closed.compareAndSet(false, true) && settings.ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "AepClient[baseUrl=" + settings.baseUrl + ", imsOrgId=" + settings.imsOrgId + ", sandbox="
        + settings.sandboxName + ", tokens=" + settings.tokens + ", apiKey=" + HeaderValues.mask(settings.apiKey) + "]";
  }

  private static final class Settings {
    HttpUrl baseUrl;
    String imsOrgId;
    String apiKey;
    AccessTokenProvider tokens;
    String sandboxName;
    AepHttp.Options options;
    Executor executor;
    /** Set once the client that owns the connection pool is closed; shared with its copies. */
    AtomicBoolean closed = new AtomicBoolean();
    /** Whether the SDK created the OkHttp client (and so shuts it down on close). */
    boolean ownsHttp;

    Settings copy() {
      Settings s = new Settings();
      s.closed = closed;
      s.ownsHttp = ownsHttp;
      s.options = options;
      s.executor = executor;
      s.baseUrl = baseUrl;
      s.imsOrgId = imsOrgId;
      s.apiKey = apiKey;
      s.tokens = tokens;
      s.sandboxName = sandboxName;
      return s;
    }
  }

  /** Builds an {@link AepClient}; every value is checked by {@link #build()}. */
  public static final class Builder {
    private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration MIN_TIMEOUT = Duration.ofMillis(1);
    /** OkHttp keeps a timeout as an {@code int} of milliseconds. */
    private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);
    private String baseUrl = DEFAULT_BASE_URL;
    private String imsOrgId;
    private String apiKey;
    private AccessTokenProvider tokens;
    private String clientId;
    private String clientSecret;
    private List<String> scopes;
    private String imsUrl = OAuthServerToServerTokenProvider.DEFAULT_IMS_URL;
    private Duration tokenRefreshMargin = OAuthServerToServerTokenProvider.DEFAULT_REFRESH_MARGIN;
    private String sandboxName = "prod";
    /** Timeouts set on this builder; null keeps the default, or the given OkHttpClient's value. */
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private OkHttpClient okHttpClient;
    private Proxy proxy;
    /** Retries, clock, sleeper and logging: shared with the IMS token provider. */
    private final AepHttp.Options.Builder httpOptions = AepHttp.Options.builder();
    private Executor asyncExecutor;

    private Builder() {}

    /**
     * Reads the environment variables documented at {@link AepClient#fromEnv()} from the process
     * environment; settings not given there keep their current value.
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /**
     * Reads the variables documented at {@link AepClient#fromEnv()} from {@code env}.
     *
     * @throws IllegalArgumentException naming the first missing variable, or when both {@code
     *     AEP_CLIENT_SECRET} and {@code AEP_ACCESS_TOKEN} (or neither) are set
     */
    public Builder fromEnv(Map<String, String> env) {
      Objects.requireNonNull(env, "env");
      imsOrgId(fromVariable("AEP_IMS_ORG_ID", HeaderValues::requireImsOrgId, requireEnv(env, "AEP_IMS_ORG_ID")));
      String id = fromVariable("AEP_CLIENT_ID", HeaderValues::require, requireEnv(env, "AEP_CLIENT_ID"));
      String secret = optionalEnv(env, "AEP_CLIENT_SECRET");
      String token = optionalEnv(env, "AEP_ACCESS_TOKEN");
      if (secret != null && token != null) {
        throw new IllegalArgumentException("environment variables AEP_CLIENT_SECRET and AEP_ACCESS_TOKEN are both set;"
            + " set AEP_CLIENT_SECRET for OAuth Server-to-Server or AEP_ACCESS_TOKEN for a ready token, not both");
      }
      if (secret == null && token == null) {
        throw new IllegalArgumentException("environment variable AEP_ACCESS_TOKEN must be set (a ready access token),"
            + " or AEP_CLIENT_SECRET (OAuth Server-to-Server credential)");
      }
      if (secret != null) {
        fromVariable("AEP_CLIENT_SECRET", HeaderValues::require, secret);
        List<String> scopeList = OAuthServerToServerTokenProvider.AEP_DEFAULT_SCOPES;
        if (env.get("AEP_SCOPES") != null) {
          String scopesEnv = env.get("AEP_SCOPES");
          fromVariable("AEP_SCOPES", (setting, v) -> {
            OAuthServerToServerTokenProvider.builder().scopes(v);
            return v;
          }, scopesEnv);
          scopeList = List.of(scopesEnv);
        }
        oauthServerToServer(id, secret, scopeList);
        if (env.get("AEP_IMS_URL") != null) {
          imsUrl(fromVariable("AEP_IMS_URL", (setting, v) -> AepHttp.checkBaseUrl("imsUrl", v).toString(), env.get("AEP_IMS_URL")));
        }
      } else {
        apiKey(id);
        accessTokenProvider(AccessTokenProvider.ofStatic(fromVariable("AEP_ACCESS_TOKEN", HeaderValues::require, token)));
      }
      if (env.get("AEP_SANDBOX_NAME") != null) {
        sandboxName(fromVariable("AEP_SANDBOX_NAME", (setting, v) -> HeaderValues.requireSandboxName(v), env.get("AEP_SANDBOX_NAME")));
      }
      if (env.get("AEP_BASE_URL") != null) {
        baseUrl(fromVariable("AEP_BASE_URL", (setting, v) -> AepHttp.checkBaseUrl(v).toString(), env.get("AEP_BASE_URL")));
      }
      return this;
    }

    /** Platform gateway, default {@value AepClient#DEFAULT_BASE_URL}. {@code http://} only for loopback hosts. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * IMS org id ({@code …@AdobeOrg}), sent as {@code x-gw-ims-org-id}. Required; {@link #build()}
     * refuses a value without the {@code @AdobeOrg} suffix, which the gateway would answer with 403
     * {@code 403025}.
     */
    public Builder imsOrgId(String imsOrgId) {
      this.imsOrgId = imsOrgId;
      return this;
    }

    /**
     * The Developer Console client id, sent as {@code x-api-key}. Required, unless {@link
     * #oauthServerToServer} gives it.
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Source of the IMS access token, e.g. {@link AccessTokenProvider#ofStatic(String)} or an
     * {@link OAuthServerToServerTokenProvider} shared between clients. Replaces {@link
     * #oauthServerToServer} settings.
     */
    public Builder accessTokenProvider(AccessTokenProvider tokens) {
      this.tokens = tokens;
      this.clientId = null;
      this.clientSecret = null;
      this.scopes = null;
      return this;
    }

    /**
     * Obtains tokens from Adobe IMS with an OAuth Server-to-Server credential, with the scopes
     * Adobe's AEP guides use ({@link OAuthServerToServerTokenProvider#AEP_DEFAULT_SCOPES}). The
     * client id is also sent as {@code x-api-key}. Replaces {@link #accessTokenProvider}.
     */
    public Builder oauthServerToServer(String clientId, String clientSecret) {
      return oauthServerToServer(clientId, clientSecret, OAuthServerToServerTokenProvider.AEP_DEFAULT_SCOPES);
    }

    /**
     * Obtains tokens from Adobe IMS with an OAuth Server-to-Server credential and the given scopes
     * (as listed on the credential; entries may be comma-separated). Tokens are cached, refreshed
     * {@link #tokenRefreshMargin(Duration)} before they expire, and requested once for all threads.
     * The client id is also sent as {@code x-api-key}. Replaces {@link #accessTokenProvider}.
     */
    public Builder oauthServerToServer(String clientId, String clientSecret, Collection<String> scopes) {
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      this.scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes"));
      this.tokens = null;
      return this;
    }

    /** As {@link #oauthServerToServer(String, String, Collection)}. */
    public Builder oauthServerToServer(String clientId, String clientSecret, String... scopes) {
      return oauthServerToServer(clientId, clientSecret, Arrays.asList(scopes));
    }

    /**
     * Adobe IMS base URL for {@link #oauthServerToServer}, default {@value
     * OAuthServerToServerTokenProvider#DEFAULT_IMS_URL}; {@code http://} only for loopback hosts.
     */
    public Builder imsUrl(String imsUrl) {
      this.imsUrl = imsUrl;
      return this;
    }

    /** How long before expiry an OAuth token is replaced, default 5 minutes. */
    public Builder tokenRefreshMargin(Duration margin) {
      if (margin == null || margin.isNegative()) {
        throw new IllegalArgumentException("tokenRefreshMargin must be zero or positive");
      }
      this.tokenRefreshMargin = margin;
      return this;
    }

    /** Sandbox name, sent as {@code x-sandbox-name}; lower-case, default {@code prod}. */
    public Builder sandboxName(String sandboxName) {
      this.sandboxName = sandboxName;
      return this;
    }

    /**
     * The OkHttp client whose connection pool, dispatcher, interceptors, TLS, DNS and proxy
     * settings the SDK builds on. The SDK works on a copy ({@link OkHttpClient#newBuilder()}) to
     * which it adds its own interceptors after the application's (User-Agent, gateway headers,
     * retries, logging, size limit); on that copy OkHttp's silent connection retries and redirects
     * are off (see {@link AepHttp}). Timeouts set on this builder replace the client's; unset ones
     * keep the client's. {@link AepClient#close()} does not shut down a client given here: its owner
     * does. Default: a new client the SDK owns.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
      return this;
    }

    /**
     * The HTTP proxy for AEP and IMS calls, for example {@code new Proxy(Proxy.Type.HTTP, new
     * InetSocketAddress("proxy.example.com", 3128))}; {@link Proxy#NO_PROXY} for none. Default: the
     * JVM's proxy selector ({@code https.proxyHost}...). For a proxy that asks for credentials, give
     * an {@link #okHttpClient(OkHttpClient)} with a {@code proxyAuthenticator}.
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /** TCP (and TLS) connect timeout, default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkedTimeout("connectTimeout", timeout);
      return this;
    }

    /**
     * Longest wait for the next bytes of an answer. Default: the call timeout, so that the call
     * timeout alone bounds a silent server and an attempt that stalls is not retried
     * (openai-java's {@code Timeout.read()} defaults to its request timeout too, but that one is per
     * attempt). A shorter read timeout ends a stalled attempt sooner, which a GET then retries
     * within the call timeout; it costs a wake-up of OkHttp's timeout thread per read. Not set here
     * with {@link #okHttpClient}: the given client's.
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkedTimeout("readTimeout", timeout);
      return this;
    }

    /**
     * Longest wait to write the next bytes of a request. Default: the call timeout (see {@link
     * #readTimeout}); not set here with {@link #okHttpClient}: the given client's.
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = checkedTimeout("writeTimeout", timeout);
      return this;
    }

    /**
     * Timeout of one whole API call, every retry, wait and the 401 replay included, default 2 min
     * (not set here with {@link #okHttpClient}: the given client's). When it passes, the call ends
     * with an {@link io.github.aepsdk.core.error.AepIoException}.
     *
     * @throws IllegalArgumentException if not from 1 ms to about 24 days ({@link Integer#MAX_VALUE}
     *     ms, OkHttp's limit); the same holds for the other timeouts
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = checkedTimeout("callTimeout", timeout);
      return this;
    }

    /** Retries, default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} turns them off. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      httpOptions.retryPolicy(retryPolicy);
      return this;
    }

    /**
     * Wire logging, default {@link HttpLogLevel#NONE}. Lines go to SLF4J at INFO, logger {@value
     * AepHttp.Options#DEFAULT_LOGGER_NAME} (or {@link #logger(Logger)}); credentials never appear.
     */
    public Builder logLevel(HttpLogLevel logLevel) {
      httpOptions.logLevel(logLevel);
      return this;
    }

    /** The SLF4J logger for wire lines and events (retries, token refreshes). */
    public Builder logger(Logger logger) {
      httpOptions.logger(logger);
      return this;
    }

    /**
     * Clock for token expiry, {@code Retry-After} dates and polling deadlines, default the UTC system
     * clock (tests inject one).
     */
    public Builder clock(Clock clock) {
      httpOptions.clock(clock);
      return this;
    }

    /**
     * Waits between retries and between polls, default {@link Sleeper#system()} (tests inject one
     * that returns at once).
     */
    public Builder sleeper(Sleeper sleeper) {
      httpOptions.sleeper(sleeper);
      return this;
    }

    /**
     * Largest successful (2xx) answer read, in bytes, default 32 MB ({@link
     * AepHttp.Options#DEFAULT_MAX_RESPONSE_BYTES}), which admits Adobe's largest answers (fully
     * resolved schemas, a full page of 300 schemas). It is enforced while the answer is read: a
     * larger one fails with {@link io.github.aepsdk.core.error.AepResponseTooLargeException} and is
     * never held whole in memory. Error answers are capped at 1 MB regardless.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxResponseBytes(long maxBytes) {
      httpOptions.maxResponseBytes(maxBytes);
      return this;
    }

    /**
     * Executor of {@link AepClient#async}, default the OkHttp dispatcher's thread pool. The client
     * does not shut down an executor given here.
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "asyncExecutor");
      return this;
    }

    /**
     * A client with these settings. Does not call IMS or the platform.
     *
     * @throws IllegalArgumentException naming the setting that is missing, blank, contains CR/LF
     *     or a non-ASCII character,
     *     or (sandbox) is not a lower-case sandbox name, or a base or IMS URL that is not HTTPS on a
     *     non-loopback host; never echoing a secret
     */
    public AepClient build() {
      Settings s = new Settings();
      s.imsOrgId = HeaderValues.requireImsOrgId("imsOrgId", imsOrgId);
      if (clientSecret != null || clientId != null) {
        HeaderValues.require("clientId", clientId);
        if (apiKey != null && !apiKey.equals(clientId)) {
          throw new IllegalArgumentException("apiKey must be the OAuth client id (x-api-key is the credential's client id)");
        }
        s.apiKey = clientId;
      } else {
        if (apiKey == null && tokens == null) {
          throw new IllegalArgumentException("credentials must be set: oauthServerToServer(clientId, clientSecret) for an"
              + " OAuth Server-to-Server credential (AEP_CLIENT_ID, AEP_CLIENT_SECRET), or apiKey(...) with"
              + " accessTokenProvider(...)");
        }
        s.apiKey = HeaderValues.require("apiKey", apiKey);
        if (tokens == null) {
          throw new IllegalArgumentException(
              "accessTokenProvider must be set, or oauthServerToServer(clientId, clientSecret, scopes) for tokens from Adobe IMS");
        }
      }
      s.sandboxName = HeaderValues.requireSandboxName(sandboxName);
      s.baseUrl = AepHttp.checkBaseUrl(baseUrl);
      s.options = httpOptions.redact(s.apiKey, clientSecret).build();
      s.executor = asyncExecutor;
      OkHttpClient http = httpClient();
      if (tokens != null) {
        s.tokens = tokens;
      } else {
        HeaderValues.require("clientSecret", clientSecret);
        s.tokens = OAuthServerToServerTokenProvider.builder()
            .clientId(clientId)
            .clientSecret(clientSecret)
            .scopes(scopes)
            .imsUrl(imsUrl)
            .refreshMargin(tokenRefreshMargin)
            .httpClient(http)
            .httpOptions(s.options)
            .build();
      }
      s.ownsHttp = okHttpClient == null;
      return new AepClient(s, http, true);
    }

    /**
     * The given client or a new one, with the timeouts and proxy set on this builder. A new client's
     * read and write timeouts default to its call timeout: OkHttp wakes its timeout thread whenever
     * a read or write gets an earlier deadline than every pending one, which a 60 s read timeout
     * inside a 2 min call timeout did on every read (measured: about 12 % of a small GET's CPU time).
     */
    OkHttpClient httpClient() {
      OkHttpClient.Builder b;
      if (okHttpClient != null) {
        b = okHttpClient.newBuilder();
      } else {
        Duration call = callTimeout != null ? callTimeout : DEFAULT_CALL_TIMEOUT;
        b = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(call).writeTimeout(call)
            .callTimeout(call);
      }
      if (connectTimeout != null) {
        b.connectTimeout(connectTimeout);
      }
      if (readTimeout != null) {
        b.readTimeout(readTimeout);
      }
      if (writeTimeout != null) {
        b.writeTimeout(writeTimeout);
      }
      if (callTimeout != null) {
        b.callTimeout(callTimeout);
      }
      if (proxy != null) {
        b.proxy(proxy);
      }
      return b.retryOnConnectionFailure(false).build();
    }

    @Override
    public String toString() {
      return "AepClient.Builder[baseUrl=" + withoutUserInfo(baseUrl) + ", imsOrgId=" + imsOrgId + ", sandbox=" + sandboxName
          + ", apiKey=" + HeaderValues.mask(apiKey != null ? apiKey : clientId)
          + (clientSecret != null ? ", clientSecret=****" : "") + "]";
    }

    /** {@code url} with a user name and password (which {@link #build()} refuses) masked. */
    private static String withoutUserInfo(String url) {
      return url == null ? null : url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@", "$1****@");
    }

    /** {@code d} if OkHttp takes it: positive, at least 1 ms and at most {@link Integer#MAX_VALUE} ms. */
    private static Duration checkedTimeout(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      if (d.compareTo(MIN_TIMEOUT) < 0 || d.compareTo(MAX_TIMEOUT) > 0) {
        throw new IllegalArgumentException(name + " must be from 1 ms to " + MAX_TIMEOUT.toMillis()
            + " ms (about 24 days, OkHttp's limit), was " + d);
      }
      return d;
    }
  }
}
