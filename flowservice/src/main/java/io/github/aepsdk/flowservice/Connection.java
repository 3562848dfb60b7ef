package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A base connection: an authenticated connection to a source (for example HubSpot) or to the Data
 * Lake (a dataset base connection). Answer of {@code GET /connections} and {@code GET
 * /connections/{id}}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/update.html">Update connections</a>
 */
@Value.Immutable
public interface Connection {

  /** The base connection id. */
  String id();

  /** Creation time, epoch milliseconds. */
  Optional<Long> createdAt();

  /** Last update time, epoch milliseconds. */
  Optional<Long> updatedAt();

  /** Who created the connection. */
  Optional<String> createdBy();

  /** Who last updated the connection. */
  Optional<String> updatedBy();

  /** The client that created the connection. */
  Optional<String> createdClient();

  /** The client that last updated the connection. */
  Optional<String> updatedClient();

  /** The sandbox id. */
  Optional<String> sandboxId();

  /** The sandbox name. */
  Optional<String> sandboxName();

  /** The IMS org id. */
  Optional<String> imsOrgId();

  /** The connection's name. */
  Optional<String> name();

  /** The connection's description. */
  Optional<String> description();

  /** The connection spec this connection instantiates. */
  Optional<SpecRef> connectionSpec();

  /** The raw state, for example {@code "enabled"}; see {@link #stateValue()}. */
  Optional<String> state();

  /** The authentication type and (partly masked) credentials. */
  Optional<ConnectionAuth> auth();

  /** The version; the same value as {@link #etag()}. */
  Optional<String> version();

  /** The etag, quotes included; the {@code If-Match} value of the next PATCH. */
  Optional<String> etag();

  /** The state as a typed value ({@link ResourceState#UNKNOWN} if absent or new). */
  default ResourceState stateValue() {
    return ResourceState.fromWire(state().orElse(null));
  }

  /** A new builder. */
  static ImmutableConnection.Builder builder() {
    return ImmutableConnection.builder();
  }
}
