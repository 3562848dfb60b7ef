package io.github.aepsdk.core.ingestion;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What {@link MarketingAutomationIngestion.Builder#plan()} found for one step. */
@Value.Immutable
public interface PlannedStep {

  /** What a run would do for the step. */
  enum Action {
    /** A resource with the step's identity exists and matches: a run adopts it ({@link #resourceId()}). */
    EXISTS,
    /** No resource has the step's identity: a run creates it. */
    CREATE,
    /**
     * A resource with the step's identity exists and differs ({@link #differences()}) only in what
     * AEP lets change in place: a run updates it ({@link StepEvent.Status#UPDATED}). The mapping
     * set's mappings: {@code PUT /mappingSets/{id}} stores a new version; the dataflow's schedule
     * and the mapping set version its Mapping transformation points at: {@code PATCH /flows/{id}}.
     * Not for a dataflow scheduled {@code once}, which AEP does not let be rescheduled or remapped:
     * that is {@link #DIFFERS}.
     */
    UPDATE,
    /**
     * A resource with the step's identity exists but differs ({@link #differences()}) in what a run
     * does not change in place (or several share the identity): a run stops with {@link
     * IngestionConflictException} and changes nothing.
     */
    DIFFERS
  }

  /** The step. */
  IngestionStep step();

  /** What a run would do. */
  Action action();

  /** The id of the existing resource ({@link Action#EXISTS}, {@link Action#UPDATE}, {@link Action#DIFFERS}). */
  Optional<String> resourceId();

  /** How the existing resource differs from what the step would create, e.g. {@code "schema is …, the ingestion's is …"}. */
  List<String> differences();

  /** A new builder. */
  static ImmutablePlannedStep.Builder builder() {
    return ImmutablePlannedStep.builder();
  }
}
