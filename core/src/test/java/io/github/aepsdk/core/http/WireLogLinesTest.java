package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.testing.CapturingLogger;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.RecordingSleeper;
import io.github.aepsdk.core.testing.RefusingSocketFactory;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.FakeClock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the wire log says, line by line: an answer's headers, a body that is not JSON, an attempt
 * that failed, and why and how long the SDK waits before it sends again.
 */
class WireLogLinesTest {
  private static final String FLOW = AepReference.read("examples/flowservice/get-flow.response.json");
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";
  private static final String FLOW_PATH = FlowCalls.FLOWS + "/" + FLOW_ID;

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final CapturingLogger log = new CapturingLogger("wire");
  private MockAep aep;

  private FlowCalls start(HttpLogLevel level) {
    aep = MockAep.start(b -> b.logLevel(level).logger(log).sleeper(sleeper)
        .clock(new FakeClock(Instant.parse("2024-05-01T12:00:00Z"))));
    return aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);
  }

  @AfterEach
  void stop() {
    if (aep != null) {
      aep.close();
    }
  }

  @Test
  void theHeadersLevelLogsTheAnswersHeaders() {
    FlowCalls flows = start(HttpLogLevel.HEADERS);
    aep.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .addHeader("x-request-id", "req-4711").body(FLOW).build());

    flows.getFlow(FLOW_ID);

    String answer = log.lines().stream().filter(l -> l.startsWith("INFO <-- 200 GET ")).findFirst().orElseThrow();
    assertThat(answer).contains("\n  x-request-id: req-4711").contains("\n  Content-Type: application/json");
  }

  @Test
  void theBasicLevelLogsNoHeaders() {
    FlowCalls flows = start(HttpLogLevel.BASIC);
    aep.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .addHeader("x-request-id", "req-4711").body(FLOW).build());

    flows.getFlow(FLOW_ID);

    assertThat(log.lines()).hasSize(2);
    assertThat(log.lines().get(1)).startsWith("INFO <-- 200 GET http://").doesNotContain("req-4711").doesNotContain("\n");
  }

  @Test
  void anAnswerThatIsNotJsonIsSummarisedByItsContentTypeAndSize() {
    FlowCalls flows = start(HttpLogLevel.BODY);
    aep.server().enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "application/octet-stream")
        .body("12345").build());
    aep.server().enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "text/plain")
        .body("upstream down").build());
    aep.server().enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "text/plain")
        .body("upstream down").build());

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID)).isInstanceOf(io.github.aepsdk.core.error.ServerErrorException.class);

    List<String> answers = log.lines().stream().filter(l -> l.startsWith("INFO <-- 500 GET ")).collect(java.util.stream.Collectors.toList());
    assertThat(answers).hasSize(3);
    assertThat(answers.get(0)).endsWith("\n(5-byte application/octet-stream body not logged)");
    assertThat(answers.get(1)).contains("(attempt 2)").endsWith("\nupstream down");
  }

  @Test
  void aFailedAttemptAndItsRetryAreLogged() {
    RefusingSocketFactory sockets = RefusingSocketFactory.first(1);
    start(HttpLogLevel.BASIC);
    aep.enqueueJson(200, FLOW);

    through(sockets, HttpLogLevel.BASIC).getFlow(FLOW_ID);

    long waited = sleeper.waits().get(0).toMillis();
    String refused = "java.net.ConnectException: Failed to connect to localhost/";
    assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("INFO <-- FAILED GET http://")
        .contains(FLOW_PATH + " after ").contains(" ms: " + refused));
    assertThat(log.lines()).anySatisfy(line -> assertThat(line)
        .startsWith("INFO GET " + FLOW_PATH + " attempt 1 failed (" + refused).endsWith("); retrying in " + waited + " ms"));
    assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("INFO <-- 200 GET http://").contains(" (attempt 2) ("));
  }

  @Test
  void aRetriedAnswerSaysItsAttemptAndTheWait() {
    FlowCalls flows = start(HttpLogLevel.BASIC);
    aep.server().enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
    aep.enqueueJson(200, FLOW);

    flows.getFlow(FLOW_ID);

    assertThat(log.lines()).contains("INFO GET " + FLOW_PATH + " answered 503 (attempt 1 of 3); retrying in 2000 ms");
  }

  @Test
  void refusedOnEveryAttemptLogsEachAndGivesUp() {
    start(HttpLogLevel.BASIC);

    assertThatThrownBy(() -> through(RefusingSocketFactory.always(), HttpLogLevel.BASIC).getFlow(FLOW_ID))
        .isInstanceOf(AepIoException.class);

    assertThat(log.lines()).filteredOn(l -> l.startsWith("INFO <-- FAILED GET ")).hasSize(3);
    assertThat(log.lines()).filteredOn(l -> l.contains("; retrying in ")).hasSize(2);
  }

  @Test
  void configuredSecretsFromSixCharactersOnAreMaskedInEveryLineShorterOnesAreNot() {
    WireLog wire = new WireLog(log, HttpLogLevel.BASIC, Arrays.asList("abc123", "abc12", null));

    wire.wire("token abc123, key abc12");
    wire.event("refreshed abc123");

    assertThat(log.lines()).containsExactly("INFO token ██, key abc12", "INFO refreshed ██");
  }

  /** Flow Service calls to {@link #aep}'s server through the pipeline an {@code AepClient} builds, on {@code sockets}. */
  private FlowCalls through(RefusingSocketFactory sockets, HttpLogLevel level) {
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).build();
    OkHttpClient scoped = AepHttp.scoped(http, AccessTokenProvider.ofStatic(MockAep.TOKEN), MockAep.API_KEY, MockAep.IMS_ORG,
        MockAep.SANDBOX, AepHttp.Options.builder().sleeper(sleeper).logLevel(level).logger(log).build());
    return AepHttp.service(scoped, aep.server().url("/"), FlowCalls.BASE_PATH, FlowCalls.class);
  }
}
