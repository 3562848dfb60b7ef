package io.github.aepsdk.flowservice;

import org.immutables.value.Value;

/**
 * A column configuration {@code {"columnName": "dob", "columnType": "date"}}, listed as {@code
 * {"items": [ … ]}} by the official spec's examples of {@code GET /connections/{id}/configs}, {@code
 * GET /connectionSpecs/{id}/configs} and {@code GET /connectionSpecs/{id}/explore}.
 *
 * <p>The spec declares those answers as arrays of explore items; {@link FlowServiceApi} reads its
 * examples' envelope (SPEC-VALIDATION D-FS-18).
 */
@Value.Immutable
public interface ColumnConfig {

  /** The column name. */
  String columnName();

  /** The column type, for example {@code "string"} or {@code "date"}. */
  String columnType();

  /** A new builder. */
  static ImmutableColumnConfig.Builder builder() {
    return ImmutableColumnConfig.builder();
  }
}
