package io.github.aepsdk.schemaregistry;

import org.immutables.value.Value;

/** A link {@code {"href": "…"}} in a Schema Registry {@code _links} object; {@code href} is absolute. */
@Value.Immutable
public interface Link {

  /** The link target, for example {@code https://platform.adobe.io/data/foundation/schemaregistry/global/schemas}. */
  String href();

  /** A new builder. */
  static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }
}
