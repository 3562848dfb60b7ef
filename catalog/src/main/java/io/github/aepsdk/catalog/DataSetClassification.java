package io.github.aepsdk.catalog;

import org.immutables.value.Value;

/**
 * The {@code classification} of a dataset in a {@link DataSetPatchV2}: {@code {"dataBehavior":
 * "time-series", "managedBy": "CUSTOMER"}}. Both members are required by the spec.
 */
@Value.Immutable
public interface DataSetClassification {

  /** The kind of data processing, e.g. {@code time-series}. */
  String dataBehavior();

  /** Who manages the dataset: {@code CUSTOMER} or {@code SYSTEM}. */
  String managedBy();

  /** A classification of {@code dataBehavior} managed by {@code managedBy}. */
  static DataSetClassification of(String dataBehavior, String managedBy) {
    return builder().dataBehavior(dataBehavior).managedBy(managedBy).build();
  }

  /** A new builder. */
  static ImmutableDataSetClassification.Builder builder() {
    return ImmutableDataSetClassification.builder();
  }
}
