package io.github.aepsdk.core.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks values against the JSON schemas a flow spec returns ({@code scheduleSpec.spec}, {@code
 * transformationSpecs[].spec}), so rules Adobe adds to the flow spec later are enforced without a
 * new SDK release. Uses the networknt JSON Schema validator (draft 7, the {@code $schema} the flow
 * specs declare).
 */
final class FlowSpecSchemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  private FlowSpecSchemas() {}

  /**
   * The problems of {@code value} against {@code schema}, each prefixed with {@code what}; empty
   * when valid or when the flow spec gave no schema.
   */
  static List<String> problems(String what, Map<String, Object> schema, Object value) {
    List<String> problems = new ArrayList<>();
    if (schema.isEmpty()) {
      return problems;
    }
    JsonSchema compiled = FACTORY.getSchema(MAPPER.valueToTree(schema));
    JsonNode node = MAPPER.valueToTree(value);
    for (ValidationMessage message : compiled.validate(node)) {
      problems.add(what + " does not satisfy the flow spec: " + message.getMessage());
    }
    return problems;
  }
}
