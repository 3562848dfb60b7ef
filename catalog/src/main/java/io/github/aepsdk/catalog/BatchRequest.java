package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a batch create ({@link CatalogApi#createBatch(BatchRequest)}, {@link
 * CatalogApi#createBatch(String, BatchRequest)}), replace ({@link CatalogApi#replaceBatch(String,
 * BatchRequest)}) and plain-field update ({@link CatalogApi#updateBatch(String, BatchRequest)}):
 * the spec schemas {@code batchRequest} and {@code batchPatchRequest}, which differ only in that
 * {@code batchRequest} requires {@code status}. Only the members that are set are sent.
 *
 * <pre>{@code
 * BatchRequest request = BatchRequest.builder()
 *     .status("processing")
 *     .addRelatedObjects(RelatedObject.builder().type("dataSet").id(dataSetId).build())
 *     .inputFormat(InputFormat.builder().format("json").build())
 *     .build();
 * }</pre>
 *
 * {@code started} and {@code completed} are epoch <b>milliseconds</b>; {@link #availableDates()}
 * is in epoch seconds.
 */
@Value.Immutable
public interface BatchRequest {

  /** An id generated outside Catalog, e.g. {@code /adobe/bulkingest/…} (read-only in the spec). */
  Optional<String> externalId();

  /** When processing started, epoch milliseconds. */
  Optional<Long> started();

  /** When processing completed, epoch milliseconds. */
  Optional<Long> completed();

  /** Set when the batch replays earlier batches: {@code predecessors} and {@code reason}. */
  Optional<BatchReplay> replay();

  /**
   * The batch status as Catalog writes it, one of the {@link BatchStatus} wire values such as
   * {@code processing}. Required by create and replace ({@code batchRequest}); optional in an update.
   */
  Optional<String> status();

  /** Records (rows or documents) processed. */
  Optional<Long> recordCount();

  /** Records that could not be processed. */
  Optional<Long> failedRecordCount();

  /** Errors to record for the batch. */
  List<BatchError> errors();

  /** Bytes processed. */
  Optional<Long> size();

  /** The date range of the data, epoch seconds. */
  Optional<AvailableDates> availableDates();

  /** Objects the batch relates to, e.g. {@code {"type":"dataSet","id":…}} for the dataset it loads. */
  List<RelatedObject> relatedObjects();

  /** Producer-defined metrics (free-form). */
  Map<String, Object> metrics();

  /** Tags: namespace to values. */
  Map<String, List<String>> tags();

  /** The format of the ingested files. */
  Optional<InputFormat> inputFormat();

  /** A new builder. */
  static ImmutableBatchRequest.Builder builder() {
    return ImmutableBatchRequest.builder();
  }
}
