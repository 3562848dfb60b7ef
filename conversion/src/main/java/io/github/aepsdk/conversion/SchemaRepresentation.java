package io.github.aepsdk.conversion;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input or output schema of a {@link MappingSet} ({@code inputSchema}, {@code outputSchema}).
 *
 * <p>On requests only {@code schemaRef} is sent: {@code {"schemaRef":{"id":…,"contentType":…}}}.
 * Answers add Data Prep's own {@code id} and {@code version} of the schema copy, a {@code sampleId}
 * for input schemas, and with {@code expandSchema=true} the JSON Schema itself in {@code
 * jsonSchema}. Open-ended: members this SDK does not declare are kept in {@link
 * #additionalProperties()} and written back.
 */
@Value.Immutable
public interface SchemaRepresentation extends ResourceMetadata {

  /** The XDM schema this representation refers to. */
  Optional<SchemaRef> schemaRef();

  /** The id of the sample data uploaded for an input schema (answers only). */
  Optional<String> sampleId();

  /**
   * The schema as a JSON Schema document (answers with {@code expandSchema=true}): free-form, with
   * numbers exact (whole numbers as {@code Long}).
   */
  Map<String, Object> jsonSchema();

  /** Members this SDK does not declare, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A representation that only refers to {@code schemaRef}, as requests send it. */
  static SchemaRepresentation of(SchemaRef schemaRef) {
    return builder().schemaRef(schemaRef).build();
  }

  /** A new builder. */
  static ImmutableSchemaRepresentation.Builder builder() {
    return ImmutableSchemaRepresentation.builder();
  }
}
