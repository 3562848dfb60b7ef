package io.github.aepsdk.core.ingestion;

/**
 * Receives one {@link StepEvent} per step, and {@code WAITING} events before it while the step waits
 * for AEP, on the thread that runs the ingestion.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Called when {@code event.step()} has completed, been skipped, or failed, and while it waits. */
  void onStep(StepEvent event);
}
