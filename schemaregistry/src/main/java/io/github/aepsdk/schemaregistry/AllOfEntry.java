package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of an XDM resource's {@code allOf} array: either a reference to another resource
 * ({@code {"$ref": "https://ns.adobe.com/xdm/context/profile"}}) or an inline fragment with its own
 * {@code properties} (as in an ad-hoc class). Responses add {@code type} and {@code meta:xdmType}.
 *
 * <p>Open-ended: any other member is kept in {@link #additionalProperties()} and written back. (The
 * official spec's own examples misspell the key as {@code "$ref "} with a trailing space; such a
 * key is not {@link #ref()} and is kept verbatim there.)
 */
@Value.Immutable
public interface AllOfEntry {

  /** The {@code $id} of the referenced class, field group, data type or behavior, or a local {@code #/definitions/…} pointer. */
  @Json(name = "$ref")
  Optional<String> ref();

  /** The JSON Schema type, {@code object} in practice. */
  Optional<String> type();

  /** The XDM type ({@code meta:xdmType}), set by the registry. */
  @Json(name = "meta:xdmType")
  Optional<String> xdmType();

  /** Inline field definitions: field name to JSON Schema fragment (free-form); empty for a reference. */
  Map<String, Object> properties();

  /** Members this model does not declare, kept as read (free-form JSON values). */
  Map<String, Object> additionalProperties();

  /** An entry referencing {@code id}: {@code {"$ref": id}}. */
  static AllOfEntry ofRef(String id) {
    return builder().ref(id).build();
  }

  /** An inline entry {@code {"properties": properties}} (see {@link XdmField} for the values). */
  static AllOfEntry ofProperties(Map<String, ?> properties) {
    return builder().putAllProperties(properties).build();
  }

  /** A new builder. */
  static ImmutableAllOfEntry.Builder builder() {
    return ImmutableAllOfEntry.builder();
  }
}
