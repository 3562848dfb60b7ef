package io.github.aepsdk.core.ingestion;

/**
 * Receives one {@link StepEvent} per step, on the thread that runs the ingestion; while the
 * ingestion waits for the first run, also one {@link StepEvent.Status#WAITING} event per poll.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Called when {@code event.step()} has completed, been skipped, or failed, or is waiting. */
  void onStep(StepEvent event);
}
