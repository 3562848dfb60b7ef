package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The read-only {@code inheritedAttributes} of a flow ({@code sourceConnections}, {@code
 * targetConnections}, {@code properties}) or of a source/target connection ({@code
 * baseConnection}): the connections the entity is built on, echoed by the server.
 *
 * <p>Open-ended: other members are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface InheritedAttributes {

  /** A flow's source connections. */
  List<InheritedConnection> sourceConnections();

  /** A flow's target connections. */
  List<InheritedConnection> targetConnections();

  /** A source or target connection's base connection. */
  Optional<InheritedConnection> baseConnection();

  /** Flags such as {@code isSourceFlow} or {@code isDestinationFlow}. */
  Map<String, Object> properties();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableInheritedAttributes.Builder builder() {
    return ImmutableInheritedAttributes.builder();
  }
}
