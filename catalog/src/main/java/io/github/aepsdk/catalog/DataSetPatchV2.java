package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link CatalogApi#updateDataSetV2(String, DataSetPatchV2)}, {@code PATCH
 * /v2/dataSets/{id}} (spec schema {@code datasetPatchRequestV2}): the members to change, merged
 * into the dataset at any depth; missing intermediate objects are created. Only the members that
 * are set are sent.
 *
 * <pre>{@code
 * DataSetPatchV2 patch = DataSetPatchV2.builder()
 *     .description("Updated dataset for Q2 sales analysis")
 *     .putExtensions("adobe_lakeHouse", Map.of("rowExpiration", Map.of("ttlValue", "P3Y")))
 *     .build();
 * }</pre>
 *
 * The spec leaves the body open ({@code additionalProperties: true}): other dataset members go in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
public interface DataSetPatchV2 {

  /** The new description. */
  Optional<String> description();

  /** Tags to set: namespace to values, e.g. {@code adobe/pqs/table} → {@code ["q2_sales_data"]}. */
  Map<String, List<String>> tags();

  /**
   * Dataset extensions, e.g. {@code adobe_lakeHouse} → {@code {"rowExpiration": {"ttlValue":
   * "P3Y"}}} (the row time-to-live as an ISO 8601 duration). Free-form below the extension name.
   */
  Map<String, Object> extensions();

  /** How the dataset is categorised and who manages it. */
  Optional<DataSetClassification> classification();

  /** Further members to change, written as given. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableDataSetPatchV2.Builder builder() {
    return ImmutableDataSetPatchV2.builder();
  }
}
