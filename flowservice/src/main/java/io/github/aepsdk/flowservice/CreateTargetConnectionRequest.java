package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /targetConnections}: a target connection to create. For the Data Lake:
 *
 * <pre>{@code
 * CreateTargetConnectionRequest request = CreateTargetConnectionRequest.builder()
 *     .name("HubSpot target connection")
 *     .data(ConnectionData.ofSchema(SchemaRef.of(schemaId, SchemaRef.XED_FULL_V1)))
 *     .params(TargetConnectionParams.ofDataSet(dataSetId))
 *     .connectionSpec(SpecRef.of(ConnectionSpec.DATA_LAKE_ID, "1.0"))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/collect/marketing-automation.html">Collect marketing automation data</a>
 */
@Value.Immutable
public interface CreateTargetConnectionRequest {

  /** A descriptive name. */
  Optional<String> name();

  /** An optional description. */
  Optional<String> description();

  /**
   * The dataset base connection ({@code POST /connections} of the Data Lake connection spec) the
   * target connection writes through: sent by the 2020 revision of Adobe's marketing automation
   * tutorial, which warns to use the dataset base connection here and never the source's base
   * connection. Absent from the official spec's {@code CreateTargetConnectionRequest} and from the
   * current docs, which send a Data Lake target connection without it.
   */
  Optional<String> baseConnectionId();

  /** The schema of the data written. Required by the API. */
  ConnectionData data();

  /** Where to write, for example the {@code dataSetId}. */
  Optional<TargetConnectionParams> params();

  /** The connection spec of the target, with its version, for example the Data Lake. */
  SpecRef connectionSpec();

  /** A new builder. */
  static ImmutableCreateTargetConnectionRequest.Builder builder() {
    return ImmutableCreateTargetConnectionRequest.builder();
  }
}
