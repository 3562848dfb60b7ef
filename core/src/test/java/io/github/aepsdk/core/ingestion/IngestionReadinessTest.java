package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.localplatform.Fault;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connections and flows are used only once enabled (API-NOTES §10): the ingestion polls each one
 * with the configured interval through the client's sleeper, reports {@code WAITING} while the
 * platform answers {@code enabling}, fails the step with a {@link ResourceNotReadyException} on
 * {@code disabled} or after the timeout (by the client's clock), and the failure lists every
 * resource that exists. The platform's {@code provisioningReads} decides how many lookups answer
 * {@code enabling}; the client's clock moves only by the sleeps, so every duration is exact.
 */
class IngestionReadinessTest {
  /** The Flow Service collection of each provisioned step's resource. */
  private static final String SCHEMAS = "/data/foundation/schemaregistry/tenant/schemas";
  private static final Map<IngestionStep, String> COLLECTIONS = Map.of(
      IngestionStep.BASE_CONNECTION, "connections",
      IngestionStep.SOURCE_CONNECTION, "sourceConnections",
      IngestionStep.DATASET_BASE_CONNECTION, "connections",
      IngestionStep.TARGET_CONNECTION, "targetConnections",
      IngestionStep.DATAFLOW, "flows");

  private IngestionPlatform p;
  private final List<StepEvent> events = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    p.close();
  }

  private void disable(String flowId) {
    // the etag from the list: a list shows the state without counting as one of the provisioning lookups
    String etag = p.aep.flowService().listFlows(List.of("id==" + flowId), null, null, null, null).items().get(0)
        .etag().orElseThrow();
    p.aep.flowService().postStateTransition(flowId, "DISABLE", etag);
  }

  @Test
  void eachConnectionAndFlowIsPolledEveryIntervalWhileEnablingThenTheRunContinues() {
    p = IngestionPlatform.start(platform -> platform.provisioningReads(3));

    // a timeout far beyond each resource's 3 waits: the two sides' waits both move the shared clock
    IngestionResult result = p.tutorial().waitUntilEnabled(Duration.ofMinutes(10), Duration.ofSeconds(20))
        .listener(events::add).run();

    List<String> expected = new ArrayList<>();
    for (IngestionStep step : IngestionStep.values()) {
      if (IngestionPlatform.PROVISIONED.contains(step)) {
        Collections.addAll(expected, step + " WAITING", step + " WAITING", step + " WAITING");
      }
      expected.add(step + " COMPLETED");
    }
    IngestionPlatform.assertPerSideOrder(events.stream().map(e -> e.step() + " " + e.status()).collect(Collectors.toList()),
        expected, e -> IngestionStep.valueOf(e.substring(0, e.indexOf(' '))));
    assertThat(events).filteredOn(e -> e.status() == StepEvent.Status.WAITING)
        .allSatisfy(e -> assertThat(e.resourceId()).contains(result.resources().require(e.step())));
    assertThat(p.sleeps).as("3 waits of the interval for each of 5 resources").hasSize(15)
        .containsOnly(Duration.ofSeconds(20));
    COLLECTIONS.forEach((step, collection) -> assertThat(p.lookups(collection, result.resources().require(step)))
        .as("3 reads answering enabling, one enabled").isEqualTo(4));
    assertThat(p.aep.flowService().getFlow(result.flowId()).state()).contains("enabled");
    assertThat(result.firstRun()).isPresent();
  }

  @Test
  void withProvisioningReadsZeroNothingWaitsAndEachResourceIsReadOnce() {
    p = IngestionPlatform.start(platform -> platform.provisioningReads(0));

    IngestionResult result = p.tutorial().listener(events::add).run();

    assertThat(events).extracting(StepEvent::status).doesNotContain(StepEvent.Status.WAITING);
    assertThat(p.sleeps).isEmpty();
    COLLECTIONS.forEach((step, collection) ->
        assertThat(p.lookups(collection, result.resources().require(step))).as(step.label()).isEqualTo(1));
  }

  @Test
  void aFlowDisabledWhileItIsProvisionedFailsItsStepWithTheStateAndEveryResource() {
    p = IngestionPlatform.start();

    IngestionFailedException e = catchThrowableOfType(IngestionFailedException.class, () -> p.tutorial()
        .listener(event -> {
          events.add(event);
          if (event.step() == IngestionStep.DATAFLOW && event.status() == StepEvent.Status.WAITING) {
            disable(event.resourceId().orElseThrow());
          }
        })
        .run());

    assertThat(e.failedStep()).isEqualTo(IngestionStep.DATAFLOW);
    ResourceNotReadyException cause = (ResourceNotReadyException) e.getCause();
    String flowId = e.resources().require(IngestionStep.DATAFLOW);
    assertThat(cause.resourceId()).isEqualTo(flowId);
    assertThat(cause.state()).contains("disabled");
    assertThat(cause.timedOut()).isFalse();
    assertThat(cause.waited()).isEqualTo(Duration.ofSeconds(30));
    assertThat(cause.getMessage()).isEqualTo("GET /flows/" + flowId + " answers state 'disabled' after waiting PT30S:"
        + " it does not become enabled by itself. It exists; it is not used until its state is 'enabled'.");
    assertThat(e.resources().ids()).hasSize(11).doesNotContainKey(IngestionStep.FIRST_RUN);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(e.resources()));
    assertThat(events.subList(events.size() - 2, events.size())).extracting(ev -> ev.step() + " " + ev.status()
        + " " + ev.resourceId().orElse("-")).containsExactly("DATAFLOW WAITING " + flowId, "DATAFLOW FAILED " + flowId);
    assertThat(p.lookups("flows", flowId)).isEqualTo(2);
  }

  @Test
  void anAdoptedFlowThatIsDisabledFailsItsStepToo() {
    p = IngestionPlatform.start();
    String flowId = p.tutorial().run().flowId();
    disable(flowId);

    IngestionFailedException e = catchThrowableOfType(IngestionFailedException.class,
        () -> p.tutorial().listener(events::add).run());

    assertThat(e.failedStep()).isEqualTo(IngestionStep.DATAFLOW);
    ResourceNotReadyException cause = (ResourceNotReadyException) e.getCause();
    assertThat(cause.state()).contains("disabled");
    assertThat(cause.timedOut()).isFalse();
    assertThat(cause.waited()).isZero();
    assertThat(e.resources().require(IngestionStep.DATAFLOW)).isEqualTo(flowId);
    assertThat(events).filteredOn(ev -> ev.step() != IngestionStep.FLOW_SPEC && ev.step() != IngestionStep.DATAFLOW)
        .extracting(StepEvent::status).containsOnly(StepEvent.Status.ADOPTED);
    assertThat(events.get(events.size() - 1).status()).isEqualTo(StepEvent.Status.FAILED);
  }

  @Test
  void aResourceStillProvisioningAtTheTimeoutFailsItsStepAndAResumedRunWaitsForIt() {
    p = IngestionPlatform.start(platform -> platform.provisioningReads(4));
    // the target side fails at its first create (a 500), so only the base connection's waits move the shared
    // clock: that create and the base connection's first readiness read each hold their answer until the other
    // arrives, so both are in flight at once and each side fails
    p.platform.inject(Fault.heldUntil("GET", "/data/foundation/flowservice/connections/").on("POST", SCHEMAS));
    p.platform.inject(Fault.heldUntil("POST", SCHEMAS).on("GET", "/data/foundation/flowservice/connections/"));
    p.platform.inject(Fault.serverError(500).untilCleared().on("POST", SCHEMAS));

    IngestionFailedException e = catchThrowableOfType(IngestionFailedException.class, () -> p.tutorial()
        .waitUntilEnabled(Duration.ofSeconds(45), Duration.ofSeconds(30)).listener(events::add).run());

    // reads at 0 s, 30 s and 45 s (the last wait shortened to end at the timeout) all answer enabling
    assertThat(e.failedStep()).isEqualTo(IngestionStep.BASE_CONNECTION);
    String baseConnection = e.resources().require(IngestionStep.BASE_CONNECTION);
    assertThat(e.resources().ids()).containsOnlyKeys(IngestionStep.BASE_CONNECTION);
    ResourceNotReadyException cause = (ResourceNotReadyException) e.getCause();
    assertThat(cause.resourceId()).isEqualTo(baseConnection);
    assertThat(cause.state()).contains("enabling");
    assertThat(cause.timedOut()).isTrue();
    assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(IngestionFailedException.class,
        targetSide -> assertThat(targetSide.failedStep()).isEqualTo(IngestionStep.TARGET_SCHEMA));
    assertThat(cause.waited()).isEqualTo(Duration.ofSeconds(45));
    assertThat(cause.getMessage()).isEqualTo("GET /connections/" + baseConnection + " answers state 'enabling' after"
        + " waiting PT45S, the readiness timeout: AEP has not finished provisioning it. It exists; it is not used until"
        + " its state is 'enabled'.");
    assertThat(p.sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(15));
    assertThat(p.lookups("connections", baseConnection)).isEqualTo(3);
    IngestionPlatform.assertPerSideOrder(events.stream().map(ev -> ev.step() + " " + ev.status()).collect(Collectors.toList()),
        List.of("BASE_CONNECTION WAITING", "BASE_CONNECTION WAITING", "BASE_CONNECTION FAILED", "TARGET_SCHEMA FAILED"),
        ev -> IngestionStep.valueOf(ev.substring(0, ev.indexOf(' '))));
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(e.resources()));

    p.platform.clearFaults();
    events.clear();
    IngestionResult resumed = p.tutorial().resume(e.resources()).listener(events::add).run();

    // the check that the given base connection exists is its 4th read (still enabling); the readiness check, the 5th, finds it enabled
    assertThat(IngestionPlatform.onSide(events, IngestionPlatform.SOURCE_SIDE, StepEvent::step).get(0))
        .extracting(ev -> ev.step() + " " + ev.status() + " " + ev.resourceId().orElse("-"))
        .isEqualTo("BASE_CONNECTION SKIPPED " + baseConnection);
    assertThat(p.lookups("connections", baseConnection)).isEqualTo(5);
    assertThat(resumed.resources().require(IngestionStep.BASE_CONNECTION)).isEqualTo(baseConnection);
    Set<IngestionStep> completed = EnumSet.allOf(IngestionStep.class);
    completed.remove(IngestionStep.BASE_CONNECTION);
    IngestionPlatform.assertPerSideOrder(resumed.steps().stream().filter(ev -> ev.status() == StepEvent.Status.COMPLETED)
        .map(StepEvent::step).collect(Collectors.toList()), List.copyOf(completed), step -> step);
  }
}
