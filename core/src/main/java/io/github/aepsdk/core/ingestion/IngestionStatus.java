package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.flowservice.ScheduleParams;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link Ingestion#status()} found: the dataflow's state, schedule and mapping set version, its
 * latest runs judged by their {@link RunReport}s, and the ids of the ingestion's resources.
 */
@Value.Immutable
public interface IngestionStatus {

  /** The dataflow's id. */
  String flowId();

  /**
   * The dataflow's {@code state} as AEP answers it: {@code enabled}, {@code disabled} (paused), or
   * a transitional value such as {@code enabling} while AEP provisions it.
   */
  Optional<String> state();

  /** Whether the dataflow is {@code disabled}: it gets no scheduled runs until {@link Ingestion#resume()}. */
  default boolean paused() {
    return state().filter("disabled"::equals).isPresent();
  }

  /** The dataflow's schedule ({@code startTime} in epoch seconds). */
  Optional<ScheduleParams> schedule();

  /** The mapping set version the dataflow's Mapping transformation points at: the one its next run uses. */
  Optional<String> mappingVersion();

  /**
   * The dataflow's latest runs, newest first (at most {@link Ingestion#LATEST_RUNS}), each judged
   * by its {@link RunReport}: succeeded, partially succeeded (records failed while the status may say
   * {@code success}), failed, or still running, with every error (code, message, record count).
   */
  List<RunReport> latestRuns();

  /** The ids of the ingestion's resources by step; the dataflow's etag is the one just read. */
  IngestionResources resources();

  /** A new builder. */
  static ImmutableIngestionStatus.Builder builder() {
    return ImmutableIngestionStatus.builder();
  }
}
