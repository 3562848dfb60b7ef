package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.testsupport.FakeClock;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The IMS token endpoint and the gateway's checks, answered with AEP's own bodies. */
class GatewayAndImsTest {
  private static final String FLOWS = "/data/foundation/flowservice/flows";

  private LocalPlatform platform;
  private Http http;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "prod");
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  private Http.Res token(FormBody form, String query) {
    Request request = new Request.Builder().url(platform.imsTokenUrl() + query).post(form).build();
    try (Response response = Http.CLIENT.newCall(request).execute()) {
      return new Http.Res(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private FormBody.Builder form() {
    return new FormBody.Builder()
        .add("grant_type", "client_credentials")
        .add("client_id", platform.credentials().clientId())
        .add("client_secret", platform.credentials().clientSecret())
        .add("scope", platform.credentials().scopes());
  }

  @Test
  void imsIssuesATokenShapedLikeTheDocsWithExpiresInSeconds() {
    Http.Res res = token(form().build(), "");

    assertThat(res.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("auth/ims-token.response.json"), res.json());
    assertThat(res.map()).containsEntry("token_type", "bearer").containsEntry("expires_in", 86399L);
    String token = res.str("access_token");
    assertThat(http.with("Authorization", "Bearer " + token).get(FLOWS).code()).isEqualTo(200);
  }

  @Test
  void imsAcceptsTheClientIdInTheQueryString() {
    FormBody rest = new FormBody.Builder().add("grant_type", "client_credentials")
        .add("client_secret", LocalPlatform.CLIENT_SECRET).add("scope", "openid,AdobeID").build();

    assertThat(token(rest, "?client_id=" + LocalPlatform.CLIENT_ID).code()).isEqualTo(200);
  }

  static Stream<Arguments> imsErrors() {
    return Stream.of(
        Arguments.of("client_secret", "wrong", 401, "invalid_client"),
        Arguments.of("client_id", "someone-else", 400, "invalid_client"),
        Arguments.of("grant_type", "password", 400, "unsupported_grant_type"),
        Arguments.of("scope", "", 400, "invalid_scope"));
  }

  @ParameterizedTest
  @MethodSource("imsErrors")
  void imsRejectsBadCredentialsWithOAuthErrors(String field, String value, int status, String error) {
    FormBody.Builder form = new FormBody.Builder();
    Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of(
        "grant_type", "client_credentials", "client_id", LocalPlatform.CLIENT_ID,
        "client_secret", LocalPlatform.CLIENT_SECRET, "scope", LocalPlatform.SCOPES));
    fields.put(field, value);
    fields.forEach(form::add);

    Http.Res res = token(form.build(), "");

    assertThat(res.code()).isEqualTo(status);
    assertThat(res.map()).containsEntry("error", error).containsKey("error_description");
  }

  static Stream<Arguments> gatewayErrors() {
    return Stream.of(
        Arguments.of("Authorization", null, 403, "errors/gateway-403010-oauth-token-missing.json"),
        Arguments.of("Authorization", "Bearer not-issued-here", 401, "errors/gateway-401013-oauth-token-invalid.json"),
        Arguments.of("x-api-key", null, 403, "errors/gateway-403000-api-key-required.json"),
        Arguments.of("x-api-key", "another-client", 403, "errors/gateway-403003-api-key-invalid.json"),
        Arguments.of("x-gw-ims-org-id", null, 400, "errors/gateway-400003-missing-header.json"),
        Arguments.of("x-gw-ims-org-id", "FFFFFFFFFFFFFFFFFFFFFFFF@AdobeOrg", 403,
            "errors/gateway-403025-profile-not-valid.json"));
  }

  @ParameterizedTest
  @MethodSource("gatewayErrors")
  void gatewayHeadersAreCheckedWithTheGatewaysBodies(String header, String value, int status, String example) {
    for (String path : new String[] {FLOWS, "/data/foundation/catalog/dataSets",
        "/data/foundation/schemaregistry/tenant/schemas", "/data/foundation/conversion/mappingSets"}) {
      Http.Res res = http.with(header, value).get(path);

      assertThat(res.code()).as(path).isEqualTo(status);
      assertThat(res.json()).as(path).isEqualTo(AepExamples.json(example));
    }
  }

  @Test
  void tokensExpireAfterTheirLifetime() {
    FakeClock clock = new FakeClock();
    try (LocalPlatform timed = LocalPlatform.builder().clock(clock).tokenLifetime(Duration.ofMinutes(5)).start()) {
      Http h = new Http(timed, "prod");
      assertThat(h.get(FLOWS).code()).isEqualTo(200);

      clock.advance(Duration.ofMinutes(5));

      Http.Res res = h.get(FLOWS);
      assertThat(res.code()).isEqualTo(401);
      assertThat(res.json()).isEqualTo(AepExamples.json("errors/gateway-401013-oauth-token-invalid.json"));
      assertThat(new Http(timed, "prod").get(FLOWS).code()).isEqualTo(200);
    }
  }

  @Test
  void expireAllTokensInvalidatesEveryIssuedToken() {
    assertThat(http.get(FLOWS).code()).isEqualTo(200);

    platform.expireAllTokens();

    assertThat(http.get(FLOWS).code()).isEqualTo(401);
    assertThat(new Http(platform, "prod").get(FLOWS).code()).isEqualTo(200);
  }

  @Test
  void onlyTokensThisPlatformSignedAreAccepted() {
    String token = platform.issueAccessToken();
    String tampered = token.substring(0, token.indexOf('.') + 1) + "7fffffffffffffff" + token.substring(token.lastIndexOf('.'));
    try (LocalPlatform other = LocalPlatform.start()) {
      for (String foreign : new String[] {other.issueAccessToken(), tampered, "local-1.2.3", "local-"}) {
        Http.Res res = http.with("Authorization", "Bearer " + foreign).get(FLOWS);

        assertThat(res.code()).as(foreign).isEqualTo(401);
        assertThat(res.json()).isEqualTo(AepExamples.json("errors/gateway-401013-oauth-token-invalid.json"));
      }
    }
    assertThat(http.with("Authorization", "Bearer " + token).get(FLOWS).code()).isEqualTo(200);
  }

  @Test
  void lenientPlatformsStillRejectTheirOwnExpiredTokens() {
    try (LocalPlatform lenient = LocalPlatform.builder().lenientTokens(true).start()) {
      Http h = new Http(lenient, "prod");
      lenient.inject(Fault.expiredToken());
      assertThat(h.get(FLOWS).code()).isEqualTo(401);
      assertThat(h.get(FLOWS).code()).as("stays expired").isEqualTo(401);

      Http fresh = new Http(lenient, "prod");
      lenient.expireAllTokens();
      assertThat(fresh.get(FLOWS).code()).isEqualTo(401);
      assertThat(new Http(lenient, "prod").get(FLOWS).code()).isEqualTo(200);
    }
  }

  @Test
  void recordedCallsKeepTheMostRecentWindowAndTheCountStaysExact() {
    try (LocalPlatform small = LocalPlatform.builder().recordedCallLimit(3).start()) {
      Http h = new Http(small, "prod");
      for (String sandbox : new String[] {"s1", "s2", "s3", "s4", "s5"}) {
        h.sandbox(sandbox).get(FLOWS);
      }

      assertThat(small.recordedCalls()).extracting(LocalPlatform.RecordedCall::sandbox).containsExactly("s3", "s4", "s5");
      assertThat(small.requestCount()).isEqualTo(5);
    }
    try (LocalPlatform none = LocalPlatform.builder().recordedCallLimit(0).start()) {
      new Http(none, "prod").get(FLOWS);

      assertThat(none.recordedCalls()).isEmpty();
      assertThat(none.requestCount()).isEqualTo(1);
    }
    assertThat(LocalPlatform.DEFAULT_RECORDED_CALL_LIMIT).isEqualTo(10_000);
    assertThatThrownBy(() -> LocalPlatform.builder().recordedCallLimit(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lenientPlatformsAcceptAnyBearerToken() {
    try (LocalPlatform lenient = LocalPlatform.builder().lenientTokens(true).start()) {
      Http h = new Http(lenient, "prod").with("Authorization", "Bearer token-from-elsewhere");

      assertThat(h.get(FLOWS).code()).isEqualTo(200);
      assertThat(h.with("Authorization", null).get(FLOWS).code()).isEqualTo(403);
    }
  }

  @Test
  void flowServiceAnswers2105WhenTheSandboxHeaderIsMissing() {
    Http.Res res = http.with("x-sandbox-name", null).get(FLOWS);

    assertThat(res.code()).isEqualTo(400);
    assertThat(res.map()).containsEntry("type", "https://ns.adobe.com/aep/errors/FLOW-2105-400")
        .containsEntry("title", "Header is missing").containsEntry("status", 400L);
    assertThat(res.str("errorMessage")).contains("x-sandbox-name is missing");
    JsonShape.assertSameShape(AepExamples.json("errors/flowservice-FLOW-2120-403-forbidden.json"), res.json());
  }

  @Test
  void theOtherServicesAnswerTheGatewaysMissingHeaderWithoutASandbox() {
    for (String path : new String[] {"/data/foundation/catalog/dataSets", "/data/foundation/conversion/mappingSets",
        "/data/foundation/schemaregistry/tenant/schemas"}) {
      Http.Res res = http.with("x-sandbox-name", null).get(path, "Accept", "application/vnd.adobe.xed-id+json");

      assertThat(res.code()).as(path).isEqualTo(400);
      assertThat(res.json()).as(path).isEqualTo(AepExamples.json("errors/gateway-400003-missing-header.json"));
    }
  }

  @Test
  void restrictedPlatformsKnowOnlyTheirSandboxes() {
    try (LocalPlatform restricted = LocalPlatform.builder().sandboxes("prod", "dev").start()) {
      Http h = new Http(restricted, "prod");
      assertThat(h.sandbox("dev").get(FLOWS).code()).isEqualTo(200);

      Http.Res res = h.sandbox("qa").get(FLOWS);

      assertThat(res.code()).isEqualTo(404);
      assertThat(res.map()).containsEntry("type", "https://ns.adobe.com/aep/errors/FLOW-2100-404");
      assertThat(h.sandbox("Prod").get(FLOWS).code()).isEqualTo(404);
    }
  }

  @Test
  void bodiesWithoutJsonContentTypeGetThePlatformsGeneric400() {
    Http.Res res = http.send("POST", FLOWS, "text/plain", "{}");

    assertThat(res.code()).isEqualTo(400);
    assertThat(res.json()).isEqualTo(AepExamples.json("errors/platform-400-content-type-missing.json"));
  }

  @Test
  void requestsAreCountedPerSandboxAndRecorded() {
    http.get(FLOWS);
    http.sandbox("dev").get(FLOWS);
    http.sandbox("dev").with("Authorization", null).get(FLOWS);
    http.sandbox("qa").with("Authorization", null).get(FLOWS);

    assertThat(platform.requestCount("prod")).isEqualTo(1);
    assertThat(platform.requestCount("dev")).as("calls the gateway let through").isEqualTo(1);
    assertThat(platform.requestCount("qa")).isZero();
    assertThat(platform.requestCount()).isEqualTo(4);
    assertThat(platform.recordedCalls()).containsExactly(
        new LocalPlatform.RecordedCall("GET", FLOWS, "prod", 200, null, null, null),
        new LocalPlatform.RecordedCall("GET", FLOWS, "dev", 200, null, null, null),
        new LocalPlatform.RecordedCall("GET", FLOWS, "dev", 403, null, null, null),
        new LocalPlatform.RecordedCall("GET", FLOWS, "qa", 403, null, null, null));
    assertThat(platform.sandboxes()).as("a refused call makes no sandbox").isEqualTo(Set.of("prod", "dev"));
  }

  @Test
  void unknownPathsAnswer404() {
    assertThat(http.get("/data/foundation/nosuchservice/things").code()).isEqualTo(404);
    assertThat(http.get("/data/foundation/flowservice/nothing").code()).isEqualTo(404);
    assertThat(http.send("PUT", FLOWS, "application/json", "{}").code()).isEqualTo(405);
  }
}
