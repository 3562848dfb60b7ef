package io.github.aepsdk.flowservice;

/**
 * The status of a flow run ({@code metrics.statusSummary.status}) or of an activity of a run.
 *
 * <p>The constants are the values of the official spec's {@code StatusDTO} enum; the API writes
 * them in camel or lower case ({@code "success"}, {@code "scheduled"}, {@code "inProgress"}), the
 * spec in upper snake case ({@code IN_PROGRESS}); both match. {@link #UNKNOWN} stands for a status
 * this SDK does not know yet.
 */
public enum RunStatus {
  /** Waiting for its scheduled time. */
  SCHEDULED,
  /** Waiting for resources. */
  QUEUED,
  /** Running. */
  IN_PROGRESS,
  /** Finished without errors. */
  SUCCESS,
  /** Finished. */
  COMPLETED,
  /** Finished; some records failed but fewer than the flow's error threshold. */
  PARTIAL_SUCCESS,
  /** Finished; part of the work failed. */
  PARTIAL_FAILURE,
  /** Failed. */
  FAILED,
  /** A status this SDK does not know; the raw string is kept by the model. */
  UNKNOWN;

  /** Whether a run in this status will not change any more. {@link #UNKNOWN} is not terminal. */
  public boolean isTerminal() {
    switch (this) {
      case SUCCESS:
      case COMPLETED:
      case PARTIAL_SUCCESS:
      case PARTIAL_FAILURE:
      case FAILED:
        return true;
      default:
        return false;
    }
  }

  /** The status named {@code value} ({@code "inProgress"}, {@code "IN_PROGRESS"}, …), or {@link #UNKNOWN}. */
  public static RunStatus fromWire(String value) {
    return WireNames.match(RunStatus.class, value, UNKNOWN);
  }
}
