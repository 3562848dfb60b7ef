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
public interface Connection extends NamedFlowServiceResource {

  /** The connection spec this connection instantiates. */
  Optional<SpecRef> connectionSpec();

  /** The authentication type and (partly masked) credentials. */
  Optional<ConnectionAuth> auth();

  /** A new builder. */
  static ImmutableConnection.Builder builder() {
    return ImmutableConnection.builder();
  }
}
