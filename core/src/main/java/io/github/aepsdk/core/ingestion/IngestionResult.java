package io.github.aepsdk.core.ingestion;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a completed {@link MarketingAutomationIngestion} run produced. */
@Value.Immutable
public interface IngestionResult {

  /** The ingestion's name ({@link MarketingAutomationIngestion.Builder#name(String)}). */
  String name();

  /** Every resource id (and Flow Service etag) the run created, looked up or was given. */
  IngestionResources resources();

  /**
   * One event per step, in the documented order; while the ingestion waited for the first run, one
   * {@link StepEvent.Status#WAITING} event per poll before the first run's last event.
   */
  List<StepEvent> steps();

  /**
   * How the dataflow's first run went, when the ingestion was asked to {@link
   * MarketingAutomationIngestion.Builder#waitForFirstRun wait for it}: {@link RunOutcome#SUCCEEDED},
   * or {@link RunOutcome#PARTIALLY_SUCCEEDED} with no more failed records than {@link
   * MarketingAutomationIngestion.Builder#maxFailedRecords(long)} allows (any other first run throws
   * {@link IngestionRunFailedException}). The run itself, with every metric, is {@link RunReport#run()}.
   */
  Optional<RunReport> firstRun();

  /** The id of the dataflow ({@link IngestionStep#DATAFLOW}). */
  default String flowId() {
    return resources().require(IngestionStep.DATAFLOW);
  }

  /** A new builder. */
  static ImmutableIngestionResult.Builder builder() {
    return ImmutableIngestionResult.builder();
  }
}
