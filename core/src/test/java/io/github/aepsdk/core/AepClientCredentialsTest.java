package io.github.aepsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.auth.OAuthServerToServerTokenProvider;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.http.FlowCalls;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.MockIms;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials on {@link AepClient}: the builder, {@code fromEnv}, header injection, URL checks, async calls. */
class AepClientCredentialsTest {
  private static final String FLOW = AepReference.read("examples/flowservice/get-flow.response.json");
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";

  private static AepClient.Builder valid() {
    return AepClient.builder().imsOrgId(MockAep.IMS_ORG).apiKey(MockAep.API_KEY)
        .accessTokenProvider(AccessTokenProvider.ofStatic(MockAep.TOKEN)).sandboxName("dev");
  }

  static Stream<Arguments> headerInjection() {
    return Stream.<Arguments>of(
        Arguments.of("imsOrgId", (Consumer<AepClient.Builder>) b -> b.imsOrgId(MockAep.IMS_ORG + "\r\nX-Injected: 1")),
        Arguments.of("imsOrgId", (Consumer<AepClient.Builder>) b -> b.imsOrgId(MockAep.IMS_ORG + "\n")),
        Arguments.of("sandboxName", (Consumer<AepClient.Builder>) b -> b.sandboxName("dev\r\nX-Injected: 1")),
        Arguments.of("apiKey", (Consumer<AepClient.Builder>) b -> b.apiKey("key\nX-Injected: 1")),
        Arguments.of("clientId", (Consumer<AepClient.Builder>) b -> b.oauthServerToServer("id\r\nX: 1", MockIms.CLIENT_SECRET)),
        Arguments.of("clientSecret", (Consumer<AepClient.Builder>) b -> b.oauthServerToServer(MockIms.CLIENT_ID, "s\r\nX: 1")));
  }

