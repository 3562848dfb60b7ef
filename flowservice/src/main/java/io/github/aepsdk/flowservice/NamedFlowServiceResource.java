package io.github.aepsdk.flowservice;

import java.util.Optional;

/**
 * A Flow Service resource a user names and enables or disables: base, source and target
 * connections, and flows.
 */
public interface NamedFlowServiceResource extends FlowServiceResource {

  /** The name. */
  Optional<String> name();

  /** The description. */
  Optional<String> description();

  /** The raw state, for example {@code "enabled"} or {@code "draft"}; see {@link #stateValue()}. */
  Optional<String> state();

  /** The version; the same value as {@link #etag()}. */
  Optional<String> version();

  /** The state as a typed value ({@link ResourceState#UNKNOWN} for values this SDK does not know). */
  default ResourceState stateValue() {
    return ResourceState.fromWire(state().orElse(null));
  }
}
