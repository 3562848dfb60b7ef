package io.github.aepsdk.core.ingestion;

import static io.github.aepsdk.core.ingestion.IngestionPlatform.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.ingestion.IngestionFailedException;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.IngestionValidationException;
import io.github.aepsdk.core.ingestion.MarketingAutomationIngestion;
import io.github.aepsdk.core.ingestion.XdmType;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.ScheduleParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules that need AEP's answers (the target schema's fields, the explored columns, the flow
 * spec and its JSON schemas) fail after read-only calls only: the platform holds nothing new.
 */
class IngestionRemoteValidationTest {
  private static final String COLUMNS = "[Vid, Properties_Firstname_Value, Properties_Lastname_Value, "
      + "Properties_Email_Value, Added_At, Portal_Id]";

  private IngestionPlatform p;
  private Map<String, Integer> before;
  private int callsBefore;

  @BeforeEach
  void start() {
    p = IngestionPlatform.start();
  }

  @AfterEach
  void stop() {
    p.close();
  }

  /** Remembers the platform's resources and calls so far. */
  private void snapshot() {
    before = p.platform.resourceCounts(SANDBOX);
    callsBefore = p.platform.recordedCalls().size();
  }

  /** Runs {@code input}, expecting a validation failure after read-only calls that created nothing. */
  private List<String> rejected(MarketingAutomationIngestion.Builder input) {
    snapshot();
    IngestionValidationException e = catchThrowableOfType(IngestionValidationException.class, input::run);
    assertThat(e).as("validation fails").isNotNull();
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(before);
    List<LocalPlatform.RecordedCall> calls = p.platform.recordedCalls();
    List<LocalPlatform.RecordedCall> sent = calls.subList(callsBefore, calls.size());
    assertThat(sent).as("AEP was asked").isNotEmpty();
    assertThat(sent).filteredOn(c -> c.path().startsWith("/data/foundation/"))
        .allSatisfy(c -> assertThat(c.method()).isEqualTo("GET"));
    return e.problems();
  }

  @Test
  void aMappingDestinationThatIsNotAFieldOfTheTargetSchema() {
    List<String> problems = rejected(p.tutorial().sourceField("Vid", XdmType.STRING)
        .mapping("Vid", "person.name.nickname"));

    assertThat(problems).containsExactly("mapping destination 'person.name.nickname' is not a field of the target schema");
  }

  @Test
  void exploringABaseConnectionThatDoesNotExistFailsAtTheBaseConnectionStepCreatingNothing() {
    snapshot();
    IngestionFailedException e = catchThrowableOfType(IngestionFailedException.class, () -> MarketingAutomationIngestion.builder(p.aep)
        .baseConnectionId("c6d4ee17-6752-4e83-94ee-1767522e83fa")
        .sourcePath("Hubspot.Contacts")
        .discoverSourceFields()
        .mapping("Properties_Firstname_Value", "person.name.firstName")
        .schedule(ScheduleParams.once(java.time.Instant.now()))
        .run());

    assertThat(e.failedStep()).isEqualTo(IngestionStep.BASE_CONNECTION);
    assertThat(e.getCause()).isInstanceOf(NotFoundException.class).hasMessageContaining("/explore");
    assertThat(e.resources().ids()).isEmpty();
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(before);
  }

  @Test
  void aMappingSourceThatIsNotAnExploredColumn() {
    String baseConnection = p.createHubSpotBaseConnection();

    List<String> problems = rejected(MarketingAutomationIngestion.builder(p.aep)
        .name("Discovered")
        .baseConnectionId(baseConnection)
        .sourcePath("Hubspot.Contacts")
        .discoverSourceFields()
        .mapping("Properties_Firstname_Value", "person.name.firstName")
        .mapping("Properties_Nickname_Value", "person.name.lastName")
        .deltaColumn(DeltaColumn.of("Added_At"))
        .schedule(ScheduleParams.once(IngestionPlatform.START)));

    assertThat(problems).containsExactly("mapping source 'Properties_Nickname_Value' is not a source field " + COLUMNS);
  }

