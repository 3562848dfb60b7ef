package io.github.aepsdk.catalog;

import java.util.Locale;

/**
 * The status of a Catalog batch (spec schema {@code batchStatus}), as a typed view of the raw
 * string: see {@link Batch#statusValue()} and {@link LastBatch#lastBatchStatusValue()}. A value this
 * SDK does not know yet is {@link #UNKNOWN}; the raw string stays available.
 */
public enum BatchStatus {
  /** Catalog writes {@code processing}. */
  PROCESSING("processing"),
  /** Catalog writes {@code success}. */
  SUCCESS("success"),
  /** Catalog writes {@code failure}. */
  FAILURE("failure"),
  /** Catalog writes {@code queued}. */
  QUEUED("queued"),
  /** Catalog writes {@code retrying}. */
  RETRYING("retrying"),
  /** Catalog writes {@code stalled}. */
  STALLED("stalled"),
  /** Catalog writes {@code aborted}. */
  ABORTED("aborted"),
  /** Catalog writes {@code abandoned}. */
  ABANDONED("abandoned"),
  /** Catalog writes {@code inactive}. */
  INACTIVE("inactive"),
  /** Catalog writes {@code failed}. */
  FAILED("failed"),
  /** Catalog writes {@code loading}. */
  LOADING("loading"),
  /** Catalog writes {@code loaded}. */
  LOADED("loaded"),
  /** Catalog writes {@code staged}. */
  STAGED("staged"),
  /** Catalog writes {@code active}. */
  ACTIVE("active"),
  /** Catalog writes {@code staging}. */
  STAGING("staging"),
  /** Catalog writes {@code deleted}. */
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
