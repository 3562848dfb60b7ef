package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import io.github.aepsdk.paging.Page;
import io.github.aepsdk.paging.PageFetcher;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Schema Registry list envelope: {@code {"results": […], "_page": {"orderby", "next", "count"},
 * "_links": {…}}}.
 *
 * <p>The element type depends on the list's {@code Accept} media type: {@link XdmSummary} for
 * {@code application/vnd.adobe.xed-id+json}, the full resource ({@link Schema}, {@link XdmClass},
 * {@link FieldGroup}) for {@code application/vnd.adobe.xed+json}. Lists are keyset-paged: send
 * {@link #next()} back as {@code start} with the same {@code orderby}; it is absent on the last
 * page (and {@code _page} may be missing entirely when no {@code orderby} was sent).
 *
 * <p>Paging: {@link #nextPage()} repeats the list call with {@code start} = {@code _page.next} and
 * always with an {@code orderby} ({@code start} only works together with it): the one the call sent,
 * else the answer's {@code _page.orderby}; a call that sent neither cannot be continued and {@code
 * nextPage()} refuses it with an {@link IllegalStateException} naming {@code orderby}. A {@code
 * _page.next} the walk was already fetched with ends the walk with an {@link IllegalStateException}.
 *
 * @param <T> the listed element
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/appendix.html#query">Schema Registry API: paging</a>
 */
@Value.Immutable
public interface ResultsPage<T> extends Page<T> {

  /** The resources on this page, in the requested order; empty when none. */
  List<T> results();

  /** Paging state; may be absent. */
  @Json(name = "_page")
  Optional<PageInfo> page();

  /** Links; may be absent. */
  @Json(name = "_links")
  Optional<ResultsLinks> links();

  /** The {@code start} value of the next page ({@code _page.next}); absent or blank on the last page. */
  default Optional<String> next() {
    return page().flatMap(PageInfo::next).filter(next -> !next.isEmpty());
  }

  /** The results; same as {@link #results()}. */
  @Override
  default List<T> items() {
    return results();
  }

  /** Whether {@code _page.next} is present (not null, not blank). */
  @Override
  default boolean hasNextPage() {
    return next().isPresent();
  }

  /**
   * Repeats this page's list call with {@code start} = {@link #next()} and {@code orderby} (see the
   * type's description).
   *
   * @throws java.util.NoSuchElementException on the last page
   * @throws IllegalStateException if this page was not decoded by the AEP client from a call that
   *     takes {@code start}, if no {@code orderby} is known, or if {@code _page.next} was already
   *     followed in this walk
   */
  @Override
  default ResultsPage<T> nextPage() {
    return Page.fetchNext(this, pageFetcher());
  }

  /**
   * How {@link #nextPage()} fetches the next page; attached by the AEP client, empty on a page
   * built or decoded outside it. Not part of the JSON nor of the value.
   */
  @Value.Auxiliary
  @Json(ignore = true)
  Optional<PageFetcher<ResultsPage<T>>> pageFetcher();

  /** A new builder. */
  static <T> ImmutableResultsPage.Builder<T> builder() {
    return ImmutableResultsPage.builder();
  }
}
