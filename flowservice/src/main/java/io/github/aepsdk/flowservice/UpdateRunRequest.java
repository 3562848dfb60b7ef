package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code PUT /runs/{id}} (the spec's {@code UpdateFlowRunRequest}): the state of a flow
 * run as its provider reports it (params, metrics, activities). All members are optional.
 */
@Value.Immutable
public interface UpdateRunRequest {

  /** The flow this is a run of. */
  Optional<String> flowId();

  /** The flow spec of the flow. */
  Optional<SpecRef> flowSpec();

  /** A reference the provider assigned. */
  Optional<String> providerRefId();

  /** The run this run is part of. */
  Optional<String> parentFlowRunId();

  /** The runs that are part of this run. */
  List<String> childFlowRunIds();

  /** The run's params (window, delta column). */
  Optional<RunParams> params();

  /** The runs this run follows ({@code flowId}, {@code flowRunId}, {@code flowSpec}). */
  List<Map<String, Object>> predecessors();

  /** Duration, size, record and file counts, and status. */
  Optional<RunMetrics> metrics();

  /** The run's activities, each with its own metrics. */
  List<RunActivity> activities();

  /** The record types the run carries. */
  List<String> recordTypes();

  /** A new builder. */
  static ImmutableUpdateRunRequest.Builder builder() {
    return ImmutableUpdateRunRequest.builder();
  }
}
