package io.github.aepsdk.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a paged AEP list from a first page on, fetched lazily: the next page is requested
 * ({@link Page#nextPage()}) only when the iteration reaches it, and only the first and the current
 * page are held in memory. Each {@link #iterator()} or {@link #stream()} starts again from the first
 * page, which is not fetched again; the pages after it are.
 *
 * <pre>{@code
 * List<String> names = aep.flowService().listFlows().autoPager().stream()
 *     .map(flow -> flow.name().orElse(flow.id())).collect(Collectors.toList());
 * }</pre>
 *
 * <p>The iteration throws what {@link Page#nextPage()} throws: the list call's exceptions, and an
 * {@link IllegalStateException} when the server does not advance (a continuation token or {@code
 * _page.next} that comes back again, or a page that repeats the previous one) instead of an endless
 * series of requests. Items received before that are delivered first.
 *
 * @param <T> the listed item
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  private AutoPager(Page<T> first) {
    this.first = first;
  }

  /** All items from {@code first} on (same as {@code first.autoPager()}). */
  public static <T> AutoPager<T> from(Page<T> first) {
    return new AutoPager<>(Objects.requireNonNull(first, "first"));
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Page<T> page = first;
      private Iterator<T> current = first.items().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (page == null || !page.hasNextPage()) {
            page = null;
            return false;
          }
          page = page.nextPage();
          current = page.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The items as a lazy sequential stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
