package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /connections}: a base connection to create.
 *
 * <pre>{@code
 * // HubSpot source
 * CreateConnectionRequest hubSpot = CreateConnectionRequest.builder()
 *     .name("connection for HubSpot")
 *     .auth(ConnectionAuth.of("Basic Authentication", Map.of(
 *         "clientId", id, "clientSecret", secret, "accessToken", access, "refreshToken", refresh)))
 *     .connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0"))
 *     .build();
 * // Data Lake target
 * CreateConnectionRequest dataLake = CreateConnectionRequest.dataLake("Dataset Base Connection", null);
 * }</pre>
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/create-dataset-base-connection.html">Create a dataset base connection</a>
 */
@Value.Immutable
public interface CreateConnectionRequest {

  /** A descriptive name, used to look the connection up. */
  Optional<String> name();

  /** An optional description. */
  Optional<String> description();

  /** The authentication type and credentials; absent for a dataset base connection. */
  Optional<ConnectionAuth> auth();

  /** The connection spec to instantiate, with its version. */
  SpecRef connectionSpec();

  /**
   * A dataset base connection: a connection to the Data Lake (connection spec {@value
   * ConnectionSpec#DATA_LAKE_ID}, version 1.0), which target connections of ingestion flows use.
   *
   * @param description may be {@code null}
   */
  static CreateConnectionRequest dataLake(String name, String description) {
    return builder()
        .name(name)
        .description(Optional.ofNullable(description))
        .connectionSpec(SpecRef.of(ConnectionSpec.DATA_LAKE_ID, "1.0"))
        .build();
  }

  /** A new builder. */
  static ImmutableCreateConnectionRequest.Builder builder() {
    return ImmutableCreateConnectionRequest.builder();
  }
}
