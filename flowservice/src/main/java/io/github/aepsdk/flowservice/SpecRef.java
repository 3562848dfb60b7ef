package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a connection spec or flow spec: {@code {"id": "…", "version": "1.0"}}, as in the
 * {@code connectionSpec} and {@code flowSpec} members of connections and flows.
 */
@Value.Immutable
public interface SpecRef {

  /** The spec id, for example {@value ConnectionSpec#DATA_LAKE_ID} for the Data Lake. */
  String id();

  /**
   * The spec version, for example {@code "1.0"}. Adobe's docs say an omitted version means the most
   * recent one; the official spec marks it required, so requests should send it.
   */
  Optional<String> version();

  /** A reference to spec {@code id} at {@code version} (for example {@code "1.0"}). */
  static SpecRef of(String id, String version) {
    return builder().id(id).version(version).build();
  }

  /** A new builder. */
  static ImmutableSpecRef.Builder builder() {
    return ImmutableSpecRef.builder();
  }
}
