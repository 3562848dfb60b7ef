package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * File counts of a run or activity, for example {@code {"inputFileCount": 1, "outputFileCount": 1}}.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface FileSummary {

  /** Files read. */
  Optional<Long> inputFileCount();

  /** Files written. */
  Optional<Long> outputFileCount();

  /** Files skipped. */
  Optional<Long> skippedFileCount();

  /** Files that failed. */
  Optional<Long> failedFileCount();

  /** The ids of the activities these counts come from. */
  List<String> activityRefs();

  /** Further details, such as a {@code manifest} of file links. */
  Map<String, Object> extensions();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableFileSummary.Builder builder() {
    return ImmutableFileSummary.builder();
  }
}
