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
public interface TargetConnection extends NamedFlowServiceResource {

  /** The base connection it writes through, if any. */
  Optional<String> baseConnectionId();

  /** The schema (and format) of the data written. */
  Optional<ConnectionData> data();

  /** The connection spec of the target, for example the Data Lake. */
  Optional<SpecRef> connectionSpec();

  /** Where to write, for example the {@code dataSetId}. */
  Optional<TargetConnectionParams> params();

  /** A reference the provider assigned. */
  Optional<String> providerRefId();

  /** The base connection, echoed by the server. */
  Optional<InheritedAttributes> inheritedAttributes();

  /** The last create or update the server applied. */
  Optional<LastOperation> lastOperation();

  /** A new builder. */
  static ImmutableTargetConnection.Builder builder() {
    return ImmutableTargetConnection.builder();
  }
}
