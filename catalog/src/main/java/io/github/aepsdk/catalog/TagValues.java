package io.github.aepsdk.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer of {@link CatalogApi#listTags(String)}, {@code GET /tags/{tagNamespace}} (spec schema
 * {@code tagsResponse}): the tag values aggregated over the org for one namespace, and the objects
 * that carry tags of that namespace.
 *
 * <pre>{@code
 * {"objectType": {"datasets": ["@/DataSet/5b20017aa492bbd30425e21b", …]},
 *  "adobe/pqs/databases": ["baz", "bat", "foo", "bar"]}
 * }</pre>
 *
 * The spec declares the value lists as additional members beside {@code objectType} (keyed by
 * namespace); they are kept in {@link #additionalProperties()} and read typed through {@link
 * #values()}.
 */
@Value.Immutable
public interface TagValues {

  /** Catalog collection (e.g. {@code datasets}) to references of the objects tagged in the namespace. */
  Map<String, List<String>> objectType();

  /** The members beside {@code objectType} as received: namespace to aggregated values. */
  Map<String, Object> additionalProperties();

  /**
   * The aggregated values per namespace, e.g. {@code adobe/pqs/databases} → {@code [baz, bat, foo,
   * bar]}; members that are not lists of strings are left out.
   */
  default Map<String, List<String>> values() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : additionalProperties().entrySet()) {
      if (e.getValue() instanceof List<?>) {
        List<String> strings = new ArrayList<>();
        for (Object v : (List<?>) e.getValue()) {
          if (v instanceof String) {
            strings.add((String) v);
          }
        }
        if (strings.size() == ((List<?>) e.getValue()).size()) {
          values.put(e.getKey(), Collections.unmodifiableList(strings));
        }
      }
    }
    return Collections.unmodifiableMap(values);
  }

  /** A new builder. */
  static ImmutableTagValues.Builder builder() {
    return ImmutableTagValues.builder();
  }
}
