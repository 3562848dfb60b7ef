package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An error reported inside a run, an activity or an operation status: {@code {"code":
 * "CONNECTOR-2001-500", "message": "Error occurred at promotion activity."}}.
 *
 * <p>Open-ended: other members (such as {@code recordCount} or {@code details}) are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
public interface ErrorDetail {

  /** The error code, for example {@code "CONNECTOR-2001-500"}. */
  Optional<String> code();

  /** A human-readable message. */
  Optional<String> message();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableErrorDetail.Builder builder() {
    return ImmutableErrorDetail.builder();
  }
}
