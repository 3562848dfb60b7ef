package io.github.aepsdk.conversion;

import com.squareup.moshi.Json;
import io.github.aepsdk.paging.Page;
import io.github.aepsdk.paging.PageFetcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Data Prep list envelope (the spec's {@code MapperSetPage}): {@code {"data":[…],
 * "_page":{"count":…, "limit":…}, "_links":{…}}}.
 *
 * <p>Paging is offset based: ask with {@code start} (zero-based offset) and {@code limit}; a page
 * with fewer than {@code limit} items is the last: fewer than the {@code limit} the call asked, or
 * than {@code _page.limit} when AEP reports a smaller one (a server-side cap); an empty page is the
 * last. {@code _page.count} is not used: AEP does not fill it reliably. {@link #nextPage()} repeats
 * the list call with {@code start} advanced by the number of items received and the same {@code
 * limit}; a page that repeats the items of the page before ends the walk with an {@link
 * IllegalStateException} (the server ignores {@code start}).
 *
 * @param <T> the listed resource
 */
@Value.Immutable
public interface DataPage<T> extends Page<T> {

  /** The resources on this page, in the server's order; empty when none. */
  List<T> data();

  /** The data; same as {@link #data()}. */
  @Override
  default List<T> items() {
    return data();
  }

  /**
   * Whether a page follows, by the rule above. Needs the {@code limit} the call asked: a page built
   * or decoded outside the AEP client answers {@code false}.
   */
  @Override
  default boolean hasNextPage() {
    return pageFetcher().map(fetcher -> fetcher.hasNext(this)).orElse(false);
  }

  /**
   * Repeats this page's list call ({@code GET /mappingSets}) with {@code start} advanced by the
   * number of items on this page and the same {@code limit}.
   *
   * @throws java.util.NoSuchElementException on the last page
   * @throws IllegalStateException if this page was not decoded by the AEP client from a call that
   *     takes {@code start} and {@code limit}, or if the next page repeats this one
   */
  @Override
  default DataPage<T> nextPage() {
    return Page.fetchNext(this, pageFetcher());
  }

  /**
   * How {@link #nextPage()} fetches the next page; attached by the AEP client, empty on a page
   * built or decoded outside it. Not part of the JSON nor of the value.
   */
  @Value.Auxiliary
  @Json(ignore = true)
  Optional<PageFetcher<DataPage<T>>> pageFetcher();

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
