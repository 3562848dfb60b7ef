package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.Frequency;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.localplatform.Chaos;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@link Ingestion} operation's refusals and errors, and its answer lost after AEP acted: the
 * dataflow (or mapping set) is read again and the change is not sent twice.
 */
class IngestionDayTwoTest {
  private static final String FLOWS = "/data/foundation/flowservice/flows/";
  private static final String MAPPING_SETS = "/data/foundation/conversion/mappingSets/";
  private static final List<FieldMapping> REMAPPED = List.of(
      FieldMapping.of("Properties_Firstname_Value", "person.name.middleName"),
      FieldMapping.of("Added_At", "_repo.createDate"));

  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  private long calls(String method, String pathPrefix) {
    return p.platform.recordedCalls().stream()
        .filter(c -> c.method().equals(method) && c.path().startsWith(pathPrefix)).count();
  }

  @Test
  void findOfANameWithNoDataflowThrowsNotFound() {
    p.tutorial().run();

    IngestionNotFoundException notFound = catchThrowableOfType(IngestionNotFoundException.class,
        () -> Ingestion.find(p.aep, "Salesforce leads"));

    assertThat(notFound.name()).isEqualTo("Salesforce leads");
    assertThat(notFound.sandboxName()).isEqualTo(IngestionPlatform.SANDBOX);
    assertThat(notFound.getMessage()).contains("'Salesforce leads: dataflow'");
  }

  @Test
  void findWithTwoResourcesOfOneIdentityNamesThemBoth() {
    IngestionResult result = p.tutorial().run();
    String twin = p.aep.flowService().createConnection(
        CreateConnectionRequest.dataLake(IngestionPlatform.NAME + ": dataset base connection", "by hand")).id();

    IngestionConflictException conflict = catchThrowableOfType(IngestionConflictException.class,
        () -> Ingestion.find(p.aep, IngestionPlatform.NAME));

    assertThat(conflict.failedStep()).isEqualTo(IngestionStep.DATASET_BASE_CONNECTION);
    assertThat(conflict.resourceIds())
        .containsExactlyInAnyOrder(twin, result.resources().require(IngestionStep.DATASET_BASE_CONNECTION));
  }

  @Test
  void findTakesABaseConnectionTheIngestionWasGivenFromItsSourceConnection() {
    String given = p.createHubSpotBaseConnection();
    IngestionResult result = p.tutorial().createBaseConnection(null).baseConnectionId(given).run();

    IngestionResources found = Ingestion.find(p.aep, IngestionPlatform.NAME).resources();

    assertThat(found.ids()).isEqualTo(result.resources().ids());
    assertThat(found.id(IngestionStep.BASE_CONNECTION)).contains(given);
    assertThat(found.etags()).containsKeys(result.flowId(), result.resources().require(IngestionStep.TARGET_CONNECTION));
  }

  @Test
  void aDataflowScheduledOnceIsNeitherRescheduledNorRemappedAndNothingIsSent() {
    IngestionResult result = p.tutorial().schedule(ScheduleParams.once(IngestionPlatform.START)).run();
    Ingestion ingestion = Ingestion.of(p.aep, result);

    IngestionUpdateRefusedException reschedule = catchThrowableOfType(IngestionUpdateRefusedException.class,
        () -> ingestion.updateSchedule(ScheduleParams.every(Frequency.DAY, 1, IngestionPlatform.START)));
    IngestionUpdateRefusedException remap = catchThrowableOfType(IngestionUpdateRefusedException.class,
        () -> ingestion.updateMappings(REMAPPED));

    assertThat(reschedule.flowId()).isEqualTo(result.flowId());
    assertThat(reschedule.getMessage()).contains("one-time ingestion (frequency once) to be rescheduled")
        .contains("Nothing was changed");
    assertThat(remap.getMessage()).contains("to be given new mappings");
    assertThat(calls("PATCH", FLOWS) + calls("PUT", MAPPING_SETS)).isZero();
  }

