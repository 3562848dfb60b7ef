package io.github.aepsdk.conversion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Data Prep function, as listed by {@code GET /languages/el/functions}. The spec leaves the
 * shape open; the members below are those of Adobe's example. Others are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
public interface ExpressionFunction {

  /** The category, e.g. {@code Date / Time}. */
  Optional<String> category();

  /** The function name, e.g. {@code date}. */
  Optional<String> function();

  /** What the function does. */
  Optional<String> description();

  /** The signature, e.g. {@code ZonedDateTime date(String, String, ZonedDateTime)}. */
  Optional<String> syntax();

  /** What the function returns, in words. */
  Optional<String> returns();

  /** The Java return type, e.g. {@code java.time.ZonedDateTime}. */
  Optional<String> returnType();

  /** An example call (may be empty). */
  Optional<String> example();

  /** The example's result (may be empty). */
  Optional<String> result();

  /** The parameters. */
  List<ExpressionFunctionParameter> params();

  /** The function-set version that introduced the function. */
  Optional<Integer> since();

  /** Members this SDK does not declare, kept as read. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableExpressionFunction.Builder builder() {
    return ImmutableExpressionFunction.builder();
  }
}
