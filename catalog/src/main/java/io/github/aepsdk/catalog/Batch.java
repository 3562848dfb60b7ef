package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Catalog batch as returned by {@code GET /batches} and {@code GET /batches/{id}} (spec schema
 * {@code batchResponse}).
 *
 * <p>Like every Catalog object it arrives keyed by id and the body does not repeat the id (see
 * {@link CatalogEntry}). Open-ended: members this model does not name are kept in {@link
 * #additionalProperties()}. {@code created}, {@code updated}, {@code started} and {@code
 * completed} are epoch <b>milliseconds</b>; {@link #availableDates()} is in epoch seconds.
 */
@Value.Immutable
public interface Batch {

  /** The owning IMS org. */
  Optional<String> imsOrg();

  /** When the batch was persisted, epoch milliseconds. */
  Optional<Long> created();

  /** The IMS client that created the batch. */
  Optional<String> createdClient();

  /** The user that created the batch. */
  Optional<String> createdUser();

  /** The user that last changed the batch. */
  Optional<String> updatedUser();

  /** When the batch was last modified, epoch milliseconds. */
  Optional<Long> updated();

  /** An id generated outside Catalog, e.g. {@code /adobe/bulkingest/…}. */
  Optional<String> externalId();

  /** When processing started, epoch milliseconds. */
  Optional<Long> started();

  /** When processing completed, epoch milliseconds. */
  Optional<Long> completed();

  /** Set when the batch replays earlier batches. */
  Optional<BatchReplay> replay();

  /** The batch status as Catalog writes it, e.g. {@code success}; see {@link #statusValue()}. */
  Optional<String> status();

  /** {@link #status()} as a constant, {@link BatchStatus#UNKNOWN} when absent or unknown. */
  default BatchStatus statusValue() {
    return BatchStatus.of(status().orElse(null));
  }

  /** For a failed batch: where to retrieve it. */
  Optional<String> failedBatchLocation();

  /** Records (rows or documents) processed. */
  Optional<Long> recordCount();

  /** Records that could not be processed. */
  Optional<Long> failedRecordCount();

  /** Errors recorded for the batch. */
  List<BatchError> errors();

  /** Bytes processed. */
  Optional<Long> size();

  /** The batch's semantic version, e.g. {@code 1.0.3}. */
  Optional<String> version();

  /** The date range of the data, epoch seconds. */
  Optional<AvailableDates> availableDates();

  /** Objects the batch relates to, e.g. its dataset; see {@link #dataSetIds()}. */
  List<RelatedObject> relatedObjects();

  /** The ids of the related objects of type {@code dataSet}, in order. */
  default List<String> dataSetIds() {
    return relatedObjects().stream()
        .filter(o -> o.typeValue() == RelatedObjectType.DATA_SET)
        .map(RelatedObject::id)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** Producer-defined metrics, e.g. {@code recordsRead} (free-form; whole numbers as {@link Long}). */
  Map<String, Object> metrics();

  /** Tags: namespace to values. */
  Map<String, List<String>> tags();

  /** The format of the ingested files. */
  Optional<InputFormat> inputFormat();

  /** Members this model does not name, kept as received (numbers exact) and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableBatch.Builder builder() {
    return ImmutableBatch.builder();
  }
}
