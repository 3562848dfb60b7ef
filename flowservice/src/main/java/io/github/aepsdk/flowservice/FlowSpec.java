package io.github.aepsdk.flowservice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flow spec: the fixed definition of a kind of dataflow (which connection specs it joins, its
 * transformations, schedule and run parameters). Answer of {@code GET /flowSpecs} and {@code GET
 * /flowSpecs/{id}}; marketing automation sources use {@value #CRM_TO_AEP_NAME}.
 *
 * <p>The docs show the transformation specs under two names: {@code transformationSpecs} (older
 * revision, and the spec the SDK writes) and {@code transformationSpec} (newer revision); both are
 * read into {@link #transformationSpecs()}, as an array or a single object.
 *
 * <p>Open-ended: members this model does not name are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface FlowSpec {

  /** Name of the flow spec for CRM and marketing automation sources. */
  String CRM_TO_AEP_NAME = "CRMToAEP";

  /** Id of the {@value #CRM_TO_AEP_NAME} flow spec. */
  String CRM_TO_AEP_ID = "14518937-270c-4525-bdec-c2ba7cce3860";

  /** The flow spec id. */
  String id();

  /** The flow spec name, for example {@value #CRM_TO_AEP_NAME}. */
  Optional<String> name();

  /** The id of the provider that owns the spec. */
  Optional<String> providerId();

  /** The spec version, for example {@code "1.0"}. */
  Optional<String> version();

  /** Attributes such as {@code isSourceFlow}, {@code frequency} and {@code notification}. */
  Map<String, Object> attributes();

  /** The connection specs a flow of this spec can read from. */
  List<String> sourceConnectionSpecIds();

  /** The connection specs a flow of this spec can write to. */
  List<String> targetConnectionSpecIds();

  /** The permissions needed to view and manage flows of this spec. */
  Map<String, Object> permissionsInfo();

  /** Flow options such as {@code errorDiagnosticsEnabled} and {@code partialIngestionPercent}. */
  Optional<SpecDefinition> optionSpec();

  /** The schedule a flow of this spec takes ({@code scheduleParams}): a JSON Schema in {@code spec}. */
  Optional<SpecDefinition> scheduleSpec();

  /** The transformations a flow of this spec takes, such as {@code Copy} and {@code Mapping}. */
  List<SpecDefinition> transformationSpecs();

  /** The parameters of an on-demand run ({@code POST /runs}). */
  Optional<SpecDefinition> runSpec();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** The transformation spec called {@code name} (for example {@code "Mapping"}), if any. */
  default Optional<SpecDefinition> findTransformationSpec(String name) {
    return transformationSpecs().stream().filter(s -> s.name().filter(name::equals).isPresent()).findFirst();
  }

  /**
   * Moves a {@code transformationSpec} member (the newer docs' name, array or single object) into
   * {@link #transformationSpecs()}. Called by the builder; not for direct use.
   */
  @Value.Check
  default FlowSpec normalize() {
    Object singular = additionalProperties().get("transformationSpec");
    if (singular == null || !transformationSpecs().isEmpty()) {
      return this;
    }
    Map<String, Object> rest = new LinkedHashMap<>(additionalProperties());
    rest.remove("transformationSpec");
    return ImmutableFlowSpec.builder()
        .from(this)
        .transformationSpecs(SpecDefinitions.listOf(singular, "transformationSpec"))
        .additionalProperties(rest)
        .build();
  }

  /** A new builder. */
  static ImmutableFlowSpec.Builder builder() {
    return ImmutableFlowSpec.builder();
  }
}
