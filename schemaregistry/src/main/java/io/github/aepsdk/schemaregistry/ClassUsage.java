package io.github.aepsdk.schemaregistry;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The schemas that implement one class ({@link RegistryStats#classUsage()}). */
@Value.Immutable
public interface ClassUsage {

  /** The class's {@code $id}. */
  String classId();

  /** The class's title, when the answer names it. */
  Optional<String> title();

  /** The number of schemas based on the class, when the answer gives it. */
  Optional<Long> numberOfSchemas();

  /** The schemas based on the class: {@code $id}, {@code title}, {@code description} (and {@code meta:altId}). */
  List<XdmResource> schemas();

  /** A new builder. */
  static ImmutableClassUsage.Builder builder() {
    return ImmutableClassUsage.builder();
  }
}
