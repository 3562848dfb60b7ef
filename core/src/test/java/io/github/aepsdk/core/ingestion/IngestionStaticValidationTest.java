package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.ingestion.IngestionResources;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.IngestionValidationException;
import io.github.aepsdk.core.ingestion.MarketingAutomationIngestion;
import io.github.aepsdk.core.ingestion.XdmType;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.ScheduleParams;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each static validation rule gives exactly its error and nothing is sent (the platform receives
 * no request at all, IMS included); several problems come in one exception.
 */
class IngestionStaticValidationTest {
  private static final String BASE_ID = "c6d4ee17-6752-4e83-94ee-1767522e83fa";
  private static final long START = IngestionPlatform.START.getEpochSecond();
  private static final String UUID_FORM = "(expected a UUID such as c6d4ee17-6752-4e83-94ee-1767522e83fa)";
  private static final String XDM_ID_FORM = "(expected an XDM $id such as https://ns.adobe.com/xdm/context/profile)";

  private static IngestionPlatform p;

  @BeforeAll
  static void start() {
    p = IngestionPlatform.start();
  }

  @AfterAll
  static void stop() {
    p.close();
  }

  @BeforeEach
  void nothingSentYet() {
    assertThat(p.platform.requestCount()).isZero();
  }

  /** Everything but the source fields and the mappings. */
  private static MarketingAutomationIngestion.Builder bare(AepClient aep) {
    return MarketingAutomationIngestion.builder(aep)
        .name("Static checks")
        .createBaseConnection(IngestionPlatform.hubSpotAuth())
        .sourcePath("Hubspot.Contacts")
        .deltaColumn(DeltaColumn.of("Added_At"))
        .schedule(ScheduleParams.builder().startTime(START).frequency("hour").interval(1).build());
  }

  private static MarketingAutomationIngestion.Builder withFields(MarketingAutomationIngestion.Builder b) {
    return b.sourceField("Properties_Firstname_Value", XdmType.STRING).sourceField("Added_At", XdmType.DATE_TIME);
  }

  private static MarketingAutomationIngestion.Builder withMappings(MarketingAutomationIngestion.Builder b) {
    return b.mapping("Properties_Firstname_Value", "person.name.firstName").mapping("Added_At", "_repo.createDate");
  }

  /** A valid ingestion (checked by {@link #theUnchangedInputPassesTheStaticChecks()}). */
  private static MarketingAutomationIngestion.Builder valid(AepClient aep) {
    return withMappings(withFields(bare(aep)));
  }

  private static IngestionResources resumed(IngestionStep step, String id) {
    return IngestionResources.builder().putIds(step, id).build();
  }

  private static ScheduleParams schedule(String frequency, Integer interval) {
    return ScheduleParams.builder().startTime(START).frequency(frequency).interval(java.util.Optional.ofNullable(interval)).build();
  }

