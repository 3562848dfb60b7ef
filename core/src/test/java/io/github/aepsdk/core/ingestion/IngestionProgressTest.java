package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.core.ingestion.IngestionFailedException;
import io.github.aepsdk.core.ingestion.IngestionResult;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.StepEvent;
import io.github.aepsdk.localplatform.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The progress listener gets one event per step, in the documented order, with ids and durations,
 * and a {@code WAITING} event before it while a connection or flow is being provisioned.
 */
class IngestionProgressTest {
  private IngestionPlatform p;
  private final List<StepEvent> events = new ArrayList<>();

  @BeforeEach
  void start() {
    p = IngestionPlatform.start();
  }

  @AfterEach
  void stop() {
    p.close();
  }

  @Test
  void oneCompletedEventPerStepInTheDocumentedOrderWithTheResourceIds() {
    IngestionResult result = p.tutorial().listener(events::add).run();

    List<String> expected = new ArrayList<>();
    for (IngestionStep step : IngestionStep.values()) {
      if (IngestionPlatform.PROVISIONED.contains(step)) {
        expected.add(step + " WAITING"); // the platform's one provisioning read answers "enabling"
      }
      expected.add(step + " COMPLETED");
    }
    assertThat(events).extracting(e -> e.step() + " " + e.status()).containsExactlyElementsOf(expected);
    for (StepEvent event : events) {
      String expectedId = event.step() == IngestionStep.FIRST_RUN
          ? result.firstRun().orElseThrow().run().orElseThrow().id()
          : result.resources().require(event.step());
      assertThat(event.resourceId()).as(event.step().label()).contains(expectedId);
      // measured on the client's clock, which only the waits move: one readiness poll before COMPLETED
      boolean waited = IngestionPlatform.PROVISIONED.contains(event.step()) && event.status() == StepEvent.Status.COMPLETED;
      assertThat(event.duration()).as(event.step().label()).isEqualTo(waited ? IngestionPlatform.READINESS_POLL : Duration.ZERO);
    }
    assertThat(result.steps()).isEqualTo(events);
  }

  @Test
  void withoutWaitingForTheFirstRunTheDataflowIsTheLastEvent() {
    IngestionResult result = p.tutorial().waitForFirstRun(null, Duration.ofSeconds(1)).listener(events::add).run();

    assertThat(events).filteredOn(e -> e.status() != StepEvent.Status.WAITING).extracting(StepEvent::step)
        .containsExactlyElementsOf(Arrays.asList(IngestionStep.values()).subList(0, IngestionStep.DATAFLOW.ordinal() + 1));
    assertThat(events.get(events.size() - 1).resourceId()).contains(result.flowId());
    assertThat(result.firstRun()).isEmpty();
  }

  @Test
  void aGivenBaseConnectionIsSkipped() {
    String baseConnection = p.createHubSpotBaseConnection();

    p.tutorial().createBaseConnection(null).baseConnectionId(baseConnection).listener(events::add).run();

    // it was just created: the check that it exists read it while it was enabling, so it is enabled now
    assertThat(p.lookups("connections", baseConnection)).isEqualTo(2);
    assertThat(events.get(0)).isEqualTo(StepEvent.builder().step(IngestionStep.BASE_CONNECTION)
        .status(StepEvent.Status.SKIPPED).resourceId(baseConnection).duration(Duration.ZERO).build());
    List<StepEvent> ends = events.stream().filter(e -> e.status() != StepEvent.Status.WAITING).collect(Collectors.toList());
    assertThat(ends).extracting(StepEvent::step).containsExactly(IngestionStep.values());
    assertThat(ends.subList(1, ends.size())).extracting(StepEvent::status).containsOnly(StepEvent.Status.COMPLETED);
  }

  @Test
  void aFailedStepReportsFailedAndResumedStepsAreSkipped() {
    p.platform.inject(Fault.serverError(502).untilCleared().on("POST", "/data/foundation/flowservice/targetConnections"));
    IngestionFailedException e = catchThrowableOfType(IngestionFailedException.class,
        () -> p.tutorial().listener(event -> {
          if (event.status() != StepEvent.Status.WAITING) {
            events.add(event);
          }
        }).run());

    int failed = IngestionStep.TARGET_CONNECTION.ordinal();
    assertThat(events).extracting(StepEvent::step)
        .containsExactlyElementsOf(Arrays.asList(IngestionStep.values()).subList(0, failed + 1));
    assertThat(events.subList(0, failed)).extracting(StepEvent::status).containsOnly(StepEvent.Status.COMPLETED);
    StepEvent failure = events.get(failed);
    assertThat(failure.status()).isEqualTo(StepEvent.Status.FAILED);
    assertThat(failure.resourceId()).isEmpty();
    assertThat(failure.duration()).as("nothing waited").isZero();

    p.platform.clearFaults();
    List<StepEvent> resumed = new ArrayList<>();
    IngestionResult result = p.tutorial().resume(e.resources()).listener(resumed::add).run();
    resumed.removeIf(event -> event.status() == StepEvent.Status.WAITING);

    assertThat(resumed).extracting(StepEvent::step).containsExactly(IngestionStep.values());
    for (StepEvent event : resumed.subList(0, failed)) {
      assertThat(event.status()).as(event.step().label()).isEqualTo(StepEvent.Status.SKIPPED);
      assertThat(event.resourceId()).as(event.step().label()).isEqualTo(events.get(event.step().ordinal()).resourceId());
      assertThat(event.duration()).isZero();
    }
    assertThat(resumed.subList(failed, resumed.size())).extracting(StepEvent::status)
        .containsOnly(StepEvent.Status.COMPLETED);
    assertThat(resumed.subList(failed, resumed.size())).allSatisfy(event -> {
      assertThat(event.resourceId()).isPresent();
      assertThat(event.duration()).isEqualTo(IngestionPlatform.PROVISIONED.contains(event.step())
          ? IngestionPlatform.READINESS_POLL : Duration.ZERO);
    });
    assertThat(result.steps()).filteredOn(event -> event.status() != StepEvent.Status.WAITING)
        .containsExactlyElementsOf(resumed);
  }

  @Test
  void aListenerThatThrowsStopsTheIngestionWithTheResourcesThatExistAndIsNotCalledAgain() {
    IllegalStateException bug = new IllegalStateException("listener bug");

    IngestionFailedException e = catchThrowableOfType(IngestionFailedException.class, () -> p.tutorial().listener(event -> {
      events.add(event);
      if (event.status() == StepEvent.Status.WAITING) {
        throw bug;
      }
    }).run());

    assertThat(e.getCause()).isSameAs(bug);
    assertThat(e.failedStep()).isEqualTo(IngestionStep.BASE_CONNECTION);
    assertThat(events).extracting(ev -> ev.step() + " " + ev.status()).containsExactly("BASE_CONNECTION WAITING");
    assertThat(e.resources().ids()).containsOnlyKeys(IngestionStep.BASE_CONNECTION);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(e.resources()));
  }
}
