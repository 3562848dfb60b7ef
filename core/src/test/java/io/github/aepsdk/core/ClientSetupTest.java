package io.github.aepsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.http.FlowCalls;
import io.github.aepsdk.core.http.UserAgent;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.MockIms;
import io.github.aepsdk.localplatform.Chaos;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Setting a client up as a Java team does: its own {@link OkHttpClient} (interceptors, pool), a
 * proxy, the SDK's {@code User-Agent}, and an org id checked when the client is built.
 */
class ClientSetupTest {
  private static final String FLOW = "{\"items\":[{\"id\":\"f1\"}]}";

  @Test
  void theUserAgentNamesTheSdkAndItsVersionOnAepAndImsCalls() throws Exception {
    assertThat(UserAgent.SDK_VERSION).as("filled in by the build").isEqualTo("0.1.0-SNAPSHOT");
    assertThat(UserAgent.VALUE).isEqualTo("aep-java-sdk/0.1.0-SNAPSHOT Java/" + System.getProperty("java.version"));
    try (MockIms ims = MockIms.start(); MockAep aep = MockAep.startWithIms(ims, b -> {})) {
      aep.enqueueJson(200, FLOW);
      aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow("f1");

      assertThat(ims.takeRequest().getHeaders().get("User-Agent")).isEqualTo(UserAgent.VALUE);
      assertThat(aep.takeRequest().getHeaders().get("User-Agent")).isEqualTo(UserAgent.VALUE);
    }
  }

  @Test
  void anOwnOkHttpClientKeepsItsInterceptorsAndIsNotShutDownByClose() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient own = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.add(chain.request().method() + " " + chain.request().url().encodedPath());
          return chain.proceed(chain.request().newBuilder().header("X-Corp-Trace", "t-1").header("User-Agent", "corp-app/2").build());
        })
        .readTimeout(Duration.ofSeconds(7))
        .build();
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(json(FLOW));
      AepClient aep = client(server).okHttpClient(own).callTimeout(Duration.ofSeconds(30)).build();

      aep.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow("f1");
      aep.close();

      RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(seen).containsExactly("GET /data/foundation/flowservice/flows/f1");
      assertThat(sent.getHeaders().get("X-Corp-Trace")).isEqualTo("t-1");
      assertThat(sent.getHeaders().get("User-Agent")).isEqualTo("corp-app/2 " + UserAgent.VALUE);
      assertThat(sent.getHeaders().get("x-gw-ims-org-id")).isEqualTo(MockAep.IMS_ORG);
      assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockAep.TOKEN);
      assertThat(own.interceptors()).as("the given client is not changed").hasSize(1);
      assertThat(own.dispatcher().executorService().isShutdown()).as("its owner shuts it down").isFalse();
      assertThatThrownBy(() -> aep.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow("f1"))
          .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("this AepClient is closed");
    } finally {
      own.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void theReadAndWriteTimeoutsDefaultToTheCallTimeout() {
    OkHttpClient defaults = AepClient.builder().httpClient();
    assertThat(List.of(defaults.connectTimeoutMillis(), defaults.readTimeoutMillis(), defaults.writeTimeoutMillis(),
        defaults.callTimeoutMillis())).containsExactly(10_000, 120_000, 120_000, 120_000);

    OkHttpClient shortCalls = AepClient.builder().callTimeout(Duration.ofSeconds(30)).httpClient();
    assertThat(List.of(shortCalls.readTimeoutMillis(), shortCalls.writeTimeoutMillis(), shortCalls.callTimeoutMillis()))
        .containsExactly(30_000, 30_000, 30_000);

    OkHttpClient set = AepClient.builder().callTimeout(Duration.ofSeconds(30)).readTimeout(Duration.ofSeconds(5))
        .writeTimeout(Duration.ofSeconds(6)).httpClient();
    assertThat(List.of(set.readTimeoutMillis(), set.writeTimeoutMillis(), set.callTimeoutMillis()))
        .containsExactly(5_000, 6_000, 30_000);
  }

  /** The local platform's lost answer ({@code TIMEOUT_AFTER_ACTING}) must outlast a default client's wait, or it is just late. */
  @Test
  void theLocalPlatformsDefaultHeldAnswerOutlastsADefaultClientsWait() {
    OkHttpClient defaults = AepClient.builder().httpClient();
    long waitMillis = Math.min(defaults.readTimeoutMillis(), defaults.callTimeoutMillis());

    assertThat(Chaos.seed(1).answerDelay().toMillis()).isGreaterThan(waitMillis);
  }

  @Test
  void aGivenClientKeepsTheTimeoutsNotSetOnTheBuilder() {
    OkHttpClient own = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(7)).build();

    OkHttpClient used = AepClient.builder().okHttpClient(own).callTimeout(Duration.ofSeconds(30)).httpClient();

    assertThat(List.of(used.readTimeoutMillis(), used.writeTimeoutMillis(), used.callTimeoutMillis()))
        .containsExactly(7_000, own.writeTimeoutMillis(), 30_000);
  }

  @Test
  void callsGoThroughTheGivenProxy() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.start();
      proxy.enqueue(json(FLOW));
      // the gateway address is never connected to: the proxy answers for it
      try (AepClient aep = AepClient.builder().baseUrl("http://127.0.0.1:9/").imsOrgId(MockAep.IMS_ORG).apiKey(MockAep.API_KEY)
          .accessTokenProvider(AccessTokenProvider.ofStatic(MockAep.TOKEN))
          .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.getHostName(), proxy.getPort())))
          .build()) {
        assertThat(aep.customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow("f1")).containsKey("items");
      }
      RecordedRequest sent = proxy.takeRequest(5, TimeUnit.SECONDS);
      assertThat(sent.getRequestLine()).isEqualTo("GET http://127.0.0.1:9/data/foundation/flowservice/flows/f1 HTTP/1.1");
      assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(MockAep.API_KEY);
    }
  }

  @Test
  void anOrgIdFromTheEnvironmentWithoutAdobeOrgNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("AEP_IMS_ORG_ID", "0123456789ABCDEF01234567");
    env.put("AEP_CLIENT_ID", MockAep.API_KEY);
    env.put("AEP_ACCESS_TOKEN", MockAep.TOKEN);

    assertThatThrownBy(() -> AepClient.fromEnv(env)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("environment variable AEP_IMS_ORG_ID must be an IMS organization id of the form <id>@AdobeOrg"
            + " (the Organization ID of the Developer Console project), was '0123456789ABCDEF01234567'");
  }

  private static AepClient.Builder client(MockWebServer server) {
    return AepClient.builder().baseUrl(server.url("/").toString()).imsOrgId(MockAep.IMS_ORG).apiKey(MockAep.API_KEY)
        .accessTokenProvider(AccessTokenProvider.ofStatic(MockAep.TOKEN));
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
  }
}
