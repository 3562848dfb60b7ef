package io.github.aepsdk.core.ingestion;

import static io.github.aepsdk.core.ingestion.IngestionPlatform.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.core.error.ServerErrorException;
import io.github.aepsdk.core.ingestion.IngestionFailedException;
import io.github.aepsdk.core.ingestion.IngestionResult;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.StepEvent;
import io.github.aepsdk.localplatform.Fault;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 5xx that does not clear at each creating step in turn: the failure names the step and lists
 * exactly the resources that exist on the platform; resuming with them after the fault clears
 * completes the run and leaves exactly one of each resource.
 */
class IngestionFailureResumeTest {
  private IngestionPlatform p;

  @BeforeEach
  void start() {
    p = IngestionPlatform.start();
  }

  @AfterEach
  void stop() {
    p.close();
  }

  /** Each creating step, the path of the POST that creates its resource, and the 5xx it gets. */
  static Stream<Arguments> creatingSteps() {
    return Stream.of(
        Arguments.of(IngestionStep.BASE_CONNECTION, "/data/foundation/flowservice/connections", 500),
        Arguments.of(IngestionStep.ADHOC_CLASS, "/data/foundation/schemaregistry/tenant/classes", 503),
        Arguments.of(IngestionStep.ADHOC_SCHEMA, "/data/foundation/schemaregistry/tenant/schemas", 502),
        Arguments.of(IngestionStep.SOURCE_CONNECTION, "/data/foundation/flowservice/sourceConnections", 504),
        Arguments.of(IngestionStep.TARGET_SCHEMA, "/data/foundation/schemaregistry/tenant/schemas", 500),
        Arguments.of(IngestionStep.DATASET, "/data/foundation/catalog/dataSets", 503),
        Arguments.of(IngestionStep.DATASET_BASE_CONNECTION, "/data/foundation/flowservice/connections", 500),
        Arguments.of(IngestionStep.TARGET_CONNECTION, "/data/foundation/flowservice/targetConnections", 502),
        Arguments.of(IngestionStep.MAPPING_SET, "/data/foundation/conversion/mappingSets", 503),
        Arguments.of(IngestionStep.DATAFLOW, "/data/foundation/flowservice/flows", 500));
  }

  @ParameterizedTest(name = "{0}: POST {1} answers {2}")
  @MethodSource("creatingSteps")
  void aServerErrorThatDoesNotClearStopsAtTheStepAndResumingCreatesNoDuplicates(IngestionStep failing, String path,
      int status) {
    Fault fault = Fault.serverError(status).untilCleared().on("POST", path);
    LocalPlatform.InjectedFault[] injected = new LocalPlatform.InjectedFault[1];
    IngestionStep previous = failing.ordinal() == 0 ? null : IngestionStep.values()[failing.ordinal() - 1];
    if (previous == null) {
      injected[0] = p.platform.inject(fault);
    }
    // Two steps POST to the same path (ad-hoc and target schema; HubSpot and Data Lake connection):
    // the fault starts once the step before the failing one has completed.
    List<StepEvent> events = new ArrayList<>();

    IngestionFailedException e = catchThrowableOfType(IngestionFailedException.class, () -> p.tutorial()
        .listener(event -> {
          events.add(event);
          if (event.step() == previous && event.status() != StepEvent.Status.WAITING) {
            injected[0] = p.platform.inject(fault);
          }
        })
        .run());

    assertThat(e).as("the run fails").isNotNull();
    assertThat(e.failedStep()).isEqualTo(failing);
    assertThat(e.getCause()).isInstanceOf(ServerErrorException.class);
    assertThat(e.getMessage()).startsWith("Step '" + failing.label() + "' failed: ");
    // a 500/502/504 may come after AEP acted: the look-up that followed found nothing, and the exception says so;
    // a 503 is the gateway's refusal before AEP saw the request
    assertThat(e.createMayHaveTakenEffect()).isEqualTo(status != 503);
    assertThat(e.getCause()).extracting(c -> ((ServerErrorException) c).mayHaveTakenEffect()).isEqualTo(status != 503);
    if (status != 503) {
      assertThat(e.getMessage()).endsWith("Running the ingestion again looks it up by name before creating anything.");
    }
    assertThat(((ServerErrorException) e.getCause()).status()).isEqualTo(status);
    // a POST is sent again only after a 503 (the gateway refused it unprocessed): 3 attempts in all
    assertThat(injected[0].hits()).isEqualTo(status == 503 ? 3 : 1);
    assertThat(p.retrySleeps()).hasSize(status == 503 ? 2 : 0);
    assertThat(((ServerErrorException) e.getCause()).attempts()).isEqualTo(injected[0].hits());
    Set<IngestionStep> before = EnumSet.noneOf(IngestionStep.class);
    Arrays.stream(IngestionStep.values()).filter(s -> s.ordinal() < failing.ordinal()).forEach(before::add);
    assertThat(e.resources().ids().keySet()).isEqualTo(before);
    assertThat(events).filteredOn(event -> event.status() != StepEvent.Status.WAITING).extracting(StepEvent::step)
        .containsExactlyElementsOf(Stream.concat(before.stream(), Stream.of(failing)).collect(Collectors.toList()));
    Set<IngestionStep> provisioned = EnumSet.copyOf(before);
    provisioned.retainAll(IngestionPlatform.PROVISIONED);
    assertThat(events).filteredOn(event -> event.status() == StepEvent.Status.WAITING).extracting(StepEvent::step)
        .as("each connection created waited once to be enabled").containsExactlyElementsOf(provisioned);
    assertThat(p.sleeps).filteredOn(IngestionPlatform.READINESS_POLL::equals).hasSize(provisioned.size());
    assertThat(events.get(events.size() - 1).status()).isEqualTo(StepEvent.Status.FAILED);

    p.platform.clearFaults();
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(e.resources()));
    assertThat(p.createdKindCounts()).isEqualTo(counts(IngestionPlatform.idsByKind(e.resources())));

    IngestionResult resumed = p.tutorial().resume(e.resources()).run();

    assertThat(resumed.resources().ids()).containsAllEntriesOf(e.resources().ids());
    assertThat(resumed.resources().ids()).hasSize(11);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(resumed.resources()));
    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
    assertThat(resumed.steps()).filteredOn(s -> s.status() == StepEvent.Status.SKIPPED)
        .extracting(StepEvent::step).containsExactlyElementsOf(before);
    assertThat(resumed.firstRun().orElseThrow().outputRecordCount()).isEqualTo(4L);
    assertThat(p.platform.datasetRecords(SANDBOX, resumed.resources().require(IngestionStep.DATASET))).hasSize(4);
  }

  private static Map<String, Integer> counts(Map<String, Set<String>> ids) {
    Map<String, Integer> counts = new TreeMap<>();
    ids.forEach((kind, set) -> counts.put(kind, set.size()));
    return counts;
  }
}
