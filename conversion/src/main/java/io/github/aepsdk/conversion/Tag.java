package io.github.aepsdk.conversion;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A tag on a {@link MappingSet} (spec {@code Tags}): {@code {"name":…, "values":[…]}}. */
@Value.Immutable
public interface Tag {

  /** The tag name. */
  Optional<String> name();

  /** The tag values. */
  List<String> values();

  /** A new builder. */
  static ImmutableTag.Builder builder() {
    return ImmutableTag.builder();
  }
}
