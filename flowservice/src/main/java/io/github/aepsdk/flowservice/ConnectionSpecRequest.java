package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /connectionSpecs} and {@code PUT /connectionSpecs/{id}} (the spec's
 * {@code CreateConnectionSpecRequest} and {@code UpdateConnectionSpecRequest}, which are the same):
 * a connection spec without the members the server owns ({@code id}, timestamps, sandbox, org).
 *
 * <p>A PUT replaces the whole spec: start from {@link #from(ConnectionSpec)} of the current one.
 *
 * <p>Open-ended like {@link ConnectionSpec}: members not named here are kept in {@link
 * #additionalProperties()} and written.
 */
@Value.Immutable
public interface ConnectionSpecRequest {

  /** The connector name. */
  String name();

  /** The id of the provider that owns the spec. */
  String providerId();

  /** The spec version, for example {@code "1.0"}. */
  Optional<String> version();

  /** The connector type. */
  Optional<String> type();

  /** Connector settings. */
  Map<String, Object> settings();

  /** Connector attributes such as {@code category} and {@code isSource}. */
  Map<String, Object> attributes();

  /** The authentication types the connector supports. */
  List<SpecDefinition> authSpec();

  /** The encryption the connector supports ({@code name}, {@code type}, {@code spec}). */
  List<SpecDefinition> encryptionSpecs();

  /** The parameters a source connection of this connector takes. */
  Optional<SpecDefinition> sourceSpec();

  /** The parameters a target connection of this connector takes. */
  Optional<SpecDefinition> targetSpec();

  /** How the connector's contents can be explored. */
  Optional<SpecDefinition> exploreSpec();

  /** The permissions needed to view and manage connections of this spec. */
  Map<String, Object> permissionsInfo();

  /** The entitlements per operation ({@code operation}, {@code entitlements}). */
  List<Map<String, Object>> entitlementInfo();

  /** The data usage policy ({@code duleLabels}, {@code enforcementRefs}). */
  Map<String, Object> policy();

  /** Members not named above, written as given. */
  Map<String, Object> additionalProperties();

  /** The request that creates or replaces a spec with the members of {@code spec} the client owns. */
  static ConnectionSpecRequest from(ConnectionSpec spec) {
    return builder()
        .name(spec.name().orElseThrow(() -> new IllegalArgumentException("connection spec " + spec.id() + " has no name")))
        .providerId(spec.providerId().orElseThrow(
            () -> new IllegalArgumentException("connection spec " + spec.id() + " has no providerId")))
        .version(spec.version())
        .attributes(spec.attributes())
        .authSpec(spec.authSpec())
        .sourceSpec(spec.sourceSpec())
        .targetSpec(spec.targetSpec())
        .exploreSpec(spec.exploreSpec())
        .permissionsInfo(spec.permissionsInfo())
        .additionalProperties(spec.additionalProperties())
        .build();
  }

  /** A new builder. */
  static ImmutableConnectionSpecRequest.Builder builder() {
    return ImmutableConnectionSpecRequest.builder();
  }
}
