package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code metrics} of a flow run: duration, size, record and file counts, and status.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface RunMetrics {

  /** Start and completion time. */
  Optional<DurationSummary> durationSummary();

  /** Bytes read and written. */
  Optional<SizeSummary> sizeSummary();

  /** Record counts. */
  Optional<RecordSummary> recordSummary();

  /** File counts. */
  Optional<FileSummary> fileSummary();

  /** Status and errors. */
  Optional<StatusSummary> statusSummary();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableRunMetrics.Builder builder() {
    return ImmutableRunMetrics.builder();
  }
}
