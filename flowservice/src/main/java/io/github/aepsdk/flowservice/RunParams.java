package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code params} of a flow run, as defined by the flow spec's {@code runSpec}: for CRMToAEP the
 * run's {@code startTime}, the window of data to pull ({@code windowStartTime}, {@code
 * windowEndTime}) and the {@code deltaColumn}.
 *
 * <p>Times are epoch <b>seconds</b>. The docs write them as strings ({@code "1651584991"}); the
 * spec types them integer. Both are read; the SDK writes integers.
 *
 * <p>Open-ended: params not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface RunParams {

  /** When the run starts, epoch seconds. */
  Optional<Long> startTime();

  /** Start of the window of data to pull, epoch seconds. */
  Optional<Long> windowStartTime();

  /** End of the window of data to pull, epoch seconds. */
  Optional<Long> windowEndTime();

  /** The delta column that separates new records. */
  Optional<DeltaColumn> deltaColumn();

  /** Params not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableRunParams.Builder builder() {
    return ImmutableRunParams.builder();
  }
}
