package io.github.aepsdk.core.ingestion;

/** Receives one {@link StepEvent} per step, on the thread that runs the ingestion. */
@FunctionalInterface
public interface ProgressListener {

  /** Called when {@code event.step()} has completed, been skipped, or failed. */
  void onStep(StepEvent event);
}
