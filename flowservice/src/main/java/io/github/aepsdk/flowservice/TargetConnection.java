package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target connection: where a flow writes, for example a Data Lake dataset with its XDM schema.
 * Answer of {@code GET /targetConnections} and {@code GET /targetConnections/{id}}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/collect/marketing-automation.html">Collect marketing automation data</a>
 */
@Value.Immutable
public interface TargetConnection {

  /** The target connection id. */
  String id();

  /** Creation time, epoch milliseconds. */
  Optional<Long> createdAt();

  /** Last update time, epoch milliseconds. */
  Optional<Long> updatedAt();

  /** Who created the target connection. */
  Optional<String> createdBy();

  /** Who last updated the target connection. */
  Optional<String> updatedBy();

  /** The client that created the target connection. */
  Optional<String> createdClient();

  /** The client that last updated the target connection. */
  Optional<String> updatedClient();

  /** The sandbox id. */
  Optional<String> sandboxId();

  /** The sandbox name. */
  Optional<String> sandboxName();

  /** The IMS org id. */
  Optional<String> imsOrgId();

  /** The target connection's name. */
  Optional<String> name();

  /** The target connection's description. */
  Optional<String> description();

  /** The base connection it writes through, if any. */
  Optional<String> baseConnectionId();

  /** The raw state, for example {@code "enabled"}; see {@link #stateValue()}. */
  Optional<String> state();

  /** The schema (and format) of the data written. */
  Optional<ConnectionData> data();

  /** The connection spec of the target, for example the Data Lake. */
  Optional<SpecRef> connectionSpec();

  /** Where to write, for example the {@code dataSetId}. */
  Optional<TargetConnectionParams> params();

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
  static ImmutableTargetConnection.Builder builder() {
    return ImmutableTargetConnection.builder();
  }
}
