package io.github.aepsdk.catalog;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The storage credentials of a dataset, answered by {@link
 * CatalogApi#getDataSetCredentials(String, String)} ({@code GET /dataSets/{id}/credentials}, spec
 * schema {@code dataSetCredentials}). The answer is the object itself, not keyed by id.
 */
@Value.Immutable
public interface DataSetCredentials {

  /** The dataset these credentials are for. */
  Optional<String> dataSetId();

  /** The base storage path of the dataset. */
  Optional<String> path();

  /** The staging base path for ingestion; built when a {@code batchId} was asked for. */
  Optional<String> stagePath();

  /** The credentials. Their key is masked in {@code toString()}. */
  Optional<StorageCredentials> credentials();

  /** A new builder. */
  static ImmutableDataSetCredentials.Builder builder() {
    return ImmutableDataSetCredentials.builder();
  }
}
