package io.github.aepsdk.localplatform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The IMS OAuth Server-to-Server token endpoint ({@code POST /ims/token/v3}, API-NOTES §8) and the
 * registry of the tokens it issued. Answers like {@code examples/auth/ims-token.response.json}:
 * {@code {"access_token","token_type":"bearer","expires_in":<seconds>}}. Errors use the OAuth 2.0
 * error shape {@code {"error","error_description"}} (RFC 6749 §5.2).
 */
final class Ims {
  /** What the gateway learns about a bearer token. */
  enum TokenStatus { VALID, UNKNOWN, EXPIRED }

  private final Context ctx;
  private final String clientSecret;
  private final Duration lifetime;
  private final Map<String, Long> expiresAt = new HashMap<>();

  Ims(Context ctx, String clientSecret, Duration lifetime) {
    this.ctx = ctx;
    this.clientSecret = clientSecret;
    this.lifetime = lifetime;
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
    String token = "local-" + ctx.ids.hex(48);
    expiresAt.put(token, ctx.now() + lifetime.toMillis());
    return token;
  }

  /** Whether {@code token} was issued here and is still valid. */
  TokenStatus check(String token) {
    Long expiry = expiresAt.get(token);
    if (expiry == null) {
      return TokenStatus.UNKNOWN;
    }
    return ctx.now() < expiry ? TokenStatus.VALID : TokenStatus.EXPIRED;
  }

  /** Makes {@code token} expired now (a known token stays known, so the gateway answers 401013). */
  void expire(String token) {
    if (expiresAt.containsKey(token)) {
      expiresAt.put(token, Long.MIN_VALUE);
    }
  }

  /** Makes every token issued so far expired. */
  void expireAll() {
    expiresAt.replaceAll((token, expiry) -> Long.MIN_VALUE);
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
