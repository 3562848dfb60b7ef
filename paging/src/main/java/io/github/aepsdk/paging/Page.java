package io.github.aepsdk.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One page of an AEP list answer, which knows how to fetch the page after it.
 *
 * <p>Every list call of the SDK returns a page: Flow Service {@code ItemsPage}, Schema Registry
 * {@code ResultsPage}, Catalog {@code CatalogPage}, Data Prep {@code DataPage}. The AEP client
 * attaches to each page it decodes a {@link PageFetcher} that repeats the same call with the paging
 * argument of the next page, by the rule of the API:
 *
 * <ul>
 *   <li>Flow Service: the {@code continuationToken} of {@code _links.next.href};
 *   <li>Schema Registry: {@code start} = {@code _page.next}, always sent together with {@code orderby};
 *   <li>Catalog: {@code start} advanced by the number of objects received, same {@code limit};
 *   <li>Data Prep: {@code start} advanced by the number of items received, same {@code limit}.
 * </ul>
 *
 * <pre>{@code
 * for (Flow flow : aep.flowService().listFlows().autoPager()) { … }
 * }</pre>
 *
 * A page decoded without the client (for example with plain Moshi) has no fetcher: its {@link
 * #nextPage()} throws {@link IllegalStateException}. The fetcher is not part of the page's value:
 * it is not written to JSON and plays no part in {@code equals}, {@code hashCode} or {@code
 * toString}.
 *
 * @param <T> the listed item
 */
public interface Page<T> {

  /** The items of this page, in the server's order; empty when none. */
  List<T> items();

  /**
   * Whether AEP has items after this page, by the paging rule of the API (see each page type).
   * No request is sent.
   */
  boolean hasNextPage();

  /**
   * Fetches the page after this one: one HTTP request, the same call as this page's with the
   * paging argument of the next page. Blocks until the answer is decoded.
   *
   * @throws NoSuchElementException if this is the last page ({@link #hasNextPage()} is false)
   * @throws IllegalStateException if this page was not decoded by the AEP client from a list call
   *     (it has no {@link PageFetcher}), or if the server does not advance (the next page's paging
   *     value or items repeat what the walk already received)
   * @throws RuntimeException the exceptions of the list call itself (the SDK's {@code AepException})
   */
  Page<T> nextPage();

  /**
   * All items from this page on, fetched lazily one page at a time as the iteration reaches them.
   * A server that does not advance ends the iteration with an {@link IllegalStateException}.
   */
  default AutoPager<T> autoPager() {
    return AutoPager.from(this);
  }

  /**
   * The page after {@code page}, fetched with {@code fetcher}: the common implementation of {@link
   * #nextPage()} for the page types.
   *
   * @throws NoSuchElementException if {@code page} is the last page
   * @throws IllegalStateException if {@code fetcher} is empty
   */
  static <P extends Page<?>> P fetchNext(P page, Optional<? extends PageFetcher<P>> fetcher) {
    if (fetcher.isEmpty()) {
      throw new IllegalStateException(page.getClass().getSimpleName() + " has no next page fetcher: only a page the AEP "
          + "client decoded from a list call can fetch the next one (this one was built or decoded outside the client)");
    }
    if (!page.hasNextPage()) {
      throw new NoSuchElementException("this is the last page: there is no next page to fetch");
    }
    return fetcher.get().next(page);
  }
}