  private static Arguments rule(String name, Function<AepClient, MarketingAutomationIngestion.Builder> input, String problem) {
    return Arguments.of(name, input, problem);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("missing base connection", aep -> valid(aep).createBaseConnection(null),
            "a base connection is required: baseConnectionId(...) or createBaseConnection(...)"),
        rule("base connection id and credentials", aep -> valid(aep).baseConnectionId(BASE_ID),
            "give either baseConnectionId(...) or createBaseConnection(...), not both"),
        rule("name with a leading space", aep -> valid(aep).name(" Static checks"),
            "name ' Static checks' must not be blank, start or end with a space, or hold a control character:"
                + " the resources are found again by it"),
        rule("blank name", aep -> valid(aep).name("  "),
            "name '  ' must not be blank, start or end with a space, or hold a control character:"
                + " the resources are found again by it"),
        rule("name with a newline", aep -> valid(aep).name("Static\nchecks"),
            "name 'Static\nchecks' must not be blank, start or end with a space, or hold a control character:"
                + " the resources are found again by it"),
        rule("missing source path", aep -> valid(aep).sourcePath(null),
            "sourcePath is required (the table to collect, e.g. \"Hubspot.Contacts\")"),
        rule("blank source path", aep -> valid(aep).sourcePath("  "),
            "sourcePath is required (the table to collect, e.g. \"Hubspot.Contacts\")"),
        rule("no source fields and no discovery", aep -> withMappings(bare(aep)),
            "source fields are required: sourceField(...) for each column, or discoverSourceFields()"),
        rule("source fields and discovery", aep -> valid(aep).createBaseConnection(null).baseConnectionId(BASE_ID)
                .discoverSourceFields(),
            "give either sourceFields(...) or discoverSourceFields(), not both"),
        rule("discovery without a base connection id", aep -> withMappings(bare(aep).discoverSourceFields()),
            "discoverSourceFields() explores an existing base connection: give baseConnectionId(...)"),
        rule("field name with a space", aep -> valid(aep).sourceField("Email Address", XdmType.STRING),
            "source field 'Email Address' is not a valid XDM field name (letters, digits, underscore)"),
        rule("field name starting with a digit", aep -> valid(aep).sourceField("1st_Touch", XdmType.DATE),
            "source field '1st_Touch' is not a valid XDM field name (letters, digits, underscore)"),
        rule("field name with a hyphen", aep -> valid(aep).sourceField("e-mail", XdmType.STRING),
            "source field 'e-mail' is not a valid XDM field name (letters, digits, underscore)"),
        rule("duplicate field", aep -> valid(aep).sourceField("Added_At", XdmType.STRING),
            "source field 'Added_At' is given twice"),
        rule("no mappings", aep -> withFields(bare(aep)),
            "at least one mapping(source, xdmPath) is required"),
        rule("mapping source not a field", aep -> valid(aep).mapping("Properties_Lastname_Value", "person.name.lastName"),
            "mapping source 'Properties_Lastname_Value' is not a source field [Properties_Firstname_Value, Added_At]"),
        rule("destination with an empty segment", aep -> withFields(bare(aep)).mapping("Added_At", "_repo..createDate")
                .mapping("Properties_Firstname_Value", "person.name.firstName"),
            "mapping destination '_repo..createDate' is not an XDM path in dot notation (e.g. person.name.firstName)"),
        rule("destination ending with a dot", aep -> withFields(bare(aep)).mapping("Added_At", "_repo.")
                .mapping("Properties_Firstname_Value", "person.name.firstName"),
            "mapping destination '_repo.' is not an XDM path in dot notation (e.g. person.name.firstName)"),
        rule("destination in slash notation", aep -> withFields(bare(aep)).mapping("Added_At", "/_repo/createDate")
                .mapping("Properties_Firstname_Value", "person.name.firstName"),
            "mapping destination '/_repo/createDate' is not an XDM path in dot notation (e.g. person.name.firstName)"),
        rule("duplicate destination", aep -> valid(aep).sourceField("Properties_Lastname_Value", XdmType.STRING)
                .mapping("Properties_Lastname_Value", "person.name.firstName"),
            "mapping destination 'person.name.firstName' is the target of more than one mapping"),
        rule("missing schedule", aep -> valid(aep).schedule(null),
            "schedule is required, e.g. ScheduleParams.once(Instant.now())"),
        rule("no request form", aep -> valid(aep).requestForm(null),
            "requestForm must be RequestForm.CURRENT_DOCS (the default) or RequestForm.TUTORIAL_2020, not null"),
        rule("minute interval below 15", aep -> valid(aep).schedule(schedule("minute", 5)),
            "schedule: interval for frequency 'minute' must be at least 15 (got 5)"),
        rule("hour interval below 1", aep -> valid(aep).schedule(schedule("hour", 0)),
            "schedule: interval for frequency 'hour' must be at least 1 (got 0)"),
        rule("interval with once", aep -> valid(aep).schedule(schedule("once", 1)),
            "schedule: frequency 'once' takes no interval (got 1)"),
        rule("missing interval for hour", aep -> valid(aep).schedule(schedule("hour", null)),
            "schedule: frequency 'hour' needs an interval"),
        rule("unknown frequency", aep -> valid(aep).schedule(schedule("month", 1)),
            "schedule: frequency 'month' is not one of once, minute, hour, day, week"),
        rule("start in epoch milliseconds", aep -> valid(aep).schedule(
                ScheduleParams.builder().startTime(1_718_000_000_000L).frequency("once").build()),
            "schedule: startTime 1718000000000 looks like epoch milliseconds; give epoch seconds (1718000000)"),
        rule("start years away", aep -> valid(aep).schedule(
                ScheduleParams.builder().startTime(4_102_444_800L).frequency("once").build()),
            "schedule: startTime 4102444800 (2100-01-01T00:00:00Z) is more than a year away;"
                + " give the first run's time in epoch seconds"),
        rule("delta column not a source field", aep -> valid(aep).deltaColumn(DeltaColumn.of("Updated_At")),
            "deltaColumn 'Updated_At' is not a source field [Properties_Firstname_Value, Added_At]:"
                + " the Copy transformation reads new records by it; give one of those columns"),
        rule("start before 1970", aep -> valid(aep).schedule(ScheduleParams.builder().startTime(-1).frequency("once").build()),
            "schedule: startTime must be epoch seconds after 1970 (got -1)"),
        rule("negative first run timeout", aep -> valid(aep).waitForFirstRun(Duration.ofSeconds(-1), Duration.ofSeconds(1)),
            "waitForFirstRun: timeout must not be negative (got PT-1S)"),
        rule("negative poll interval", aep -> valid(aep).waitForFirstRun(Duration.ofMinutes(1), Duration.ofSeconds(-30)),
            "waitForFirstRun: pollInterval must be more than zero (got PT-30S); AEP's runs take minutes,"
                + " Adobe's tools poll every 30 seconds"),
        rule("negative max failed records", aep -> valid(aep).maxFailedRecords(-1),
            "maxFailedRecords must not be negative (got -1)"),
        rule("negative readiness timeout", aep -> valid(aep).waitUntilEnabled(Duration.ofSeconds(-1), Duration.ofSeconds(30)),
            "waitUntilEnabled: the timeout must be zero or more, was PT-1S"),
        rule("zero readiness poll interval", aep -> valid(aep).waitUntilEnabled(Duration.ofMinutes(5), Duration.ZERO),
            "waitUntilEnabled: the poll interval must be more than zero, was PT0S"),
        rule("missing readiness poll interval", aep -> valid(aep).waitUntilEnabled(Duration.ofMinutes(5), null),
            "waitUntilEnabled: the poll interval must be more than zero, was null"),
        rule("base connection id not a UUID", aep -> valid(aep).createBaseConnection(null).baseConnectionId("hubspot-prod"),
            "baseConnectionId 'hubspot-prod' is malformed " + UUID_FORM),
        rule("connection spec id not a UUID", aep -> valid(aep).connectionSpecId("hubspot"),
            "connectionSpecId 'hubspot' is malformed " + UUID_FORM),
        rule("target class id not an XDM $id", aep -> valid(aep).targetClassId("_xdm.context.profile"),
            "targetClassId '_xdm.context.profile' is malformed " + XDM_ID_FORM),
        rule("field group id not an XDM $id", aep -> valid(aep).targetFieldGroupIds(List.of("profile-person-details")),
            "field group id 'profile-person-details' is malformed " + XDM_ID_FORM),
        rule("resumed base connection id", aep -> valid(aep).resume(resumed(IngestionStep.BASE_CONNECTION, "hubspot-prod")),
            "resumed base connection id 'hubspot-prod' is malformed " + UUID_FORM),
        rule("resumed ad-hoc class id", aep -> valid(aep).resume(resumed(IngestionStep.ADHOC_CLASS, "e963d68a24db5cff4df6b3223b022a3e")),
            "resumed ad-hoc class id 'e963d68a24db5cff4df6b3223b022a3e' is malformed " + XDM_ID_FORM),
        rule("resumed dataset id", aep -> valid(aep).resume(resumed(IngestionStep.DATASET, "6b0c7584c6e969dca277dd4")),
            "resumed target dataset id '6b0c7584c6e969dca277dd4' is malformed (expected 24 hexadecimal digits)"),
        rule("resumed mapping set id", aep -> valid(aep).resume(resumed(IngestionStep.MAPPING_SET, "b91c4ec4-cf01-12dc-1011-acb5e6dced37")),
            "resumed mapping set id 'b91c4ec4-cf01-12dc-1011-acb5e6dced37' is malformed (expected 32 hexadecimal digits)"),
        rule("resumed target connection id", aep -> valid(aep).resume(resumed(IngestionStep.TARGET_CONNECTION, "6b0c7584c6e969dca277dd4a")),
            "resumed target connection id '6b0c7584c6e969dca277dd4a' is malformed " + UUID_FORM),
        rule("resumed dataflow id", aep -> valid(aep).resume(resumed(IngestionStep.DATAFLOW, "flow-1")),
            "resumed dataflow id 'flow-1' is malformed " + UUID_FORM));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRuleGivesItsErrorWithNoRequestSent(String name, Function<AepClient, MarketingAutomationIngestion.Builder> input,
      String problem) {
    IngestionValidationException e = catchThrowableOfType(IngestionValidationException.class, () -> input.apply(p.aep).run());

    assertThat(e).as("validation fails").isNotNull();
    assertThat(e.problems()).containsExactly(problem);
    assertThat(e.getMessage()).isEqualTo("Invalid marketing automation ingestion (1 problem):\n  - " + problem);
    assertThat(p.platform.requestCount()).isZero();
  }

