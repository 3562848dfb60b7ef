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
public interface SourceConnection extends NamedFlowServiceResource {

  /** The base connection it reads through. */
  Optional<String> baseConnectionId();

  /** The format (and schema) of the data read. */
  Optional<ConnectionData> data();

  /** The connection spec of the source. */
  Optional<SpecRef> connectionSpec();

  /** What to read, for example the table {@code path}. */
  Optional<SourceConnectionParams> params();

  /** A reference the provider assigned. */
  Optional<String> providerRefId();

  /** The base connection, echoed by the server. */
  Optional<InheritedAttributes> inheritedAttributes();

  /** The last create or update the server applied. */
  Optional<LastOperation> lastOperation();

  /** A new builder. */
  static ImmutableSourceConnection.Builder builder() {
    return ImmutableSourceConnection.builder();
  }
}
