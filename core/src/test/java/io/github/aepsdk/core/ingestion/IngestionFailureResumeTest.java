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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 5xx that does not clear at each creating step in turn, on either side of the ingestion: the
 * failure names the step and lists exactly the resources that exist on the platform, those the
 * other side made meanwhile included; resuming with them after the fault clears completes the run
 * and leaves exactly one of each resource. And both sides failing at once.
 */
class IngestionFailureResumeTest {
  private static final String CONNECTIONS = "/data/foundation/flowservice/connections";
  private static final String CLASSES = "/data/foundation/schemaregistry/tenant/classes";
  private static final String SCHEMAS = "/data/foundation/schemaregistry/tenant/schemas";
  private static final String DATASETS = "/data/foundation/catalog/dataSets";

  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  /** Each creating step, the path of the POST that creates its resource, and the 5xx it gets. */
  static Stream<Arguments> creatingSteps() {
    return Stream.of(
        Arguments.of(IngestionStep.BASE_CONNECTION, CONNECTIONS, 500),
        Arguments.of(IngestionStep.ADHOC_CLASS, CLASSES, 503),
        Arguments.of(IngestionStep.ADHOC_SCHEMA, SCHEMAS, 502),
        Arguments.of(IngestionStep.SOURCE_CONNECTION, "/data/foundation/flowservice/sourceConnections", 504),
        Arguments.of(IngestionStep.TARGET_SCHEMA, SCHEMAS, 500),
        Arguments.of(IngestionStep.DATASET, DATASETS, 503),
        Arguments.of(IngestionStep.DATASET_BASE_CONNECTION, CONNECTIONS, 500),
        Arguments.of(IngestionStep.TARGET_CONNECTION, "/data/foundation/flowservice/targetConnections", 502),
        Arguments.of(IngestionStep.MAPPING_SET, "/data/foundation/conversion/mappingSets", 503),
        Arguments.of(IngestionStep.DATAFLOW, "/data/foundation/flowservice/flows", 500));
  }

  /**
   * Two steps, one on each side, post to the same path (ad-hoc and target schema; HubSpot and
   * dataset base connection): answers are held so that the other side's post comes where the fault
   * cannot reach it, before the fault starts or after it has fired.
   */
  private Fault faultAlone(IngestionStep failing, Fault fault) {
    switch (failing) {
      case BASE_CONNECTION: // the dataset base connection posts after it: the fault fires once
        p.platform.inject(Fault.heldUntil("POST", CONNECTIONS).on("POST", DATASETS));
        return fault.once();
      case TARGET_SCHEMA: // the ad-hoc schema posts after it: the fault fires once
        p.platform.inject(Fault.heldUntil("POST", SCHEMAS).on("POST", CLASSES));
        return fault.once();
      case ADHOC_SCHEMA: // the target schema posted before the fault starts, at the ad-hoc class's end
        p.platform.inject(Fault.heldUntil("POST", DATASETS).on("POST", CLASSES));
        return fault;
      case DATASET_BASE_CONNECTION: // the HubSpot base connection ended before the fault starts, at the dataset's end
        p.platform.inject(Fault.heldUntil("POST", CLASSES).on("POST", DATASETS));
        return fault;
      default:
        return fault;
    }
  }

