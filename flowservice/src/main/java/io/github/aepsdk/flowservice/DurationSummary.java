package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a run or activity started and completed: {@code {"startedAtUTC": 1596656058198,
 * "completedAtUTC": 1596656113306}}, epoch milliseconds.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface DurationSummary {

  /** When it started, epoch milliseconds. */
  Optional<Long> startedAtUTC();

  /** When it completed, epoch milliseconds. */
  Optional<Long> completedAtUTC();

  /** Details such as the ingestion window ({@code windowStart}, {@code windowEnd}, epoch milliseconds). */
  Map<String, Object> extensions();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableDurationSummary.Builder builder() {
    return ImmutableDurationSummary.builder();
  }
}