  @ParameterizedTest(name = "{0} with CR/LF")
  @MethodSource("headerInjection")
  void headerValuesWithCrOrLfAreRefusedAtBuildTime(String setting, Consumer<AepClient.Builder> change) {
    AepClient.Builder builder = valid();
    change.accept(builder);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(setting + " must")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("X-Injected").doesNotContain("\n"));
  }

  @Test
  void aTokenWithCrOrLfIsRefusedWhenItIsGiven() {
    assertThatThrownBy(() -> AccessTokenProvider.ofStatic(MockAep.TOKEN + "\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accessToken must not contain CR, LF or other control characters");
  }

  @Test
  void aProviderReturningANonAsciiTokenFailsTheCallWithoutSendingIt() {
    try (MockAep aep = MockAep.start(b -> b.accessTokenProvider(() -> "t\u00f6ken-0123456789"))) {
      assertThatThrownBy(() -> aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID))
          .isInstanceOf(io.github.aepsdk.core.error.AepAuthenticationException.class)
          .hasMessageContaining("accessToken must contain only ASCII characters")
          .hasMessageNotContaining("t\u00f6ken");
      assertThat(aep.server().getRequestCount()).isZero();
    }
  }

  @Test
  void aProviderReturningATokenWithCrOrLfFailsTheCallWithoutSendingIt() {
    try (MockAep aep = MockAep.start(b -> b.accessTokenProvider(() -> "abc\r\nX-Injected: 1"))) {
      assertThatThrownBy(() -> aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID))
          .isInstanceOf(io.github.aepsdk.core.error.AepAuthenticationException.class)
          .hasMessageContaining("accessToken must not contain CR, LF");
      assertThat(aep.server().getRequestCount()).isZero();
    }
  }

  @Test
  void plainHttpIsRefusedForRemoteBaseAndImsUrls() {
    assertThatThrownBy(() -> valid().baseUrl("http://platform.adobe.io").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUrl must use https://");
    assertThatThrownBy(() -> valid().oauthServerToServer(MockIms.CLIENT_ID, MockIms.CLIENT_SECRET)
        .imsUrl("http://ims-na1.adobelogin.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("imsUrl must use https://");
    try (AepClient ok = valid().apiKey(null).oauthServerToServer(MockIms.CLIENT_ID, MockIms.CLIENT_SECRET)
        .imsUrl("http://127.0.0.1:9").baseUrl("http://localhost:9").build()) {
      assertThat(ok.sandboxName()).isEqualTo("dev");
    }
  }

  @Test
  void credentialsAreRequiredAndTheApiKeyMustBeTheOauthClientId() {
    assertThatThrownBy(() -> AepClient.builder().imsOrgId(MockAep.IMS_ORG).apiKey(MockAep.API_KEY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("accessTokenProvider must be set, or oauthServerToServer");
    assertThatThrownBy(() -> AepClient.builder().imsOrgId(MockAep.IMS_ORG).apiKey("another-client")
        .oauthServerToServer(MockIms.CLIENT_ID, MockIms.CLIENT_SECRET).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("apiKey must be the OAuth client id");
  }

  @Test
  void fromEnvWithAClientSecretUsesOauthServerToServer() {
    try (MockIms ims = MockIms.start(); MockWebServer platform = new MockWebServer()) {
      platform.start();
      platform.enqueue(new mockwebserver3.MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(FLOW).build());
      Map<String, String> env = new HashMap<>();
      env.put("AEP_IMS_ORG_ID", MockAep.IMS_ORG);
      env.put("AEP_CLIENT_ID", MockIms.CLIENT_ID);
      env.put("AEP_CLIENT_SECRET", MockIms.CLIENT_SECRET);
      env.put("AEP_SCOPES", "openid, AdobeID,read_organizations");
      env.put("AEP_IMS_URL", ims.url());
      env.put("AEP_SANDBOX_NAME", "dev-2");
      env.put("AEP_BASE_URL", platform.url("/").toString());

      try (AepClient client = AepClient.fromEnv(env)) {
        client.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID);
      }

      Map<String, String> form = form(ims.takeRequest());
      assertThat(form).containsEntry("grant_type", "client_credentials").containsEntry("client_id", MockIms.CLIENT_ID)
          .containsEntry("client_secret", MockIms.CLIENT_SECRET).containsEntry("scope", "openid,AdobeID,read_organizations");
      RecordedRequest call = platform.takeRequest(5, TimeUnit.SECONDS);
      assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockIms.token(1));
      assertThat(call.getHeaders().get("x-api-key")).isEqualTo(MockIms.CLIENT_ID);
      assertThat(call.getHeaders().get("x-gw-ims-org-id")).isEqualTo(MockAep.IMS_ORG);
      assertThat(call.getHeaders().get("x-sandbox-name")).isEqualTo("dev-2");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void fromEnvWithoutScopesUsesTheDocumentedAepScopes() {
    try (MockIms ims = MockIms.start()) {
      Map<String, String> env = Map.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG, "AEP_CLIENT_ID", MockIms.CLIENT_ID,
          "AEP_CLIENT_SECRET", MockIms.CLIENT_SECRET, "AEP_IMS_URL", ims.url());
      AepClient.Builder builder = AepClient.builder().fromEnv(env);
      assertThat(builder.toString()).doesNotContain(MockIms.CLIENT_SECRET);
      OAuthServerToServerTokenProvider probe = OAuthServerToServerTokenProvider.builder().clientId(MockIms.CLIENT_ID)
          .clientSecret(MockIms.CLIENT_SECRET).imsUrl(ims.url()).build();
      try (AepClient client = builder.build()) {
        assertThat(client.toString()).contains("scopes=" + OAuthServerToServerTokenProvider.AEP_DEFAULT_SCOPES)
            .contains("tokenUrl=" + probe.tokenUrl());
      }
    }
  }

  @Test
  void fromEnvWithAnAccessTokenUsesItAsIs() {
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(200, FLOW);
      Map<String, String> env = Map.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG, "AEP_CLIENT_ID", MockAep.API_KEY,
          "AEP_ACCESS_TOKEN", MockAep.TOKEN, "AEP_SANDBOX_NAME", MockAep.SANDBOX, "AEP_BASE_URL", aep.server().url("/").toString());
      try (AepClient client = AepClient.fromEnv(env)) {
        client.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID);
      }
      aep.takeRequest();   // asserts the four gateway headers
    }
  }

  static Stream<Arguments> badEnvironments() {
    return Stream.of(
        Arguments.of(Map.of("AEP_CLIENT_ID", "c", "AEP_ACCESS_TOKEN", "t"), "environment variable AEP_IMS_ORG_ID must be set"),
        Arguments.of(Map.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG, "AEP_ACCESS_TOKEN", "t"), "environment variable AEP_CLIENT_ID must be set"),
        Arguments.of(Map.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG, "AEP_CLIENT_ID", "c"),
            "environment variable AEP_ACCESS_TOKEN must be set (a ready access token), or AEP_CLIENT_SECRET"),
        Arguments.of(Map.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG, "AEP_CLIENT_ID", "c", "AEP_ACCESS_TOKEN", "t",
            "AEP_CLIENT_SECRET", MockIms.CLIENT_SECRET), "environment variables AEP_CLIENT_SECRET and AEP_ACCESS_TOKEN are both set"),
        Arguments.of(Map.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG, "AEP_CLIENT_ID", "c", "AEP_CLIENT_SECRET", MockIms.CLIENT_SECRET,
            "AEP_IMS_URL", "http://ims.example.com"), "environment variable AEP_IMS_URL: imsUrl must use https://"),
        Arguments.of(Map.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG, "AEP_CLIENT_ID", "c", "AEP_CLIENT_SECRET", MockIms.CLIENT_SECRET,
            "AEP_SCOPES", " , "), "environment variable AEP_SCOPES: scopes must name at least one scope"),
        Arguments.of(Map.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG, "AEP_CLIENT_ID", "c", "AEP_CLIENT_SECRET", MockIms.CLIENT_SECRET + "\n"),
            "environment variable AEP_CLIENT_SECRET must not contain CR, LF"));
  }

  @ParameterizedTest
  @MethodSource("badEnvironments")
  void fromEnvNamesWhatIsWrongWithoutEchoingSecrets(Map<String, String> env, String message) {
    assertThatThrownBy(() -> AepClient.fromEnv(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MockIms.CLIENT_SECRET));
  }

  @Test
  void sandboxCopiesShareTheTokenCache() {
    try (MockIms ims = MockIms.start(); MockAep aep = MockAep.startWithIms(ims, b -> {})) {
      aep.enqueueJson(200, FLOW).enqueueJson(200, FLOW);
      aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID);
      AepClient other = aep.client().withSandbox("prod");
      other.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID);

      assertThat(ims.requestCount()).isEqualTo(1);
      aep.takeRequest();
      RecordedRequest second = aep.server().takeRequest(5, TimeUnit.SECONDS);
      assertThat(second.getHeaders().get("x-sandbox-name")).isEqualTo("prod");
      assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockIms.token(1));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void asyncRunsAnyCallOnTheClientExecutorAndSupportsVoidCalls() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "aep-async-test"));
    try (MockAep aep = MockAep.start(b -> b.asyncExecutor(executor))) {
      aep.enqueueJson(200, FLOW);
      aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());
      FlowCalls flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);

      CompletableFuture<String> thread = aep.client().async(c -> {
        flows.getFlow(FLOW_ID);
        return Thread.currentThread().getName();
      });
      CompletableFuture<Void> deleted = aep.client().async(c -> flows.deleteFlow(FLOW_ID));

      assertThat(thread.get(10, TimeUnit.SECONDS)).isEqualTo("aep-async-test");
      assertThat(deleted.get(10, TimeUnit.SECONDS)).isNull();
      assertThat(aep.takeRequest().getMethod()).isEqualTo("GET");
      assertThat(aep.takeRequest().getMethod()).isEqualTo("DELETE");
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void asyncCompletesWithTheSdkExceptionItself() {
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(404, AepReference.read("examples/errors/flowservice-FLOW-1439-404-not-found.json"));
      CompletableFuture<Map<String, Object>> future =
          aep.client().async(c -> c.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID));

      assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
          .isInstanceOf(java.util.concurrent.ExecutionException.class)
          .cause().isInstanceOf(io.github.aepsdk.core.error.NotFoundException.class)
          .hasMessageContaining("FLOW-1439-404");
    }
  }

  @Test
  void asyncAfterCloseFailsInsteadOfHanging() {
    AepClient client = valid().build();
    client.close();
    CompletableFuture<String> future = client.async(c -> "never");
    assertThat(future).isCompletedExceptionally();
    assertThatThrownBy(future::join).hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> valid().readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readTimeout must be positive");
    assertThatThrownBy(() -> valid().callTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout must be positive");
    assertThatThrownBy(() -> valid().tokenRefreshMargin(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, String> form(RecordedRequest request) {
    Map<String, String> form = new HashMap<>();
    for (String pair : request.getBody().utf8().split("&")) {
      int eq = pair.indexOf('=');
      form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }
}