  @ParameterizedTest(name = "{0}: POST {1} answers {2}")
  @MethodSource("creatingSteps")
  void aServerErrorThatDoesNotClearStopsAtTheStepAndResumingCreatesNoDuplicates(IngestionStep failing, String path,
      int status) {
    Fault fault = faultAlone(failing, Fault.serverError(status).untilCleared().on("POST", path));
    LocalPlatform.InjectedFault[] injected = new LocalPlatform.InjectedFault[1];
    // the fault starts once the step before the failing one on its side has ended
    List<IngestionStep> side = IngestionPlatform.side(failing);
    int index = side.indexOf(failing);
    IngestionStep previous = index == 0 ? null : side.get(index - 1);
    if (previous == null) {
      injected[0] = p.platform.inject(fault);
    }
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
    assertThat(e.getSuppressed()).as("the other side did not fail").isEmpty();
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

    // its side up to the failed step; the other side as far as it had come, each step it began ended
    Set<IngestionStep> made = e.resources().ids().keySet();
    List<IngestionStep> otherSide = IngestionPlatform.otherSide(failing);
    List<IngestionStep> expected = new ArrayList<>(failing == IngestionStep.DATAFLOW
        ? Arrays.asList(IngestionStep.values()).subList(0, IngestionStep.DATAFLOW.ordinal()) : side.subList(0, index));
    List<IngestionStep> otherSideMade = otherSide.stream().filter(made::contains).collect(Collectors.toList());
    assertThat(otherSideMade).as("a beginning of the other side").isEqualTo(otherSide.subList(0, otherSideMade.size()));
    expected.addAll(otherSideMade);
    assertThat(made).containsExactlyInAnyOrderElementsOf(expected);
    List<IngestionStep> ended = events.stream().filter(event -> event.status() != StepEvent.Status.WAITING)
        .map(StepEvent::step).collect(Collectors.toList());
    List<IngestionStep> withFailed = new ArrayList<>(expected);
    withFailed.add(failing);
    withFailed.sort(null);
    IngestionPlatform.assertPerSideOrder(ended, withFailed, step -> step);
    assertThat(IngestionPlatform.onSide(events, IngestionPlatform.side(failing), StepEvent::step))
        .last().extracting(StepEvent::status).isEqualTo(StepEvent.Status.FAILED);
    Set<IngestionStep> provisioned = EnumSet.noneOf(IngestionStep.class);
    provisioned.addAll(made);
    provisioned.retainAll(IngestionPlatform.PROVISIONED);
    assertThat(events).filteredOn(event -> event.status() == StepEvent.Status.WAITING).extracting(StepEvent::step)
        .as("each connection created waited once to be enabled").containsExactlyInAnyOrderElementsOf(provisioned);
    assertThat(p.sleeps).filteredOn(IngestionPlatform.READINESS_POLL::equals).hasSize(provisioned.size());

    p.platform.clearFaults();
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(e.resources()));
    assertThat(p.createdKindCounts()).isEqualTo(counts(IngestionPlatform.idsByKind(e.resources())));

    assertResumeCompletes(e.resources());
  }

  /**
   * A step of each side fails while the other's create is in flight (the ad-hoc class's answer is held
   * until the dataset's create arrives): the source side's failure is thrown with the target side's
   * suppressed, and the resources are those of both sides.
   */
  @Test
  void whenBothSidesFailTheSourceSidesFailureCarriesTheOtherAndEveryResource() {
    p.platform.inject(Fault.heldUntil("POST", CLASSES).on("POST", SCHEMAS)); // the dataset's create comes after the class's
    p.platform.inject(Fault.heldUntil("POST", DATASETS).on("POST", CLASSES));
    p.platform.inject(Fault.serverError(500).untilCleared().on("POST", CLASSES));
    p.platform.inject(Fault.serverError(502).untilCleared().on("POST", DATASETS));

    IngestionFailedException e = catchThrowableOfType(IngestionFailedException.class, () -> p.tutorial().run());

    assertThat(e.failedStep()).isEqualTo(IngestionStep.ADHOC_CLASS);
    assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(IngestionFailedException.class, other -> {
      assertThat(other.failedStep()).isEqualTo(IngestionStep.DATASET);
      assertThat(((ServerErrorException) other.getCause()).status()).isEqualTo(502);
    });
    assertThat(e.resources().ids()).containsOnlyKeys(IngestionStep.BASE_CONNECTION, IngestionStep.TARGET_SCHEMA);
    assertThat(e.getMessage()).contains("Resources that exist: base connection=", ", target schema=");
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(e.resources()));

    p.platform.clearFaults();
    assertResumeCompletes(e.resources());
  }

  /** Resuming from {@code existing} completes the run, skipping them, with one of each resource and the first run's records. */
  private void assertResumeCompletes(IngestionResources existing) {
    IngestionResult resumed = p.tutorial().resume(existing).run();

    assertThat(resumed.resources().ids()).containsAllEntriesOf(existing.ids());
    assertThat(resumed.resources().ids()).hasSize(11);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(resumed.resources()));
    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
    List<IngestionStep> skipped = resumed.steps().stream().filter(s -> s.status() == StepEvent.Status.SKIPPED)
        .map(StepEvent::step).collect(Collectors.toList());
    Set<IngestionStep> existingSteps = EnumSet.noneOf(IngestionStep.class); // none when the other side had not begun
    existingSteps.addAll(existing.ids().keySet());
    IngestionPlatform.assertPerSideOrder(skipped, List.copyOf(existingSteps), step -> step);
    assertThat(resumed.firstRun().orElseThrow().outputRecordCount()).isEqualTo(4L);
    assertThat(p.platform.datasetRecords(SANDBOX, resumed.resources().require(IngestionStep.DATASET))).hasSize(4);
  }

  private static Map<String, Integer> counts(Map<String, Set<String>> ids) {
    Map<String, Integer> counts = new TreeMap<>();
    ids.forEach((kind, set) -> counts.put(kind, set.size()));
    return counts;
  }
}
