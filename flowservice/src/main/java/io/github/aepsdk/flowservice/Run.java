package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flow run: one execution of a flow, with its metrics and activities. Answer of {@code GET
 * /runs}, {@code GET /runs/{id}} and {@code POST /runs}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/dataflows/api/monitor.html">Monitor dataflows</a>
 */
@Value.Immutable
public interface Run {

  /** The run id. */
  String id();

  /** Creation time, epoch milliseconds. */
  Optional<Long> createdAt();

  /** Last update time, epoch milliseconds. */
  Optional<Long> updatedAt();

  /** Who created the run. */
  Optional<String> createdBy();

  /** Who last updated the run. */
  Optional<String> updatedBy();

  /** The client that created the run. */
  Optional<String> createdClient();

  /** The client that last updated the run. */
  Optional<String> updatedClient();

  /** The sandbox id. */
  Optional<String> sandboxId();

  /** The sandbox name. */
  Optional<String> sandboxName();

  /** The IMS org id. */
  Optional<String> imsOrgId();

  /** The flow this is a run of. */
  Optional<String> flowId();

  /** The flow spec of the flow. */
  Optional<SpecRef> flowSpec();

  /** A reference the provider assigned. */
  Optional<String> providerRefId();

  /** The etag, quotes included. */
  Optional<String> etag();

  /** The run's params (window, delta column). */
  Optional<RunParams> params();

  /** Duration, size, record and file counts, and status. */
  Optional<RunMetrics> metrics();

  /** The run's activities, each with its own metrics. */
  List<RunActivity> activities();

  /**
   * The run's status ({@code metrics.statusSummary.status}) as a typed value; {@link
   * RunStatus#UNKNOWN} if absent or new.
   */
  default RunStatus statusValue() {
    return metrics().flatMap(RunMetrics::statusSummary).map(StatusSummary::statusValue).orElse(RunStatus.UNKNOWN);
  }

  /** A new builder. */
  static ImmutableRun.Builder builder() {
    return ImmutableRun.builder();
  }
}
