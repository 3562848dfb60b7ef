package io.github.aepsdk.conversion;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@code POST /languages/el/validate}. The official spec answers a bare JSON boolean
 * ({@code false}); Adobe's API guide shows an object, {@code {"validationStatus":"succeeded",
 * "error":"none"}}. Both are read: {@link #valid()} is the boolean, or whether {@code
 * validationStatus} is {@code succeeded}.
 */
public final class ExpressionValidation {
  private final Object body;

  private ExpressionValidation(Object body) {
    this.body = body;
  }

  /**
   * Interprets an answer body read as free-form JSON.
   *
   * @param body a {@link Boolean} or a {@code Map} (JSON object)
   * @throws IllegalArgumentException for any other body
   */
  public static ExpressionValidation of(Object body) {
    if (body instanceof Boolean || body instanceof Map) {
      return new ExpressionValidation(body);
    }
    throw new IllegalArgumentException(
        "POST /languages/el/validate answered " + body + "; expected a boolean or a {\"validationStatus\":…} object");
  }

  /** Whether the expression is valid. */
  public boolean valid() {
    if (body instanceof Boolean) {
      return (Boolean) body;
    }
    return validationStatus().map("succeeded"::equalsIgnoreCase).orElse(false);
  }

  /** {@code validationStatus} of the object form (e.g. {@code succeeded}); empty for the boolean form. */
  public Optional<String> validationStatus() {
    return member("validationStatus").map(String::valueOf);
  }

  /** {@code error} of the object form (e.g. {@code none}); empty for the boolean form. */
  public Optional<Object> error() {
    return member("error");
  }

  /** The answer as read: a {@link Boolean} or a {@code Map<String, Object>}. */
  public Object body() {
    return body;
  }

  private Optional<Object> member(String name) {
    return body instanceof Map ? Optional.ofNullable(((Map<?, ?>) body).get(name)) : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExpressionValidation && Objects.equals(body, ((ExpressionValidation) other).body);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(body);
  }

  @Override
  public String toString() {
    return "ExpressionValidation{" + body + "}";
  }
}
