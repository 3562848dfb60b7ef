package io.github.aepsdk.catalog;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The last batches of one dataset, as returned by {@code GET /lastBatches} keyed by dataset id
 * (spec schema {@code lastBatchesResponse}). Times are epoch milliseconds.
 */
@Value.Immutable
public interface LastBatch {

  /** The id of the dataset's last batch. */
  Optional<String> lastBatchId();

  /** The status of the last batch (raw string); see {@link #lastBatchStatusValue()}. */
  Optional<String> lastBatchStatus();

  /** {@link #lastBatchStatus()} as a constant, {@link BatchStatus#UNKNOWN} when absent or unknown. */
  default BatchStatus lastBatchStatusValue() {
    return BatchStatus.of(lastBatchStatus().orElse(null));
  }

  /** The id of the last successful batch. */
  Optional<String> lastSuccessfulBatchId();

  /** The id of the last failed batch. */
  Optional<String> lastFailedBatchId();

  /** The owning IMS org. */
  Optional<String> imsOrg();

  /** The sandbox id. */
  Optional<String> sandboxId();

  /** When the record was created, epoch milliseconds. */
  Optional<Long> created();

  /** When the record was last updated, epoch milliseconds. */
  Optional<Long> updated();

  /** A new builder. */
  static ImmutableLastBatch.Builder builder() {
    return ImmutableLastBatch.builder();
  }
}
