package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@code GET /connections/{id}/test} (the spec's {@code TestConnectionResponse}):
 * {@code {"result": true}} when the base connection can reach its source with its credentials,
 * {@code false} when it cannot.
 */
@Value.Immutable
public interface ConnectionTestResult {

  /** Whether the connection works; absent if the answer did not say. */
  Optional<Boolean> result();

  /** True only if the answer says the connection works. */
  default boolean succeeded() {
    return result().orElse(false);
  }

  /** A new builder. */
  static ImmutableConnectionTestResult.Builder builder() {
    return ImmutableConnectionTestResult.builder();
  }
}
