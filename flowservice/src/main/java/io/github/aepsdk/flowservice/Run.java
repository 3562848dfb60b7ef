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
public interface Run extends FlowServiceResource {

  /** The flow this is a run of. */
  Optional<String> flowId();

  /** The flow spec of the flow. */
  Optional<SpecRef> flowSpec();

  /** A reference the provider assigned. */
  Optional<String> providerRefId();

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
