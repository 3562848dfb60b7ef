package io.github.aepsdk.core;

import io.github.aepsdk.catalog.CatalogApi;
import io.github.aepsdk.conversion.ConversionApi;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.http.AepHttp;
import io.github.aepsdk.core.http.HeaderValues;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Entry point of the SDK: a thread-safe client of the four AEP APIs for one IMS org and one
 * sandbox.
 *
 * <pre>{@code
 * try (AepClient aep = AepClient.builder()
 *     .imsOrgId("0123456789ABCDEF01234567@AdobeOrg")
 *     .apiKey("your-client-id")
 *     .accessTokenProvider(AccessTokenProvider.ofStatic(token))
 *     .sandboxName("prod")
 *     .build()) {
 *   Flow flow = aep.flowService().getFlow(flowId);
 * }
 * }</pre>
 *
 * Every call carries {@code Authorization}, {@code x-api-key}, {@code x-gw-ims-org-id} and {@code
 * x-sandbox-name}. {@link #withSandbox(String)} gives a copy scoped to another sandbox that shares
 * this client's connection pool and threads. Closing the client that {@link #builder()} built
 * releases them; closing a copy does nothing.
 */
public final class AepClient implements AutoCloseable {

  /** Default platform gateway. */
  public static final String DEFAULT_BASE_URL = "https://platform.adobe.io";

  private final Settings settings;
  private final OkHttpClient http;
  private final boolean owner;
  private final FlowServiceApi flowService;
  private final SchemaRegistryApi schemaRegistry;
  private final CatalogApi catalog;
  private final ConversionApi conversion;

  private AepClient(Settings settings, OkHttpClient http, boolean owner) {
    this.settings = settings;
    this.http = http;
    this.owner = owner;
    OkHttpClient scoped = AepHttp.scoped(http, settings.tokens, settings.apiKey, settings.imsOrgId, settings.sandboxName);
    this.flowService = AepHttp.service(scoped, settings.baseUrl, "data/foundation/flowservice/", FlowServiceApi.class);
    this.schemaRegistry = AepHttp.service(scoped, settings.baseUrl, "data/foundation/schemaregistry/", SchemaRegistryApi.class);
    this.catalog = AepHttp.service(scoped, settings.baseUrl, "data/foundation/catalog/", CatalogApi.class);
    this.conversion = AepHttp.service(scoped, settings.baseUrl, "data/foundation/conversion/", ConversionApi.class);
  }

  /** A builder for a client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from environment variables:
   *
   * <table>
   *   <caption>Environment variables</caption>
   *   <tr><th>variable</th><th>meaning</th><th>required</th></tr>
   *   <tr><td>{@code AEP_IMS_ORG_ID}</td><td>IMS org id ({@code …@AdobeOrg}), sent as {@code x-gw-ims-org-id}</td><td>yes</td></tr>
   *   <tr><td>{@code AEP_CLIENT_ID}</td><td>Developer Console client id, sent as {@code x-api-key}</td><td>yes</td></tr>
   *   <tr><td>{@code AEP_ACCESS_TOKEN}</td><td>an IMS access token obtained elsewhere</td><td>yes</td></tr>
   *   <tr><td>{@code AEP_SANDBOX_NAME}</td><td>sandbox, default {@code prod}</td><td>no</td></tr>
   *   <tr><td>{@code AEP_BASE_URL}</td><td>platform gateway, default {@value #DEFAULT_BASE_URL}</td><td>no</td></tr>
   * </table>
   *
   * @throws IllegalArgumentException naming the first missing or invalid variable
   */
  public static AepClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /** {@link #fromEnv()} reading from {@code env} instead of the process environment. */
  public static AepClient fromEnv(Map<String, String> env) {
    Builder b = builder()
        .imsOrgId(fromVariable("AEP_IMS_ORG_ID", HeaderValues::require, requireEnv(env, "AEP_IMS_ORG_ID")))
        .apiKey(fromVariable("AEP_CLIENT_ID", HeaderValues::require, requireEnv(env, "AEP_CLIENT_ID")))
        .accessTokenProvider(AccessTokenProvider.ofStatic(
            fromVariable("AEP_ACCESS_TOKEN", HeaderValues::require, requireEnv(env, "AEP_ACCESS_TOKEN"))));
    if (env.get("AEP_SANDBOX_NAME") != null) {
      b.sandboxName(fromVariable("AEP_SANDBOX_NAME", (setting, v) -> HeaderValues.requireSandboxName(v), env.get("AEP_SANDBOX_NAME")));
    }
    if (env.get("AEP_BASE_URL") != null) {
      b.baseUrl(fromVariable("AEP_BASE_URL", (setting, v) -> AepHttp.checkBaseUrl(v).toString(), env.get("AEP_BASE_URL")));
    }
    return b.build();
  }

  private static String requireEnv(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + name + " must be set");
    }
    return value;
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

  /** Catalog Service ({@code /data/foundation/catalog}): datasets and batches. */
  public CatalogApi catalog() {
    return catalog;
  }

  /** Data Prep ({@code /data/foundation/conversion}): mapping sets. */
  public ConversionApi conversion() {
    return conversion;
  }

  /** The sandbox every call of this client targets. */
  public String sandboxName() {
    return settings.sandboxName;
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

  /** Releases the connection pool and threads, if this client created them. */
  @Override
  public void close() {
    if (owner) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "AepClient[baseUrl=" + settings.baseUrl + ", imsOrgId=" + settings.imsOrgId + ", sandbox="
        + settings.sandboxName + ", apiKey=" + HeaderValues.mask(settings.apiKey) + "]";
  }

  private static final class Settings {
    HttpUrl baseUrl;
    String imsOrgId;
    String apiKey;
    AccessTokenProvider tokens;
    String sandboxName;

    Settings copy() {
      Settings s = new Settings();
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
    private String baseUrl = DEFAULT_BASE_URL;
    private String imsOrgId;
    private String apiKey;
    private AccessTokenProvider tokens;
    private String sandboxName = "prod";
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofMinutes(2);

    private Builder() {}

    /** Platform gateway, default {@value AepClient#DEFAULT_BASE_URL}. {@code http://} only for loopback hosts. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** IMS org id ({@code …@AdobeOrg}), sent as {@code x-gw-ims-org-id}. Required. */
    public Builder imsOrgId(String imsOrgId) {
      this.imsOrgId = imsOrgId;
      return this;
    }

    /** The Developer Console client id, sent as {@code x-api-key}. Required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Source of the IMS access token. Required. */
    public Builder accessTokenProvider(AccessTokenProvider tokens) {
      this.tokens = tokens;
      return this;
    }

    /** Sandbox name, sent as {@code x-sandbox-name}; lower-case, default {@code prod}. */
    public Builder sandboxName(String sandboxName) {
      this.sandboxName = sandboxName;
      return this;
    }

    /** TCP connect timeout, default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** Timeout between bytes read, default 60 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /** Timeout between bytes written, default 60 s. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive("writeTimeout", timeout);
      return this;
    }

    /** Timeout of one whole call including redirects, default 2 min. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /**
     * A client with these settings.
     *
     * @throws IllegalArgumentException naming the setting that is missing, blank, contains CR/LF,
     *     or (sandbox) is not a lower-case sandbox name, or a base URL that is not HTTPS on a
     *     non-loopback host
     */
    public AepClient build() {
      Settings s = new Settings();
      s.imsOrgId = HeaderValues.require("imsOrgId", imsOrgId);
      s.apiKey = HeaderValues.require("apiKey", apiKey);
      if (tokens == null) {
        throw new IllegalArgumentException("accessTokenProvider must be set");
      }
      s.tokens = tokens;
      s.sandboxName = HeaderValues.requireSandboxName(sandboxName);
      s.baseUrl = AepHttp.checkBaseUrl(baseUrl);
      OkHttpClient http = new OkHttpClient.Builder()
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .writeTimeout(writeTimeout)
          .callTimeout(callTimeout)
          .build();
      return new AepClient(s, http, true);
    }

    private static Duration positive(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
