package io.github.aepsdk.conversion;

import java.util.Locale;

/**
 * The lifecycle state of a {@link MappingSet} as AEP answers it ({@code status}); not declared by
 * the official spec, seen as {@code DRAFT} and {@code PUBLISHED} in Adobe's examples. Values this SDK
 * does not know are {@link #UNKNOWN}; the raw string stays available on the model.
 */
public enum MappingSetStatus {
  /** {@code DRAFT}: created or updated, not yet used by a dataflow. */
  DRAFT,
  /** {@code PUBLISHED}: in use. */
  PUBLISHED,
  /** A value this SDK does not know. */
  UNKNOWN;

  /** The constant for a wire value (case-insensitive); {@link #UNKNOWN} for {@code null} or an unknown value. */
  public static MappingSetStatus fromValue(String value) {
    if (value != null) {
      for (MappingSetStatus status : values()) {
        if (status != UNKNOWN && status.name().equals(value.toUpperCase(Locale.ROOT))) {
          return status;
        }
      }
    }
    return UNKNOWN;
  }
}
