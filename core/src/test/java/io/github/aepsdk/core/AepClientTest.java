package io.github.aepsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.http.FlowCalls;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import io.github.aepsdk.core.testing.MockAep;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AepClient}: every setting checked when the client is built (never by a failing HTTP
 * call), {@link AepClient#fromEnv(Map)}, {@link AepClient#withSandbox(String)} and a {@code
 * toString()} that never shows secrets.
 */
class AepClientTest {
  private static final String SECRET_KEY = "abcdef0123456789secret-client-id";
  private static final String DATASET_ID = "5ba9452f7de80400007fc52a";

  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private AepClient.Builder valid() {
    return AepClient.builder()
        .baseUrl(server.url("/").toString())
        .imsOrgId(MockAep.IMS_ORG)
        .apiKey(MockAep.API_KEY)
        .accessTokenProvider(AccessTokenProvider.ofStatic(MockAep.TOKEN))
        .sandboxName(MockAep.SANDBOX);
  }

  // ---------------------------------------------------------------- build-time checks

  static Stream<Arguments> invalidSettings() {
    return Stream.of(
        invalid("imsOrgId missing", b -> b.imsOrgId(null), "imsOrgId must be set"),
        invalid("imsOrgId blank", b -> b.imsOrgId("  "), "imsOrgId must be set"),
        invalid("imsOrgId with CR/LF", b -> b.imsOrgId(MockAep.IMS_ORG + "\r\nx-evil: 1"), "imsOrgId must not contain CR, LF"),
        invalid("imsOrgId without @AdobeOrg", b -> b.imsOrgId("0123456789ABCDEF01234567"),
            "imsOrgId must be an IMS organization id of the form <id>@AdobeOrg (the Organization ID of the Developer Console"
                + " project), was '0123456789ABCDEF01234567'"),
        invalid("imsOrgId with another suffix", b -> b.imsOrgId("0123456789ABCDEF01234567@AdobeID"),
            "imsOrgId must be an IMS organization id of the form <id>@AdobeOrg"),
        invalid("imsOrgId with a trailing space", b -> b.imsOrgId(MockAep.IMS_ORG + " "), "imsOrgId must not have leading or trailing whitespace"),
        invalid("no credentials at all", b -> b.apiKey(null).accessTokenProvider(null),
            "credentials must be set: oauthServerToServer(clientId, clientSecret) for an OAuth Server-to-Server credential"),
        invalid("apiKey missing", b -> b.apiKey(null), "apiKey must be set"),
        invalid("apiKey blank", b -> b.apiKey(""), "apiKey must be set"),
        invalid("apiKey with LF", b -> b.apiKey(SECRET_KEY + "\n"), "apiKey must not contain CR, LF"),
        invalid("apiKey with a tab", b -> b.apiKey("abc\tdef"), "apiKey must not contain CR, LF or other control characters"),
        invalid("apiKey with a non-ASCII character", b -> b.apiKey(SECRET_KEY + "é"), "apiKey must contain only ASCII characters"),
        invalid("imsOrgId with a non-ASCII character", b -> b.imsOrgId("0123456789ABCDEF0123456\u00e9@AdobeOrg"),
            "imsOrgId must contain only ASCII characters"),
        invalid("imsOrgId with a Unicode line separator", b -> b.imsOrgId(MockAep.IMS_ORG + "\u2028x-evil: 1"),
            "imsOrgId must contain only ASCII characters"),
        invalid("accessTokenProvider missing", b -> b.accessTokenProvider(null), "accessTokenProvider must be set"),
        invalid("sandboxName missing", b -> b.sandboxName(null), "sandboxName must be set"),
        invalid("sandboxName blank", b -> b.sandboxName(" "), "sandboxName must be set"),
        invalid("sandboxName with CR/LF", b -> b.sandboxName("dev\r\nx-evil: 1"), "sandboxName must not contain CR, LF"),
        invalid("sandboxName upper-case", b -> b.sandboxName("Prod"), "sandboxName must be lower-case"),
        invalid("sandboxName all upper-case", b -> b.sandboxName("PROD"), "sandboxName must be lower-case"),
        invalid("sandboxName with a space", b -> b.sandboxName("my sandbox"), "sandboxName must be lower-case"),
        invalid("sandboxName with an underscore", b -> b.sandboxName("dev_1"), "sandboxName must be lower-case"),
        invalid("sandboxName starting with a hyphen", b -> b.sandboxName("-dev"), "sandboxName must be lower-case"),
        invalid("baseUrl missing", b -> b.baseUrl(null), "baseUrl must be set"),
        invalid("baseUrl blank", b -> b.baseUrl(""), "baseUrl must be set"),
        invalid("baseUrl not a URL", b -> b.baseUrl("platform.adobe.io"), "baseUrl is not an http(s) URL"),
        invalid("baseUrl ftp", b -> b.baseUrl("ftp://platform.adobe.io"), "baseUrl is not an http(s) URL"),
        invalid("baseUrl plain http to Adobe", b -> b.baseUrl("http://platform.adobe.io"), "baseUrl must use https://"),
        invalid("baseUrl plain http to a private address", b -> b.baseUrl("http://10.0.0.1:8080"), "baseUrl must use https://"),
        invalid("baseUrl plain http to a DNS name that looks like loopback", b -> b.baseUrl("http://127.0.0.1.nip.io/"),
            "baseUrl must use https://"),
        invalid("baseUrl plain http to a DNS name starting with 127", b -> b.baseUrl("http://127.example.com/"),
            "baseUrl must use https://"),
        invalid("baseUrl with CR/LF", b -> b.baseUrl("https://platform.adobe.io\r\n"), "baseUrl must not contain CR, LF"),
        invalid("baseUrl with a user name and password", b -> b.baseUrl("https://user:" + SECRET_KEY + "@platform.adobe.io"),
            "baseUrl must not contain a user name or password"),
        invalid("baseUrl with a password but malformed", b -> b.baseUrl("https://user:" + SECRET_KEY + "@platform.adobe.io:99999"),
            "baseUrl is not an http(s) URL"),
        invalid("baseUrl with a query", b -> b.baseUrl("https://platform.adobe.io/?debug=1"), "baseUrl must not have a query"),
        invalid("baseUrl with a fragment", b -> b.baseUrl("https://platform.adobe.io/#top"), "baseUrl must not have a query"),
        invalid("imsUrl with a user name and password",
            b -> b.oauthServerToServer(MockAep.API_KEY, "client-secret").imsUrl("https://u:" + SECRET_KEY + "@ims-na1.adobelogin.com"),
            "imsUrl must not contain a user name or password"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSettings")
  void invalidSettingIsRefusedAtBuildTimeNamingTheSetting(String name, Consumer<AepClient.Builder> change, String message) {
    AepClient.Builder builder = valid();
    change.accept(builder);

    assertThatThrownBy(builder::build)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining(SECRET_KEY)
        .hasMessageNotContaining("x-evil");
    assertThat(server.getRequestCount()).as("HTTP calls made").isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "token\r\nx-evil: 1", "token\n", " token", "tok\u00e9n-x-evil"})
  void invalidStaticTokenIsRefusedWithoutEchoingIt(String token) {
    assertThatThrownBy(() -> AccessTokenProvider.ofStatic(token))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("accessToken must")
        .hasMessageNotContaining("x-evil");
  }

  @Test
  void nonPositiveTimeoutsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> valid().connectTimeout(Duration.ZERO)).hasMessage("connectTimeout must be positive");
    assertThatThrownBy(() -> valid().readTimeout(Duration.ofSeconds(-1))).hasMessage("readTimeout must be positive");
    assertThatThrownBy(() -> valid().writeTimeout(null)).hasMessage("writeTimeout must be positive");
    assertThatThrownBy(() -> valid().callTimeout(Duration.ZERO)).hasMessage("callTimeout must be positive");
  }

