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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The progress listener gets one event per step, each side's in the documented order and the steps
 * after both sides last, with ids and durations, and a {@code WAITING} event before it while a
 * connection or flow is being provisioned.
 */
class IngestionProgressTest {
  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();
  private final List<StepEvent> events = new ArrayList<>();

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
    IngestionPlatform.assertPerSideOrder(events.stream().map(e -> e.step() + " " + e.status()).collect(Collectors.toList()),
        expected, e -> IngestionStep.valueOf(e.substring(0, e.indexOf(' '))));
    for (StepEvent event : events) {
      String expectedId = event.step() == IngestionStep.FIRST_RUN
          ? result.firstRun().orElseThrow().run().orElseThrow().id()
          : result.resources().require(event.step());
      assertThat(event.resourceId()).as(event.step().label()).contains(expectedId);
      // measured on the client's clock, which only the waits move: one readiness poll before COMPLETED,
      // and on a side, the waits of the other side that ran meanwhile
      boolean waited = IngestionPlatform.PROVISIONED.contains(event.step()) && event.status() == StepEvent.Status.COMPLETED;
      Duration own = waited ? IngestionPlatform.READINESS_POLL : Duration.ZERO;
      assertThat(event.duration()).as(event.step().label())
          .isBetween(own, IngestionPlatform.upToOtherSideWaits(event.step(), own, IngestionPlatform.PROVISIONED));
    }
    assertThat(events).filteredOn(e -> IngestionPlatform.AFTER_SIDES.contains(e.step()))
        .allSatisfy(e -> assertThat(e.duration()).isEqualTo(e.step() == IngestionStep.DATAFLOW
            && e.status() == StepEvent.Status.COMPLETED ? IngestionPlatform.READINESS_POLL : Duration.ZERO));
    assertThat(result.steps()).isEqualTo(events);
  }

  @Test
  void withoutWaitingForTheFirstRunTheDataflowIsTheLastEvent() {
    IngestionResult result = p.tutorial().waitForFirstRun(null, Duration.ofSeconds(1)).listener(events::add).run();

    IngestionPlatform.assertPerSideOrder(
        events.stream().filter(e -> e.status() != StepEvent.Status.WAITING).map(StepEvent::step).collect(Collectors.toList()),
        Arrays.asList(IngestionStep.values()).subList(0, IngestionStep.DATAFLOW.ordinal() + 1), step -> step);
    assertThat(events.get(events.size() - 1).resourceId()).contains(result.flowId());
    assertThat(result.firstRun()).isEmpty();
  }

  @Test
  void aGivenBaseConnectionIsSkipped() {
    String baseConnection = p.createHubSpotBaseConnection();

    p.tutorial().createBaseConnection(null).baseConnectionId(baseConnection).listener(events::add).run();

    // it was just created: the check that it exists read it while it was enabling, so it is enabled now
    assertThat(p.lookups("connections", baseConnection)).isEqualTo(2);
    assertThat(IngestionPlatform.onSide(events, IngestionPlatform.SOURCE_SIDE, StepEvent::step).get(0))
        .isEqualTo(StepEvent.builder().step(IngestionStep.BASE_CONNECTION)
            .status(StepEvent.Status.SKIPPED).resourceId(baseConnection).duration(Duration.ZERO).build());
    List<StepEvent> ends = events.stream().filter(e -> e.status() != StepEvent.Status.WAITING).collect(Collectors.toList());
    IngestionPlatform.assertPerSideOrder(ends.stream().map(StepEvent::step).collect(Collectors.toList()),
        Arrays.asList(IngestionStep.values()), step -> step);
    assertThat(ends).filteredOn(e -> e.step() != IngestionStep.BASE_CONNECTION).extracting(StepEvent::status)
        .containsOnly(StepEvent.Status.COMPLETED);
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

    // the target side up to the failed step; the source side as far as it had come, each step it began ended
    List<IngestionStep> targetSide = IngestionPlatform.TARGET_SIDE.subList(0, IngestionPlatform.TARGET_SIDE.indexOf(IngestionStep.TARGET_CONNECTION) + 1);
    assertThat(IngestionPlatform.onSide(events, IngestionPlatform.TARGET_SIDE, StepEvent::step)).extracting(StepEvent::step)
        .containsExactlyElementsOf(targetSide);
    List<StepEvent> sourceSide = IngestionPlatform.onSide(events, IngestionPlatform.SOURCE_SIDE, StepEvent::step);
    assertThat(sourceSide).extracting(StepEvent::step)
        .containsExactlyElementsOf(IngestionPlatform.SOURCE_SIDE.subList(0, sourceSide.size()));
    assertThat(events).extracting(StepEvent::step).doesNotContainAnyElementsOf(IngestionPlatform.AFTER_SIDES);
    assertThat(events).filteredOn(event -> event.step() != IngestionStep.TARGET_CONNECTION).extracting(StepEvent::status)
        .containsOnly(StepEvent.Status.COMPLETED);
    assertThat(e.resources().ids().keySet()).containsExactlyInAnyOrderElementsOf(events.stream()
        .filter(event -> event.status() == StepEvent.Status.COMPLETED).map(StepEvent::step).collect(Collectors.toList()));
    StepEvent failure = events.stream().filter(event -> event.step() == IngestionStep.TARGET_CONNECTION).findFirst().orElseThrow();
    assertThat(failure.status()).isEqualTo(StepEvent.Status.FAILED);
    assertThat(failure.resourceId()).isEmpty();
    assertThat(failure.duration()).as("nothing on its side waited; the source side may have")
        .isBetween(Duration.ZERO, IngestionPlatform.upToOtherSideWaits(IngestionStep.TARGET_CONNECTION, Duration.ZERO,
            IngestionPlatform.PROVISIONED));

    p.platform.clearFaults();
    List<StepEvent> resumed = new ArrayList<>();
    IngestionResult result = p.tutorial().resume(e.resources()).listener(resumed::add).run();
    resumed.removeIf(event -> event.status() == StepEvent.Status.WAITING);

    IngestionPlatform.assertPerSideOrder(resumed.stream().map(StepEvent::step).collect(Collectors.toList()),
        Arrays.asList(IngestionStep.values()), step -> step);
    Set<IngestionStep> made = e.resources().ids().keySet();
    for (StepEvent event : resumed) {
      if (made.contains(event.step())) {
        assertThat(event.status()).as(event.step().label()).isEqualTo(StepEvent.Status.SKIPPED);
        assertThat(event.resourceId()).as(event.step().label()).isEqualTo(e.resources().id(event.step()));
        assertThat(event.duration()).isZero();
      } else {
        assertThat(event.status()).as(event.step().label()).isEqualTo(StepEvent.Status.COMPLETED);
        assertThat(event.resourceId()).isPresent();
        Duration own = IngestionPlatform.PROVISIONED.contains(event.step()) ? IngestionPlatform.READINESS_POLL : Duration.ZERO;
        Set<IngestionStep> waiting = EnumSet.copyOf(IngestionPlatform.PROVISIONED);
        waiting.removeAll(made);
        assertThat(event.duration()).as(event.step().label())
            .isBetween(own, IngestionPlatform.upToOtherSideWaits(event.step(), own, waiting));
      }
    }
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

    // the first WAITING event is the last one: that of the base connection, unless the target side reached
    // its dataset base connection first; each step that had begun ended and made its resource
    StepEvent thrown = events.get(events.size() - 1);
    assertThat(e.getCause()).isSameAs(bug);
    assertThat(thrown.status()).isEqualTo(StepEvent.Status.WAITING);
    assertThat(e.failedStep()).isEqualTo(thrown.step()).isIn(IngestionStep.BASE_CONNECTION, IngestionStep.DATASET_BASE_CONNECTION);
    assertThat(events.subList(0, events.size() - 1)).allSatisfy(ev -> assertThat(ev.status()).isEqualTo(StepEvent.Status.COMPLETED));
    assertThat(e.resources().ids()).containsKey(thrown.step());
    assertThat(e.resources().ids()).doesNotContainKeys(IngestionStep.FLOW_SPEC, IngestionStep.DATAFLOW);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(e.resources()));
  }
}
