package io.github.aepsdk.core.flowservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.CreateRunRequest;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.Frequency;
import io.github.aepsdk.flowservice.PatchOperation;
import io.github.aepsdk.flowservice.ResourceState;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.RunStatus;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.Transformation;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documented doc-vs-spec conflicts, both forms read and the spec's form written, plus the
 * binding rules the Flow Service models rely on (nulls, open members, unknown enum values).
 */
class FlowServiceBindingTest {

  private static final JsonAdapter<ScheduleParams> SCHEDULE = AepJson.strictAdapter(ScheduleParams.class);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // doc form (strings, API-NOTES §6 / SPEC-VALIDATION D-FS-1)
      "{\"startTime\":\"1612310466\",\"frequency\":\"day\",\"interval\":\"15\",\"backfill\":\"true\"}",
      // spec form (integers, boolean)
      "{\"startTime\":1612310466,\"frequency\":\"day\",\"interval\":15,\"backfill\":true}",
      // mixed, upper-case string boolean
      "{\"startTime\":\"1612310466\",\"frequency\":\"day\",\"interval\":15,\"backfill\":\"TRUE\"}"})
  void scheduleParamsReadsBothFormsAndWritesTheSpecForm(String json) throws IOException {
    ScheduleParams schedule = SCHEDULE.fromJson(json);

    assertThat(schedule.startTime()).isEqualTo(1612310466L);
    assertThat(schedule.interval()).contains(15);
    assertThat(schedule.backfill()).contains(Boolean.TRUE);
    assertThat(schedule.frequencyValue()).isEqualTo(Frequency.DAY);
    assertThat(SCHEDULE.toJson(schedule)).isEqualTo("{\"startTime\":1612310466,\"frequency\":\"day\",\"interval\":15,\"backfill\":true}");
  }

  @Test
  void backfillFalseStringIsFalse() throws IOException {
    assertThat(SCHEDULE.fromJson("{\"startTime\":1,\"frequency\":\"hour\",\"interval\":1,\"backfill\":\"false\"}").backfillValue()).contains(false);
  }

  @Test
  void scheduleEndTimeOfTheOlderFlowSpecIsKept() throws IOException {
    ScheduleParams schedule = SCHEDULE.fromJson("{\"startTime\":\"1\",\"endTime\":\"2\",\"frequency\":\"hour\",\"interval\":1}");

    assertThat(schedule.endTime()).contains(2L);
    assertThat(SCHEDULE.toJson(schedule)).isEqualTo("{\"startTime\":1,\"frequency\":\"hour\",\"interval\":1,\"endTime\":2}");
  }

  @Test
  void malformedScheduleValuesNameTheirLocation() {
    JsonAdapter<Flow> flows = AepJson.adapter(Flow.class);
    assertThatThrownBy(() -> flows.fromJson("{\"id\":\"f\",\"scheduleParams\":{\"startTime\":1,\"frequency\":\"once\",\"backfill\":\"yes\"}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("ScheduleParams at $.scheduleParams")
        .hasMessageContaining("backfill must be a boolean");
    assertThatThrownBy(() -> flows.fromJson("{\"id\":\"f\",\"scheduleParams\":{\"startTime\":\"soon\",\"frequency\":\"once\"}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.scheduleParams.startTime");
    assertThatThrownBy(() -> flows.fromJson("{\"id\":\"f\",\"scheduleParams\":{\"frequency\":\"once\"}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("ScheduleParams")
        .hasMessageContaining("startTime");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "\"0\""})
  void mappingVersionIsReadAsNumberOrStringAndWrittenAsString(String version) throws IOException {
    JsonAdapter<Transformation> adapter = AepJson.strictAdapter(Transformation.class);
    Transformation mapping = adapter.fromJson("{\"name\":\"Mapping\",\"params\":{\"mappingId\":\"m\",\"mappingVersion\":" + version + "}}");

    assertThat(mapping).isEqualTo(Transformation.mapping("m", "0"));
    assertThat(adapter.toJson(mapping)).isEqualTo("{\"name\":\"Mapping\",\"params\":{\"mappingId\":\"m\",\"mappingVersion\":\"0\"}}");
  }

  /** transformationSpecs: array (spec fix, older docs) or one object (spec), under the plural or the newer docs' singular name. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{\"id\":\"s\",\"transformationSpecs\":[{\"name\":\"Mapping\",\"spec\":{\"type\":\"object\"}}]}",
      "{\"id\":\"s\",\"transformationSpecs\":{\"name\":\"Mapping\",\"spec\":{\"type\":\"object\"}}}",
      "{\"id\":\"s\",\"transformationSpec\":[{\"name\":\"Mapping\",\"spec\":{\"type\":\"object\"}}]}",
      "{\"id\":\"s\",\"transformationSpec\":{\"name\":\"Mapping\",\"spec\":{\"type\":\"object\"}}}"})
  void transformationSpecsInEveryDocumentedShape(String json) throws IOException {
    JsonAdapter<FlowSpec> adapter = AepJson.strictAdapter(FlowSpec.class);
    FlowSpec spec = adapter.fromJson(json);

    assertThat(spec.transformationSpecs()).hasSize(1);
    assertThat(spec.findTransformationSpec("Mapping").orElseThrow().spec()).containsEntry("type", "object");
    assertThat(spec.additionalProperties()).isEmpty();
    assertThat(adapter.toJson(spec)).isEqualTo("{\"id\":\"s\",\"transformationSpecs\":[{\"name\":\"Mapping\",\"spec\":{\"type\":\"object\"}}]}");
  }

  @Test
  void malformedSingularTransformationSpecNamesTheMember() {
    assertThatThrownBy(() -> AepJson.adapter(FlowSpec.class).fromJson("{\"id\":\"s\",\"transformationSpec\":\"Mapping\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("FlowSpec at $")
        .hasMessageContaining("transformationSpec must be an object");
  }

  @Test
  void runWindowTimesAreReadAsStringsAndWrittenAsIntegers() throws IOException {
    JsonAdapter<CreateRunRequest> adapter = AepJson.strictAdapter(CreateRunRequest.class);
    CreateRunRequest request = adapter.fromJson(
        "{\"flowId\":\"f\",\"params\":{\"startTime\":\"1651584000\",\"windowStartTime\":\"1651584991\",\"windowEndTime\":1651585956}}");

    assertThat(request.params().orElseThrow().startTime()).contains(1651584000L);
    assertThat(adapter.toJson(request))
        .isEqualTo("{\"flowId\":\"f\",\"params\":{\"startTime\":1651584000,\"windowStartTime\":1651584991,\"windowEndTime\":1651585956}}");
  }

  @Test
  void nullMembersAreAbsentAlsoInsideOpenMaps() throws IOException {
    Flow flow = AepJson.<Flow>strictAdapter(Flow.class).fromJson(
        "{\"id\":\"f\",\"description\":null,\"options\":{\"errorDiagnosticsEnabled\":true,\"partialIngestionPercent\":null}}");
    assertThat(flow.description()).isEmpty();
    assertThat(flow.options()).containsExactly(Map.entry("errorDiagnosticsEnabled", true));

    // a source connection of the docs: "schema": null, "properties": null
    SourceConnection source = AepJson.<SourceConnection>strictAdapter(SourceConnection.class).fromJson(
        "{\"id\":\"s\",\"data\":{\"format\":\"tabular\",\"schema\":null,\"properties\":null},\"params\":{\"columns\":[],\"tableName\":\"Activity\"}}");
    assertThat(source.data().orElseThrow().schema()).isEmpty();
    assertThat(source.data().orElseThrow().additionalProperties()).isEmpty();
    assertThat(source.params().orElseThrow().additionalProperties()).containsEntry("tableName", "Activity");
  }

  @Test
  void unknownEnumValuesKeepTheRawStringAndMapToUnknown() throws IOException {
    Run run = AepJson.<Run>strictAdapter(Run.class).fromJson("{\"id\":\"r\",\"metrics\":{\"statusSummary\":{\"status\":\"hibernating\"}}}");
    assertThat(run.statusValue()).isEqualTo(RunStatus.UNKNOWN);
    assertThat(run.metrics().orElseThrow().statusSummary().orElseThrow().status()).contains("hibernating");

    Flow flow = AepJson.<Flow>strictAdapter(Flow.class).fromJson(
        "{\"id\":\"f\",\"state\":\"archived\",\"scheduleParams\":{\"startTime\":1,\"frequency\":\"fortnight\",\"interval\":1}}");
    assertThat(flow.stateValue()).isEqualTo(ResourceState.UNKNOWN);
    assertThat(flow.scheduleParams().orElseThrow().frequencyValue()).isEqualTo(Frequency.UNKNOWN);
    assertThat(AepJson.adapter(Flow.class).toJson(flow)).contains("\"state\":\"archived\"").contains("\"frequency\":\"fortnight\"");
  }

  @Test
  void patchRemoveHasNoValueMember() {
    assertThat(AepJson.adapter(PatchOperation.class).toJson(PatchOperation.remove("/labels/0")))
        .isEqualTo("{\"op\":\"remove\",\"path\":\"/labels/0\"}");
  }
}
