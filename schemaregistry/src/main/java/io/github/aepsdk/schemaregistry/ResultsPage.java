package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
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
 * @param <T> the listed element
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/appendix.html#query">Schema Registry API: paging</a>
 */
@Value.Immutable
public interface ResultsPage<T> {

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

  /** A new builder. */
  static <T> ImmutableResultsPage.Builder<T> builder() {
    return ImmutableResultsPage.builder();
  }
}
