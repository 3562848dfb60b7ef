package io.github.aepsdk.flowservice;

import com.squareup.moshi.Json;
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
 * @param <T> the listed resource
 */
@Value.Immutable
public interface ItemsPage<T> {

  /** The resources on this page, in the server's order; empty when none. */
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

  /** A new builder. */
  static <T> ImmutableItemsPage.Builder<T> builder() {
    return ImmutableItemsPage.builder();
  }
}
