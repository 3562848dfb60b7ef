package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The status of a run or activity with its errors: {@code {"status": "success", "errors": [ … ]}}.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface StatusSummary {

  /** The raw status, for example {@code "success"}; see {@link #statusValue()}. */
  Optional<String> status();

  /** Errors reported. */
  List<ErrorDetail> errors();

  /** The ids of the activities the status comes from. */
  List<String> activityRefs();

  /**
   * Further details: in a run's activities, the errors of single records ({@code
   * extensions.errors}) and links to diagnostic files ({@code extensions.manifest}).
   */
  Optional<StatusExtensions> extensions();

  /** The status as a typed value ({@link RunStatus#UNKNOWN} if absent or new). */
  default RunStatus statusValue() {
    return RunStatus.fromWire(status().orElse(null));
  }

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableStatusSummary.Builder builder() {
    return ImmutableStatusSummary.builder();
  }
}
