package io.github.aepsdk.conversion;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of {@code POST /mappingSets/preview}: sample input rows and the mapping set to run them
 * through, {@code {"data":[{…}, …], "mappingSet":{…}}}. Rows are free-form JSON objects.
 */
@Value.Immutable
public interface PreviewRequest {

  /** The input rows, each a JSON object such as {@code {"id":1234,"firstName":"Jim"}}. */
  List<Map<String, Object>> data();

  /** The mapping set to apply (it need not exist on the server). */
  MappingSet mappingSet();

  /** A preview of {@code rows} through {@code mappingSet}. */
  static PreviewRequest of(MappingSet mappingSet, List<? extends Map<String, Object>> rows) {
    return builder().mappingSet(mappingSet).addAllData(rows).build();
  }

  /** A new builder. */
  static ImmutablePreviewRequest.Builder builder() {
    return ImmutablePreviewRequest.builder();
  }
}
