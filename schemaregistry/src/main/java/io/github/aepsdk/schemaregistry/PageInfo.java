package io.github.aepsdk.schemaregistry;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code _page} object of a Schema Registry list: {@code {"orderby": "title", "next": null,
 * "count": 2}}.
 *
 * <p>Paging is keyset paging: pass {@link #next()} back as the {@code start} query parameter,
 * together with the same {@code orderby}, to get the following page. {@code next} is {@code null}
 * (absent here) on the last page.
 */
@Value.Immutable
public interface PageInfo {

  /** The sort order of the list, as requested with {@code orderby} (a leading {@code -} means descending). */
  Optional<String> orderby();

  /** The {@code start} value of the next page; absent on the last page. */
  Optional<String> next();

  /** The number of results on this page. */
  Optional<Long> count();

  /** A new builder. */
  static ImmutablePageInfo.Builder builder() {
    return ImmutablePageInfo.builder();
  }
}
