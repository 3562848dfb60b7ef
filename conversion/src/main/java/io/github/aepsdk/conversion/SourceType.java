package io.github.aepsdk.conversion;

import java.util.Locale;

/**
 * What the {@code source} of a {@link Mapping} is. Requests send {@link #ATTRIBUTE} (a path in the
 * input data) or {@link #EXPRESSION} (a Data Prep expression such as {@code concat(a, " ", b)});
 * AEP stores and answers attribute mappings as {@code text/x.schema-path} ({@link #SCHEMA_PATH}),
 * although the official spec lists only ATTRIBUTE, EXPRESSION and STATIC (SPEC-VALIDATION D-DP-2).
 * Values this SDK does not know yet are {@link #UNKNOWN}; the raw string stays available on the
 * model.
 */
public enum SourceType {
  /** {@code ATTRIBUTE}: the source is a path in the input data, e.g. {@code firstName}. */
  ATTRIBUTE("ATTRIBUTE"),
  /** {@code EXPRESSION}: the source is a Data Prep expression. */
  EXPRESSION("EXPRESSION"),
  /** {@code STATIC}: the source is a constant (listed by the spec). */
  STATIC("STATIC"),
  /** {@code text/x.schema-path}: how AEP answers attribute mappings. */
  SCHEMA_PATH("text/x.schema-path"),
  /** A value this SDK does not know; read the raw string from the model. */
  UNKNOWN("");

  private final String value;

  SourceType(String value) {
    this.value = value;
  }

  /** The wire value, e.g. {@code ATTRIBUTE} or {@code text/x.schema-path}; empty for {@link #UNKNOWN}. */
  public String value() {
    return value;
  }

  /**
   * The constant for a wire value (case-insensitive); {@link #UNKNOWN} for {@code null} or a value
   * this SDK does not know.
   */
  public static SourceType fromValue(String value) {
    if (value != null && !value.isEmpty()) {
      for (SourceType type : values()) {
        if (type.value.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
          return type;
        }
      }
    }
    return UNKNOWN;
  }

  @Override
  public String toString() {
    return this == UNKNOWN ? name() : value;
  }
}
