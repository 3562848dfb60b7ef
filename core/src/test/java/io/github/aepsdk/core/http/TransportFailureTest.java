package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.RecordingSleeper;
import io.github.aepsdk.core.testing.RefusingSocketFactory;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.FakeClock;
import java.security.cert.CertificateException;
import java.time.Instant;
import javax.net.ssl.SSLHandshakeException;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which transport failures are retried: a broken answer (a protocol error) and a certificate the
 * client does not trust are not transient, so even a GET is not sent again; a TLS handshake that
 * failed for another reason is.
 */
class TransportFailureTest {
  private static final String FLOW = AepReference.read("examples/flowservice/get-flow.response.json");
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private MockAep aep;

  @BeforeEach
  void start() {
    aep = MockAep.start(b -> b.sleeper(sleeper).clock(new FakeClock(Instant.parse("2024-05-01T12:00:00Z"))));
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  @Test
  void aGetWhoseAnswerBreaksTheProtocolIsNotRetried() {
    aep.server().enqueue(new MockResponse.Builder().status("HTTP/1.1 two hundred OK").build());
    aep.enqueueJson(200, FLOW);
    FlowCalls flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID)).isInstanceOfSatisfying(AepIoException.class, e -> {
      assertThat(e.method()).isEqualTo("GET");
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).startsWith("GET " + FlowCalls.FLOWS + "/" + FLOW_ID + " failed after the request was sent"
          + " (java.net.ProtocolException: ").endsWith("on attempt 1; not retried: the failure is not transient");
    });
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aCertificateTheClientDoesNotTrustIsNotRetried() {
    RefusingSocketFactory sockets = RefusingSocketFactory.first(1,
        () -> (SSLHandshakeException) new SSLHandshakeException("PKIX path building failed")
            .initCause(new CertificateException("unable to find valid certification path")));
    aep.enqueueJson(200, FLOW);

    assertThatThrownBy(() -> through(sockets).getFlow(FLOW_ID)).isInstanceOfSatisfying(AepIoException.class, e -> {
      assertThat(e.mayHaveReachedServer()).isFalse();
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).isEqualTo("GET " + FlowCalls.FLOWS + "/" + FLOW_ID + " could not connect"
          + " (javax.net.ssl.SSLHandshakeException: PKIX path building failed) on attempt 1; not retried: the failure is not transient");
    });
    assertThat(sockets.refused()).isEqualTo(1);
    assertThat(aep.server().getRequestCount()).isZero();
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aHandshakeThatFailedForAnotherReasonIsRetried() {
    RefusingSocketFactory sockets = RefusingSocketFactory.first(1, () -> new SSLHandshakeException("Remote host terminated the handshake"));
    aep.enqueueJson(200, FLOW);

    assertThat(through(sockets).getFlow(FLOW_ID)).containsKey("items");
    assertThat(sockets.refused()).isEqualTo(1);
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).hasSize(1);
  }

  /** Flow Service calls to {@link #aep}'s server through the pipeline an {@code AepClient} builds, on {@code sockets}. */
  private FlowCalls through(RefusingSocketFactory sockets) {
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).build();
    OkHttpClient scoped = AepHttp.scoped(http, AccessTokenProvider.ofStatic(MockAep.TOKEN), MockAep.API_KEY, MockAep.IMS_ORG,
        MockAep.SANDBOX, AepHttp.Options.builder().sleeper(sleeper).build());
    return AepHttp.service(scoped, aep.server().url("/"), FlowCalls.BASE_PATH, FlowCalls.class);
  }
}
