package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One activity of a flow run (for example {@code copyActivity}, {@code promotionActivity}) with its
 * own metrics.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface RunActivity {

  /** The activity id, for example {@code "copyActivity"}. */
  Optional<String> id();

  /** The activity name. */
  Optional<String> name();

  /** Last update time, epoch milliseconds. */
  Optional<Long> updatedAtUTC();

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

  /** The connections the activity read from. */
  List<ActivityConnection> sourceInfo();

  /** The connections the activity wrote to. */
  List<ActivityConnection> targetInfo();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableRunActivity.Builder builder() {
    return ImmutableRunActivity.builder();
  }
}
