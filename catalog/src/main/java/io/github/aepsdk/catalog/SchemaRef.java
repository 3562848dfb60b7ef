package io.github.aepsdk.catalog;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The XDM schema a dataset follows: {@code {"id":"https://ns.adobe.com/{TENANT_ID}/schemas/…",
 * "contentType":"application/vnd.adobe.xed+json;version=1"}}.
 *
 * <p>{@code contentType} names the Schema Registry media type and version of the schema, written
 * by the docs both with and without a space before {@code version} (for example {@code
 * application/vnd.adobe.xed-full-notext+json; version=1}); it is sent exactly as given. See
 * Adobe's "Create a dataset" guide (help/catalog/api/create-dataset.md).
 */
@Value.Immutable
public interface SchemaRef {

  /** The schema's {@code $id} URI, e.g. {@code https://ns.adobe.com/{TENANT_ID}/schemas/719c…}. */
  String id();

  /**
   * The schema media type and major version, e.g. {@code application/vnd.adobe.xed+json;version=1}.
   * Always set it when creating a dataset; responses may omit it.
   */
  Optional<String> contentType();

  /** A reference to schema {@code id} read as {@code contentType}. */
  static SchemaRef of(String id, String contentType) {
    return builder().id(id).contentType(contentType).build();
  }

  /** A new builder. */
  static ImmutableSchemaRef.Builder builder() {
    return ImmutableSchemaRef.builder();
  }
}
