package io.github.aepsdk.conversion;

import java.util.Optional;
import org.immutables.value.Value;

/** A mapping error reported by validate or preview (spec {@code TransformErrorInfo}). */
@Value.Immutable
public interface TransformError {

  /** The XDM destination path of the failing mapping. */
  Optional<String> destination();

  /** The error message. */
  Optional<String> exception();

  /** The source of the failing mapping. */
  Optional<String> source();

  /** The input column concerned. */
  Optional<String> columnName();

  /** The source type as sent; see {@link #sourceTypeValue()}. */
  Optional<String> sourceType();

  /** {@link #sourceType()} as a constant; {@link SourceType#UNKNOWN} when absent or not known. */
  default SourceType sourceTypeValue() {
    return SourceType.fromValue(sourceType().orElse(null));
  }

  /** A new builder. */
  static ImmutableTransformError.Builder builder() {
    return ImmutableTransformError.builder();
  }
}
