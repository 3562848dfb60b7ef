package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source connection: what a flow reads, through which base connection, in which format. Answer
 * of {@code GET /sourceConnections} and {@code GET /sourceConnections/{id}}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/collect/marketing-automation.html">Collect marketing automation data</a>
 */
@Value.Immutable
public interface SourceConnection {

  /** The source connection id. */
  String id();

  /** Creation time, epoch milliseconds. */
  Optional<Long> createdAt();

  /** Last update time, epoch milliseconds. */
  Optional<Long> updatedAt();

  /** Who created the source connection. */
  Optional<String> createdBy();

  /** Who last updated the source connection. */
  Optional<String> updatedBy();

  /** The client that created the source connection. */
  Optional<String> createdClient();

  /** The client that last updated the source connection. */
  Optional<String> updatedClient();

  /** The sandbox id. */
  Optional<String> sandboxId();

  /** The sandbox name. */
  Optional<String> sandboxName();

  /** The IMS org id. */
  Optional<String> imsOrgId();

  /** The source connection's name. */
  Optional<String> name();

  /** The source connection's description. */
  Optional<String> description();

  /** The base connection it reads through. */
  Optional<String> baseConnectionId();

  /** The raw state, for example {@code "enabled"} or {@code "draft"}; see {@link #stateValue()}. */
  Optional<String> state();

  /** The format (and schema) of the data read. */
  Optional<ConnectionData> data();

  /** The connection spec of the source. */
  Optional<SpecRef> connectionSpec();

  /** What to read, for example the table {@code path}. */
  Optional<SourceConnectionParams> params();

  /** The version; the same value as {@link #etag()}. */
  Optional<String> version();

  /** The etag, quotes included; the {@code If-Match} value of the next PATCH. */
  Optional<String> etag();

  /** A reference the provider assigned. */
  Optional<String> providerRefId();

  /** The base connection, echoed by the server. */
  Optional<InheritedAttributes> inheritedAttributes();

  /** The last create or update the server applied. */
  Optional<LastOperation> lastOperation();

  /** The state as a typed value ({@link ResourceState#UNKNOWN} if absent or new). */
  default ResourceState stateValue() {
    return ResourceState.fromWire(state().orElse(null));
  }

  /** A new builder. */
  static ImmutableSourceConnection.Builder builder() {
    return ImmutableSourceConnection.builder();
  }
}
