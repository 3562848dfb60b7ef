package io.github.aepsdk.conversion;

import org.immutables.value.Value;

/**
 * The answer of {@code POST /mappingSets} (HTTP 200, not 201; the spec's {@code
 * SimpleRepresentation}): {@code {"id":…, "version":0, "createdDate":1614901254724,
 * "modifiedDate":…, "createdBy":…, "modifiedBy":…}}, dates in epoch milliseconds. Use {@link
 * #id()} and {@link #version()} as the Flow Service transformation's {@code mappingId} and {@code
 * mappingVersion}.
 */
@Value.Immutable
public interface MappingSetCreated extends ResourceMetadata {

  /** A new builder. */
  static ImmutableMappingSetCreated.Builder builder() {
    return ImmutableMappingSetCreated.builder();
  }
}
