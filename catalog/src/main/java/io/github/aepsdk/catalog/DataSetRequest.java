package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link CatalogApi#createDataSet(DataSetRequest)} and of a plain-field {@link
 * CatalogApi#updateDataSet(String, DataSetRequest)} (spec schema {@code dataSetRequest}). Only the
 * members that are set are sent.
 *
 * <pre>{@code
 * DataSetRequest request = DataSetRequest.builder()
 *     .name("LoyaltyMembersDataset")
 *     .schemaRef(SchemaRef.of(schemaId, "application/vnd.adobe.xed+json;version=1"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface DataSetRequest {

  /** Human-readable name. */
  Optional<String> name();

  /** Longer description. */
  Optional<String> description();

  /**
   * Tags: namespace to values. To enable a dataset for Profile the docs send {@code
   * unifiedProfile: ["enabled:true"]} and {@code unifiedIdentity: ["enabled:true"]}.
   */
  Map<String, List<String>> tags();

  /** Opt in to diagnostic files for ingestion errors. */
  Optional<Boolean> enableErrorDiagnostics();

  /** A JSON Schema subset of the XDM schema (free-form). */
  Map<String, Object> observableSchema();

  /** How the dataset's files are written. */
  Optional<FileDescription> fileDescription();

  /** Legacy: the URI of the XDM model; prefer {@link #schemaRef()}. */
  Optional<String> schema();

  /** The XDM schema of the dataset, with its content type. Required by the docs when creating. */
  Optional<SchemaRef> schemaRef();

  /** The id of the data source; unique together with the name. */
  Optional<Long> dataSourceId();

  /** A new builder. */
  static ImmutableDataSetRequest.Builder builder() {
    return ImmutableDataSetRequest.builder();
  }
}
