package io.github.aepsdk.conversion;

import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of {@code POST /mappingSets/validate} (spec {@code MappingValidationResponse}): one
 * result per mapping, in the order of the request's mappings, {@code
 * {"validationResponse":[{"status":"SUCCESS","errors":null}, …]}}.
 */
@Value.Immutable
public interface MappingSetValidation {

  /** The per-mapping results, in request order. */
  List<MappingValidationResult> validationResponse();

  /** Whether every mapping validated with {@link ValidationStatus#SUCCESS}. */
  default boolean allSucceeded() {
    return validationResponse().stream().allMatch(r -> r.statusValue() == ValidationStatus.SUCCESS);
  }

  /** A new builder. */
  static ImmutableMappingSetValidation.Builder builder() {
    return ImmutableMappingSetValidation.builder();
  }
}
