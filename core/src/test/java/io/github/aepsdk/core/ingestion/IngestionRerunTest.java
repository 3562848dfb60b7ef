package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.flowservice.ConnectionAuth;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every resource an ingestion creates is found again by its identity: running the same ingestion
 * again adopts what exists and creates nothing twice; {@code plan()} tells, read-only, what a run
 * would do; a resource with the identity that differs stops the run before anything changes.
 */
class IngestionRerunTest {
  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  @Test
  void runningTheSameIngestionAgainAdoptsEveryResourceAndCreatesNothing() {
    IngestionResult first = p.tutorial().run();
    long postsBefore = p.posts();

    IngestionResult second = p.tutorial().run();

    assertThat(p.posts()).as("POSTs of the second run").isEqualTo(postsBefore);
    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
    assertThat(second.resources().ids()).isEqualTo(first.resources().ids());
    assertThat(second.resources().etags()).isEqualTo(first.resources().etags());
    assertThat(statuses(second)).isEqualTo(allAdopted());
  }

  @Test
  void aPlanBeforeARunCreatesEverythingAndAfterItEverythingExistsWithTheRunsIds() {
    int callsBefore = p.platform.recordedCalls().size();

    IngestionPlan before = p.tutorial().plan();

    assertThat(before.steps()).extracting(PlannedStep::step).containsExactly(IngestionStep.BASE_CONNECTION,
        IngestionStep.ADHOC_CLASS, IngestionStep.ADHOC_SCHEMA, IngestionStep.SOURCE_CONNECTION,
        IngestionStep.TARGET_SCHEMA, IngestionStep.DATASET, IngestionStep.DATASET_BASE_CONNECTION,
        IngestionStep.TARGET_CONNECTION, IngestionStep.MAPPING_SET, IngestionStep.FLOW_SPEC, IngestionStep.DATAFLOW);
    assertThat(before.steps()).filteredOn(s -> s.step() != IngestionStep.FLOW_SPEC)
        .allSatisfy(s -> assertThat(s.action()).isEqualTo(PlannedStep.Action.CREATE));
    assertThat(before.step(IngestionStep.FLOW_SPEC).orElseThrow().resourceId())
        .contains("14518937-270c-4525-bdec-c2ba7cce3860");
    assertThat(before.upToDate()).isFalse();
    List<LocalPlatform.RecordedCall> calls = p.platform.recordedCalls();
    assertThat(calls.subList(callsBefore, calls.size())).extracting(LocalPlatform.RecordedCall::method)
        .filteredOn(method -> !method.equals("GET")).as("requests other than GET (one IMS token)").containsExactly("POST");
    assertThat(p.createdKindCounts()).containsOnlyKeys(IngestionPlatform.ONE_OF_EACH.keySet()).allSatisfy((kind, n) -> assertThat(n).isZero());

    IngestionResult run = p.tutorial().run();
    IngestionPlan after = p.tutorial().plan();

    assertThat(after.upToDate()).isTrue();
    Map<IngestionStep, String> planned = new EnumMap<>(IngestionStep.class);
    after.steps().forEach(s -> planned.put(s.step(), s.resourceId().orElseThrow()));
    Map<IngestionStep, String> created = new EnumMap<>(run.resources().ids());
    created.remove(IngestionStep.FIRST_RUN);
    assertThat(planned).isEqualTo(created);
  }

  /** Mappings are updated in place (IngestionLifeTest), but AEP does not let a one-time dataflow be remapped. */
  @Test
  void anExistingResourceThatDiffersIsReportedByThePlanAndStopsTheRunBeforeAnythingChanges() {
    ScheduleParams once = ScheduleParams.once(IngestionPlatform.START);
    p.tutorial().schedule(once).run();
    long postsBefore = p.posts();
    MarketingAutomationIngestion.Builder remapped = p.tutorial().schedule(once)
        .mapping("Properties_Email_Value", "person.name.middleName");

    IngestionPlan plan = remapped.plan();
    IngestionConflictException conflict = catchThrowableOfType(IngestionConflictException.class, remapped::run);

    PlannedStep mappingSet = plan.step(IngestionStep.MAPPING_SET).orElseThrow();
    assertThat(mappingSet.action()).isEqualTo(PlannedStep.Action.DIFFERS);
    assertThat(mappingSet.differences()).hasSize(2);
    assertThat(mappingSet.differences().get(0))
        .startsWith("mappings is [")
        .contains("the ingestion's is [")
        .contains("Properties_Email_Value -> person.name.middleName");
    assertThat(mappingSet.differences().get(1)).isEqualTo("the dataflow '" + IngestionPlatform.NAME
        + ": dataflow' is scheduled once, and AEP does not let the mapping of a one-time dataflow be updated");
    assertThat(plan.steps()).filteredOn(s -> s.step() != IngestionStep.MAPPING_SET)
        .allSatisfy(s -> assertThat(s.action()).isEqualTo(PlannedStep.Action.EXISTS));
    assertThat(conflict.failedStep()).isEqualTo(IngestionStep.MAPPING_SET);
    assertThat(conflict.identity()).isEqualTo(IngestionPlatform.NAME + ": mapping set");
    assertThat(conflict.resourceIds()).containsExactly(mappingSet.resourceId().orElseThrow());
    assertThat(conflict.differences()).isEqualTo(mappingSet.differences());
    assertThat(conflict.getMessage()).contains("It was left unchanged");
    assertThat(conflict.resources().ids()).doesNotContainKeys(IngestionStep.MAPPING_SET, IngestionStep.DATAFLOW);
    assertThat(p.posts()).isEqualTo(postsBefore);
    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
  }

