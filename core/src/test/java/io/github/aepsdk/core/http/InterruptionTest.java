package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.MockAep;
import org.junit.jupiter.api.Test;

/**
 * A call on an interrupted thread (a task cancelled with {@code Future.cancel(true)}, a shutdown)
 * ends with the SDK's {@link AepIoException}, never an undeclared checked exception, and the
 * thread stays interrupted; waits between retries end the same way.
 */
class InterruptionTest {
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";

  @Test
  void aCallOnAnInterruptedThreadThrowsAnAepIoExceptionAndKeepsTheInterrupt() {
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(200, AepReference.read("examples/flowservice/get-flow.response.json"));
      Thread.currentThread().interrupt();

      assertThatThrownBy(() -> aep.client().flowService().getFlow(FLOW_ID))
          .asInstanceOf(type(AepIoException.class))
          .satisfies(e -> {
            assertThat(e.getMessage()).isEqualTo("GET /data/foundation/flowservice/flows/" + FLOW_ID + " was interrupted");
            assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
          });
      assertThat(Thread.interrupted()).as("interrupt status kept (and cleared here)").isTrue();
    }
  }

  @Test
  void anInterruptDuringTheWaitBeforeARetryEndsTheCall() {
    try (MockAep aep = MockAep.start(b -> b.sleeper(d -> {
      throw new InterruptedException("shutting down");
    }))) {
      aep.enqueue(503, "application/json", "{\"title\":\"Service Unavailable\"}");

      assertThatThrownBy(() -> aep.client().flowService().getFlow(FLOW_ID))
          .isInstanceOf(AepIoException.class)
          .hasMessage("GET /data/foundation/flowservice/flows/" + FLOW_ID + " interrupted while waiting to retry after attempt 1");
      assertThat(Thread.interrupted()).as("interrupt status kept (and cleared here)").isTrue();
      assertThat(aep.server().getRequestCount()).isEqualTo(1);
    }
  }
}
