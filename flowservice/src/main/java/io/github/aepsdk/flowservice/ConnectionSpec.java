package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A connection spec: the fixed definition of one source or destination connector (authentication
 * types, source/target parameters, explore behaviour). Answer of {@code GET /connectionSpecs} and
 * {@code GET /connectionSpecs/{id}}.
 *
 * <p>Open-ended: connectors add their own sections, which are kept in {@link
 * #additionalProperties()} and written back.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/flow-service-api.html">Flow Service API</a>
 */
@Value.Immutable
public interface ConnectionSpec {

  /** Connection spec id of the Data Lake (the target of a dataset base connection). */
  String DATA_LAKE_ID = "c604ff05-7f1a-43c0-8e18-33bf874cb11c";

  /** Connection spec id of the HubSpot source. */
  String HUBSPOT_ID = "cc6a4487-9e91-433e-a3a3-9cf6626c1806";

  /** The connection spec id. */
  String id();

  /** The connector name, for example {@code "hubspot"}. */
  Optional<String> name();

  /** The id of the provider that owns the spec. */
  Optional<String> providerId();

  /** The spec version, for example {@code "1.0"}. */
  Optional<String> version();

  /** Creation time, epoch milliseconds. */
  Optional<Long> createdAt();

  /** Last update time, epoch milliseconds. */
  Optional<Long> updatedAt();

  /** Who created the spec. */
  Optional<String> createdBy();

  /** Who last updated the spec. */
  Optional<String> updatedBy();

  /** The client that created the spec. */
  Optional<String> createdClient();

  /** The client that last updated the spec. */
  Optional<String> updatedClient();

  /** The sandbox id. */
  Optional<String> sandboxId();

  /** The sandbox name. */
  Optional<String> sandboxName();

  /** The IMS org id. */
  Optional<String> imsOrgId();

  /** The authentication types the connector supports; each {@code spec} lists the auth params. */
  List<SpecDefinition> authSpec();

  /** The parameters a source connection of this connector takes. */
  Optional<SpecDefinition> sourceSpec();

  /** The parameters a target connection of this connector takes (Data Lake: {@code dataSetId}). */
  Optional<SpecDefinition> targetSpec();

  /** How the connector's contents can be explored. */
  Optional<SpecDefinition> exploreSpec();

  /** Connector attributes such as {@code category} and {@code isSource}. */
  Map<String, Object> attributes();

  /** The permissions needed to view and manage connections of this spec. */
  Map<String, Object> permissionsInfo();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** The authentication type called {@code name} (for example {@code "Basic Authentication"}), if any. */
  default Optional<SpecDefinition> findAuthSpec(String name) {
    return authSpec().stream().filter(s -> s.name().filter(name::equals).isPresent()).findFirst();
  }

  /** A new builder. */
  static ImmutableConnectionSpec.Builder builder() {
    return ImmutableConnectionSpec.builder();
  }
}
