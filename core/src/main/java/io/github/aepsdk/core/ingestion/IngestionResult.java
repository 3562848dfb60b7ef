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
   * One event per step (and the {@link StepEvent.Status#WAITING} events: while a connection or flow
   * was provisioned, and one per poll of the first run), in the order the {@link ProgressListener}
   * received them: each side of the ingestion in the documented order, the two sides interleaved as
   * their steps ended, then the flow spec lookup, the dataflow and the first run.
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
