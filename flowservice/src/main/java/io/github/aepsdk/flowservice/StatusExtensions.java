package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code extensions} of a {@link StatusSummary}. In a run's activities it holds the errors of
 * the data itself, which the activity's status does not reflect (it can say {@code success}), for
 * example {@code {"errors": [{"code": "INGEST-1212-400", "message": "Encountered 1 errors in the
 * data. Successfully ingested 99 rows. …"}, {"code": "MAPPER-3700-400", "recordCount": 1, "message":
 * "Mapper Transform Error"}], "manifest": {"failedRecords": "…", "sampleErrors": "…"}}}.
 *
 * <p>Open-ended: members not named here ({@code manifest}, {@code type}, …) are kept in {@link
 * #additionalProperties()}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/dataflows/api/monitor.html">Monitor dataflows</a>
 */
@Value.Immutable
public interface StatusExtensions {

  /** Errors in the data the activity processed, with the number of records each concerns. */
  List<ErrorDetail> errors();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableStatusExtensions.Builder builder() {
    return ImmutableStatusExtensions.builder();
  }
}
