package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.flowservice.Run;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a completed {@link MarketingAutomationIngestion} run produced. */
@Value.Immutable
public interface IngestionResult {

  /** Every resource id (and Flow Service etag) the run created, looked up or was given. */
  IngestionResources resources();

  /** One event per step, in the documented order. */
  List<StepEvent> steps();

  /**
   * The dataflow's first run once it ended (status and record metrics), when the ingestion was asked
   * to {@link MarketingAutomationIngestion.Builder#waitForFirstRun wait for it}.
   */
  Optional<Run> firstRun();

  /** The id of the dataflow ({@link IngestionStep#DATAFLOW}). */
  default String flowId() {
    return resources().require(IngestionStep.DATAFLOW);
  }

  /** A new builder. */
  static ImmutableIngestionResult.Builder builder() {
    return ImmutableIngestionResult.builder();
  }
}
