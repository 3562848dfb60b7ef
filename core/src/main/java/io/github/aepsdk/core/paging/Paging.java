package io.github.aepsdk.core.paging;

import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.conversion.DataPage;
import io.github.aepsdk.conversion.PageInfo;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.schemaregistry.ResultsPage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Auto-pagers for the paging style of each AEP API.
 *
 * <ul>
 *   <li>Flow Service: follow {@code _links.next.href}, passing its {@code continuationToken} back;
 *       an absent or empty {@code _links} ends the list.
 *   <li>Catalog: {@code start} + {@code limit} over objects keyed by id; a page with fewer than
 *       {@code limit} objects is the last.
 *   <li>Data Prep: {@code start} + {@code limit} over {@code data}; a page with fewer than {@code
 *       limit} items (or none) is the last.
 *   <li>Schema Registry: keyset paging, {@code orderby} + {@code start} taken from {@code
 *       _page.next}; a null (absent) {@code next} ends the list.
 * </ul>
 *
 * A server that does not advance (a continuation token or {@code _page.next} that comes back
 * again, or a full page that repeats the previous one because {@code start} was ignored) ends the
 * iteration with an {@link IllegalStateException} instead of an endless series of requests.
 */
public final class Paging {
  private Paging() {}

  /**
   * All items of a Flow Service list.
   *
   * <pre>{@code
   * AutoPager<Flow> flows = Paging.flowService(token -> aep.flowService().listFlows(null, 100, null, token, null));
   * }</pre>
   *
   * @param fetch fetches one page given the continuation token ({@code null} for the first page)
   * @throws IllegalStateException during iteration if a continuation token comes back again (the
   *     list would never end)
   */
  public static <T> AutoPager<T> flowService(Function<String, ItemsPage<T>> fetch) {
    return AutoPager.of(
        () -> new KeysetPage<>(fetch.apply(null), new HashSet<>()),
        page -> page.results.continuationToken().map(token -> {
          if (!page.seen.add(token)) {
            throw new IllegalStateException("Flow Service paging does not advance: continuationToken '" + token
                + "' came back again");
          }
          return new KeysetPage<>(fetch.apply(token), page.seen);
        }),
        page -> page.results.items());
  }

  /** One page of a token-paged list and every token the walk has followed. */
  private static final class KeysetPage<P> {
    final P results;
    final Set<String> seen;

    KeysetPage(P results, Set<String> seen) {
      this.results = results;
      this.seen = seen;
    }
  }

  /**
   * All objects of a Catalog list, with their ids, requested {@code limit} at a time: {@code
   * start=0}, then each next page at the previous {@code start} plus the number of objects
   * received, until a page has fewer than {@code limit} objects (an empty page included). A page of
   * exactly 20 objects is not taken as the last even when {@code limit} is larger: Catalog answers at
   * most 20 datasets when {@code properties} includes {@code observableSchema}, whatever {@code
   * limit} asks, so the walk goes on (at the cost of one more request when 20 were really all).
   *
   * <pre>{@code
   * CatalogQuery query = CatalogQuery.builder().orderBy("desc:created").build();
   * AutoPager<CatalogEntry<DataSet>> all =
   *     Paging.catalog(100, (start, limit) -> aep.catalog().listDataSets(query.page(start, limit)));
   * }</pre>
   *
   * Catalog pages by offset, so objects created or deleted during the walk can shift pages: sort
   * by a stable member (e.g. {@code orderBy=created}) for long walks.
   *
   * @param limit objects per request, 1 to 100 (Catalog's maximum)
   * @param fetch fetches the page at ({@code start}, {@code limit}); the map's keys are the ids
   * @throws IllegalArgumentException if {@code limit} is outside 1–100
   * @throws IllegalStateException during iteration if a page holds exactly the ids of the page
   *     before (the server ignores {@code start}; the list would never end)
   */
  public static <T> AutoPager<CatalogEntry<T>> catalog(int limit, BiFunction<Integer, Integer, Map<String, T>> fetch) {
    if (limit < 1 || limit > CatalogQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("Catalog limit must be between 1 and " + CatalogQuery.MAX_LIMIT + ", was " + limit);
    }
    return AutoPager.of(
        () -> new CatalogPage<>(0, fetch.apply(0, limit)),
        page -> {
          int size = page.objects.size();
          if (size == 0 || (size < limit && size != CATALOG_CAPPED_PAGE)) {
            return Optional.empty();
          }
          CatalogPage<T> next = new CatalogPage<>(page.start + size, fetch.apply(page.start + size, limit));
          if (next.objects.keySet().equals(page.objects.keySet())) {
            throw new IllegalStateException("Catalog paging does not advance: start=" + next.start
                + " answered the same objects as start=" + page.start + " (is start ignored?)");
          }
          return Optional.of(next);
        },
        page -> CatalogEntry.<T>listOf(page.objects));
  }

