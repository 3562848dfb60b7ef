package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.testsupport.AepReference;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema checks of the builder against the schedule schema of Adobe's own CRMToAEP flow
 * spec (draft 7: type, enum, required, if/then/else, allOf, not, minimum), and the further keywords
 * of the checker.
 */
class FlowSpecSchemasTest {
  private static final Map<String, Object> SCHEDULE = scheduleSchema();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> scheduleSchema() {
    try {
      Map<String, Object> spec = (Map<String, Object>) AepJson.adapter(Object.class)
          .fromJson(AepReference.read("examples/flowservice/get-flow-spec-crmtoaep.response.json"));
      FlowSpec flowSpec = AepJson.<FlowSpec>adapter(FlowSpec.class).fromJsonValue(spec);
      return flowSpec.scheduleSpec().orElseThrow().spec();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> schedule(Object... members) {
    Map<String, Object> value = new LinkedHashMap<>();
    for (int i = 0; i < members.length; i += 2) {
      value.put((String) members[i], members[i + 1]);
    }
    return FlowSpecSchemas.problems("schedule", SCHEDULE, value);
  }

  @Test
  void validSchedulesPass() {
    assertThat(schedule("startTime", 1700000000L, "frequency", "once")).isEmpty();
    assertThat(schedule("startTime", 1700000000L, "frequency", "minute", "interval", 15L)).isEmpty();
    assertThat(schedule("startTime", 1700000000L, "frequency", "hour", "interval", 1L, "backfill", true)).isEmpty();
    assertThat(schedule("startTime", new java.math.BigDecimal("1700000000.0"), "frequency", "day", "interval", 2L)).isEmpty();
  }

  @Test
  void eachRuleOfTheFlowSpecIsEnforcedWithThePathAndTheRule() {
    assertThat(schedule("frequency", "once")).containsExactly(
        "schedule does not satisfy the flow spec: $: required property 'startTime' not found");
    assertThat(schedule("startTime", "soon", "frequency", "once")).containsExactly(
        "schedule does not satisfy the flow spec: $.startTime: string found, \"integer\" expected");
    assertThat(schedule("startTime", 1700000000.5, "frequency", "once")).containsExactly(
        "schedule does not satisfy the flow spec: $.startTime: number found, \"integer\" expected");
    assertThat(schedule("startTime", 1700000000L, "frequency", "fortnight", "interval", 1L)).containsExactly(
        "schedule does not satisfy the flow spec: $.frequency: must be one of [\"once\",\"minute\",\"hour\",\"day\",\"week\"]"
            + " but is \"fortnight\"");
    assertThat(schedule("startTime", 1700000000L, "frequency", "once", "interval", 15L)).containsExactly(
        "schedule does not satisfy the flow spec: $: must not be valid against the schema at $.then.allOf[0].not:"
            + " {\"required\":[\"interval\"]}");
    assertThat(schedule("startTime", 1700000000L, "frequency", "hour")).containsExactly(
        "schedule does not satisfy the flow spec: $: required property 'interval' not found");
    assertThat(schedule("startTime", 1700000000L, "frequency", "minute", "interval", 5L)).containsExactly(
        "schedule does not satisfy the flow spec: $.interval: must be at least 15 but is 5");
    assertThat(schedule("startTime", 1700000000L, "frequency", "day", "interval", 0L)).containsExactly(
        "schedule does not satisfy the flow spec: $.interval: must be at least 1 but is 0");
  }

  @Test
  void furtherKeywordsOfTheChecker() {
    Map<String, Object> schema = Map.of("type", "object", "additionalProperties", false,
        "properties", Map.of(
            "code", Map.of("type", "string", "pattern", "^[A-Z]{3}$", "minLength", 3, "maxLength", 3),
            "share", Map.of("type", "number", "exclusiveMinimum", 0, "maximum", 100),
            "tags", Map.of("type", "array", "items", Map.of("type", "string"), "maxItems", 2),
            "mode", Map.of("oneOf", List.of(Map.of("const", "a"), Map.of("const", "b"))),
            "kind", Map.of("anyOf", List.of(Map.of("type", "integer"), Map.of("type", "boolean")))));

    assertThat(FlowSpecSchemas.problems("p", schema, Map.of("code", "ABC", "share", 0.5, "tags", List.of("x"), "mode", "a",
        "kind", true))).isEmpty();
    assertThat(FlowSpecSchemas.problems("p", schema, Map.of("code", "abcd"))).containsExactly(
        "p does not satisfy the flow spec: $.code: must have at most 3 characters but has 4",
        "p does not satisfy the flow spec: $.code: must match the pattern ^[A-Z]{3}$ but is \"abcd\"");
    assertThat(FlowSpecSchemas.problems("p", schema, Map.of("share", 0))).containsExactly(
        "p does not satisfy the flow spec: $.share: must be greater than 0 but is 0");
    assertThat(FlowSpecSchemas.problems("p", schema, Map.of("tags", List.of("x", 2, "z")))).containsExactly(
        "p does not satisfy the flow spec: $.tags: must have at most 2 items but has 3",
        "p does not satisfy the flow spec: $.tags[1]: integer found, \"string\" expected");
    assertThat(FlowSpecSchemas.problems("p", schema, Map.of("mode", "c", "kind", "x"))).containsExactlyInAnyOrder(
        "p does not satisfy the flow spec: $.mode: must be valid against exactly one schema of $.properties.mode.oneOf",
        "p does not satisfy the flow spec: $.kind: must be valid against at least one schema of $.properties.kind.anyOf");
    assertThat(FlowSpecSchemas.problems("p", schema, Map.of("other", 1))).containsExactly(
        "p does not satisfy the flow spec: $.other: no value is allowed here ($.additionalProperties)");
    assertThat(FlowSpecSchemas.problems("p", Map.of(), Map.of("anything", 1))).as("no schema, no check").isEmpty();
  }
}
