package io.github.aepsdk.conversion;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One element of the answer of {@code POST /mappingSets/preview} (an array, one element per input
 * row; the spec wrongly declares a single object, SPEC-VALIDATION D-DP-4): {@code {"data":{…XDM…},
 * "errors":null}}.
 */
@Value.Immutable
public interface PreviewResult {

  /** The mapped row as an XDM JSON object, e.g. {@code {"_id":"1234","person":{…}}}. */
  Map<String, Object> data();

  /** What went wrong for this row; empty (AEP sends {@code null}) when it mapped cleanly. */
  List<TransformError> errors();

  /** Whether the row mapped without errors. */
  default boolean succeeded() {
    return errors().isEmpty();
  }

  /** A new builder. */
  static ImmutablePreviewResult.Builder builder() {
    return ImmutablePreviewResult.builder();
  }
}
