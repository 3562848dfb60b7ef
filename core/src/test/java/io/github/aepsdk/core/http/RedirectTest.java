package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.error.AepAuthenticationException;
import io.github.aepsdk.core.error.AepServiceException;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.MockIms;
import java.io.IOException;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redirects are never followed: the gateway headers ({@code x-api-key}, org id, sandbox, token)
 * and the IMS client secret must not reach the host a {@code Location} names.
 */
class RedirectTest {
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";

  private final MockWebServer elsewhere = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    elsewhere.start();
    elsewhere.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build());
  }

  @AfterEach
  void stop() {
    elsewhere.close();
  }

  static Stream<Integer> redirects() {
    return Stream.of(301, 302, 303, 307, 308);
  }

  private MockResponse redirect(int status) {
    return new MockResponse.Builder().code(status).addHeader("Location", elsewhere.url("/collect").toString()).build();
  }

  @ParameterizedTest(name = "platform answers {0}")
  @MethodSource("redirects")
  void aPlatformRedirectIsAnErrorAndTheGatewayHeadersStayHome(int status) {
    try (MockAep aep = MockAep.start()) {
      aep.server().enqueue(redirect(status));
      FlowCalls flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);

      assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
          .isInstanceOf(AepServiceException.class)
          .satisfies(e -> assertThat(((AepServiceException) e).status()).isEqualTo(status))
          .hasMessageContaining("failed with HTTP " + status);
      assertThat(aep.server().getRequestCount()).isEqualTo(1);
      assertThat(elsewhere.getRequestCount()).as("requests that followed the redirect").isZero();
    }
  }

  @ParameterizedTest(name = "IMS answers {0}")
  @MethodSource("redirects")
  void anImsRedirectIsRefusedAndTheClientSecretIsNotPostedAgain(int status) {
    try (MockIms ims = MockIms.start(); MockAep aep = MockAep.startWithIms(ims, b -> {})) {
      ims.enqueue(redirect(status));
      FlowCalls flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);

      assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
          .isInstanceOf(AepAuthenticationException.class)
          .satisfies(e -> assertThat(((AepAuthenticationException) e).status()).isEqualTo(status))
          .hasMessageNotContaining(MockIms.CLIENT_SECRET);
      assertThat(elsewhere.getRequestCount()).as("requests that followed the redirect").isZero();
      assertThat(aep.server().getRequestCount()).isZero();
    }
  }
}
