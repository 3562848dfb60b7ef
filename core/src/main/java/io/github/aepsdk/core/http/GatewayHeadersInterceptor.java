package io.github.aepsdk.core.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.github.aepsdk.core.error.AepAuthenticationException;
import io.github.aepsdk.core.error.AepException;
import io.github.aepsdk.core.json.AepJson;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Adds the four AEP gateway headers to every call: {@code Authorization: Bearer <token>}, {@code
 * x-api-key}, {@code x-gw-ims-org-id} and {@code x-sandbox-name}. The token is asked from the
 * {@link AccessTokenProvider} on every call, so a refreshed token is used at once.
 *
 * <p>When the gateway answers 401 with code {@code 401013} (token not valid, e.g. revoked or
 * expired early), the token is dropped with {@link AccessTokenProvider#invalidate(String)}, a new
 * one is asked for and the call is sent once more; a second 401 is returned to the caller. No replay
 * happens when the provider hands back the same token (a static token cannot be refreshed).
 * Outermost interceptor: the replay goes through the whole retry loop again.
 */
final class GatewayHeadersInterceptor implements Interceptor {
  static final String INVALID_TOKEN_CODE = "401013";
  private static final JsonAdapter<Object> JSON = AepJson.adapter(Object.class);

  private final AccessTokenProvider tokens;
  private final String apiKey;
  private final String imsOrgId;
  private final String sandboxName;
  private final WireLog log;

  GatewayHeadersInterceptor(AccessTokenProvider tokens, String apiKey, String imsOrgId, String sandboxName, WireLog log) {
    this.tokens = tokens;
    this.apiKey = apiKey;
    this.imsOrgId = imsOrgId;
    this.sandboxName = sandboxName;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder request = chain.request().newBuilder().tag(CallState.class, new CallState());
    String token = token();
    Request sent = withHeaders(request, token);
    Response response = chain.proceed(sent);
    if (response.code() != 401 || !isInvalidToken(response) || !replayable(sent.body())) {
      return response;
    }
    tokens.invalidate(token);
    String fresh = token();
    if (fresh.equals(token)) {
      return response;
    }
    response.close();
    log.event(sent.method() + " " + sent.url().encodedPath()
        + " answered 401 " + INVALID_TOKEN_CODE + " (token not valid): got a new access token, sending it once more");
    return chain.proceed(withHeaders(sent.newBuilder(), fresh));
  }

  private String token() throws IOException {
    String token;
    try {
      token = tokens.accessToken();
    } catch (AepException e) {
      throw new AepFailure(e);
    } catch (RuntimeException e) {
      throw new AepFailure(new AepAuthenticationException("the access token provider failed: " + e, e));
    }
    try {
      return HeaderValues.require("accessToken", token);
    } catch (IllegalArgumentException e) {
      throw new AepFailure(new AepAuthenticationException("the access token provider returned an unusable token: "
          + e.getMessage(), e));
    }
  }

  /** The request of {@code request} with the four gateway headers (replacing any it has). */
  private Request withHeaders(Request.Builder request, String token) {
    return request
        .header("Authorization", "Bearer " + token)
        .header("x-api-key", apiKey)
        .header("x-gw-ims-org-id", imsOrgId)
        .header("x-sandbox-name", sandboxName)
        .build();
  }

  private static boolean replayable(RequestBody body) {
    return body == null || !body.isOneShot();
  }

  /** Whether a 401 answer is the gateway's "token not valid" ({@code {"error_code":"401013",…}}). */
  static boolean isInvalidToken(Response response) {
    try {
      String body = response.peekBody(16 * 1024).string();
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
      reader.setLenient(true);
      Object json = JSON.fromJson(reader);
      return json instanceof Map && INVALID_TOKEN_CODE.equals(String.valueOf(((Map<?, ?>) json).get("error_code")));
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  String sandboxName() {
    return sandboxName;
  }
}
