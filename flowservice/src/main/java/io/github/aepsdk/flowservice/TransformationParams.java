package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code params} of a flow transformation: {@code mappingId}/{@code mappingVersion} for {@code
 * Mapping}, {@code deltaColumn} for {@code Copy}.
 *
 * <p>{@code mappingVersion} appears as a string ({@code "0"}) and as a number ({@code 0}) in the
 * docs; the official spec and the CRMToAEP flow spec declare a string. Both are read; the SDK
 * writes a string.
 *
 * <p>Open-ended: the flow spec's {@code transformationSpecs} define further params; they are kept
 * in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface TransformationParams {

  /** The id of a Data Prep mapping set ({@code Mapping}). */
  Optional<String> mappingId();

  /** The version of the mapping set, as a string ({@code Mapping}). */
  Optional<String> mappingVersion();

  /** The delta column ({@code Copy}). */
  Optional<DeltaColumn> deltaColumn();

  /** Params not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableTransformationParams.Builder builder() {
    return ImmutableTransformationParams.builder();
  }
}
