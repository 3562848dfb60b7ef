package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code lastRunDetails} of a flow: {@code {"id": "…", "state": "success", "startedAtUTC":
 * 1613079975512, "completedAtUTC": 1613080027511}}.
 */
@Value.Immutable
public interface LastRunDetails {

  /** The id of the flow's most recent run. */
  Optional<String> id();

  /** The run's raw state, for example {@code "success"}; see {@link #stateValue()}. */
  Optional<String> state();

  /** When the run started, epoch milliseconds. */
  Optional<Long> startedAtUTC();

  /** When the run completed, epoch milliseconds. */
  Optional<Long> completedAtUTC();

  /** The run's state as a typed value ({@link RunStatus#UNKNOWN} if absent or new). */
  default RunStatus stateValue() {
    return RunStatus.fromWire(state().orElse(null));
  }

  /** A new builder. */
  static ImmutableLastRunDetails.Builder builder() {
    return ImmutableLastRunDetails.builder();
  }
}
