package io.github.aepsdk.examples.tutorial;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.flowservice.ConnectionAuth;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.SpecRef;
import java.util.Map;

/**
 * What the three tutorial programs ({@link TutorialWithBuilder}, {@link TutorialWithApiClients} and
 * the generated-client one in the bench sources) start from, as a reader of Adobe's tutorial does:
 * an IMS org, a client id, an access token, a sandbox and an existing HubSpot base connection. Here
 * they come from a {@link LocalPlatform}, so each program runs with no Adobe account.
 *
 * @param baseUrl the platform gateway ({@code https://platform.adobe.io} for AEP)
 * @param imsOrgId the IMS org ({@code x-gw-ims-org-id})
 * @param apiKey the client id ({@code x-api-key})
 * @param accessToken an IMS access token
 * @param sandboxName the sandbox ({@code x-sandbox-name})
 * @param hubSpotConnectionId the HubSpot base connection the source connection reads through
 */
public record TutorialSetup(String baseUrl, String imsOrgId, String apiKey, String accessToken, String sandboxName,
    String hubSpotConnectionId) {

  /**
   * The setup on {@code platform}: a token it issued, sandbox {@code prod}, and a HubSpot base
   * connection created for the purpose.
   */
  public static TutorialSetup on(LocalPlatform platform) {
    return on(platform.baseUrl(), platform.issueAccessToken());
  }

  /** The setup in sandbox {@code prod} of a local platform at {@code baseUrl} that accepts {@code accessToken}. */
  public static TutorialSetup on(String baseUrl, String accessToken) {
    return on(baseUrl, accessToken, "prod");
  }

  /** The setup in {@code sandboxName} of a local platform at {@code baseUrl} that accepts {@code accessToken}. */
  public static TutorialSetup on(String baseUrl, String accessToken, String sandboxName) {
    try (AepClient aep = AepClient.builder()
        .baseUrl(baseUrl)
        .imsOrgId(LocalPlatform.IMS_ORG_ID)
        .apiKey(LocalPlatform.CLIENT_ID)
        .accessTokenProvider(AccessTokenProvider.ofStatic(accessToken))
        .sandboxName(sandboxName)
        .build()) {
      String hubSpot = aep.flowService().createConnection(CreateConnectionRequest.builder()
          .name("HubSpot base connection")
          .auth(ConnectionAuth.of("Basic Authentication", Map.of(
              "clientId", "local-hubspot-app", "clientSecret", "local-hubspot-secret",
              "accessToken", "local-hubspot-access", "refreshToken", "local-hubspot-refresh")))
          .connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0"))
          .build()).id();
      return new TutorialSetup(baseUrl, LocalPlatform.IMS_ORG_ID, LocalPlatform.CLIENT_ID, accessToken, sandboxName, hubSpot);
    }
  }
}
