package io.github.aepsdk.core.auth;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.github.aepsdk.core.error.AepAuthenticationException;
import io.github.aepsdk.core.error.AepException;
import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.http.AepHttp;
import io.github.aepsdk.core.http.HeaderValues;
import io.github.aepsdk.core.json.AepJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * Access tokens from Adobe IMS with the OAuth Server-to-Server credential of a Developer Console
 * project: {@code POST {imsUrl}/ims/token/v3} with the form-encoded body {@code
 * grant_type=client_credentials}, {@code client_id}, {@code client_secret} and {@code scope}
 * (comma-separated), answered by {@code {"access_token", "token_type": "bearer", "expires_in"}} with
 * {@code expires_in} in <em>seconds</em> (86399, about 24 hours). See Adobe's
 * <a href="https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation">OAuth
 * Server-to-Server implementation guide</a>.
 *
 * <ul>
 *   <li><b>Caching.</b> A token is reused until {@code refreshMargin} (default 5 minutes) before it
 *       expires; then the next call obtains a new one. If that early refresh fails while the
 *       current token is still valid, the current token keeps being used (a warning is logged) and
 *       the refresh is tried again 30 seconds later; once it has expired, the failure is thrown. When the margin is more than half of the
 *       token's lifetime, the token is refreshed at half its lifetime instead. Lifetimes longer than
 *       24 hours are treated as 24 hours; an answer without {@code expires_in} is used for
 *       {@link #ASSUMED_LIFETIME} (said in the debug log).
 *   <li><b>One request for all threads.</b> When many threads need a token at the same moment,
 *       exactly one request goes to IMS; the others wait for it and share its token or its failure.
 *   <li><b>Invalidation.</b> {@link #invalidate(String)} drops the cached token if it is the given
 *       one (the client calls it after a 401 {@code 401013}), so concurrent rejections of the same
 *       token cause a single refresh.
 *   <li><b>Errors.</b> An IMS error answer ({@code {"error": "invalid_client", "error_description":
 *       …}}, usually 400 or 401) becomes an {@link AepAuthenticationException} naming the IMS error
 *       code; a transport failure (after the retries of the {@link AepHttp.Options} in use) becomes
 *       one with the I/O exception as cause. Neither ever contains the client secret.
 *   <li><b>Secrets.</b> {@link #toString()} masks the client id and secret; the token request and
 *       answer bodies are never logged.
 * </ul>
 *
 * Thread-safe. Usually built for you by {@code AepClient.builder().oauthServerToServer(...)} or
 * {@code AepClient.fromEnv()}; build one yourself to share it between clients or use it elsewhere:
 *
 * <pre>{@code
 * OAuthServerToServerTokenProvider tokens = OAuthServerToServerTokenProvider.builder()
 *     .clientId(System.getenv("AEP_CLIENT_ID"))
 *     .clientSecret(System.getenv("AEP_CLIENT_SECRET"))
 *     .scopes("openid", "AdobeID", "read_organizations", "additional_info.projectedProductContext")
 *     .build();
 * }</pre>
 */
public final class OAuthServerToServerTokenProvider implements AccessTokenProvider {
  /** Adobe IMS production endpoint (North America; it serves all regions). */
  public static final String DEFAULT_IMS_URL = "https://ims-na1.adobelogin.com";
  /** Path of the token endpoint below the IMS URL. */
  public static final String TOKEN_PATH = "ims/token/v3";
  /** Default refresh margin: a token is replaced this long before it expires. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);
  /**
   * Lifetime assumed for a token whose answer has no {@code expires_in}: 1 hour, well inside the
   * about 24 hours IMS grants, so the token is replaced long before it can expire; a 401 {@code
   * 401013} before then replaces it at once.
   */
  public static final Duration ASSUMED_LIFETIME = Duration.ofHours(1);
  /** Longest lifetime trusted from {@code expires_in}; longer answers are cut to this. */
  public static final Duration MAX_LIFETIME = Duration.ofHours(24);
  /**
   * Scopes Adobe's AEP guides use for an OAuth Server-to-Server credential with the Experience
   * Platform API ({@code openid,session,AdobeID,read_organizations,additional_info.projectedProductContext});
   * the default when none are given. Use the scopes your Developer Console project lists.
   */
  public static final List<String> AEP_DEFAULT_SCOPES = List.of(
      "openid", "session", "AdobeID", "read_organizations", "additional_info.projectedProductContext");

  private static final JsonAdapter<Object> JSON = AepJson.adapter(Object.class);
  private static final long MAX_ANSWER_BYTES = 256 * 1024;
  /** After a failed early refresh, how long the still-valid token is used before trying again. */
  static final Duration RETRY_REFRESH_AFTER = Duration.ofSeconds(30);

  private final String clientId;
  private final String clientSecret;
  private final List<String> scopes;
  private final HttpUrl imsUrl;
  private final HttpUrl tokenUrl;
  private final Duration refreshMargin;
  private final Clock clock;
  private final OkHttpClient http;
  private final Logger logger;
  private final boolean verbose;

  private final Object lock = new Object();
  private volatile Cached cached;
  private CompletableFuture<Cached> inFlight;

  private OAuthServerToServerTokenProvider(Builder b) {
    this.clientId = HeaderValues.require("clientId", b.clientId);
    this.clientSecret = HeaderValues.require("clientSecret", b.clientSecret);
    this.scopes = b.scopes == null ? AEP_DEFAULT_SCOPES : b.scopes;
    this.imsUrl = AepHttp.checkBaseUrl("imsUrl", b.imsUrl);
    this.tokenUrl = imsUrl.newBuilder().addPathSegments(TOKEN_PATH).build();
    this.refreshMargin = b.refreshMargin;
    AepHttp.Options options = b.options;
    this.clock = b.clock != null ? b.clock : options.clock();
    OkHttpClient base = b.httpClient != null ? b.httpClient : new OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .writeTimeout(30, TimeUnit.SECONDS)
        .callTimeout(2, TimeUnit.MINUTES)
        .build();
    this.http = AepHttp.tokenEndpointClient(base, options, clientSecret, clientId);
    this.logger = options.logger();
    this.verbose = options.logLevel() != io.github.aepsdk.core.http.HttpLogLevel.NONE;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A valid access token: the cached one while it is fresh, otherwise a new one from IMS (one
   * request for all threads that need it at the same time).
   *
   * @throws AepAuthenticationException if IMS refuses the credentials or cannot be reached
   */
  @Override
  public String accessToken() {
    return token().value();
  }

  /**
   * As {@link #accessToken()}, with the token's expiry.
   *
   * @throws AepAuthenticationException if IMS refuses the credentials or cannot be reached
   */
  public AccessToken token() {
    Cached current = cached;
    if (current != null && clock.instant().isBefore(current.refreshAt)) {
      return current.token;
    }
    CompletableFuture<Cached> wait;
    boolean leader = false;
    synchronized (lock) {
      current = cached;
      if (current != null && clock.instant().isBefore(current.refreshAt)) {
        return current.token;
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      wait = inFlight;
    }
    if (leader) {
      try {
        Cached fresh = fetch();
        synchronized (lock) {
          cached = fresh;
          inFlight = null;
        }
        wait.complete(fresh);
      } catch (Throwable t) {
        Cached fallback = fallback(current, t);
        synchronized (lock) {
          if (fallback != null) {
            cached = fallback;
          }
          inFlight = null;
        }
        if (fallback != null) {
          wait.complete(fallback);
        } else {
          wait.completeExceptionally(t);
        }
      }
    }
    try {
      return wait.join().token;
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new AepAuthenticationException("could not obtain an access token from Adobe IMS", cause);
    }
  }

  /**
   * When an early refresh fails but the cached token has not expired yet, keeps using it and tries
   * again after {@link #RETRY_REFRESH_AFTER} (or half the remaining time, if shorter); null when
   * there is nothing usable to fall back to.
   */
  private Cached fallback(Cached previous, Throwable failure) {
    Instant now = clock.instant();
    if (previous == null || !now.isBefore(previous.token.expiresAt()) || !(failure instanceof RuntimeException)) {
      return null;
    }
    Duration remaining = Duration.between(now, previous.token.expiresAt());
    Duration wait = remaining.dividedBy(2).compareTo(RETRY_REFRESH_AFTER) < 0 ? remaining.dividedBy(2) : RETRY_REFRESH_AFTER;
    logger.warn("could not refresh the IMS access token ({}); using the current one, valid until {}, and trying again in {} s",
        scrub(String.valueOf(failure.getMessage())), previous.token.expiresAt(), wait.getSeconds());
    return new Cached(previous.token, now.plus(wait));
  }

  /** The cached token, if any (it may be stale); never calls IMS. */
  public Optional<AccessToken> cachedToken() {
    Cached current = cached;
    return current == null ? Optional.empty() : Optional.of(current.token);
  }

  /** Drops the cached token if it is {@code token}, so the next call obtains a new one. */
  @Override
  public void invalidate(String token) {
    synchronized (lock) {
      Cached current = cached;
      if (current != null && current.token.value().equals(token)) {
        cached = null;
        event("access token rejected by the platform; it will be replaced on the next call");
      }
    }
  }

  /** The token endpoint, {@code {imsUrl}/ims/token/v3}. */
  public HttpUrl tokenUrl() {
    return tokenUrl;
  }

  /** The client id (also the {@code x-api-key} of platform calls). */
  public String clientId() {
    return clientId;
  }

  /** The scopes requested. */
  public List<String> scopes() {
    return scopes;
  }

  /** How long before expiry a token is replaced. */
  public Duration refreshMargin() {
    return refreshMargin;
  }

  private Cached fetch() {
    Request request = AepHttp.tokenRequest(new Request.Builder())
        .url(tokenUrl)
        .header("Accept", "application/json")
        .post(new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", clientId)
            .add("client_secret", clientSecret)
            .add("scope", String.join(",", scopes))
            .build())
        .build();
    Instant requestedAt = clock.instant();
    String body;
    int status;
    try (Response response = http.newCall(request).execute()) {
      status = response.code();
      body = response.peekBody(MAX_ANSWER_BYTES).string();
    } catch (IOException e) {
      AepException carried = AepHttp.unwrap(e);
      String why = carried != null ? carried.getMessage() : e.toString();
      throw new AepAuthenticationException(scrub("could not obtain an access token from Adobe IMS at " + tokenUrl + ": " + why),
          carried instanceof AepIoException ? carried : e);
    }
    if (status < 200 || status > 299) {
      throw imsError(status, body);
    }
    return parse(body, requestedAt, status);
  }

  private AepAuthenticationException imsError(int status, String body) {
    Map<?, ?> json = asObject(body);
    String error = json == null ? null : text(json.get("error"));
    String description = json == null ? null : text(json.get("error_description"));
    if (json == null && !body.isBlank()) {
      description = "non-JSON answer: " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
    return new AepAuthenticationException(status, error == null ? null : scrub(error),
        description == null ? null : scrub(description));
  }

  private Cached parse(String body, Instant requestedAt, int status) {
    Map<?, ?> json = asObject(body);
    if (json == null) {
      throw new AepAuthenticationException(status, null, "the token answer is not a JSON object");
    }
    String token = text(json.get("access_token"));
    if (token == null) {
      throw new AepAuthenticationException(status, text(json.get("error")), "the token answer has no access_token");
    }
    String type = text(json.get("token_type"));
    if (type != null && !type.toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new AepAuthenticationException(status, null, "the token answer has token_type '" + type + "', expected bearer");
    }
    Object expiresIn = json.get("expires_in");
    Duration lifetime = expiresIn == null ? ASSUMED_LIFETIME : Duration.ofSeconds(seconds(expiresIn, status));
    if (expiresIn == null) {
      event("the IMS token answer has no expires_in: assuming the token lasts " + ASSUMED_LIFETIME.getSeconds()
          + " s (IMS tokens last about 24 h; a 401 before then gets a new one)");
    }
    if (lifetime.compareTo(MAX_LIFETIME) > 0) {
      lifetime = MAX_LIFETIME;
    }
    AccessToken accessToken;
    try {
      accessToken = new AccessToken(token, requestedAt, requestedAt.plus(lifetime));
    } catch (IllegalArgumentException e) {
      throw new AepAuthenticationException(status, null, "the token answer has an unusable access_token: " + e.getMessage());
    }
    Duration margin = refreshMargin.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshMargin;
    Instant refreshAt = accessToken.expiresAt().minus(margin);
    event("obtained an IMS access token valid for " + lifetime.getSeconds() + " s (until " + accessToken.expiresAt()
        + "); it will be replaced after " + refreshAt);
    return new Cached(accessToken, refreshAt);
  }

  private static long seconds(Object value, int status) {
    BigDecimal number = null;
    if (value instanceof Number) {
      number = new BigDecimal(value.toString());
    } else if (value instanceof String) {
      try {
        number = new BigDecimal(((String) value).trim());
      } catch (NumberFormatException notNumber) {
        number = null;
      }
    }
    if (number == null || number.signum() <= 0) {
      throw new AepAuthenticationException(status, null,
          "the token answer has no positive expires_in (seconds): " + value);
    }
    return number.min(BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L)).longValue();
  }

  private static Map<?, ?> asObject(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
      Object parsed = JSON.fromJson(reader);
      return parsed instanceof Map ? (Map<?, ?>) parsed : null;
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = String.valueOf(value);
    return s.isBlank() ? null : s;
  }

  private String scrub(String text) {
    return text.replace(clientSecret, "****");
  }

  private void event(String message) {
    if (verbose) {
      logger.info(message);
    } else {
      logger.debug(message);
    }
  }

  @Override
  public String toString() {
    return "OAuthServerToServerTokenProvider[tokenUrl=" + tokenUrl + ", clientId=" + HeaderValues.mask(clientId)
        + ", clientSecret=****, scopes=" + scopes + ", refreshMargin=" + refreshMargin + "]";
  }

  private static final class Cached {
    final AccessToken token;
    final Instant refreshAt;

    Cached(AccessToken token, Instant refreshAt) {
      this.token = token;
      this.refreshAt = refreshAt;
    }
  }

  /** Builds an {@link OAuthServerToServerTokenProvider}; {@link #build()} checks every value. */
  public static final class Builder {
    private String clientId;
    private String clientSecret;
    private List<String> scopes;
    private String imsUrl = DEFAULT_IMS_URL;
    private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
    private Clock clock;
    private OkHttpClient httpClient;
    private AepHttp.Options options = AepHttp.Options.defaults();

    private Builder() {}

    /** The credential's client id (Developer Console "Client ID", also the {@code x-api-key}). Required. */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /** The credential's client secret. Required; never printed. */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Scopes to request, as listed on the credential in the Developer Console; each argument may
     * itself be comma-separated. Default {@link OAuthServerToServerTokenProvider#AEP_DEFAULT_SCOPES}.
     */
    public Builder scopes(String... scopes) {
      return scopes(List.of(scopes));
    }

    /** As {@link #scopes(String...)}. */
    public Builder scopes(Collection<String> scopes) {
      List<String> parsed = new ArrayList<>();
      for (String entry : Objects.requireNonNull(scopes, "scopes")) {
        if (entry == null || entry.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
          throw new IllegalArgumentException("scopes must not be null or contain CR, LF or other control characters");
        }
        for (String scope : entry.split(",")) {
          String s = scope.strip();
          if (!s.isEmpty()) {
            if (s.chars().anyMatch(Character::isWhitespace)) {
              throw new IllegalArgumentException("scopes must not contain whitespace inside a scope: '" + s + "'");
            }
            parsed.add(s);
          }
        }
      }
      if (parsed.isEmpty()) {
        throw new IllegalArgumentException("scopes must name at least one scope");
      }
      this.scopes = List.copyOf(parsed);
      return this;
    }

    /**
     * IMS base URL, default {@value OAuthServerToServerTokenProvider#DEFAULT_IMS_URL}; {@code
     * http://} is refused unless the host is loopback.
     */
    public Builder imsUrl(String imsUrl) {
      this.imsUrl = imsUrl;
      return this;
    }

    /** How long before expiry a token is replaced, default 5 minutes. */
    public Builder refreshMargin(Duration refreshMargin) {
      if (refreshMargin == null || refreshMargin.isNegative()) {
        throw new IllegalArgumentException("refreshMargin must be zero or positive");
      }
      this.refreshMargin = refreshMargin;
      return this;
    }

    /** Clock for token expiry, default the clock of the HTTP options (system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * OkHttp client to derive the IMS client from (sharing its pool, dispatcher and timeouts);
     * default a private one with 10 s connect and 30 s read/write timeouts.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** Retries, sleeper, clock and logging for the IMS requests, default {@link AepHttp.Options#defaults()}. */
    public Builder httpOptions(AepHttp.Options options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The provider. Does not call IMS; the first token is requested by the first API call.
     *
     * @throws IllegalArgumentException naming the setting that is missing or invalid (never echoing
     *     the secret)
     */
    public OAuthServerToServerTokenProvider build() {
      return new OAuthServerToServerTokenProvider(this);
    }
  }
}
