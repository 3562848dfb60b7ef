package io.github.aepsdk.core.ingestion;

/**
 * Receives one {@link StepEvent} per step, and {@code WAITING} events before it while the step waits
 * for AEP. If it throws, the ingestion stops there: {@code run()} throws an {@link
 * IngestionFailedException} whose cause is the listener's exception and whose resources are those
 * that exist; the listener is not called again. An {@link Error} it throws (an {@code
 * AssertionError} in a test, say) stops the ingestion the same way and is thrown by {@code run()}
 * as it is, once the other side has ended the step it was in; thrown on a {@code FAILED} event, it
 * carries the step's own failure as suppressed.
 *
 * <p>The ingestion's two sides run at the same time ({@link MarketingAutomationIngestion}), so the
 * listener is called from the thread that runs the ingestion (the source side, the flow spec,
 * dataflow and first run) and from a thread of the client's executor (the target side; the calling
 * thread when the executor has not started it by the time the source side ends), but one
 * event at a time: never concurrently, and each call happens-before the next (no synchronization is
 * needed in the listener). The order of the events is:
 * <ul>
 *   <li>each side's events in its documented order: base connection, ad-hoc class, ad-hoc schema,
 *       source connection; and target schema, target dataset, dataset base connection (in {@link
 *       RequestForm#TUTORIAL_2020} only), target connection, mapping set; a step's {@code WAITING}
 *       events before its last one;
 *   <li>the two sides' events interleaved as the steps end, which varies from run to run;
 *   <li>the flow spec lookup, the dataflow and the first run last, in that order, after every event
 *       of both sides.
 * </ul>
 * The listener holds up both sides while it runs: it should return promptly.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Called when {@code event.step()} has completed, been skipped, or failed, and while it waits. */
  void onStep(StepEvent event);
}
