package io.github.aepsdk.conversion;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /languages/el/validate} (spec {@code ValidationRequest}): {@code
 * {"expression":"concat(\"Hi\", \",\", \"there\", \"!\")"}}, optionally with the mapping set and
 * sample data to validate against.
 *
 * <p>{@code expression} is a string, as the spec's schema and Adobe's docs show; the spec's own
 * example nests it as {@code {"expression":{"expression":…}}}, which is not accepted.
 */
@Value.Immutable
public interface ExpressionValidationRequest {

  /** The Data Prep expression to validate. */
  String expression();

  /** A mapping set to validate the expression in. */
  Optional<String> mappingSetId();

  /** Sample data to evaluate the expression on. */
  Optional<String> sampleData();

  /** The data type of {@link #sampleData()}. */
  Optional<String> sampleDataType();

  /** A request for {@code expression} alone. */
  static ExpressionValidationRequest of(String expression) {
    return builder().expression(expression).build();
  }

  /** A new builder. */
  static ImmutableExpressionValidationRequest.Builder builder() {
    return ImmutableExpressionValidationRequest.builder();
  }
}
