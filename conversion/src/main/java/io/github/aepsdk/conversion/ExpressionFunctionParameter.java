package io.github.aepsdk.conversion;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A parameter of an {@link ExpressionFunction}. Open-ended like its function. */
@Value.Immutable
public interface ExpressionFunctionParameter {

  /** The parameter name. */
  Optional<String> name();

  /** What the parameter is. */
  Optional<String> description();

  /** The JSON type, e.g. {@code object}. */
  Optional<String> type();

  /** The Java type, e.g. {@code [Ljava.lang.Object;}. */
  Optional<String> dataType();

  /** The 1-based position. */
  Optional<Integer> position();

  /** Members this SDK does not declare, kept as read. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableExpressionFunctionParameter.Builder builder() {
    return ImmutableExpressionFunctionParameter.builder();
  }
}