  /** OkHttp keeps timeouts as an int of milliseconds: its own "timeout too large." would not name the setting. */
  @Test
  void timeoutsOkHttpCannotHoldAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> valid().callTimeout(Duration.ofDays(30)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout must be from 1 ms to 2147483647 ms (about 24 days, OkHttp's limit), was PT720H");
    assertThatThrownBy(() -> valid().readTimeout(Duration.ofNanos(999_999)))
        .hasMessage("readTimeout must be from 1 ms to 2147483647 ms (about 24 days, OkHttp's limit), was PT0.000999999S");

    OkHttpClient longest = valid().callTimeout(Duration.ofMillis(Integer.MAX_VALUE)).httpClient();
    OkHttpClient shortest = valid().callTimeout(Duration.ofMillis(1)).httpClient();
    assertThat(List.of(longest.callTimeoutMillis(), longest.readTimeoutMillis(), shortest.callTimeoutMillis(),
        shortest.readTimeoutMillis())).containsExactly(Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080", "http://127.0.0.1", "http://127.1.2.3:9/", "http://localhost:1234/",
      "http://[::1]:8080/", "https://platform.adobe.io", "https://platform.adobe.io/", "https://platform-stage.adobe.io"})
  void httpsAndLoopbackBaseUrlsAreAccepted(String baseUrl) {
    assertThatCode(() -> valid().baseUrl(baseUrl).build().close()).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"prod", "dev", "dev-2", "0sandbox", "a"})
  void lowerCaseSandboxNamesAreAccepted(String sandbox) {
    try (AepClient client = valid().sandboxName(sandbox).build()) {
      assertThat(client.sandboxName()).isEqualTo(sandbox);
    }
  }

