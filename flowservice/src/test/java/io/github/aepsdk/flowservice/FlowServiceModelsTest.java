package io.github.aepsdk.flowservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invariants of the Flow Service models that hold without any JSON: factories, checks, typed views. */
class FlowServiceModelsTest {

  private static final Instant START = Instant.parse("2020-06-01T20:30:54.999Z");

  @Test
  void onceScheduleHasEpochSecondsAndNoInterval() {
    ScheduleParams once = ScheduleParams.once(START);

    assertThat(once.startTime()).isEqualTo(1591043454L);
    assertThat(once.frequency()).isEqualTo("once");
    assertThat(once.interval()).isEmpty();
    assertThat(once.backfill()).isEmpty();
    assertThat(once.startInstant()).isEqualTo(Instant.parse("2020-06-01T20:30:54Z"));
  }

  @ParameterizedTest
  @CsvSource({"MINUTE,15,minute", "HOUR,1,hour", "DAY,1,day", "WEEK,2,week"})
  void everyScheduleAcceptsTheDocumentedMinimum(Frequency frequency, int interval, String wire) {
    ScheduleParams schedule = ScheduleParams.every(frequency, interval, START);

    assertThat(schedule.frequency()).isEqualTo(wire);
    assertThat(schedule.frequencyValue()).isEqualTo(frequency);
    assertThat(schedule.interval()).contains(interval);
  }

