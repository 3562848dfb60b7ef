package io.github.aepsdk.schemaregistry;

import java.util.Optional;
import org.immutables.value.Value;

/** The number of tenant resources of each kind in the Schema Library ({@code counts} of {@link RegistryStats}). */
@Value.Immutable
public interface ResourceCounts {

  /** Schemas. */
  Optional<Long> schemas();

  /** Field groups (reported under their former name, {@code mixins}). */
  Optional<Long> mixins();

  /** Data types. */
  Optional<Long> datatypes();

  /** Classes. */
  Optional<Long> classes();

  /** Union schemas. */
  Optional<Long> unions();

  /** A new builder. */
  static ImmutableResourceCounts.Builder builder() {
    return ImmutableResourceCounts.builder();
  }
}
