package io.github.aepsdk.localplatform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;

/**
 * The IMS OAuth Server-to-Server token endpoint ({@code POST /ims/token/v3}, API-NOTES §8) and the
 * check of the tokens it issued. Answers like {@code examples/auth/ims-token.response.json}:
 * {@code {"access_token","token_type":"bearer","expires_in":<seconds>}}. Errors use the OAuth 2.0
 * error shape {@code {"error","error_description"}} (RFC 6749 §5.2).
 *
 * <p>Like IMS's own tokens (JWTs carrying their creation time and lifetime), a token carries its
 * serial number and expiry, signed with a key of this platform: {@code local-<serial>.<expiry
 * millis>.<signature>} (hex). So issuing tokens keeps no state; what is kept is the serial below
 * which {@link #expireAll()} expired every token, and the tokens {@link #expire(String)} expired
 * early, each only until its own expiry. Guarded by the platform's lock.
 */
final class Ims {
  /** What the gateway learns about a bearer token. */
  enum TokenStatus { VALID, UNKNOWN, EXPIRED }

  private static final String PREFIX = "local-";

  private final Context ctx;
  private final String clientSecret;
  private final Duration lifetime;
  private final Mac mac;
  private long issued;
  private long expiredThrough;
  private final Map<String, Long> expiredEarly = new HashMap<>();

  Ims(Context ctx, String clientSecret, Duration lifetime) {
    this.ctx = ctx;
    this.clientSecret = clientSecret;
    this.lifetime = lifetime;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }

  /** Handles {@code /ims/token/v3}. Form fields may come in the body or the query string. */
  Reply token(String method, HttpUrl url, String contentType, String body) {
    if (!"POST".equals(method)) {
      throw oauth(405, "invalid_request", "the token endpoint only accepts POST");
    }
    Map<String, String> form = new HashMap<>();
    for (String name : url.queryParameterNames()) {
      form.put(name, url.queryParameter(name));
    }
    if (body != null && !body.isEmpty()) {
      if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
        throw oauth(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
      }
      form.putAll(parseForm(body));
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      throw oauth(400, "unsupported_grant_type", "grant_type must be client_credentials");
    }
    String clientId = form.get("client_id");
    if (clientId == null || clientId.isBlank()) {
      throw oauth(400, "invalid_request", "missing client_id parameter");
    }
    if (!ctx.clientId.equals(clientId)) {
      throw oauth(400, "invalid_client", "invalid client_id parameter");
    }
    if (!clientSecret.equals(form.get("client_secret"))) {
      throw oauth(401, "invalid_client", "invalid client_secret parameter");
    }
    String scope = form.get("scope");
    if (scope == null || scope.isBlank()) {
      throw oauth(400, "invalid_scope", "missing scope parameter");
    }
    String token = issue();
    return Reply.ok(Json.obj(
        "access_token", token,
        "token_type", "bearer",
        "expires_in", lifetime.getSeconds()));
  }

  /** Issues a new access token valid for the configured lifetime. */
  String issue() {
    String claims = Long.toHexString(++issued) + "." + Long.toHexString(ctx.now() + lifetime.toMillis());
    return PREFIX + claims + "." + sign(claims);
  }

  /** Whether {@code token} was issued here and is still valid. */
  TokenStatus check(String token) {
    long[] claims = claims(token);
    if (claims == null) {
      return TokenStatus.UNKNOWN;
    }
    boolean expired = ctx.now() >= claims[1] || claims[0] <= expiredThrough || expiredEarly.containsKey(token);
    return expired ? TokenStatus.EXPIRED : TokenStatus.VALID;
  }

  /** Makes {@code token} expired now, if it was issued here (so the gateway answers 401013 for it). */
  void expire(String token) {
    long now = ctx.now();
    expiredEarly.values().removeIf(expiry -> expiry <= now);
    long[] claims = claims(token);
    if (claims != null && claims[1] > now) {
      expiredEarly.put(token, claims[1]);
    }
  }

  /** Makes every token issued so far expired. */
  void expireAll() {
    expiredThrough = issued;
    expiredEarly.clear();
  }

  /** The serial and expiry (epoch millis) of a token issued here, or null. */
  private long[] claims(String token) {
    if (!token.startsWith(PREFIX)) {
      return null;
    }
    int signature = token.lastIndexOf('.');
    String claims = token.substring(PREFIX.length(), Math.max(PREFIX.length(), signature));
    int dot = claims.indexOf('.');
    if (dot < 0 || !sign(claims).equals(token.substring(signature + 1))) {
      return null;
    }
    return new long[] {Long.parseUnsignedLong(claims.substring(0, dot), 16),
        Long.parseUnsignedLong(claims.substring(dot + 1), 16)};
  }

  /** The first 16 bytes of the HMAC-SHA256 of {@code claims}, in hex. */
  private String sign(String claims) {
    byte[] digest = mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII));
    StringBuilder hex = new StringBuilder(32);
    for (int i = 0; i < 16; i++) {
      hex.append(Character.forDigit((digest[i] >> 4) & 15, 16)).append(Character.forDigit(digest[i] & 15, 16));
    }
    return hex.toString();
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }

  private static PlatformError oauth(int status, String error, String description) {
    return new PlatformError(Reply.json(status, Json.obj("error", error, "error_description", description)));
  }
}
