package io.github.aepsdk.core.ingestion;

/**
 * Receives one {@link StepEvent} per step, and {@code WAITING} events before it while the step waits
 * for AEP, on the thread that runs the ingestion. If it throws, the ingestion stops there: {@code
 * run()} throws an {@link IngestionFailedException} whose cause is the listener's exception and
 * whose resources are those that exist; the listener is not called again.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Called when {@code event.step()} has completed, been skipped, or failed, and while it waits. */
  void onStep(StepEvent event);
}