  private static UnaryOperator<MarketingAutomationIngestion.Builder> change(UnaryOperator<MarketingAutomationIngestion.Builder> c) {
    return c;
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("another HubSpot account", change(b -> b
            .createBaseConnection(ConnectionAuth.of("Basic Authentication", Map.of("clientId", "another-app",
                "clientSecret", "s", "accessToken", "a", "refreshToken", "r")))),
            IngestionStep.BASE_CONNECTION, "auth param 'clientId' is not the one given (values not shown)", null),
        Arguments.of("one more source field", change(b -> b
            .name(IngestionPlatform.NAME).sourceField("Properties_Phone_Value", XdmType.STRING)
            .mapping("Properties_Phone_Value", "person.name.suffix")),
            IngestionStep.ADHOC_CLASS, "fields is [", null),
        // the runs are in the tutorial's form (parquet_xdm); the current docs' form sends format(...), and its
        // target connection, on the other side, differs too (it references no dataset base connection)
        Arguments.of("the request form", change(b -> b.requestForm(RequestForm.CURRENT_DOCS)),
            IngestionStep.SOURCE_CONNECTION, "format is parquet_xdm, the ingestion's is tabular", IngestionStep.TARGET_CONNECTION),
        Arguments.of("the data format", change(b -> b.requestForm(RequestForm.CURRENT_DOCS).format("json")),
            IngestionStep.SOURCE_CONNECTION, "format is parquet_xdm, the ingestion's is json", IngestionStep.TARGET_CONNECTION),
        Arguments.of("the delta column", change(b -> b
            .deltaColumn(DeltaColumn.builder().name("Properties_Email_Value").dateFormat("YYYY-MM-DD").timezone("UTC").build())),
            IngestionStep.DATAFLOW, "transformations is [", null));
  }

  /** A schedule is changed in place (IngestionLifeTest covers the frequency and the mappings). */
  @Test
  void aChangedBackfillIsUpdatedInPlace() {
    IngestionResult first = p.tutorial().run();
    // no backfill given at first: CRMToAEP's default, true
    MarketingAutomationIngestion.Builder changed = p.tutorial().schedule(ScheduleParams.builder()
        .startTime(IngestionPlatform.START.getEpochSecond()).frequency("hour").interval(1).backfill(false).build());

    PlannedStep planned = changed.plan().step(IngestionStep.DATAFLOW).orElseThrow();
    IngestionResult second = changed.run();

    assertThat(planned.action()).isEqualTo(PlannedStep.Action.UPDATE);
    assertThat(planned.differences()).containsExactly(
        "schedule is hour every 1 with backfill, the ingestion's is hour every 1 without backfill");
    assertThat(second.steps()).filteredOn(e -> e.status() == StepEvent.Status.UPDATED).extracting(StepEvent::step)
        .containsExactly(IngestionStep.DATAFLOW);
    assertThat(second.flowId()).isEqualTo(first.flowId());
    assertThat(p.aep.flowService().getFlow(second.flowId()).scheduleParams().flatMap(ScheduleParams::backfillValue))
        .contains(false);
    assertThat(changed.plan().upToDate()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void aRunWithAChangedSettingStopsAtTheResourceThatDiffersInsteadOfAdoptingIt(String change,
      UnaryOperator<MarketingAutomationIngestion.Builder> changed, IngestionStep step, String difference,
      IngestionStep otherSideDiffering) {
    p.tutorial().run();
    long postsBefore = p.posts();

    IngestionConflictException thrown = catchThrowableOfType(IngestionConflictException.class,
        () -> changed.apply(p.tutorial()).run());

    assertThat(thrown).as(change).isNotNull();
    // when a step of the other side differs too, the side that meets its conflict first stops the other: the
    // other side's conflict is suppressed if it was met, and its step was not begun otherwise
    List<IngestionConflictException> conflicts = new ArrayList<>(List.of(thrown));
    Arrays.stream(thrown.getSuppressed()).map(IngestionConflictException.class::cast).forEach(conflicts::add);
    assertThat(conflicts).extracting(IngestionFailedException::failedStep).as(change)
        .isSubsetOf(otherSideDiffering == null ? List.of(step) : List.of(step, otherSideDiffering));
    Optional<IngestionConflictException> atStep = conflicts.stream().filter(c -> c.failedStep() == step).findFirst();
    if (atStep.isPresent()) {
      assertThat(atStep.get().differences()).anySatisfy(d -> assertThat(d).startsWith(difference));
    } else {
      assertThat(thrown.failedStep()).isEqualTo(otherSideDiffering);
      assertThat(thrown.resources().ids()).doesNotContainKey(step);
    }
    assertThat(thrown.getMessage()).doesNotContain("another-app");
    assertThat(p.posts()).isEqualTo(postsBefore);
  }

  @Test
  void backfillGivenAsTheFlowSpecsDefaultIsTheSameSchedule() {
    p.tutorial().run();

    IngestionPlan plan = p.tutorial().schedule(ScheduleParams.builder()
        .startTime(IngestionPlatform.START.getEpochSecond()).frequency("hour").interval(1).backfill(true).build()).plan();

    assertThat(plan.upToDate()).as(plan.toString()).isTrue();
  }

  @Test
  void severalResourcesWithAStepsIdentityStopTheRunNamingThemAll() {
    String first = p.aep.flowService().createConnection(
        CreateConnectionRequest.dataLake(IngestionPlatform.NAME + ": dataset base connection", "by hand")).id();
    String second = p.aep.flowService().createConnection(
        CreateConnectionRequest.dataLake(IngestionPlatform.NAME + ": dataset base connection", "by hand")).id();

    PlannedStep planned = p.tutorial().plan().step(IngestionStep.DATASET_BASE_CONNECTION).orElseThrow();
    IngestionConflictException conflict = catchThrowableOfType(IngestionConflictException.class, p.tutorial()::run);

    assertThat(planned.action()).isEqualTo(PlannedStep.Action.DIFFERS);
    assertThat(planned.differences()).singleElement().asString().startsWith("2 resources have this name: ");
    assertThat(conflict.failedStep()).isEqualTo(IngestionStep.DATASET_BASE_CONNECTION);
    assertThat(conflict.resourceIds()).containsExactlyInAnyOrder(first, second);
    assertThat(conflict.getMessage()).contains("2 resources are named '" + IngestionPlatform.NAME + ": dataset base connection'");
  }

  @Test
  void namesWithQuotesCommasEqualsSignsAndNonAsciiAreFoundAgainExactly() {
    String name = "Kontakte \"Süd\", a=b*";
    p.tutorial().name(name).run();
    p.tutorial().name(name + " 2").run();
    long postsBefore = p.posts();

    IngestionResult again = p.tutorial().name(name).run();

    assertThat(p.posts()).isEqualTo(postsBefore);
    assertThat(statuses(again)).isEqualTo(allAdopted());
    assertThat(p.aep.catalog().getDataSet(again.resources().require(IngestionStep.DATASET)).name())
        .contains(name + ": target dataset");
  }

  @Test
  void anIngestionWhoseNameEndsLikeAStepLabelDoesNotMeetAnother() {
    IngestionResult x = p.tutorial().name("X").run();

    IngestionResult xDataset = p.tutorial().name("X dataset").run();

    assertThat(xDataset.resources().require(IngestionStep.BASE_CONNECTION))
        .isNotEqualTo(x.resources().require(IngestionStep.DATASET_BASE_CONNECTION));
    assertThat(p.aep.flowService().getConnection(xDataset.resources().require(IngestionStep.BASE_CONNECTION)).name())
        .contains("X dataset: base connection");
    assertThat(p.aep.flowService().getConnection(x.resources().require(IngestionStep.DATASET_BASE_CONNECTION)).name())
        .contains("X: dataset base connection");
    IngestionPlatform.ONE_OF_EACH.forEach((kind, n) -> assertThat(p.createdKindCounts()).containsEntry(kind, 2 * n));
  }

  @Test
  void theDefaultNameIsTheSameForTheSameInputSoARunWithoutANameConvergesToo() {
    MarketingAutomationIngestion.Builder unnamed = p.tutorial().name(null);
    IngestionResult first = unnamed.run();

    IngestionResult second = p.tutorial().name(null).run();

    assertThat(second.resources().ids()).isEqualTo(first.resources().ids());
    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
    assertThat(p.aep.flowService().getFlow(first.flowId()).name().orElseThrow())
        .matches("Hubspot\\.Contacts [0-9a-f]{8}: dataflow");
  }


  /** Each step's status in the result's events, first run excluded. */
  private static Map<IngestionStep, StepEvent.Status> statuses(IngestionResult result) {
    Map<IngestionStep, StepEvent.Status> statuses = new EnumMap<>(IngestionStep.class);
    result.steps().stream().filter(e -> e.step() != IngestionStep.FIRST_RUN).forEach(e -> statuses.put(e.step(), e.status()));
    return statuses;
  }

  /** ADOPTED for every creating step; the flow spec lookup is COMPLETED. */
  private static Map<IngestionStep, StepEvent.Status> allAdopted() {
    Map<IngestionStep, StepEvent.Status> statuses = new EnumMap<>(IngestionStep.class);
    for (IngestionStep step : IngestionStep.values()) {
      if (step != IngestionStep.FIRST_RUN) {
        statuses.put(step, step == IngestionStep.FLOW_SPEC ? StepEvent.Status.COMPLETED : StepEvent.Status.ADOPTED);
      }
    }
    return statuses;
  }
}
