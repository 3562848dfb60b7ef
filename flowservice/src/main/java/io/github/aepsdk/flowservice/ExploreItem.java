package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of an explore listing ({@code GET /connections/{id}/explore?objectType=root}): a table,
 * folder or file of the source, for example {@code {"type": "table", "name": "Hubspot.Contacts",
 * "path": "Hubspot.Contacts", "canPreview": true, "canFetchSchema": true}}. Pass {@link #path()}
 * to {@link FlowServiceApi#exploreTable} and to the source connection's {@code params.path}.
 */
@Value.Immutable
public interface ExploreItem {

  /** The kind of entry, for example {@code "table"}, {@code "folder"} or {@code "file"}. */
  String type();

  /** The display name. */
  Optional<String> name();

  /** The path that identifies the entry in further explore calls and in source connections. */
  String path();

  /** Whether the entry's data can be previewed. */
  Optional<Boolean> canPreview();

  /** Whether the entry's structure can be fetched. */
  Optional<Boolean> canFetchSchema();

  /** A new builder. */
  static ImmutableExploreItem.Builder builder() {
    return ImmutableExploreItem.builder();
  }
}
