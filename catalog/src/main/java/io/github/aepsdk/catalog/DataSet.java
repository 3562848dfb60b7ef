package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Catalog dataset as returned by {@code GET /dataSets} and {@code GET /dataSets/{id}} (spec
 * schema {@code dataSetResponse}).
 *
 * <p>Catalog answers objects keyed by id ({@code {"<id>": {…}}}) and the body does not repeat the
 * id, so this model has no id member: the id is the key of the map the list and lookup calls
 * return (see {@link CatalogEntry}). Every member is optional because {@code properties=} may
 * trim an object down to nothing ({@code {}}). Open-ended: members this model does not name are
 * kept in {@link #additionalProperties()} and written back. Times are epoch <b>milliseconds</b>.
 */
@Value.Immutable
public interface DataSet {

  /** The dataset's semantic version, bumped on every change, e.g. {@code 1.0.3}. */
  Optional<String> version();

  /** The owning IMS org ({@code …@AdobeOrg}). */
  Optional<String> imsOrg();

  /** Human-readable name. */
  Optional<String> name();

  /** Longer description. */
  Optional<String> description();

  /** Lifecycle state as written by Catalog, e.g. {@code DRAFT}. */
  Optional<String> state();

  /** When the dataset was persisted, epoch milliseconds. */
  Optional<Long> created();

  /** When the dataset was last modified, epoch milliseconds. */
  Optional<Long> updated();

  /** The IMS client (API key) that created the dataset. */
  Optional<String> createdClient();

  /** The user that created the dataset. */
  Optional<String> createdUser();

  /** The user that last changed the dataset. */
  Optional<String> updatedUser();

  /** The id of the dataset's view. */
  Optional<String> viewId();

  /**
   * Tags: namespace to values, e.g. {@code {"unifiedProfile":["enabled:true"]}}. Catalog reserves
   * {@code unifiedProfile}, {@code unifiedIdentity} and the {@code adobe*} prefix.
   */
  Map<String, List<String>> tags();

  /** The XDM schema the dataset follows. */
  Optional<SchemaRef> schemaRef();

  /** Legacy: the URI of the dataset's XDM model; superseded by {@link #schemaRef()}. */
  Optional<String> schema();

  /** Fully qualified base path of the dataset's files, e.g. {@code s3://bar/ball/baz}. */
  Optional<String> basePath();

  /**
   * A Catalog reference to the dataset's files, e.g. {@code @/dataSets/{id}/views/{viewId}/files}
   * or {@code @/dataSetFiles?dataSetId={id}}.
   */
  Optional<String> files();

  /** How the dataset's files are written. */
  Optional<FileDescription> fileDescription();

  /** A JSON Schema subset of the XDM schema that the data actually uses (free-form). */
  Map<String, Object> observableSchema();

  /** Data usage labels (free-form; {@code {}} when none). */
  Map<String, Object> dule();

  /** Cached statistics (free-form; {@code {}} when none). */
  Map<String, Object> statsCache();

  /** Whether diagnostic files are generated for ingestion errors. */
  Optional<Boolean> enableErrorDiagnostics();

  /** The id of the last batch that modified the dataset. */
  Optional<String> lastBatchId();

  /** The status of the last batch (raw string); see {@link #lastBatchStatusValue()}. */
  Optional<String> lastBatchStatus();

  /** {@link #lastBatchStatus()} as a constant, {@link BatchStatus#UNKNOWN} when absent or unknown. */
  default BatchStatus lastBatchStatusValue() {
    return BatchStatus.of(lastBatchStatus().orElse(null));
  }

  /** The id of the last successful batch. */
  Optional<String> lastSuccessfulBatch();

  /** The id of the last failed batch. */
  Optional<String> lastFailedBatch();

  /** The id of the data source the dataset belongs to. */
  Optional<Long> dataSourceId();

  /** Where and how the data is persisted ({@code adls}, {@code datastream}; free-form). */
  Map<String, Object> persistence();

  /** Members this model does not name, kept as received (numbers exact) and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableDataSet.Builder builder() {
    return ImmutableDataSet.builder();
  }
}
