package io.github.aepsdk.conversion;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The validation result of one mapping (spec {@code ValidationResponse}): {@code {"status":"SUCCESS","errors":null}}. */
@Value.Immutable
public interface MappingValidationResult {

  /** The status as sent ({@code SUCCESS} or {@code FAILED}); see {@link #statusValue()}. */
  Optional<String> status();

  /** The errors of a failed mapping; empty (AEP sends {@code null}) on success. */
  List<TransformError> errors();

  /** {@link #status()} as a constant; {@link ValidationStatus#UNKNOWN} when absent or not known. */
  default ValidationStatus statusValue() {
    return ValidationStatus.fromValue(status().orElse(null));
  }

  /** A new builder. */
  static ImmutableMappingValidationResult.Builder builder() {
    return ImmutableMappingValidationResult.builder();
  }
}
