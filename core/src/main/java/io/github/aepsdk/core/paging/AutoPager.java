package io.github.aepsdk.core.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a paged AEP list, fetched lazily: one request per page, the next page only when the
 * iteration reaches it, and only the current page held in memory. Each {@link #iterator()} or
 * {@link #stream()} starts again from the first page.
 *
 * <p>Create one with the factory for the API's paging style in {@link Paging}.
 *
 * @param <T> the listed item
 */
public final class AutoPager<T> implements Iterable<T> {

  /**
   * How to walk one paging style.
   *
   * @param <P> the page type
   * @param <T> the item type
   */
  public interface PageWalker<P, T> {
    /** Fetches the first page. */
    P first();

    /** Fetches the page after {@code current}, or empty when {@code current} is the last page. */
    Optional<P> next(P current);

    /** The items of {@code page}. */
    List<T> items(P page);
  }

  private final PageWalker<Object, T> walker;

  @SuppressWarnings("unchecked")
  private AutoPager(PageWalker<?, T> walker) {
    this.walker = (PageWalker<Object, T>) walker;
  }

  /** An auto-pager driven by {@code walker}. */
  public static <P, T> AutoPager<T> of(PageWalker<P, T> walker) {
    return new AutoPager<>(walker);
  }

  /** An auto-pager from three functions (see {@link PageWalker}). */
  public static <P, T> AutoPager<T> of(
      java.util.function.Supplier<P> first, Function<P, Optional<P>> next, Function<P, List<T>> items) {
    return new AutoPager<>(new PageWalker<P, T>() {
      @Override
      public P first() {
        return first.get();
      }

      @Override
      public Optional<P> next(P current) {
        return next.apply(current);
      }

      @Override
      public List<T> items(P page) {
        return items.apply(page);
      }
    });
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Object page;
      private Iterator<T> current;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (!done && (current == null || !current.hasNext())) {
          if (page == null) {
            page = walker.first();
          } else {
            Optional<Object> next = walker.next(page);
            if (next.isEmpty()) {
              done = true;
              page = null;
              current = null;
              break;
            }
            page = next.get();
          }
          current = walker.items(page).iterator();
        }
        return !done;
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
