package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.auth.OAuthServerToServerTokenProvider;
import io.github.aepsdk.core.error.AepAuthenticationException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.CapturingLogger;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.MockIms;
import io.github.aepsdk.core.testing.RecordingSleeper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * A whole run with logging at its most verbose, captured and searched for every secret: the client
 * secret, the access tokens, the API key, and third-party credentials in a request body.
 */
class SecretSafeLoggingTest {
  private static final String FLOW = AepReference.read("examples/flowservice/get-flow.response.json");
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";
  private static final String HUBSPOT_CLIENT_ID = "hubspot-client-id-1234";
  private static final String HUBSPOT_SECRET = "hubspot-client-secret-5678";
  private static final String HUBSPOT_ACCESS_TOKEN = "hubspot-access-token-abcd";
  private static final String HUBSPOT_REFRESH_TOKEN = "hubspot-refresh-token-efgh";

  @Test
  void aVerboseRunNeverLogsCredentials() throws Exception {
    CapturingLogger log = new CapturingLogger("capture");
    StringBuilder everything = new StringBuilder();
    RecordingSleeper sleeper = new RecordingSleeper();
    try (MockIms ims = MockIms.start();
        MockAep aep = MockAep.startWithIms(ims, b -> b.logLevel(HttpLogLevel.BODY).logger(log).sleeper(sleeper))) {
      FlowCalls flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);

      // 1. first call: token from IMS, then the platform
      aep.enqueueJson(200, FLOW);
      flows.getFlow(FLOW_ID);
      // 2. a body with third-party credentials
      aep.enqueueJson(201, AepReference.read("examples/flowservice/create-base-connection-hubspot.response.json"));
      flows.createConnection(hubspotConnection());
      // 3. a retry after 429
      aep.server().enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
      aep.enqueueJson(200, FLOW);
      flows.getFlow(FLOW_ID);
      // 4. an invalid token: refresh and replay
      aep.enqueueJson(401, AepReference.read("examples/errors/gateway-401013-oauth-token-invalid.json"));
      aep.enqueueJson(200, FLOW);
      flows.getFlow(FLOW_ID);
      // 5. an error answer
      aep.enqueueJson(404, AepReference.read("examples/errors/flowservice-FLOW-1439-404-not-found.json"));
      NotFoundException notFound = org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class, () -> flows.getFlow(FLOW_ID));
      everything.append(describe(notFound));
      // 6. IMS refuses the credentials (and echoes the secret in its description)
      ims.enqueueError(401, "{\"error\":\"invalid_client\",\"error_description\":\"invalid client_secret " + MockIms.CLIENT_SECRET + "\"}");
      AepClient.Builder refusedBuilder = AepClient.builder().baseUrl(aep.server().url("/").toString()).imsOrgId(MockAep.IMS_ORG)
          .oauthServerToServer(MockIms.CLIENT_ID, MockIms.CLIENT_SECRET).imsUrl(ims.url())
          .logLevel(HttpLogLevel.BODY).logger(log).sleeper(sleeper);
      everything.append(refusedBuilder).append('\n');
      try (AepClient refused = refusedBuilder.build()) {
        everything.append(refused).append('\n');
        AepAuthenticationException e = org.junit.jupiter.api.Assertions.assertThrows(AepAuthenticationException.class,
            () -> refused.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID));
        everything.append(describe(e));
      }
      everything.append(aep.client()).append('\n');
      assertThat(ims.issuedTokens()).hasSize(2);
    }
    String logged = log.text();
    everything.append(logged);

    String text = everything.toString();
    List<String> secrets = List.of(
        MockIms.CLIENT_SECRET,
        URLEncoder.encode(MockIms.CLIENT_SECRET, StandardCharsets.UTF_8),
        MockIms.token(1), MockIms.token(2),
        "ims-access-token-",
        MockAep.API_KEY,
        HUBSPOT_SECRET, HUBSPOT_ACCESS_TOKEN, HUBSPOT_REFRESH_TOKEN,
        "client_secret=", "grant_type=");
    for (String secret : secrets) {
      assertThat(text).as("captured text must not contain %s", secret).doesNotContain(secret);
    }

    // ...while the log still tells what happened
    assertThat(logged)
        .contains("--> POST " + "http://")
        .contains("/ims/token/v3\n  Content-Type: application/x-www-form-urlencoded")
        .contains("(body not logged: it carries client credentials)")
        .contains("(body not logged: it carries an access token or IMS error)")
        .contains("--> GET http://").contains("/data/foundation/flowservice/flows/" + FLOW_ID)
        .contains("Authorization: ██").contains("x-api-key: ██")
        .contains("x-gw-ims-org-id: " + MockAep.IMS_ORG).contains("x-sandbox-name: dev")
        .contains("\"clientSecret\":\"██\"").contains("\"accessToken\":\"██\"").contains("\"refreshToken\":\"██\"")
        .contains("\"clientId\":\"██\"").contains("\"specName\":\"Basic Authentication\"")
        .contains("<-- 200 GET").contains("Database dataflow using BigQuery")
        .contains("answered 429 (attempt 1 of 3); retrying in 1000 ms")
        .contains("(attempt 2)")
        .contains("answered 401 401013 (token not valid): got a new access token, sending it once more")
        .contains("obtained an IMS access token valid for 86399 s")
        .contains("<-- 404 GET")
        .contains("<-- 401 POST");
    assertThat(text).contains("invalid_client").contains("invalid client_secret ****");
  }

  @Test
  void loggingIsOffByDefault() {
    CapturingLogger log = new CapturingLogger("capture");
    try (MockIms ims = MockIms.start();
        MockAep aep = MockAep.startWithIms(ims, b -> b.logger(log).sleeper(new RecordingSleeper()))) {
      aep.server().enqueue(new MockResponse.Builder().code(503).build());
      aep.enqueueJson(200, FLOW);
      aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID);
    }
    assertThat(log.lines()).isNotEmpty().allSatisfy(line -> {
      assertThat(line).startsWith("DEBUG ");
      assertThat(line).doesNotContain("-->").doesNotContain("<--");
    });
    assertThat(log.text()).contains("retrying in").contains("obtained an IMS access token");
  }

  @Test
  void basicAndHeaderLevelsLogNoBodies() throws IOException {
    CapturingLogger basic = new CapturingLogger("basic");
    CapturingLogger headers = new CapturingLogger("headers");
    for (CapturingLogger log : List.of(basic, headers)) {
      HttpLogLevel level = log == basic ? HttpLogLevel.BASIC : HttpLogLevel.HEADERS;
      try (MockAep aep = MockAep.start(b -> b.logLevel(level).logger(log))) {
        aep.enqueueJson(201, AepReference.read("examples/flowservice/create-base-connection-hubspot.response.json"));
        aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).createConnection(hubspotConnection());
      }
    }
    assertThat(basic.text()).contains("--> POST http://").contains("<-- 201 POST").doesNotContain("x-api-key")
        .doesNotContain("connection for HubSpot").doesNotContain(MockAep.TOKEN);
    assertThat(headers.text()).contains("x-api-key: ██").contains("Content-Type: application/json")
        .doesNotContain("connection for HubSpot").doesNotContain(MockAep.TOKEN).doesNotContain(MockAep.API_KEY);
  }

  /** A key shorter than the 6 characters that {@code scrub} masks wherever they occur: only its header name hides it. */
  @Test
  void theApiKeyHeaderIsMaskedByItsNameWhateverItsValue() throws Exception {
    CapturingLogger log = new CapturingLogger("headers");
    try (MockAep aep = MockAep.start(b -> b.apiKey("k3y").logLevel(HttpLogLevel.HEADERS).logger(log))) {
      aep.enqueueJson(200, FLOW);
      aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID);
      assertThat(aep.server().takeRequest().getHeaders().get("x-api-key")).isEqualTo("k3y");
    }
    assertThat(log.text()).contains("\n  x-api-key: ██\n").doesNotContain("k3y");
  }

  /** Configured secrets of 6 characters or more are masked wherever they occur; shorter ones would mask ordinary words. */
  @Test
  void secretsFromSixCharactersOnAreMaskedWhereverTheyOccur() {
    assertThat(WireLog.mask("key=abc123; again abc123", List.of("abc123"))).isEqualTo("key=██; again ██");
    assertThat(WireLog.mask("key=abc12", List.of("abc12"))).isEqualTo("key=abc12");
  }

  @Test
  void anAnswerThatEchoesTheRequestsCredentialsIsMaskedInTheLog() throws IOException {
    CapturingLogger log = new CapturingLogger("capture");
    try (MockAep aep = MockAep.start(b -> b.logLevel(HttpLogLevel.BODY).logger(log))) {
      FlowCalls flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);
      aep.enqueueJson(400, "{\"title\":\"Bad request\",\"detail\":\"connection test failed for " + HUBSPOT_SECRET
          + " / " + HUBSPOT_REFRESH_TOKEN + "\"}");
      aep.enqueueJson(200, "{\"items\":[{\"id\":\"" + FLOW_ID + "\",\"description\":\"created with " + MockAep.TOKEN + "\"}]}");

      org.junit.jupiter.api.Assertions.assertThrows(io.github.aepsdk.core.error.BadRequestException.class,
          () -> flows.createConnection(hubspotConnection()));
      flows.getFlow(FLOW_ID);
    }
    assertThat(log.text())
        .doesNotContain(HUBSPOT_SECRET).doesNotContain(HUBSPOT_REFRESH_TOKEN).doesNotContain(MockAep.TOKEN)
        .contains("\"detail\":\"connection test failed for ██ / ██\"")
        .contains("\"description\":\"created with ██\"");
  }

  /** Connectors name their credentials freely; every value of {@code auth.params} is one. */
  @Test
  void everyAuthParamIsMaskedWhateverItsName() {
    String s3 = "{\"name\":\"S3\",\"auth\":{\"specName\":\"Access Key\",\"params\":{\"s3AccessKey\":\"AKIAIOSFODNN7EXAMPLE\","
        + "\"s3SecretKey\":\"wJalrXUtnFEMI/K7MDENG\",\"serviceUrl\":\"https://s3.example.com\"}},"
        + "\"connectionSpec\":{\"id\":\"ecadc60c-7455-4d87-84dc-2a0e293d997b\",\"version\":\"1.0\"}}";
    String azure = "{\"auth\":{\"specName\":\"Service Principal\",\"params\":{\"servicePrincipalId\":\"sp-0001\","
        + "\"servicePrincipalKey\":\"Zm9vYmFyYmF6cXV4\",\"accountKey\":\"YWNjb3VudC1rZXk=\",\"port\":443}}}";

    assertThat(WireLog.renderBody(new okio.Buffer().writeUtf8(s3), "application/json"))
        .isEqualTo("{\"name\":\"S3\",\"auth\":{\"specName\":\"Access Key\",\"params\":{\"s3AccessKey\":\"██\","
            + "\"s3SecretKey\":\"██\",\"serviceUrl\":\"██\"}},"
            + "\"connectionSpec\":{\"id\":\"ecadc60c-7455-4d87-84dc-2a0e293d997b\",\"version\":\"1.0\"}}");
    assertThat(WireLog.renderBody(new okio.Buffer().writeUtf8(azure), "application/json"))
        .isEqualTo("{\"auth\":{\"specName\":\"Service Principal\",\"params\":{\"servicePrincipalId\":\"██\","
            + "\"servicePrincipalKey\":\"██\",\"accountKey\":\"██\",\"port\":\"██\"}}}");
  }

  @Test
  void bodyRenderingMasksSecretMembersAtAnyDepthAndSummarisesNonJson() {
    okio.Buffer json = new okio.Buffer().writeUtf8(
        "{\"auth\":{\"params\":{\"password\":\"p\",\"nested\":{\"x\":1}},\"clientSecret\":[\"a\",\"b\"]},\"count\":1700000000000}");
    assertThat(WireLog.renderBody(json, "application/json"))
        .isEqualTo("{\"auth\":{\"params\":{\"password\":\"██\",\"nested\":{\"x\":\"██\"}},\"clientSecret\":[\"██\",\"██\"]},"
            + "\"count\":1700000000000}");
    assertThat(WireLog.renderBody(new okio.Buffer().writeUtf8("grant_type=client_credentials&client_secret=s"),
        "application/x-www-form-urlencoded")).isEqualTo("(45-byte application/x-www-form-urlencoded body not logged)");
    assertThat(WireLog.renderBody(new okio.Buffer().writeUtf8("{broken"), "application/json"))
        .isEqualTo("(7-byte body that is not valid JSON; not logged)");
    assertThat(WireLog.renderBody(new okio.Buffer().writeUtf8("<html>oops</html>"), "text/html")).isEqualTo("<html>oops</html>");
    assertThat(WireLog.renderBody(new okio.Buffer(), null)).isEqualTo("(empty body)");
  }

  @Test
  void providerAndClientToStringsMaskCredentials() {
    OAuthServerToServerTokenProvider provider = OAuthServerToServerTokenProvider.builder()
        .clientId(MockIms.CLIENT_ID).clientSecret(MockIms.CLIENT_SECRET).build();
    assertThat(provider.toString()).doesNotContain(MockIms.CLIENT_SECRET).doesNotContain(MockIms.CLIENT_ID);
    assertThat(AccessTokenProvider.ofStatic(MockAep.TOKEN).toString()).doesNotContain(MockAep.TOKEN);
    try (AepClient client = AepClient.builder().imsOrgId(MockAep.IMS_ORG)
        .oauthServerToServer(MockIms.CLIENT_ID, MockIms.CLIENT_SECRET).build()) {
      assertThat(client.toString()).doesNotContain(MockIms.CLIENT_SECRET).doesNotContain(MockIms.CLIENT_ID)
          .contains("clientSecret=****");
    }
    assertThatThrownBy(() -> AepClient.builder().imsOrgId(MockAep.IMS_ORG)
        .oauthServerToServer(MockIms.CLIENT_ID, MockIms.CLIENT_SECRET + "\r\n").build())
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MockIms.CLIENT_SECRET));
  }

  private static Map<String, Object> hubspotConnection() throws IOException {
    String body = AepReference.read("examples/flowservice/create-base-connection-hubspot.request.json")
        .replace("{CLIENT_ID}", HUBSPOT_CLIENT_ID)
        .replace("{CLIENT_SECRET}", HUBSPOT_SECRET)
        .replace("{ACCESS_TOKEN}", HUBSPOT_ACCESS_TOKEN)
        .replace("{REFRESH_TOKEN}", HUBSPOT_REFRESH_TOKEN);
    return AepJson.<Map<String, Object>>adapter(Map.class).fromJson(body);
  }

  private static String describe(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return t.getMessage() + "\n" + t + "\n" + out + "\n";
  }
}
