package io.github.aepsdk.conversion;

import java.util.Optional;
import org.immutables.value.Value;

/** A link of a Data Prep list envelope's {@code _links} (spec {@code Link}): {@code {"href":…, "templated":…}}. */
@Value.Immutable
public interface Link {

  /** The link target. */
  Optional<String> href();

  /** Whether {@link #href()} is a URI template. */
  Optional<Boolean> templated();

  /** A new builder. */
  static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }
}
