package io.github.aepsdk.conversion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Data Prep mapping set: how the fields of incoming data map to the fields of an XDM schema. The
 * request body of create, update ({@code PUT}), validate and preview, and the answer of get and
 * update.
 *
 * <p>What to send (the shape the official spec declares): the target schema in {@code outputSchema}
 * and the {@code mappings} in the current shape:
 *
 * <pre>{@code
 * MappingSet set = MappingSet.forSchema("https://ns.adobe.com/{TENANT_ID}/schemas/89abc…")
 *     .addMappings(Mapping.attribute("id", "_id").withName("id"))
 *     .addMappings(Mapping.attribute("firstName", "person.name.firstName"))
 *     .build();
 * }</pre>
 *
 * <p>What is read as well: AEP's answers, which add {@code status}, {@code strictMapping}, {@code
 * allowNullValues}, {@code supportVersion} and echo the schema as {@code schemaRef}, {@code
 * xdmSchema} and {@code xdmVersion}; and the legacy request shape of older tutorials ({@code
 * xdmSchema}, {@code xdmVersion}, legacy {@link Mapping}s). Dates are epoch milliseconds (see
 * {@link ResourceMetadata}).
 */
@Value.Immutable
public interface MappingSet extends ResourceMetadata {

  /** An optional name of the mapping set (the list call filters on it). */
  Optional<String> name();

  /** The Data Prep version the mapping set was written for (answers, e.g. {@code 1.1}). */
  Optional<String> supportVersion();

  /** The schema of the incoming data (answers; set when sample data was uploaded). */
  Optional<SchemaRepresentation> inputSchema();

  /** The target XDM schema; on requests {@code {"schemaRef":{"id":…,"contentType":…}}}. */
  Optional<SchemaRepresentation> outputSchema();

  /** The mappings, in order. */
  List<Mapping> mappings();

  /** The lifecycle state as sent ({@code DRAFT}, {@code PUBLISHED}); see {@link #statusValue()}. */
  Optional<String> status();

  /** Whether mapping fails on source attributes that are missing (answers). */
  Optional<Boolean> strictMapping();

  /** Whether {@code null} source values are written to the target (answers). */
  Optional<Boolean> allowNullValues();

  /**
   * The target schema's version or content type: legacy requests send {@code 1.0}; answers echo
   * the output schema's content type (or {@code 1.0} for older sets).
   */
  Optional<String> xdmVersion();

  /** The target schema's {@code $id}: sent by legacy requests, echoed in answers. */
  Optional<String> xdmSchema();

  /** The target schema reference echoed at the top level of answers (and sent by early drafts). */
  Optional<SchemaRef> schemaRef();

  /** A transformation script (early drafts of the API only). */
  Optional<String> transformScript();

  /** Tags of the mapping set. */
  List<Tag> tags();

  /** {@link #status()} as a constant; {@link MappingSetStatus#UNKNOWN} when absent or not known. */
  default MappingSetStatus statusValue() {
    return MappingSetStatus.fromValue(status().orElse(null));
  }

  /**
   * The target schema id, wherever this set carries it: {@code outputSchema.schemaRef.id}, else
   * {@code schemaRef.id}, else the legacy {@code xdmSchema}.
   */
  default Optional<String> targetSchemaId() {
    Optional<String> fromOutput = outputSchema().flatMap(SchemaRepresentation::schemaRef).flatMap(SchemaRef::id);
    if (fromOutput.isPresent()) {
      return fromOutput;
    }
    Optional<String> fromRef = schemaRef().flatMap(SchemaRef::id);
    return fromRef.isPresent() ? fromRef : xdmSchema();
  }

  /** A builder initialised with this mapping set's values, e.g. to change mappings before an update. */
  default ImmutableMappingSet.Builder toBuilder() {
    return ImmutableMappingSet.builder().from(this);
  }

  /**
   * A builder for a mapping set that targets the XDM schema {@code xdmSchemaId} (content type
   * {@value SchemaRef#XED_FULL_V1}); add the mappings and build.
   *
   * @param xdmSchemaId the target schema's {@code $id}
   */
  static ImmutableMappingSet.Builder forSchema(String xdmSchemaId) {
    return builder().outputSchema(SchemaRepresentation.of(SchemaRef.xdm(xdmSchemaId)));
  }

  /**
   * A mapping set that maps input attributes to XDM paths, in the map's iteration order (use a
   * {@link java.util.LinkedHashMap} to keep an order).
   *
   * @param xdmSchemaId the target schema's {@code $id}
   * @param sourceToDestination input attribute path → XDM destination path
   */
  static MappingSet of(String xdmSchemaId, Map<String, String> sourceToDestination) {
    ImmutableMappingSet.Builder builder = forSchema(xdmSchemaId);
    sourceToDestination.forEach((source, destination) -> builder.addMappings(Mapping.attribute(source, destination)));
    return builder.build();
  }

  /** A new builder. */
  static ImmutableMappingSet.Builder builder() {
    return ImmutableMappingSet.builder();
  }
}
