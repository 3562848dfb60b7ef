package io.github.aepsdk.conversion;

import java.util.Locale;

/**
 * The outcome of validating one mapping ({@code status} of a {@link MappingValidationResult}):
 * {@code SUCCESS} or {@code FAILED} per the official spec. Values this SDK does not know are {@link
 * #UNKNOWN}.
 */
public enum ValidationStatus {
  /** {@code SUCCESS}: the mapping is valid. */
  SUCCESS,
  /** {@code FAILED}: see the result's {@code errors}. */
  FAILED,
  /** A value this SDK does not know. */
  UNKNOWN;

  /** The constant for a wire value (case-insensitive); {@link #UNKNOWN} for {@code null} or an unknown value. */
  public static ValidationStatus fromValue(String value) {
    if (value != null) {
      for (ValidationStatus status : values()) {
        if (status != UNKNOWN && status.name().equals(value.toUpperCase(Locale.ROOT))) {
          return status;
        }
      }
    }
    return UNKNOWN;
  }
}
