package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an XDM schema in a source or target connection's {@code data}: {@code {"id":
 * "https://ns.adobe.com/{TENANT_ID}/schemas/…", "version":
 * "application/vnd.adobe.xed-full+json;version=1"}}. The version is a Schema Registry media type.
 */
@Value.Immutable
public interface SchemaRef {

  /** The schema's {@code $id}. */
  String id();

  /** The media type with version, for example {@value #XED_FULL_V1}. */
  Optional<String> version();

  /** The version the marketing automation tutorial uses for target connections. */
  String XED_FULL_V1 = "application/vnd.adobe.xed-full+json;version=1";

  /** A reference to schema {@code id} in {@code version} (a media type such as {@value #XED_FULL_V1}). */
  static SchemaRef of(String id, String version) {
    return builder().id(id).version(version).build();
  }

  /** A new builder. */
  static ImmutableSchemaRef.Builder builder() {
    return ImmutableSchemaRef.builder();
  }
}
