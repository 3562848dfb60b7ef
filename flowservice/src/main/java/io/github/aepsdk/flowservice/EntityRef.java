package io.github.aepsdk.flowservice;

import org.immutables.value.Value;

/**
 * The answer of Flow Service create and PATCH calls: {@code {"id": "…", "etag": "\"…\""}}.
 *
 * <p>The {@link #etag()} is the entity's version <em>including</em> its embedded double quotes, for
 * example {@code "\"1a0037e4-0000-0200-0000-602e06f60000\""}; pass it unchanged as the {@code
 * If-Match} value of the next PATCH of the same entity.
 */
@Value.Immutable
public interface EntityRef {

  /** The id of the created or updated entity. */
  String id();

  /** The entity's etag as received, quotes included; the {@code If-Match} value of the next PATCH. */
  String etag();

  /** An entity reference with the given id and etag (quotes included). */
  static EntityRef of(String id, String etag) {
    return builder().id(id).etag(etag).build();
  }

  /** A new builder. */
  static ImmutableEntityRef.Builder builder() {
    return ImmutableEntityRef.builder();
  }
}