  @Test
  void defaultsAreProdOnThePlatformGateway() {
    try (AepClient client = AepClient.builder()
        .imsOrgId(MockAep.IMS_ORG).apiKey(MockAep.API_KEY).accessTokenProvider(AccessTokenProvider.ofStatic(MockAep.TOKEN))
        .build()) {
      assertThat(client.sandboxName()).isEqualTo("prod");
      assertThat(client.toString()).contains("baseUrl=https://platform.adobe.io/");
    }
  }

  @Test
  void builtClientSendsTheGatewayHeaders() throws Exception {
    try (AepClient client = valid().build()) {
      enqueueDeleted();
      assertThat(client.catalog().deleteDataSet(DATASET_ID)).isTrue();
      RecordedRequest request = take();
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockAep.TOKEN);
      assertThat(request.getHeaders().get("x-api-key")).isEqualTo(MockAep.API_KEY);
      assertThat(request.getHeaders().get("x-gw-ims-org-id")).isEqualTo(MockAep.IMS_ORG);
      assertThat(request.getHeaders().get("x-sandbox-name")).isEqualTo(MockAep.SANDBOX);
      ContractValidator.assertValid(Spec.CATALOG, request, 200, "application/json", deletedBody());
    }
  }

  // ---------------------------------------------------------------- fromEnv

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("AEP_IMS_ORG_ID", MockAep.IMS_ORG);
    env.put("AEP_CLIENT_ID", MockAep.API_KEY);
    env.put("AEP_ACCESS_TOKEN", MockAep.TOKEN);
    env.put("AEP_SANDBOX_NAME", "qa");
    env.put("AEP_BASE_URL", server.url("/").toString());
    return env;
  }

  @Test
  void fromEnvReadsTheDocumentedVariables() throws Exception {
    try (AepClient client = AepClient.fromEnv(env())) {
      assertThat(client.sandboxName()).isEqualTo("qa");
      enqueueDeleted();
      client.catalog().deleteDataSet(DATASET_ID);
      RecordedRequest request = take();
      assertThat(request.getUrl().encodedPath()).isEqualTo("/data/foundation/catalog/dataSets/" + DATASET_ID);
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockAep.TOKEN);
      assertThat(request.getHeaders().get("x-api-key")).isEqualTo(MockAep.API_KEY);
      assertThat(request.getHeaders().get("x-gw-ims-org-id")).isEqualTo(MockAep.IMS_ORG);
      assertThat(request.getHeaders().get("x-sandbox-name")).isEqualTo("qa");
    }
  }

  @Test
  void fromEnvDefaultsToProdOnThePlatformGateway() {
    Map<String, String> env = env();
    env.remove("AEP_SANDBOX_NAME");
    env.remove("AEP_BASE_URL");
    try (AepClient client = AepClient.fromEnv(env)) {
      assertThat(client.sandboxName()).isEqualTo("prod");
      assertThat(client.toString()).contains("baseUrl=https://platform.adobe.io/");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"AEP_IMS_ORG_ID", "AEP_CLIENT_ID", "AEP_ACCESS_TOKEN"})
  void fromEnvNamesAMissingOrBlankVariable(String variable) {
    Map<String, String> env = env();
    env.remove(variable);
    assertThatThrownBy(() -> AepClient.fromEnv(env))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("environment variable " + variable + " must be set");

    env.put(variable, "   ");
    assertThatThrownBy(() -> AepClient.fromEnv(env))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("environment variable " + variable + " must be set");
    assertThat(server.getRequestCount()).isZero();
  }

  static Stream<Arguments> invalidVariables() {
    return Stream.of(
        Arguments.of("AEP_IMS_ORG_ID", MockAep.IMS_ORG + "\r\nx-evil: 1", "environment variable AEP_IMS_ORG_ID must not contain CR, LF"),
        Arguments.of("AEP_CLIENT_ID", SECRET_KEY + "\n", "environment variable AEP_CLIENT_ID must not contain CR, LF"),
        Arguments.of("AEP_ACCESS_TOKEN", "tok\ren", "environment variable AEP_ACCESS_TOKEN must not contain CR, LF"),
        Arguments.of("AEP_SANDBOX_NAME", "PROD", "environment variable AEP_SANDBOX_NAME: sandboxName must be lower-case"),
        Arguments.of("AEP_SANDBOX_NAME", "", "environment variable AEP_SANDBOX_NAME: sandboxName must be set"),
        Arguments.of("AEP_BASE_URL", "http://platform.adobe.io", "environment variable AEP_BASE_URL: baseUrl must use https://"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("invalidVariables")
  void fromEnvNamesAnInvalidVariable(String variable, String value, String message) {
    Map<String, String> env = env();
    env.put(variable, value);
    assertThatThrownBy(() -> AepClient.fromEnv(env))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining(SECRET_KEY)
        .hasMessageNotContaining("x-evil");
    assertThat(server.getRequestCount()).isZero();
  }

  // ---------------------------------------------------------------- withSandbox

  @Test
  void withSandboxSendsTheNewSandboxAndSharesTheConnectionPool() throws Exception {
    try (AepClient dev = valid().build()) {
      AepClient qa = dev.withSandbox("qa");
      assertThat(qa.sandboxName()).isEqualTo("qa");
      assertThat(dev.sandboxName()).isEqualTo(MockAep.SANDBOX);

      enqueueDeleted();
      dev.catalog().deleteDataSet(DATASET_ID);
      RecordedRequest fromDev = take();
      enqueueDeleted();
      qa.catalog().deleteDataSet(DATASET_ID);
      RecordedRequest fromQa = take();

      assertThat(fromDev.getHeaders().get("x-sandbox-name")).isEqualTo(MockAep.SANDBOX);
      assertThat(fromQa.getHeaders().get("x-sandbox-name")).isEqualTo("qa");
      assertThat(fromQa.getHeaders().values("x-sandbox-name")).hasSize(1);
      assertThat(fromQa.getHeaders().get("x-api-key")).isEqualTo(MockAep.API_KEY);
      assertThat(fromQa.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockAep.TOKEN);
      assertThat(fromQa.getConnectionIndex()).as("the copy reuses the original's pooled connection")
          .isEqualTo(fromDev.getConnectionIndex());
      ContractValidator.assertValid(Spec.CATALOG, fromQa, 200, "application/json", deletedBody());

      // a separately built client has its own pool, hence a new connection
      try (AepClient other = valid().build()) {
        enqueueDeleted();
        other.catalog().deleteDataSet(DATASET_ID);
        assertThat(take().getConnectionIndex()).isNotEqualTo(fromDev.getConnectionIndex());
      }

      // closing the copy leaves the original working
      qa.close();
      enqueueDeleted();
      assertThat(dev.catalog().deleteDataSet(DATASET_ID)).isTrue();
      assertThat(take().getConnectionIndex()).isEqualTo(fromDev.getConnectionIndex());
    }
  }

  @Test
  void aClosedClientAndItsCopiesRefuseEveryCallBeforeSendingIt() {
    AepClient client = valid().build();
    AepClient qa = client.withSandbox("qa");
    client.close();
    client.close();   // twice is harmless
    enqueueDeleted();

    String closed = "this AepClient is closed";
    assertThatThrownBy(() -> client.catalog().deleteDataSet(DATASET_ID))
        .isExactlyInstanceOf(IllegalStateException.class).hasMessageStartingWith(closed);
    assertThatThrownBy(() -> qa.flowService().getFlow("2edc08ac-4df5-4fe6-936f-81a19ce92f5c"))
        .isExactlyInstanceOf(IllegalStateException.class).hasMessageStartingWith(closed);
    assertThatThrownBy(() -> client.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlowAsync("f1"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(closed + ": build a new one (a withSandbox copy closes with the client it was made from)");
    assertThat(client.async(c -> c.catalog().deleteDataSet(DATASET_ID)))
        .failsWithin(java.time.Duration.ofSeconds(5))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseExactlyInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).as("requests sent after close").isZero();
  }

  @Test
  void withSandboxChecksTheName() {
    try (AepClient client = valid().build()) {
      assertThatThrownBy(() -> client.withSandbox("QA"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("sandboxName must be lower-case");
      assertThatThrownBy(() -> client.withSandbox("qa\r\nx-evil: 1"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("sandboxName must not contain CR, LF");
      assertThatThrownBy(() -> client.withSandbox(null))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("sandboxName must be set");
    }
  }

  // ---------------------------------------------------------------- toString

  @Test
  void toStringNeverShowsTheTokenOrTheApiKey() {
    try (AepClient client = valid().apiKey(SECRET_KEY).build()) {
      String text = client.toString();
      assertThat(text)
          .doesNotContain(MockAep.TOKEN)
          .doesNotContain(SECRET_KEY)
          .doesNotContain(SECRET_KEY.substring(0, 8))
          .contains("apiKey=****t-id")
          .contains("imsOrgId=" + MockAep.IMS_ORG)
          .contains("sandbox=" + MockAep.SANDBOX);
      assertThat(client.withSandbox("qa").toString()).doesNotContain(SECRET_KEY).contains("sandbox=qa");
    }
    try (AepClient shortKey = valid().build()) {
      assertThat(shortKey.toString()).contains("apiKey=****]").doesNotContain(MockAep.API_KEY).doesNotContain(MockAep.TOKEN);
    }
    assertThat(AccessTokenProvider.ofStatic(MockAep.TOKEN).toString()).doesNotContain(MockAep.TOKEN).contains("****");
  }

  @Test
  void builderToStringMasksAPasswordInTheBaseUrlBeforeBuildRefusesIt() {
    AepClient.Builder builder = valid().baseUrl("https://proxy-user:" + SECRET_KEY + "@platform.adobe.io/x?a=b@c");
    assertThat(builder.toString()).doesNotContain(SECRET_KEY).doesNotContain("proxy-user")
        .contains("baseUrl=https://****@platform.adobe.io/x?a=b@c");
    assertThat(valid().baseUrl("https://platform.adobe.io/?a=b@c").toString()).contains("baseUrl=https://platform.adobe.io/?a=b@c");
  }

  // ---------------------------------------------------------------- helpers

  private static Arguments invalid(String name, Consumer<AepClient.Builder> change, String message) {
    return Arguments.of(name, change, message);
  }

  private static String deletedBody() {
    return AepReference.read("examples/catalog/delete-dataset.response.json");
  }

  private void enqueueDeleted() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(deletedBody()).build());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }
}
