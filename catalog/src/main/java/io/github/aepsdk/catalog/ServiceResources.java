package io.github.aepsdk.catalog;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@link CatalogApi#listBatchedRequests(CatalogQuery)}, {@code GET /} (spec schema
 * {@code serviceResources}): {@code {"dataSource": "…", "dataSet": "…", "transform": "…"}}. The
 * spec describes the members only by their example values; other members are skipped.
 */
@Value.Immutable
public interface ServiceResources {

  /** The data source member, e.g. {@code foo_dataSource}. */
  Optional<String> dataSource();

  /** The dataset member ("the ID of the dataset"), e.g. {@code foo_dataSet}. */
  Optional<String> dataSet();

  /** The transform member ("the transform ID"). */
  Optional<String> transform();

  /** A new builder. */
  static ImmutableServiceResources.Builder builder() {
    return ImmutableServiceResources.builder();
  }
}
