package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.SchemaRef;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.flowservice.Transformation;
import io.github.aepsdk.schemaregistry.Container;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing the builder creates is left unused, in either {@link RequestForm}: at the end of a run every
 * resource on the platform but the dataflow is referenced by another one (read back through the
 * SDK), and the dataset base connection exists exactly when the target connection references it.
 */
class IngestionReferencesTest {
  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  @ParameterizedTest
  @EnumSource(RequestForm.class)
  void everyResourceTheBuilderCreatesIsReferencedAtTheEndOfARun(RequestForm form) {
    IngestionResources r = p.tutorialSteps().requestForm(form).run().resources();

    Map<String, Set<String>> unreferenced = p.platformIds();
    unreferenced.remove("flows");
    unreferenced.values().forEach(ids -> ids.removeAll(references()));
    unreferenced.values().removeIf(Set::isEmpty);
    assertThat(unreferenced).isEmpty();

    TargetConnection target = p.aep.flowService().getTargetConnection(r.require(IngestionStep.TARGET_CONNECTION));
    if (form == RequestForm.TUTORIAL_2020) {
      assertThat(target.baseConnectionId()).contains(r.require(IngestionStep.DATASET_BASE_CONNECTION));
      assertThat(p.platformIds().get("connections"))
          .containsExactlyInAnyOrder(r.require(IngestionStep.BASE_CONNECTION), r.require(IngestionStep.DATASET_BASE_CONNECTION));
    } else {
      assertThat(target.baseConnectionId()).isEmpty();
      assertThat(r.id(IngestionStep.DATASET_BASE_CONNECTION)).isEmpty();
      assertThat(p.platformIds().get("connections")).containsExactly(r.require(IngestionStep.BASE_CONNECTION));
    }
  }

  @Test
  void theCurrentFormNeitherPlansNorReportsADatasetBaseConnectionAndTheTutorialsDoes() {
    IngestionPlan currentPlan = p.tutorialSteps().requestForm(RequestForm.CURRENT_DOCS).plan();
    IngestionPlan tutorialPlan = p.tutorialSteps().requestForm(RequestForm.TUTORIAL_2020).plan();

    assertThat(currentPlan.step(IngestionStep.DATASET_BASE_CONNECTION)).isEmpty();
    assertThat(currentPlan.steps()).hasSize(10);
    assertThat(tutorialPlan.step(IngestionStep.DATASET_BASE_CONNECTION).orElseThrow().action())
        .isEqualTo(PlannedStep.Action.CREATE);
    assertThat(tutorialPlan.steps()).hasSize(11);

    IngestionResult current = p.tutorialSteps().requestForm(RequestForm.CURRENT_DOCS).run();

    assertThat(current.steps()).extracting(StepEvent::step).doesNotContain(IngestionStep.DATASET_BASE_CONNECTION);
    assertThat(current.resources().ids()).doesNotContainKey(IngestionStep.DATASET_BASE_CONNECTION);
    assertThat(p.tutorialSteps().requestForm(RequestForm.CURRENT_DOCS).plan().upToDate()).isTrue();
  }

  /**
   * A target connection made in the current docs' form (no {@code baseConnectionId}; its source
   * connection's format given as the tutorial's, so the earlier steps match) conflicts with the
   * tutorial's form in any case: the run stops there without making the dataset base connection that
   * nothing would reference.
   */
  @Test
  void aConflictingTargetConnectionStopsTheTutorialsFormBeforeItMakesADatasetBaseConnection() {
    p.tutorialSteps().requestForm(RequestForm.CURRENT_DOCS).format("parquet_xdm").run();
    Map<String, Set<String>> before = p.platformIds();

    IngestionConflictException conflict = catchThrowableOfType(
        () -> p.tutorialSteps().requestForm(RequestForm.TUTORIAL_2020).run(), IngestionConflictException.class);

    assertThat(conflict).isNotNull();
    assertThat(conflict.failedStep()).isEqualTo(IngestionStep.TARGET_CONNECTION);
    assertThat(conflict.differences()).contains("connection spec is c604ff05-7f1a-43c0-8e18-33bf874cb11c,"
        + " the ingestion's is cc6a4487-9e91-433e-a3a3-9cf6626c1806");
    assertThat(conflict.resources().ids()).doesNotContainKey(IngestionStep.DATASET_BASE_CONNECTION);
    assertThat(p.platformIds()).isEqualTo(before);
  }

  @Test
  void withoutADeltaColumnTheDataflowHasTheMappingTransformationOnly() {
    IngestionResult result = p.tutorialSteps().requestForm(RequestForm.CURRENT_DOCS).deltaColumn(null).run();

    Flow flow = p.aep.flowService().getFlow(result.flowId());
    assertThat(flow.transformations()).extracting(Transformation::name).containsExactly(Transformation.MAPPING);
    assertThat(flow.transformations().get(0).params().mappingId()).contains(result.resources().require(IngestionStep.MAPPING_SET));
  }

  /** Every id that a created resource names: connections, schemas, classes, the dataset, the mapping set. */
  private Set<String> references() {
    Set<String> refs = new TreeSet<>();
    Map<String, Set<String>> ids = new TreeMap<>(p.platformIds());
    for (String id : ids.get("flows")) {
      Flow flow = p.aep.flowService().getFlow(id);
      refs.addAll(flow.sourceConnectionIds());
      refs.addAll(flow.targetConnectionIds());
      flow.transformations().forEach(t -> t.params().mappingId().ifPresent(refs::add));
    }
    for (String id : ids.get("sourceConnections")) {
      SourceConnection source = p.aep.flowService().getSourceConnection(id);
      source.baseConnectionId().ifPresent(refs::add);
      source.data().flatMap(d -> d.schema()).map(SchemaRef::id).ifPresent(refs::add);
    }
    for (String id : ids.get("targetConnections")) {
      TargetConnection target = p.aep.flowService().getTargetConnection(id);
      target.baseConnectionId().ifPresent(refs::add);
      target.data().flatMap(d -> d.schema()).map(SchemaRef::id).ifPresent(refs::add);
      target.params().flatMap(params -> params.dataSetId()).ifPresent(refs::add);
    }
    for (String id : ids.get("dataSets")) {
      p.aep.catalog().getDataSet(id).schemaRef().map(io.github.aepsdk.catalog.SchemaRef::id).ifPresent(refs::add);
    }
    for (String id : ids.get("mappingSets")) {
      p.aep.conversion().getMappingSet(id).targetSchemaId().ifPresent(refs::add);
    }
    for (String id : ids.get("schemas")) {
      refs.addAll(p.aep.schemaRegistry().getSchema(Container.TENANT, id).allOfRefs());
    }
    return refs;
  }
}
