package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The volume of data a run or activity read and wrote, in bytes.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface SizeSummary {

  /** Bytes read. */
  Optional<Long> inputBytes();

  /** Bytes written. */
  Optional<Long> outputBytes();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableSizeSummary.Builder builder() {
    return ImmutableSizeSummary.builder();
  }
}
