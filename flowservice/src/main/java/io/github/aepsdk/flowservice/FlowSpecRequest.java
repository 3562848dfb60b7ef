package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /flowSpecs} and {@code PUT /flowSpecs/{id}}: a flow spec without the
 * members the server owns ({@code id}, timestamps, sandbox, org).
 *
 * <p>A PUT replaces the whole spec: start from {@link #from(FlowSpec)} of the current one, for
 * example to add a connection spec to {@link #sourceConnectionSpecIds()}.
 *
 * <p>The official spec's {@code CreateFlowSpecRequest}/{@code UpdateFlowSpecRequest} do not
 * describe a flow spec: they declare {@code transformationSpecDTOS} (mapping params) and type the
 * {@code scheduleSpec}, {@code optionSpec} and {@code runSpec} as the <em>values</em> a flow
 * gives ({@code startTime}, {@code interval}, …) rather than the JSON Schema sections that every
 * flow spec answer (the spec's own examples included) carries. The SDK writes the sections as
 * {@link FlowSpec} reads them (SPEC-VALIDATION D-FS-21).
 *
 * <p>Open-ended like {@link FlowSpec}: members not named here are kept in {@link
 * #additionalProperties()} and written.
 */
@Value.Immutable
public interface FlowSpecRequest {

  /** The flow spec name. */
  String name();

  /** The id of the provider that owns the spec. */
  String providerId();

  /** The spec version, for example {@code "1.0"}. */
  Optional<String> version();

  /** The flow spec type. */
  Optional<String> type();

  /** Attributes such as {@code isSourceFlow} and {@code frequency}. */
  Map<String, Object> attributes();

  /** The connection specs a flow of this spec can read from. */
  List<String> sourceConnectionSpecIds();

  /** The connection specs a flow of this spec can write to. */
  List<String> targetConnectionSpecIds();

  /** The transformations a flow of this spec takes, such as {@code Mapping}. */
  List<SpecDefinition> transformationSpecs();

  /** Flow options ({@code errorDiagnosticsEnabled}, {@code partialIngestionPercent}). */
  Optional<SpecDefinition> optionSpec();

  /** The schedule a flow of this spec takes. */
  Optional<SpecDefinition> scheduleSpec();

  /** The parameters of an on-demand run. */
  Optional<SpecDefinition> runSpec();

  /** The permissions needed to view and manage flows of this spec. */
  Map<String, Object> permissionsInfo();

  /** The entitlements per operation ({@code operation}, {@code entitlements}). */
  List<Map<String, Object>> entitlementInfo();

  /** The data usage policy ({@code duleLabels}, {@code enforcementRefs}). */
  Map<String, Object> policy();

  /** Members not named above, written as given. */
  Map<String, Object> additionalProperties();

  /** The request that creates or replaces a spec with the members of {@code spec} the client owns. */
  static FlowSpecRequest from(FlowSpec spec) {
    return builder()
        .name(spec.name().orElseThrow(() -> new IllegalArgumentException("flow spec " + spec.id() + " has no name")))
        .providerId(spec.providerId().orElseThrow(
            () -> new IllegalArgumentException("flow spec " + spec.id() + " has no providerId")))
        .version(spec.version())
        .attributes(spec.attributes())
        .sourceConnectionSpecIds(spec.sourceConnectionSpecIds())
        .targetConnectionSpecIds(spec.targetConnectionSpecIds())
        .transformationSpecs(spec.transformationSpecs())
        .optionSpec(spec.optionSpec())
        .scheduleSpec(spec.scheduleSpec())
        .runSpec(spec.runSpec())
        .permissionsInfo(spec.permissionsInfo())
        .additionalProperties(spec.additionalProperties())
        .build();
  }

  /** A new builder. */
  static ImmutableFlowSpecRequest.Builder builder() {
    return ImmutableFlowSpecRequest.builder();
  }
}