  @Test
  void aFlowSpecNameThatDoesNotExist() {
    List<String> problems = rejected(p.tutorial().flowSpecName("CRMToLake"));

    assertThat(problems).containsExactly("no flow spec named 'CRMToLake' in sandbox prod");
  }

  @Test
  void anUnknownFlowSpecIsListedWithTheOtherProblems() {
    List<String> problems = rejected(p.tutorial().flowSpecName("CRMToLake")
        .sourceField("Vid", XdmType.STRING).mapping("Vid", "person.name.nickname"));

    assertThat(problems).containsExactly(
        "mapping destination 'person.name.nickname' is not a field of the target schema",
        "no flow spec named 'CRMToLake' in sandbox prod");
  }

  @Test
  void aCopyTransformationWithoutTheDeltaColumnTheFlowSpecRequires() {
    List<String> problems = rejected(p.tutorial().deltaColumn(null));

    assertThat(problems).containsExactly(
        "Copy transformation params does not satisfy the flow spec: $: required property 'deltaColumn' not found");
  }

  @Test
  void backfillWithFrequencyOnceIsRejectedByTheFlowSpecScheduleSchema() {
    // no static rule covers backfill: only the flow spec's if/then (once → no interval, no backfill) does
    List<String> problems = rejected(p.tutorial().schedule(ScheduleParams.builder()
        .startTime(IngestionPlatform.START.getEpochSecond()).frequency("once").backfill(true).build()));

    assertThat(problems).containsExactly("schedule does not satisfy the flow spec: "
        + "$: must not be valid to the schema \"$.then.allOf[1].not\" : {\"required\":[\"backfill\"]}");
  }

  @Test
  void backfillWithAnHourlyScheduleIsAcceptedByTheFlowSpec() {
    ScheduleParams hourlyWithBackfill = ScheduleParams.builder()
        .startTime(IngestionPlatform.START.getEpochSecond()).frequency("hour").interval(1).backfill("true").build();

    String flowId = p.tutorial().schedule(hourlyWithBackfill).run().flowId();

    ScheduleParams sent = p.aep.flowService().getFlow(flowId).scheduleParams().orElseThrow();
    assertThat(sent.backfill()).contains(true);
    assertThat(sent.interval()).contains(1);
  }

  @Test
  void aMinuteIntervalBelow15IsCaughtStaticallyBeforeTheFlowSpecIsAsked() {
    ScheduleParams everyFiveMinutes = ScheduleParams.builder()
        .startTime(IngestionPlatform.START.getEpochSecond()).frequency("minute").interval(5).build();

    IngestionValidationException e = catchThrowableOfType(IngestionValidationException.class,
        () -> p.tutorial().schedule(everyFiveMinutes).run());

    assertThat(e.problems()).containsExactly("schedule: interval for frequency 'minute' must be at least 15 (got 5)");
    assertThat(p.platform.requestCount()).isZero();
  }

  @Test
  void everyProblemThatNeedsAepsAnswersComesInOneException() {
    List<String> problems = rejected(p.tutorial()
        .sourceField("Vid", XdmType.STRING)
        .mapping("Vid", "person.name.nickname")
        .deltaColumn(null)
        .schedule(ScheduleParams.builder().startTime(IngestionPlatform.START.getEpochSecond()).frequency("once")
            .backfill(false).build()));

    assertThat(problems).containsExactly(
        "mapping destination 'person.name.nickname' is not a field of the target schema",
        "schedule does not satisfy the flow spec: "
            + "$: must not be valid to the schema \"$.then.allOf[1].not\" : {\"required\":[\"backfill\"]}",
        "Copy transformation params does not satisfy the flow spec: $: required property 'deltaColumn' not found");
  }
}
