package io.github.aepsdk.flowservice;

/**
 * The {@code state} of a base connection, source connection, target connection or flow.
 *
 * <p>Values from the official spec ({@code enabled}, {@code disabled}, {@code inProgress}, {@code
 * updating}, {@code enabling}, {@code disabling}) and the docs ({@code draft}); {@link #UNKNOWN}
 * stands for a value this SDK does not know yet.
 */
public enum ResourceState {
  /** Active. */
  ENABLED,
  /** Inactive. */
  DISABLED,
  /** A draft that must be published before it runs. */
  DRAFT,
  /** Being created. */
  IN_PROGRESS,
  /** Being updated. */
  UPDATING,
  /** Being enabled. */
  ENABLING,
  /** Being disabled. */
  DISABLING,
  /** A state this SDK does not know; the raw string is kept by the model. */
  UNKNOWN;

  /** The state named {@code value} (any case, {@code inProgress} or {@code IN_PROGRESS}), or {@link #UNKNOWN}. */
  public static ResourceState fromWire(String value) {
    return WireNames.match(ResourceState.class, value, UNKNOWN);
  }
}
