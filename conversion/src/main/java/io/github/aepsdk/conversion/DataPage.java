package io.github.aepsdk.conversion;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Data Prep list envelope (the spec's {@code MapperSetPage}): {@code {"data":[…],
 * "_page":{"count":…, "limit":…}, "_links":{…}}}.
 *
 * <p>Paging is offset based: ask with {@code start} (zero-based offset) and {@code limit}; a page
 * with fewer than {@code limit} items is the last. {@code io.github.aepsdk.core.paging.Paging.dataPrep}
 * walks all pages.
 *
 * @param <T> the listed resource
 */
@Value.Immutable
public interface DataPage<T> {

  /** The resources on this page, in the server's order; empty when none. */
  List<T> data();

  /** Page information; see {@link PageInfo} for why {@code count} is not reliable. */
  @Json(name = "_page")
  Optional<PageInfo> page();

  /** Links by relation name (declared by the spec, not seen in Adobe's examples). */
  @Json(name = "_links")
  Map<String, Link> links();

  /** A new builder. */
  static <T> ImmutableDataPage.Builder<T> builder() {
    return ImmutableDataPage.builder();
  }
}
