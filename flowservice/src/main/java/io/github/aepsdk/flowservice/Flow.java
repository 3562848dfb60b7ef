package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flow (dataflow): moves data from source connections to target connections on a schedule,
 * applying transformations. Answer of {@code GET /flows} and {@code GET /flows/{id}}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/update-dataflows.html">Update dataflows</a>
 */
@Value.Immutable
public interface Flow extends NamedFlowServiceResource {

  /** The flow spec the flow instantiates. */
  Optional<SpecRef> flowSpec();

  /** The source connections the flow reads. */
  List<String> sourceConnectionIds();

  /** The target connections the flow writes. */
  List<String> targetConnectionIds();

  /** The source and target connections with their specs, echoed by the server. */
  Optional<InheritedAttributes> inheritedAttributes();

  /** The schedule. */
  Optional<ScheduleParams> scheduleParams();

  /** The transformations, in order. */
  List<Transformation> transformations();

  /** Flow options such as {@code errorDiagnosticsEnabled} (see the flow spec's {@code optionSpec}). */
  Map<String, Object> options();

  /** The relative link to the flow's runs, for example {@code /flows/{id}/runs}. */
  Optional<String> runs();

  /** The last create or update the server applied. */
  Optional<LastOperation> lastOperation();

  /** The flow's most recent run. */
  Optional<LastRunDetails> lastRunDetails();

  /** Data usage labels, for example {@code core/C12}. */
  List<String> labels();

  /** The record types the flow ingests, for example {@code {"type": "experienceevent"}}. */
  List<Map<String, Object>> recordTypes();

  /** A new builder. */
  static ImmutableFlow.Builder builder() {
    return ImmutableFlow.builder();
  }
}
