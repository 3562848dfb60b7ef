package io.github.aepsdk.conversion;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an XDM schema: {@code {"id": "https://ns.adobe.com/{TENANT_ID}/schemas/…",
 * "contentType": "application/vnd.adobe.xed-full+json;version=1"}}.
 *
 * <p>{@code contentType} is the Schema Registry media type the schema is read with; older mapping
 * sets carry a version such as {@code 1.0} there instead.
 */
@Value.Immutable
public interface SchemaRef {

  /** The content type Adobe's Data Prep examples use: resolved XDM, major version 1. */
  String XED_FULL_V1 = "application/vnd.adobe.xed-full+json;version=1";

  /** The schema's {@code $id} URI. */
  Optional<String> id();

  /** The media type (or, in older mapping sets, a version like {@code 1.0}). */
  Optional<String> contentType();

  /** A reference to the XDM schema {@code schemaId} with content type {@value #XED_FULL_V1}. */
  static SchemaRef xdm(String schemaId) {
    return builder().id(schemaId).contentType(XED_FULL_V1).build();
  }

  /** A new builder. */
  static ImmutableSchemaRef.Builder builder() {
    return ImmutableSchemaRef.builder();
  }
}
