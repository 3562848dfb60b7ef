package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.flowservice.RunStatus;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** What happened to one {@link IngestionStep}, reported to a {@link ProgressListener}. */
@Value.Immutable
public interface StepEvent {

  /** How a step ended, or that it is still waiting. */
  enum Status {
    /** The step created or looked up its resource. */
    COMPLETED,
    /** A resource with the step's identity existed and matched; it was adopted, nothing was created. */
    ADOPTED,
    /**
     * The resource was given by the caller or by a resumed run; nothing was created (a connection or
     * flow is read to check that it is enabled).
     */
    SKIPPED,
    /**
     * A resource with the step's identity existed and differed only in what AEP lets change in place
     * (the mapping set's mappings: a new version; the dataflow's schedule, or the mapping set version
     * it points at): it was updated, nothing was created.
     */
    UPDATED,
    /** The step failed; the run stops. */
    FAILED,
    /** The step is waiting for AEP (a resource to be enabled, a run to end); more events follow. */
    WAITING
  }

  /** The step. */
  IngestionStep step();

  /** How it ended. */
  Status status();

  /**
   * Id of the resource the step created, looked up, skipped with or waits for; for {@link
   * IngestionStep#FIRST_RUN}, the run's id. Absent when the step failed before its resource
   * existed, and while the flow has no run.
   */
  Optional<String> resourceId();

  /**
   * Time the step took, or has taken so far while {@code WAITING} (zero when skipped); waits are
   * measured on the client's {@link io.github.aepsdk.core.AepClient#clock() clock}.
   */
  Duration duration();

  /**
   * {@link IngestionStep#FIRST_RUN} only: the run's status as AEP reported it at that poll ({@code
   * metrics.statusSummary.status}); absent for the other steps and while the flow has no run.
   */
  Optional<RunStatus> runStatus();

  /** A new builder. */
  static ImmutableStepEvent.Builder builder() {
    return ImmutableStepEvent.builder();
  }
}
