package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A connection as echoed in {@code inheritedAttributes}: its id, connection spec and, for source
 * connections, its base connection. For example {@code {"id": "…", "connectionSpec": {"id": "…",
 * "version": "1.0"}, "baseConnection": {"id": "…", "connectionSpec": {…}}}}.
 */
@Value.Immutable
public interface InheritedConnection {

  /** The connection id. */
  String id();

  /** The connection's spec. */
  Optional<SpecRef> connectionSpec();

  /** The base connection of a source or target connection. */
  Optional<InheritedConnection> baseConnection();

  /** A new builder. */
  static ImmutableInheritedConnection.Builder builder() {
    return ImmutableInheritedConnection.builder();
  }
}
