package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An error reported inside a run, an activity or an operation status: {@code {"code":
 * "CONNECTOR-2001-500", "message": "Error occurred at promotion activity."}}, or, nested in an
 * activity's {@code statusSummary.extensions.errors}, {@code {"code": "MAPPER-3700-400",
 * "recordCount": 1, "message": "Mapper Transform Error"}}.
 *
 * <p>Open-ended: other members (such as {@code details}) are kept in {@link #additionalProperties()}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/dataflows/api/monitor.html">Monitor dataflows</a>
 */
@Value.Immutable
public interface ErrorDetail {

  /** The error code, for example {@code "CONNECTOR-2001-500"}. */
  Optional<String> code();

  /** A human-readable message. */
  Optional<String> message();

  /** How many records the error concerns, when AEP says (errors nested in a run's activities do). */
  Optional<Long> recordCount();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableErrorDetail.Builder builder() {
    return ImmutableErrorDetail.builder();
  }
}
