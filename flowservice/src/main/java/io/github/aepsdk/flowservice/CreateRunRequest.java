package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /runs}: an on-demand run of a flow.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/create-flow-runs.html">Create a flow run on demand</a>
 */
@Value.Immutable
public interface CreateRunRequest {

  /** The flow to run. */
  String flowId();

  /** The run's params (window, delta column), as the flow spec's {@code runSpec} defines them. */
  Optional<RunParams> params();

  /** A new builder. */
  static ImmutableCreateRunRequest.Builder builder() {
    return ImmutableCreateRunRequest.builder();
  }
}
