package io.github.aepsdk.flowservice;

import com.squareup.moshi.Json;
import io.github.aepsdk.paging.Page;
import io.github.aepsdk.paging.PageFetcher;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Flow Service list envelope: {@code {"items":[…], "_links":{"next":{"href":"…"}}, "count":N}}.
 *
 * <p>{@code _links.next.href} is relative (for example {@code /flows?continuationToken=…}) and is
 * absent, or {@code _links} is {@code {}}, on the last page. With {@code count=true} the answer is
 * only {@code {"count": N}} and {@code items} is empty.
 *
 * <p>Paging: a page has a next page when {@code _links.next.href} carries a {@code
 * continuationToken}; {@link #nextPage()} repeats the list call with that token (byte for byte, as
 * the link carries it, URL-decoded) as the {@code continuationToken} query parameter. A token that
 * comes back again ends the walk with an {@link IllegalStateException}.
 *
 * @param <T> the listed resource
 */
@Value.Immutable
public interface ItemsPage<T> extends Page<T> {

  /** The resources on this page, in the server's order; empty when none. */
  @Override
  List<T> items();

  /** Paging links; {@code next} is absent on the last page. */
  @Json(name = "_links")
  Optional<PageLinks> links();

  /** The total count, present when the request asked for {@code count=true}. */
  Optional<Long> count();

  /** The continuation token of the next page, taken from {@code _links.next.href}, if any. */
  default Optional<String> continuationToken() {
    return links().flatMap(PageLinks::next).flatMap(Link::continuationToken);
  }

  /** Whether {@code _links.next.href} carries a continuation token. */
  @Override
  default boolean hasNextPage() {
    return continuationToken().isPresent();
  }

  /**
   * Repeats this page's list call with {@code continuationToken} = {@link #continuationToken()}:
   * the same {@code GET} (or {@code POST} search) with the same filters and {@code limit}.
   *
   * @throws java.util.NoSuchElementException on the last page
   * @throws IllegalStateException if this page was not decoded by the AEP client from a call that
   *     takes {@code continuationToken}, or if the token was already followed in this walk
   */
  @Override
  default ItemsPage<T> nextPage() {
    return Page.fetchNext(this, pageFetcher());
  }

  /**
   * How {@link #nextPage()} fetches the next page; attached by the AEP client, empty on a page
   * built or decoded outside it. Not part of the JSON nor of the value.
   */
  @Value.Auxiliary
  @Json(ignore = true)
  Optional<PageFetcher<ItemsPage<T>>> pageFetcher();

  /** A new builder. */
  static <T> ImmutableItemsPage.Builder<T> builder() {
    return ImmutableItemsPage.builder();
  }
}