  @Test
  void aScheduleThatBreaksTheRulesIsRefusedBeforeAnythingIsSent() {
    Ingestion ingestion = Ingestion.of(p.aep, p.tutorial().run());

    IngestionValidationException invalid = catchThrowableOfType(IngestionValidationException.class,
        () -> ingestion.updateSchedule(ScheduleParams.builder().startTime(IngestionPlatform.START.toEpochMilli())
            .frequency("minute").interval(5).build()));

    assertThat(invalid.problems()).anySatisfy(m -> assertThat(m).contains("must be at least 15"))
        .anySatisfy(m -> assertThat(m).contains("looks like epoch milliseconds"));
    assertThat(calls("PATCH", FLOWS)).isZero();
  }

  @Test
  void mappingsToAFieldTheSchemaLacksAreRefusedBeforeAnythingIsSentAndTheFlowKeepsItsVersion() {
    Ingestion ingestion = Ingestion.of(p.aep, p.tutorial().run());

    IngestionValidationException invalid = catchThrowableOfType(IngestionValidationException.class,
        () -> ingestion.updateMappings(List.of(FieldMapping.of("Added_At", "person.noSuchField"),
            FieldMapping.of("Properties_Firstname_Value", "person.name.firstName"))));

    assertThat(invalid.problems()).containsExactly("mapping destination 'person.noSuchField' is not a field of the target schema");
    assertThat(ingestion.status().mappingVersion()).contains("0");
    assertThat(calls("PUT", MAPPING_SETS) + calls("PATCH", FLOWS)).isZero();
  }

  @Test
  void mappingsFromAColumnTheSourceLacksAreRefusedBeforeAnythingIsSentAndTheFlowKeepsItsVersion() {
    Ingestion ingestion = Ingestion.of(p.aep, p.tutorial().run());

    IngestionValidationException invalid = catchThrowableOfType(IngestionValidationException.class,
        () -> ingestion.updateMappings(List.of(FieldMapping.of("Properties_Nickname_Value", "person.name.middleName"),
            FieldMapping.of("Properties_Firstname_Value", "person.name.firstName"))));

    assertThat(invalid.problems()).singleElement().asString()
        .startsWith("mapping source 'Properties_Nickname_Value' is not a source field [")
        .contains("Properties_Firstname_Value");
    assertThat(ingestion.status().mappingVersion()).contains("0");
    assertThat(calls("PUT", MAPPING_SETS) + calls("PATCH", FLOWS)).isZero();
  }

  @Test
  void mappingsTheBuilderRefusesAreRefusedBeforeAnythingIsSent() {
    Ingestion ingestion = Ingestion.of(p.aep, p.tutorial().run());
    long before = p.platform.requestCount();

    IngestionValidationException invalid = catchThrowableOfType(IngestionValidationException.class,
        () -> ingestion.updateMappings(List.of(FieldMapping.of("Properties_Firstname_Value", "person.name.firstName"),
            FieldMapping.of("Properties_Lastname_Value", "person.name.firstName"))));

    assertThat(invalid.problems())
        .containsExactly("mapping destination 'person.name.firstName' is the target of more than one mapping");
    assertThat(p.platform.requestCount()).isEqualTo(before);
  }

  @Test
  void anIngestionWithoutADataflowSaysSoAndSendsNothing() {
    Ingestion failedEarly = Ingestion.of(p.aep, "Failed early", IngestionResources.none());

    assertThatThrownBy(failedEarly::status).isInstanceOf(IllegalStateException.class)
        .hasMessage("ingestion 'Failed early' has no dataflow (it failed before that step, or the dataflow was removed):"
            + " only teardown() applies");
    assertThatThrownBy(failedEarly::pause).isInstanceOf(IllegalStateException.class);
    assertThat(p.platform.requestCount()).isZero();
  }

  @Test
  void runsRejectsAnEmptyWindowWithoutSendingAnything() {
    Ingestion ingestion = Ingestion.of(p.aep, p.tutorial().run());
    long before = p.platform.requestCount();

    assertThatThrownBy(() -> ingestion.runs(IngestionPlatform.START, IngestionPlatform.START))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(p.platform.requestCount()).isEqualTo(before);
  }

