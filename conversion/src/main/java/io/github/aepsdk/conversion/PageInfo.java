package io.github.aepsdk.conversion;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code _page} member of a Data Prep list: {@code {"count":…, "limit":…}}. Do not rely on
 * {@code count} to page: Adobe's own example answers {@code "count": 0} beside two items. A page
 * shorter than the requested {@code limit} is the last one.
 */
@Value.Immutable
public interface PageInfo {

  /** The count AEP reports (see the class note). */
  Optional<Integer> count();

  /** The page size AEP applied. */
  Optional<Integer> limit();

  /** A new builder. */
  static ImmutablePageInfo.Builder builder() {
    return ImmutablePageInfo.builder();
  }
}
