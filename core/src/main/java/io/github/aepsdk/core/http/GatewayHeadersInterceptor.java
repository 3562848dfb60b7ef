package io.github.aepsdk.core.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the four AEP gateway headers to every call: {@code Authorization: Bearer <token>}, {@code
 * x-api-key}, {@code x-gw-ims-org-id} and {@code x-sandbox-name}. The token is asked from the
 * {@link AccessTokenProvider} on every call, so a refreshed token is used at once.
 */
final class GatewayHeadersInterceptor implements Interceptor {
  private final AccessTokenProvider tokens;
  private final String apiKey;
  private final String imsOrgId;
  private final String sandboxName;

  GatewayHeadersInterceptor(AccessTokenProvider tokens, String apiKey, String imsOrgId, String sandboxName) {
    this.tokens = tokens;
    this.apiKey = apiKey;
    this.imsOrgId = imsOrgId;
    this.sandboxName = sandboxName;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = HeaderValues.require("accessToken", tokens.accessToken());
    Request request = chain.request().newBuilder()
        .header("Authorization", "Bearer " + token)
        .header("x-api-key", apiKey)
        .header("x-gw-ims-org-id", imsOrgId)
        .header("x-sandbox-name", sandboxName)
        .build();
    return chain.proceed(request);
  }

  String sandboxName() {
    return sandboxName;
  }
}
