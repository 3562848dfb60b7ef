package io.github.aepsdk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link AutoPager} and {@link Page#fetchNext} over pages of a list held in memory. */
class AutoPagerTest {

  /** A page of {@code all} from {@code start}, {@code size} items long, fetched through {@code fetches}. */
  private static class ListPage implements Page<String> {
    final List<String> all;
    final int start;
    final int size;
    final List<Integer> fetches;
    final PageFetcher<ListPage> fetcher;

    ListPage(List<String> all, int start, int size, List<Integer> fetches, boolean withFetcher) {
      this.all = all;
      this.start = start;
      this.size = size;
      this.fetches = fetches;
      this.fetcher = !withFetcher ? null : new PageFetcher<>() {
        @Override
        public boolean hasNext(ListPage page) {
          return page.start + page.size < page.all.size();
        }

        @Override
        public ListPage next(ListPage page) {
          fetches.add(page.start + page.size);
          return new ListPage(all, page.start + page.size, size, fetches, true);
        }
      };
    }

    @Override
    public List<String> items() {
      return all.subList(start, Math.min(start + size, all.size()));
    }

    @Override
    public boolean hasNextPage() {
      return fetcher != null && fetcher.hasNext(this);
    }

    @Override
    public ListPage nextPage() {
      return Page.fetchNext(this, Optional.ofNullable(fetcher));
    }
  }

  private final List<Integer> fetches = new ArrayList<>();

  @Test
  void walksEveryPageLazilyAndStartsAgainFromTheFirstPage() {
    AutoPager<String> all = new ListPage(List.of("a", "b", "c", "d", "e"), 0, 2, fetches, true).autoPager();

    Iterator<String> it = all.iterator();
    assertThat(it.next()).isEqualTo("a");
    assertThat(it.next()).isEqualTo("b");
    assertThat(fetches).as("the second page is fetched when the iteration reaches it").isEmpty();
    assertThat(it.next()).isEqualTo("c");
    assertThat(fetches).containsExactly(2);
    assertThat(all.stream()).containsExactly("a", "b", "c", "d", "e");
    assertThat(fetches).as("the first page is not fetched again").containsExactly(2, 2, 4);
  }

  @Test
  void endsAfterTheLastPage() {
    Iterator<String> it = new ListPage(List.of("a"), 0, 2, fetches, true).autoPager().iterator();

    assertThat(it.next()).isEqualTo("a");
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(fetches).isEmpty();
  }

  @Test
  void emptyPagesBeforeTheLastAreSkipped() {
    ListPage empty = new ListPage(List.of("a", "b"), 0, 0, fetches, false) {
      @Override
      public boolean hasNextPage() {
        return true;
      }

      @Override
      public ListPage nextPage() {
        return new ListPage(all, 0, 2, fetches, true);
      }
    };

    assertThat(empty.autoPager().stream()).containsExactly("a", "b");
  }

  @Test
  void nextPageOnTheLastPageIsNoSuchElement() {
    ListPage last = new ListPage(List.of("a"), 0, 2, fetches, true);

    assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class).hasMessageContaining("last page");
  }

  @Test
  void aPageWithoutFetcherRefusesNextPageSayingWhy() {
    ListPage decoded = new ListPage(List.of("a", "b", "c"), 0, 2, fetches, false) {
      @Override
      public boolean hasNextPage() {
        return true;
      }
    };

    assertThatThrownBy(decoded::nextPage).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no next page fetcher")
        .hasMessageContaining("decoded outside the client");
    assertThatThrownBy(() -> AutoPager.from(null)).isInstanceOf(NullPointerException.class);
  }
}
