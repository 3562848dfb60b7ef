package io.github.aepsdk.core.ingestion;

/**
 * How a dataflow run went, derived by {@link RunReport#of} from more than the status AEP reports:
 * a run whose {@code metrics.statusSummary.status} says {@code success} can still have failed
 * records and carry errors, top-level and nested in its activities (Adobe, "Monitor dataflows
 * using the Flow Service API").
 */
public enum RunOutcome {
  /** The run ended; no record failed and no error was reported. */
  SUCCEEDED,
  /**
   * The run ended and wrote records, but some failed or errors were reported (whatever its status
   * says), or its status is {@code partialSuccess} or {@code partialFailure}.
   */
  PARTIALLY_SUCCEEDED,
  /** The run's status is {@code failed}, or records failed and none was written. */
  FAILED,
  /** The run had not ended (or not started) when the wait for it ended. */
  STILL_RUNNING
}
