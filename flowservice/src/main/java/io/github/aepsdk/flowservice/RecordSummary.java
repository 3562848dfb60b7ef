package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Record counts of a run or activity, for example {@code {"inputRecordCount": 100,
 * "outputRecordCount": 99, "failedRecordCount": 1}}.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface RecordSummary {

  /** Records read. */
  Optional<Long> inputRecordCount();

  /** Records written. */
  Optional<Long> outputRecordCount();

  /** Records created. */
  Optional<Long> createdRecordCount();

  /** Records updated. */
  Optional<Long> updatedRecordCount();

  /** Records skipped. */
  Optional<Long> skippedRecordCount();

  /** Records that failed. */
  Optional<Long> failedRecordCount();

  /** Records deleted. */
  Optional<Long> deletedRecordCount();

  /** Records ingested with warnings. */
  Optional<Long> warningRecordCount();

  /** Further details. */
  Map<String, Object> extensions();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableRecordSummary.Builder builder() {
    return ImmutableRecordSummary.builder();
  }
}
