package io.github.aepsdk.core.ingestion;

import static io.github.aepsdk.core.ingestion.IngestionPlatform.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.IngestionValidationException;
import io.github.aepsdk.core.ingestion.MarketingAutomationIngestion;
import io.github.aepsdk.core.ingestion.XdmType;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.ScheduleParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rules that need AEP's answers (the target schema's fields, the explored columns, the flow
 * spec and its JSON schemas) fail after read-only calls only: the platform holds nothing new.
 */
class IngestionRemoteValidationTest {
  private static final String COLUMNS = "[Vid, Properties_Firstname_Value, Properties_Lastname_Value, "
      + "Properties_Email_Value, Added_At, Portal_Id]";

  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();
  private Map<String, Integer> before;
  private int callsBefore;

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
  void aBaseConnectionThatDoesNotExistIsRefusedBeforeExploring() {
    List<String> problems = rejected(MarketingAutomationIngestion.builder(p.aep)
        .baseConnectionId("c6d4ee17-6752-4e83-94ee-1767522e83fa")
        .sourcePath("Hubspot.Contacts")
        .discoverSourceFields()
        .mapping("Properties_Firstname_Value", "person.name.firstName")
        .schedule(ScheduleParams.once(java.time.Instant.now())));

    assertThat(problems).containsExactly("baseConnectionId 'c6d4ee17-6752-4e83-94ee-1767522e83fa' is no base connection"
        + " in sandbox prod: give the id of an existing connection (GET /connections lists them), or createBaseConnection(...)");
    assertThat(sentPaths()).noneMatch(path -> path.contains("/explore"));
  }

  @Test
  void aBaseConnectionOfAnotherConnectionSpecIsRefused() {
    String dataLake = p.aep.flowService().createConnection(CreateConnectionRequest.dataLake("a Data Lake connection", "x")).id();

    List<String> problems = rejected(p.tutorial().createBaseConnection(null).baseConnectionId(dataLake));

    assertThat(problems).containsExactly("baseConnectionId '" + dataLake + "' is a connection of connection spec "
        + ConnectionSpec.DATA_LAKE_ID + ", not of connectionSpecId " + ConnectionSpec.HUBSPOT_ID
        + ": give a connection of that spec, or set connectionSpecId(...)");
  }

  @Test
  void aDeltaColumnThatIsNotAnExploredColumn() {
    String baseConnection = p.createHubSpotBaseConnection();

    List<String> problems = rejected(MarketingAutomationIngestion.builder(p.aep)
        .baseConnectionId(baseConnection)
        .sourcePath("Hubspot.Contacts")
        .discoverSourceFields()
        .mapping("Properties_Firstname_Value", "person.name.firstName")
        .deltaColumn(DeltaColumn.of("Updated_At"))
        .schedule(ScheduleParams.once(java.time.Instant.now())));

    assertThat(problems).singleElement().asString()
        .startsWith("deltaColumn 'Updated_At' is not a source field [")
        .contains("Added_At")
        .endsWith("]: the Copy transformation reads new records by it; give one of those columns");
  }

  @Test
  void aSourceColumnWhoseTypeTheDestinationFieldCannotHold() {
    List<String> problems = rejected(p.tutorial().sourceField("Opted_In", XdmType.BOOLEAN)
        .mapping("Opted_In", "person.birthYear").mapping("Added_At", "person.birthDate"));

    assertThat(problems).containsExactly(
        "mapping 'Opted_In' -> 'person.birthYear': source column type BOOLEAN cannot be written to the field's type"
            + " INTEGER; map a column of a matching type, or another field");
  }

  @Test
  void fieldGroupsThatAreNotMeantForTheTargetClass() {
    List<String> problems = rejected(p.tutorial()
        .targetClassId("https://ns.adobe.com/xdm/context/experienceevent"));

    assertThat(problems).contains("field group " + MarketingAutomationIngestion.DEFAULT_FIELD_GROUPS.get(0)
        + " is meant for [" + MarketingAutomationIngestion.PROFILE_CLASS + "], not for the target class"
        + " https://ns.adobe.com/xdm/context/experienceevent: choose field groups of that class, or another targetClassId(...)");
  }

  private List<String> sentPaths() {
    List<LocalPlatform.RecordedCall> calls = p.platform.recordedCalls();
    return calls.subList(callsBefore, calls.size()).stream().map(LocalPlatform.RecordedCall::path)
        .collect(java.util.stream.Collectors.toList());
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
  void withoutADeltaColumnTheFlowSpecRequiresNoCopyTransformationAndTheFlowHasMappingOnly() {
    // CRMToAEP offers Copy (its params require deltaColumn) but makes no transformation mandatory
    String flowId = p.tutorial().deltaColumn(null).run().flowId();

    assertThat(p.aep.flowService().getFlow(flowId).transformations()).extracting(t -> t.name())
        .containsExactly("Mapping");
  }

  @Test
  void backfillWithFrequencyOnceIsRejectedByTheFlowSpecScheduleSchema() {
    // no static rule covers backfill: only the flow spec's if/then (once → no interval, no backfill) does
    List<String> problems = rejected(p.tutorial().schedule(ScheduleParams.builder()
        .startTime(IngestionPlatform.START.getEpochSecond()).frequency("once").backfill(true).build()));

    assertThat(problems).containsExactly("schedule does not satisfy the flow spec: "
        + "$: must not be valid against the schema at $.then.allOf[1].not: {\"required\":[\"backfill\"]}");
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
        .schedule(ScheduleParams.builder().startTime(IngestionPlatform.START.getEpochSecond()).frequency("once")
            .backfill(false).build()));

    assertThat(problems).containsExactly(
        "mapping destination 'person.name.nickname' is not a field of the target schema",
        "schedule does not satisfy the flow spec: "
            + "$: must not be valid against the schema at $.then.allOf[1].not: {\"required\":[\"backfill\"]}");
  }
}
