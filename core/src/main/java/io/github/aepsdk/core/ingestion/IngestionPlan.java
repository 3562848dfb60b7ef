package io.github.aepsdk.core.ingestion;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link MarketingAutomationIngestion.Builder#plan()} found, read-only: per step, whether a
 * resource with its identity exists and matches ({@code EXISTS}), is missing ({@code CREATE}),
 * differs in what a run updates in place ({@code UPDATE}: the mappings, the dataflow's schedule) or
 * differs otherwise ({@code DIFFERS}). A plan of an ingestion that ran completely is all {@code EXISTS}.
 */
@Value.Immutable
public interface IngestionPlan {

  /** The steps, in the documented order (the steps given by id or resumed are {@code EXISTS}). */
  List<PlannedStep> steps();

  /** The plan of one step, if the plan covers it. */
  default Optional<PlannedStep> step(IngestionStep step) {
    return steps().stream().filter(s -> s.step() == step).findFirst();
  }

  /** Whether a run would create, update and stop on nothing: every step {@code EXISTS}. */
  default boolean upToDate() {
    return steps().stream().allMatch(s -> s.action() == PlannedStep.Action.EXISTS);
  }

  /** A plan of these steps. */
  static IngestionPlan of(List<PlannedStep> steps) {
    return ImmutableIngestionPlan.builder().steps(steps).build();
  }
}