  /** Answers lost after AEP acted on a flow change: the flow is read again, and nothing is sent twice. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Chaos.Kind.class, names = {"TIMEOUT_AFTER_ACTING", "DROPPED_AFTER_ACTING", "GATEWAY_ERROR_AFTER_ACTING"})
  void aLostAnswerToAFlowChangeIsSettledByReadingTheFlowAgain(Chaos.Kind kind) {
    IngestionResult result = p.tutorial().run();
    Ingestion ingestion = Ingestion.of(p.aep, result);
    String flow = FLOWS + result.flowId();
    ScheduleParams daily = ScheduleParams.every(Frequency.DAY, 1, IngestionPlatform.START);

    p.platform.chaos(lost(kind, "POST", flow + "/action"));
    ingestion.pause();
    p.platform.chaos(lost(kind, "PATCH", flow));
    ingestion.updateSchedule(daily);
    p.platform.stopChaos();

    IngestionStatus status = ingestion.status();
    assertThat(status.paused()).isTrue();
    assertThat(status.schedule()).contains(daily);
    assertThat(p.platform.recordedCalls()).filteredOn(c -> c.chaos().isPresent()).hasSize(2);
    assertThat(p.sockets.timedOut()).isEqualTo(kind == Chaos.Kind.TIMEOUT_AFTER_ACTING ? 2 : 0);
    assertThat(calls("POST", flow + "/action")).isEqualTo(1);
    assertThat(calls("PATCH", flow)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Chaos.Kind.class, names = {"TIMEOUT_AFTER_ACTING", "DROPPED_AFTER_ACTING", "GATEWAY_ERROR_AFTER_ACTING"})
  void aLostAnswerToTheMappingSetPutIsSettledByReadingItAgain(Chaos.Kind kind) {
    IngestionResult result = p.tutorial().run();
    Ingestion ingestion = Ingestion.of(p.aep, result);
    String mappingSet = result.resources().require(IngestionStep.MAPPING_SET);

    p.platform.chaos(lost(kind, "PUT", MAPPING_SETS + mappingSet));
    String version = ingestion.updateMappings(REMAPPED);
    p.platform.stopChaos();

    MappingSet latest = p.aep.conversion().getMappingSet(mappingSet);
    assertThat(String.valueOf(latest.version().orElseThrow())).isEqualTo(version);
    assertThat(Ingestion.sameMappings(latest, REMAPPED)).isTrue();
    assertThat(ingestion.status().mappingVersion()).contains(version);
    assertThat(calls("PUT", MAPPING_SETS)).as("each PUT sent lost its answer; none after the re-read")
        .isEqualTo(p.platform.recordedCalls().stream().filter(c -> c.chaos().isPresent()).count());
  }

  /** The builder's in-place update goes through the same re-read: a changed run whose PATCH answer is lost converges. */
  @Test
  void aChangedBuilderRunWhosePatchAnswerIsLostStillConverges() {
    IngestionResult first = p.tutorial().run();
    MarketingAutomationIngestion.Builder daily = p.tutorial()
        .schedule(ScheduleParams.every(Frequency.DAY, 1, IngestionPlatform.START));

    p.platform.chaos(lost(Chaos.Kind.TIMEOUT_AFTER_ACTING, "PATCH", FLOWS + first.flowId()));
    IngestionResult second = daily.run();
    p.platform.stopChaos();

    assertThat(second.steps()).filteredOn(e -> e.status() == StepEvent.Status.UPDATED).extracting(StepEvent::step)
        .containsExactly(IngestionStep.DATAFLOW);
    assertThat(calls("PATCH", FLOWS)).isEqualTo(1);
    assertThat(p.aep.flowService().getFlow(first.flowId()).scheduleParams().map(ScheduleParams::frequencyValue))
        .contains(Frequency.DAY);
    assertThat(daily.plan().upToDate()).isTrue();
  }

  private static Chaos lost(Chaos.Kind kind, String method, String path) {
    return Chaos.seed(7).rate(1).only(kind).on(method, path);
  }
}
