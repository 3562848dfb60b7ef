package io.github.aepsdk.catalog;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One request of a batched request, {@link CatalogApi#createBatchedRequest(java.util.List)} (spec
 * schema {@code resourceItem}): what would otherwise be an individual Catalog call.
 *
 * <pre>{@code
 * BatchedRequestItem.builder()
 *     .id("firstDataSet")               // the caller's name for this request
 *     .method("POST")
 *     .resource("/dataSets")            // relative to the Catalog base path
 *     .body(Map.of("name", "Sample Dataset", "schemaRef", Map.of(…)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface BatchedRequestItem {

  /** The caller's name for this request. */
  Optional<String> id();

  /** The HTTP method of the request, e.g. {@code POST}. */
  Optional<String> method();

  /** Request headers, e.g. {@code {"if-match": "1.0.6"}}. */
  Map<String, Object> headers();

  /** The relative path of the resource, e.g. {@code /dataSets} or {@code /dataSets/<id>}. */
  Optional<String> resource();

  /** The request body (free-form). */
  Map<String, Object> body();

  /** A new builder. */
  static ImmutableBatchedRequestItem.Builder builder() {
    return ImmutableBatchedRequestItem.builder();
  }
}
