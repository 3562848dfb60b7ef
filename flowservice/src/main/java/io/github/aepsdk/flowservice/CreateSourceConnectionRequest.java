package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /sourceConnections}: a source connection to create.
 *
 * <pre>{@code
 * CreateSourceConnectionRequest request = CreateSourceConnectionRequest.builder()
 *     .name("HubSpot source connection")
 *     .baseConnectionId(baseConnectionId)
 *     .data(ConnectionData.ofFormat("tabular"))
 *     .params(SourceConnectionParams.ofPath("Hubspot.Contacts"))
 *     .connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0"))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/collect/marketing-automation.html">Collect marketing automation data</a>
 */
@Value.Immutable
public interface CreateSourceConnectionRequest {

  /** A descriptive name. Required by the API. */
  String name();

  /** The base connection to read through (absent for streaming sources). */
  Optional<String> baseConnectionId();

  /** An optional description. */
  Optional<String> description();

  /** The format of the data read, for example {@code tabular}. Required by the API. */
  ConnectionData data();

  /** What to read, for example the table {@code path}. */
  Optional<SourceConnectionParams> params();

  /** The connection spec of the source, with its version. */
  SpecRef connectionSpec();

  /** A new builder. */
  static ImmutableCreateSourceConnectionRequest.Builder builder() {
    return ImmutableCreateSourceConnectionRequest.builder();
  }
}
