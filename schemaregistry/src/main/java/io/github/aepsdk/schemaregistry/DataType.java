package io.github.aepsdk.schemaregistry;

import org.immutables.value.Value;

/**
 * An XDM data type, as {@code GET/POST/PUT/PATCH /{CONTAINER_ID}/datatypes…} return it: a reusable
 * field structure ({@code meta:resourceType: datatypes}) that classes, field groups and other data
 * types reference with {@code $ref}. An {@code object} data type describes its fields in {@link
 * #properties()} (or in {@link #definitions()} referenced from {@link #allOf()}); an {@code array}
 * data type keeps its {@code items} in {@link #additionalProperties()}. Open-ended like every
 * {@link XdmResource}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/data-types.html">Schema Registry API: data types</a>
 */
@Value.Immutable
public interface DataType extends XdmResource {

  /** A new builder. */
  static ImmutableDataType.Builder builder() {
    return ImmutableDataType.builder();
  }
}
