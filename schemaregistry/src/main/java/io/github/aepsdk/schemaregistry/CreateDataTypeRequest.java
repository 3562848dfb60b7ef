package io.github.aepsdk.schemaregistry;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /tenant/datatypes} (and of {@code PUT /tenant/datatypes/{id}}): a title,
 * a description, the JSON Schema {@link #type()} ({@code object} or {@code array}) and the fields:
 * {@link #properties()} for an {@code object} data type, {@link #items()} for an {@code array} one.
 * Unlike field groups, a data type needs no {@code meta:intendedToExtend} and its fields need not
 * sit under the tenant object.
 *
 * <p>Open-ended: {@link #additionalProperties()} is sent as is (the data types guide also builds
 * the fields as {@code definitions} referenced from {@code allOf}). {@link #object(String, String,
 * Map)} covers the spec's example.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/data-types.html#create">Schema Registry API: create a data type</a>
 */
@Value.Immutable
public interface CreateDataTypeRequest {

  /** The title; must be unique among the sandbox's resources (else {@code XDM-1521-400}). */
  String title();

  /** The description. */
  Optional<String> description();

  /** The JSON Schema type: {@code object} (the default) or {@code array}. */
  @Value.Default
  default String type() {
    return "object";
  }

  /** The fields of an {@code object} data type, field name to definition (free-form, see {@link XdmField}). */
  Map<String, Object> properties();

  /** The structure of each item of an {@code array} data type (free-form); empty for {@code object}. */
  Map<String, Object> items();

  /** Members this model does not declare, sent as is. */
  Map<String, Object> additionalProperties();

  /**
   * An {@code object} data type with the given fields, as in the spec's example: {@code
   * {"title", "description", "type": "object", "properties": fields}}.
   *
   * @param fields field name to definition, in order (see {@link XdmField})
   */
  static CreateDataTypeRequest object(String title, String description, Map<String, ?> fields) {
    return builder().title(title).description(description).putAllProperties(fields).build();
  }

  /** A new builder. */
  static ImmutableCreateDataTypeRequest.Builder builder() {
    return ImmutableCreateDataTypeRequest.builder();
  }
}
