package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepResponseTooLargeException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.testing.MockAep;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The limit of a successful answer ({@link AepClient.Builder#maxResponseBytes(long)}) is enforced
 * while the answer is read, with or without a {@code Content-Length}; error answers keep their own
 * 1 MB cap.
 */
class ResponseSizeLimitTest {
  private static final int LIMIT = 4096;
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";

  private MockAep aep;

  @AfterEach
  void stop() {
    if (aep != null) {
      aep.close();
    }
  }

  private FlowCalls start() {
    aep = MockAep.start(b -> b.maxResponseBytes(LIMIT));
    return aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);
  }

  /** A valid JSON object of exactly {@code size} bytes: {@code {"name":"xxx…"}}. */
  private static String objectOfSize(int size) {
    String start = "{\"name\":\"";
    return start + "x".repeat(size - start.length() - 2) + "\"}";
  }

  @Test
  void anAnswerWhoseContentLengthPassesTheLimitFailsBeforeItIsRead() {
    FlowCalls flows = start();
    aep.enqueueJson(200, objectOfSize(LIMIT + 1));

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(AepResponseTooLargeException.class))
        .satisfies(e -> {
          assertThat(e.maxBytes()).isEqualTo(LIMIT);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo(FlowCalls.FLOWS + "/" + FLOW_ID);
          assertThat(e.getMessage()).contains("larger than the limit of 4096 bytes (Content-Length 4097)");
        });
    assertThat(aep.server().getRequestCount()).as("not retried").isEqualTo(1);
  }

  @Test
  void aChunkedAnswerIsStoppedOnceTheLimitIsPassed() {
    FlowCalls flows = start();
    aep.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .chunkedBody(new Buffer().writeUtf8(objectOfSize(LIMIT * 50)), 512).build());

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(AepResponseTooLargeException.class))
        .satisfies(e -> assertThat(e.getMessage()).contains("more than 4096 bytes read"));
  }

  @Test
  void anAsyncCallEndsWithTheSameException() {
    FlowCalls flows = start();
    aep.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .chunkedBody(new Buffer().writeUtf8(objectOfSize(LIMIT * 2)), 1000).build());

    assertThat(flows.getFlowAsync(FLOW_ID)).failsWithin(java.time.Duration.ofSeconds(30))
        .withThrowableThat().havingCause().isInstanceOf(AepResponseTooLargeException.class);
  }

  @Test
  void anAnswerOfExactlyTheLimitIsRead() {
    FlowCalls flows = start();
    aep.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .chunkedBody(new Buffer().writeUtf8(objectOfSize(LIMIT)), 100).build());

    assertThat(flows.getFlow(FLOW_ID)).containsEntry("name", "x".repeat(LIMIT - 11));
  }

  @Test
  void anAnswerWhoseContentLengthIsExactlyTheLimitIsReadWhole() {
    FlowCalls flows = start();
    aep.enqueueJson(200, objectOfSize(LIMIT));

    assertThat(flows.getFlow(FLOW_ID)).containsEntry("name", "x".repeat(LIMIT - 11));
    assertThat(aep.takeRequest().getUrl().encodedPath()).isEqualTo(FlowCalls.FLOWS + "/" + FLOW_ID);
  }

  @Test
  void errorAnswersAreNotCutByTheLimitOfSuccessfulOnes() {
    FlowCalls flows = start();
    String detail = "y".repeat(LIMIT * 2);
    aep.enqueueJson(404, "{\"title\":\"Not Found\",\"detail\":\"" + detail + "\"}");

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(NotFoundException.class))
        .satisfies(e -> assertThat(e.detail()).hasValue(detail));
  }

  @Test
  void theLimitIsCheckedAndDefaultsTo32Megabytes() {
    assertThatThrownBy(() -> AepClient.builder().maxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be positive, was 0");
    assertThat(AepHttp.Options.defaults().maxResponseBytes()).isEqualTo(32L * 1024 * 1024);
  }
}