  /**
   * The page size Catalog caps a list at whatever {@code limit} asks: 20 datasets when {@code
   * properties} includes {@code observableSchema} (API-NOTES §3).
   */
  private static final int CATALOG_CAPPED_PAGE = 20;

  /** One Catalog page: its offset and its objects. */
  private static final class CatalogPage<T> {
    final int start;
    final Map<String, T> objects;

    CatalogPage(int start, Map<String, T> objects) {
      this.start = start;
      this.objects = objects == null ? Map.of() : objects;
    }
  }

  /**
   * All items of a Data Prep list ({@code {"data":[…], "_page":{…}}}), requested {@code limit}
   * at a time: {@code start=0}, then each next page at the previous {@code start} plus the number
   * of items received, until a page is short or empty. A page is short when it has fewer items
   * than {@code limit}, or than {@code _page.limit} if AEP reports a smaller one (a server-side
   * cap). {@code _page.count} is not used: AEP does not fill it reliably.
   *
   * <pre>{@code
   * AutoPager<MappingSet> sets =
   *     Paging.dataPrep(50, (start, limit) -> aep.conversion().listMappingSets(limit, start));
   * }</pre>
   *
   * @param limit items per request, at least 1
   * @param fetch fetches the page at ({@code start}, {@code limit})
   * @throws IllegalArgumentException if {@code limit < 1}
   * @throws IllegalStateException during iteration if a page repeats the items of the page before
   *     (the server ignores {@code start}; the list would never end)
   */
  public static <T> AutoPager<T> dataPrep(int limit, BiFunction<Integer, Integer, DataPage<T>> fetch) {
    if (limit < 1) {
      throw new IllegalArgumentException("Data Prep limit must be at least 1, was " + limit);
    }
    return AutoPager.of(
        () -> new DataPrepPage<>(0, limit, fetch.apply(0, limit)),
        page -> {
          if (page.isLast()) {
            return Optional.empty();
          }
          DataPrepPage<T> next = new DataPrepPage<>(page.next(), limit, fetch.apply(page.next(), limit));
          if (next.items.equals(page.items)) {
            throw new IllegalStateException("Data Prep paging does not advance: start=" + next.start
                + " answered the same items as start=" + page.start + " (is start ignored?)");
          }
          return Optional.of(next);
        },
        page -> page.items);
  }

  /** One Data Prep page: its offset, its items and the page size that makes it full. */
  private static final class DataPrepPage<T> {
    final int start;
    final List<T> items;
    final int fullSize;

    DataPrepPage(int start, int requested, DataPage<T> page) {
      this.start = start;
      this.items = page == null ? List.of() : page.data();
      int applied = page == null ? 0 : page.page().flatMap(PageInfo::limit).orElse(0);
      this.fullSize = applied > 0 ? Math.min(requested, applied) : requested;
    }

    boolean isLast() {
      return items.isEmpty() || items.size() < fullSize;
    }

    int next() {
      return start + items.size();
    }
  }

  /**
   * All results of a Schema Registry list. The first page is fetched with {@code start = null},
   * each next one with {@code start} = the previous page's {@code _page.next}; a page without
   * {@code next} is the last (an empty first page included). The fetch function must send the
   * same {@code orderby} every time: {@code start} only works together with it.
   *
   * <pre>{@code
   * AutoPager<XdmSummary> schemas = Paging.schemaRegistry(
   *     start -> aep.schemaRegistry().listSchemas(Container.TENANT, "title", start, 100, null));
   * }</pre>
   *
   * @param fetch fetches one page given {@code start} ({@code null} for the first page)
   * @throws IllegalStateException during iteration if a page's {@code _page.next} is a {@code
   *     start} the walk was already fetched with (the list would never end; usually {@code orderby}
   *     is missing)
   */
  public static <T> AutoPager<T> schemaRegistry(Function<String, ResultsPage<T>> fetch) {
    return AutoPager.of(
        () -> new KeysetPage<>(fetch.apply(null), new HashSet<>()),
        page -> page.results.next().map(next -> {
          if (!page.seen.add(next)) {
            throw new IllegalStateException("Schema Registry paging does not advance: _page.next is the start value '"
                + next + "' a page was already fetched with (is orderby sent with start?)");
          }
          return new KeysetPage<>(fetch.apply(next), page.seen);
        }),
        page -> page.results.results());
  }
}
