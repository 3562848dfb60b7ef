package io.github.aepsdk.catalog;

import java.util.Locale;

/**
 * The status of a Catalog batch (spec schema {@code batchStatus}), as a typed view of the raw
 * string: see {@link Batch#statusValue()} and {@link LastBatch#lastBatchStatusValue()}. A value this
 * SDK does not know yet is {@link #UNKNOWN}; the raw string stays available.
 */
public enum BatchStatus {
  PROCESSING("processing"),
  SUCCESS("success"),
  FAILURE("failure"),
  QUEUED("queued"),
  RETRYING("retrying"),
  STALLED("stalled"),
  ABORTED("aborted"),
  ABANDONED("abandoned"),
  INACTIVE("inactive"),
  FAILED("failed"),
  LOADING("loading"),
  LOADED("loaded"),
  STAGED("staged"),
  ACTIVE("active"),
  STAGING("staging"),
  DELETED("deleted"),
  /** A status this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  BatchStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as Catalog writes it, e.g. {@code success}. */
  public String wireValue() {
    return wireValue;
  }

  /** The constant for {@code value} (case-insensitive), or {@link #UNKNOWN}; never null. */
  public static BatchStatus of(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (BatchStatus s : values()) {
        if (s != UNKNOWN && s.wireValue.equals(v)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