  @Test
  void severalProblemsComeInOneExceptionListingEveryOne() {
    MarketingAutomationIngestion.Builder input = MarketingAutomationIngestion.builder(p.aep)
        .sourcePath("Hubspot.Contacts")
        .sourceField("Added_At", XdmType.DATE_TIME)
        .sourceField("Added_At", XdmType.STRING)
        .mapping("Added_At", "_repo.createDate")
        .mapping("Vid", "_repo.createDate")
        .schedule(schedule("minute", 5))
        .resume(resumed(IngestionStep.DATASET, "not-a-dataset"));

    IngestionValidationException e = catchThrowableOfType(IngestionValidationException.class, input::run);

    assertThat(e.problems()).containsExactly(
        "a base connection is required: baseConnectionId(...) or createBaseConnection(...)",
        "source field 'Added_At' is given twice",
        "mapping destination '_repo.createDate' is the target of more than one mapping",
        "mapping source 'Vid' is not a source field [Added_At]",
        "schedule: interval for frequency 'minute' must be at least 15 (got 5)",
        "resumed target dataset id 'not-a-dataset' is malformed (expected 24 hexadecimal digits)");
    assertThat(e.getMessage()).startsWith("Invalid marketing automation ingestion (6 problems):\n  - a base connection is required");
    assertThat(p.platform.requestCount()).isZero();
  }

  @Test
  void theUnchangedInputPassesTheStaticChecks() {
    // on a platform of its own, so the shared one stays untouched
    IngestionPlatform own = IngestionPlatform.start();
    try {
      assertThat(valid(own.aep).run().flowId()).isNotBlank();
      assertThat(own.platform.requestCount()).isPositive();
    } finally {
      own.close();
    }
  }
}
