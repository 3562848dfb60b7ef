package io.github.aepsdk.core.ingestion;

import org.immutables.value.Value;

/**
 * One entry of the mapping set: a source attribute (a column of the source table) to a target XDM
 * path in dot notation, e.g. {@code Properties_Firstname_Value} → {@code person.name.firstName}.
 */
@Value.Immutable
public interface FieldMapping {

  /** The source column name. */
  @Value.Parameter
  String source();

  /** The destination XDM path in dot notation, e.g. {@code person.name.firstName}. */
  @Value.Parameter
  String destination();

  /** A mapping from {@code source} to {@code destination}. */
  static FieldMapping of(String source, String destination) {
    return ImmutableFieldMapping.of(source, destination);
  }
}
