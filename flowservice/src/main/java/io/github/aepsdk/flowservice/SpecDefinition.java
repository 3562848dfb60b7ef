package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named section of a connection spec or flow spec that carries a JSON Schema: an entry of {@code
 * authSpec} or {@code transformationSpecs}, or the {@code sourceSpec}, {@code targetSpec}, {@code
 * exploreSpec}, {@code optionSpec}, {@code scheduleSpec} or {@code runSpec}. For example {@code
 * {"name": "PeriodicSchedule", "type": "Periodic", "spec": {"$schema": "…", "properties": {…}}}}.
 *
 * <p>Open-ended: the JSON Schema stays a free-form map, and members this model does not name (such
 * as an explore spec's {@code requestSpec}/{@code responseSpec}) are kept in {@link
 * #additionalProperties()} and written back.
 */
@Value.Immutable
public interface SpecDefinition {

  /** The section's name, for example {@code "Basic Authentication"} or {@code "Mapping"}. */
  Optional<String> name();

  /** The section's type, for example {@code "Periodic"} or {@code "BasicAuthentication"}. */
  Optional<String> type();

  /** The JSON Schema document ({@code $schema}, {@code type}, {@code properties}, {@code required}, …). */
  Map<String, Object> spec();

  /** Display and behaviour attributes of the section (for example {@code uiAttributes}). */
  Map<String, Object> attributes();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /**
   * The names of the properties the JSON Schema declares ({@code spec.properties}), in order; empty
   * when it declares none.
   */
  default java.util.Set<String> propertyNames() {
    Object properties = spec().get("properties");
    if (properties instanceof Map) {
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      for (Object key : ((Map<?, ?>) properties).keySet()) {
        names.add(String.valueOf(key));
      }
      return java.util.Collections.unmodifiableSet(names);
    }
    return java.util.Collections.emptySet();
  }

  /** A new builder. */
  static ImmutableSpecDefinition.Builder builder() {
    return ImmutableSpecDefinition.builder();
  }
}