  @Test
  void everyScheduleRejectsWhatTheFlowSpecForbids() {
    assertThatThrownBy(() -> ScheduleParams.every(Frequency.MINUTE, 14, START))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 15").hasMessageContaining("14");
    assertThatThrownBy(() -> ScheduleParams.every(Frequency.HOUR, 0, START))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> ScheduleParams.every(Frequency.ONCE, 1, START))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("once(start)");
    assertThatThrownBy(() -> ScheduleParams.every(Frequency.UNKNOWN, 1, START)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScheduleParams.once(Instant.parse("1969-12-31T23:59:59Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1970");
  }

  @Test
  void backfillStringsBecomeBooleansWhenBuilt() {
    ScheduleParams fromDocs = ScheduleParams.builder().startTime(1).frequency("day").interval(1).backfill("true").build();

    assertThat(fromDocs.backfill()).contains(Boolean.TRUE);
    assertThat(fromDocs).isEqualTo(ScheduleParams.builder().startTime(1).frequency("day").interval(1).backfill(true).build());
    assertThatThrownBy(() -> ScheduleParams.builder().startTime(1).frequency("day").backfill(1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("backfill");
  }

  @Test
  void unknownFrequencyCannotBeSent() {
    assertThatThrownBy(Frequency.UNKNOWN::wireName).isInstanceOf(IllegalStateException.class);
    assertThat(Frequency.fromWire("WEEK")).isEqualTo(Frequency.WEEK);
    assertThat(Frequency.fromWire(null)).isEqualTo(Frequency.UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource({"success,SUCCESS,true", "scheduled,SCHEDULED,false", "inProgress,IN_PROGRESS,false", "IN_PROGRESS,IN_PROGRESS,false",
      "Failed,FAILED,true", "partialSuccess,PARTIAL_SUCCESS,true", "PARTIAL_FAILURE,PARTIAL_FAILURE,true",
      "queued,QUEUED,false", "completed,COMPLETED,true", "unknown,UNKNOWN,false", "paused,UNKNOWN,false"})
  void runStatusMatchesEverySpellingOfTheDocsAndSpec(String wire, RunStatus status, boolean terminal) {
    assertThat(RunStatus.fromWire(wire)).isEqualTo(status);
    assertThat(status.isTerminal()).isEqualTo(terminal);
  }

  @ParameterizedTest
  @CsvSource({"enabled,ENABLED", "disabled,DISABLED", "draft,DRAFT", "inProgress,IN_PROGRESS", "updating,UPDATING",
      "enabling,ENABLING", "disabling,DISABLING", "deleted,UNKNOWN"})
  void resourceStateMatchesTheDocumentedValues(String wire, ResourceState state) {
    assertThat(ResourceState.fromWire(wire)).isEqualTo(state);
  }

  @Test
  void patchOperationFactoriesUseLowerCaseOps() {
    assertThat(PatchOperation.replace("/name", "x").op()).isEqualTo("replace");
    assertThat(PatchOperation.add("/labels", List.of("core/C12")).opValue()).isEqualTo(PatchOperation.Op.ADD);
    PatchOperation remove = PatchOperation.remove("/description");
    assertThat(remove.op()).isEqualTo("remove");
    assertThat(remove.value()).isEmpty();
    assertThat(PatchOperation.builder().op("REPLACE").path("/a").build().opValue()).isEqualTo(PatchOperation.Op.REPLACE);
    assertThat(PatchOperation.builder().op("move").path("/a").build().opValue()).isEqualTo(PatchOperation.Op.UNKNOWN);
  }

  @Test
  void authParamsAreMaskedInToString() {
    ConnectionAuth auth = ConnectionAuth.of("Basic Authentication", Map.of("clientSecret", "s3cr3t-value"));

    assertThat(auth.toString()).contains("Basic Authentication").doesNotContain("s3cr3t-value");
    assertThat(CreateConnectionRequest.builder().auth(auth).connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0")).build().toString())
        .doesNotContain("s3cr3t-value");
    assertThat(auth.params()).containsEntry("clientSecret", "s3cr3t-value");
  }

  @Test
  void dataLakeConnectionUsesTheDataLakeSpec() {
    CreateConnectionRequest request = CreateConnectionRequest.dataLake("Dataset Base Connection", null);

    assertThat(request.connectionSpec()).isEqualTo(SpecRef.of("c604ff05-7f1a-43c0-8e18-33bf874cb11c", "1.0"));
    assertThat(request.description()).isEmpty();
    assertThat(request.auth()).isEmpty();
  }

  @Test
  void flowSpecBuilderMovesTheSingularTransformationSpec() {
    FlowSpec spec = FlowSpec.builder()
        .id(FlowSpec.CRM_TO_AEP_ID)
        .putAdditionalProperties("transformationSpec", List.of(Map.of("name", "Copy"), Map.of("name", "Mapping", "spec", Map.of("type", "object"))))
        .putAdditionalProperties("other", 1L)
        .build();

    assertThat(spec.transformationSpecs()).extracting(s -> s.name().orElseThrow()).containsExactly("Copy", "Mapping");
    assertThat(spec.findTransformationSpec("Mapping").orElseThrow().spec()).containsEntry("type", "object");
    assertThat(spec.findTransformationSpec("Missing")).isEmpty();
    assertThat(spec.additionalProperties()).containsOnlyKeys("other");
  }

  @Test
  void flowSpecKeepsThePluralWhenBothNamesArePresent() {
    FlowSpec spec = FlowSpec.builder()
        .id("x")
        .addTransformationSpecs(SpecDefinition.builder().name("Mapping").build())
        .putAdditionalProperties("transformationSpec", Map.of("name", "Copy"))
        .build();

    assertThat(spec.transformationSpecs()).extracting(s -> s.name().orElseThrow()).containsExactly("Mapping");
    assertThat(spec.additionalProperties()).containsKey("transformationSpec");
  }

  @Test
  void specDefinitionListsTheSchemaProperties() {
    SpecDefinition spec = SpecDefinition.builder()
        .putSpec("properties", Map.of("dataSetId", Map.of("type", "string")))
        .build();

    assertThat(spec.propertyNames()).containsExactly("dataSetId");
    assertThat(SpecDefinition.builder().build().propertyNames()).isEmpty();
  }

  @Test
  void connectionSpecFindsAuthSpecByName() {
    ConnectionSpec spec = ConnectionSpec.builder()
        .id(ConnectionSpec.HUBSPOT_ID)
        .addAuthSpec(SpecDefinition.builder().name("OAuth 2").build(), SpecDefinition.builder().name("Basic Authentication").build())
        .build();

    assertThat(spec.findAuthSpec("Basic Authentication")).isPresent();
    assertThat(spec.findAuthSpec("API Key")).isEmpty();
  }

  @Test
  void transformationFactoriesBuildTheDocumentedShapes() {
    Transformation mapping = Transformation.mapping("500a9b747fcf4908a21917d49bd61780", "0");
    assertThat(mapping.name()).isEqualTo("Mapping");
    assertThat(mapping.params().mappingVersion()).contains("0");

    Transformation copy = Transformation.copy(DeltaColumn.builder().name("updatedAt").dateFormat("YYYY-MM-DD").timezone("UTC").build());
    assertThat(copy.name()).isEqualTo("Copy");
    assertThat(copy.params().deltaColumn().orElseThrow().timezone()).contains("UTC");
  }

  @Test
  void runStatusComesFromTheStatusSummary() {
    Run run = Run.builder().id("r")
        .metrics(RunMetrics.builder().statusSummary(StatusSummary.builder().status("failed").build()).build())
        .build();

    assertThat(run.statusValue()).isEqualTo(RunStatus.FAILED);
    assertThat(Run.builder().id("r").build().statusValue()).isEqualTo(RunStatus.UNKNOWN);
  }

  @Test
  void tableStructureFindsColumnsByName() {
    TableStructure table = TableStructure.builder()
        .schema(TableSchema.builder().addColumns(TableColumn.builder().name("Added_At").xdmType("date-time").build()).build())
        .build();

    assertThat(table.column("Added_At").orElseThrow().xdmType()).contains("date-time");
    assertThat(table.column("missing")).isEmpty();
    assertThat(TableStructure.builder().build().column("Added_At")).isEmpty();
  }

  @Test
  void searchRequestsRefuseLimitWithCountOrOutOfRange() {
    assertThatThrownBy(() -> ConnectionSearchRequest.builder().limit(5).count(true).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("count");
    assertThatThrownBy(() -> FlowSearchRequest.builder().limit(1001).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1000");
    assertThatThrownBy(() -> FlowSpecSearchRequest.builder().limit(0).build()).isInstanceOf(IllegalStateException.class);
    assertThat(FlowSearchRequest.builder().limit(1000).build().limit()).contains(1000);
    assertThat(FlowSpecSearchRequest.of("name==CRMToAEP").queryString()).contains("name==CRMToAEP");
  }

  @Test
  void specRequestsKeepTheMembersTheClientOwns() {
    SpecDefinition auth = SpecDefinition.builder().name("Basic Authentication").putSpec("type", "object").build();
    ConnectionSpec spec = ConnectionSpec.builder().id("cs-1").name("acme").providerId("p-1").version("1.0")
        .createdAt(1L).imsOrgId("org@AdobeOrg").addAuthSpec(auth).putAttributes("isSource", true).build();

    ConnectionSpecRequest request = ConnectionSpecRequest.from(spec);

    assertThat(request).isEqualTo(ConnectionSpecRequest.builder().name("acme").providerId("p-1").version("1.0")
        .addAuthSpec(auth).putAttributes("isSource", true).build());
    assertThatThrownBy(() -> ConnectionSpecRequest.from(ConnectionSpec.builder().id("cs-2").providerId("p").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cs-2").hasMessageContaining("name");

    FlowSpec flowSpec = FlowSpec.builder().id("fs-1").name("AcmeToAEP").providerId("p-1")
        .addSourceConnectionSpecIds("cs-1").addTransformationSpecs(SpecDefinition.builder().name("Mapping").build()).build();
    FlowSpecRequest flowRequest = FlowSpecRequest.from(flowSpec);
    assertThat(flowRequest.sourceConnectionSpecIds()).containsExactly("cs-1");
    assertThat(flowRequest.transformationSpecs()).extracting(t -> t.name().orElseThrow()).containsExactly("Mapping");
    assertThatThrownBy(() -> FlowSpecRequest.from(FlowSpec.builder().id("fs-2").name("n").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("providerId");
  }

  @Test
  void connectionTestSucceedsOnlyWhenTheAnswerSaysSo() {
    assertThat(ConnectionTestResult.builder().result(true).build().succeeded()).isTrue();
    assertThat(ConnectionTestResult.builder().result(false).build().succeeded()).isFalse();
    assertThat(ConnectionTestResult.builder().build().succeeded()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "/flows?property=name==x&continuationToken=eyJvZmZzZXQiOjEwfQ%3D%3D | eyJvZmZzZXQiOjEwfQ==",
      "/flows?continuationToken=a%2Bb&limit=2 | a+b",
      "/flows?limit=2 | none",
      "/flows | none",
      "/flows?=x&continuationTokens=y | none"})
  void aNextLinksContinuationTokenIsItsDecodedQueryParameter(String href, String token) {
    assertThat(Link.builder().href(href).build().continuationToken()).isEqualTo(java.util.Optional.ofNullable(token));
  }
}
