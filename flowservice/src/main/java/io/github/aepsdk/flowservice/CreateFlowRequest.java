package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /flows}: a dataflow to create.
 *
 * <pre>{@code
 * CreateFlowRequest request = CreateFlowRequest.builder()
 *     .name("HubSpot dataflow")
 *     .flowSpec(SpecRef.of(FlowSpec.CRM_TO_AEP_ID, "1.0"))
 *     .addSourceConnectionIds(sourceConnectionId)
 *     .addTargetConnectionIds(targetConnectionId)
 *     .addTransformations(Transformation.mapping(mappingSetId, "0"))
 *     .scheduleParams(ScheduleParams.every(Frequency.HOUR, 1, Instant.now()))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/collect/marketing-automation.html">Collect marketing automation data</a>
 */
@Value.Immutable
public interface CreateFlowRequest {

  /** A descriptive name. */
  String name();

  /** An optional description. */
  Optional<String> description();

  /** The flow spec, with its version, for example {@value FlowSpec#CRM_TO_AEP_NAME}. */
  SpecRef flowSpec();

  /** The source connections to read. */
  List<String> sourceConnectionIds();

  /** The target connections to write. */
  List<String> targetConnectionIds();

  /** The transformations to apply, in order. */
  List<Transformation> transformations();

  /** The schedule. */
  Optional<ScheduleParams> scheduleParams();

  /** A new builder. */
  static ImmutableCreateFlowRequest.Builder builder() {
    return ImmutableCreateFlowRequest.builder();
  }
}
