package io.github.aepsdk.conversion;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Data Prep operator, as listed by {@code GET /languages/el/operators}. The spec leaves the
 * shape open; the members below are those of Adobe's example. Others are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
public interface ExpressionOperator {

  /** The symbol, e.g. {@code +}. */
  Optional<String> operatorSymbol();

  /** The implementing method, e.g. {@code add}. */
  Optional<String> methodName();

  /** 1 for unary, 2 for binary operators. */
  Optional<Integer> numberOfOperands();

  /** What the operator does. */
  Optional<String> description();

  /** An example, e.g. {@code 1 + 2}. */
  Optional<String> example();

  /** Members this SDK does not declare, kept as read. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableExpressionOperator.Builder builder() {
    return ImmutableExpressionOperator.builder();
  }
}
