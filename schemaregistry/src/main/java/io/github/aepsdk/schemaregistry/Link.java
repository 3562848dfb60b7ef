package io.github.aepsdk.schemaregistry;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link {@code {"href": "…"}} in a Schema Registry {@code _links} object; {@code href} is absolute.
 * Some answers write a link as its bare target string, which reads the same.
 */
@Value.Immutable
public interface Link {

  /**
   * The link target, for example {@code https://platform.adobe.io/data/foundation/schemaregistry/global/schemas};
   * absent when the link has none.
   */
  Optional<String> href();

  /** A new builder. */
  static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }
}
