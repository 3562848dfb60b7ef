package io.github.aepsdk.catalog;

import io.github.aepsdk.paging.Page;
import io.github.aepsdk.paging.PageFetcher;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a Catalog list: the answer {@code {"<id>": {…}, "<id>": {…}}}, an object keyed by
 * object id (Catalog has no list envelope). {@link #objects()} is the answer as a map, {@link
 * #items()} the same objects as {@link CatalogEntry entries} (id beside the body), in the server's
 * order.
 *
 * <p>Paging is by offset: {@link #nextPage()} repeats the list call with {@code start} advanced by
 * the number of objects on this page and the same {@code limit} (Catalog's default, 20, when the
 * call sent none). A page with fewer objects than {@code limit} is the last, an empty page
 * included; a page of exactly 20 objects is not taken as the last even when {@code limit} is larger:
 * Catalog answers at most 20 datasets when {@code properties} includes {@code observableSchema},
 * whatever {@code limit} asks (API-NOTES §3), so the walk goes on (at the cost of one more request
 * when 20 were really all). A page holding exactly the ids of the page before ends the walk with an
 * {@link IllegalStateException} (the server ignores {@code start}). Objects created or deleted
 * during a walk can shift pages: sort by a stable member (e.g. {@code orderBy=created}) for long
 * walks. Adobe docs: help/catalog/api/list-objects.md.
 *
 * <p>Equality, hash code and string form are those of {@link #objects()}; the fetcher is not part of
 * the value.
 *
 * @param <T> the object type, e.g. {@link DataSet} or {@link Batch}
 */
public final class CatalogPage<T> implements Page<CatalogEntry<T>> {
  private final Map<String, T> objects;
  private final PageFetcher<CatalogPage<T>> fetcher;
  /** {@link #items()}, made on first use (a benign race: every thread makes an equal list). */
  private List<CatalogEntry<T>> items;

  private CatalogPage(Map<String, T> objects, PageFetcher<CatalogPage<T>> fetcher) {
    this.objects = objects;
    this.fetcher = fetcher;
  }

  /** A page of {@code objects} (keys are the ids, in the server's order) with no fetcher. */
  public static <T> CatalogPage<T> of(Map<String, ? extends T> objects) {
    return new CatalogPage<>(Collections.unmodifiableMap(new LinkedHashMap<>(objects)), null);
  }

  /** This page with {@code fetcher} attached (the AEP client does this for the pages it decodes). */
  public CatalogPage<T> withPageFetcher(PageFetcher<CatalogPage<T>> fetcher) {
    return new CatalogPage<>(objects, Objects.requireNonNull(fetcher, "fetcher"));
  }

  /** The objects keyed by id, in the server's order; empty when none. */
  public Map<String, T> objects() {
    return objects;
  }

  /** The objects with their ids, in the server's order; empty when none. */
  @Override
  public List<CatalogEntry<T>> items() {
    List<CatalogEntry<T>> entries = items;
    if (entries == null) {
      entries = CatalogEntry.listOf(objects);
      items = entries;
    }
    return entries;
  }

  /**
   * Whether a page follows, by the rule above. Needs the {@code limit} the call asked: a page built
   * or decoded outside the AEP client answers {@code false}.
   */
  @Override
  public boolean hasNextPage() {
    return fetcher != null && fetcher.hasNext(this);
  }

  /**
   * Repeats this page's list call with {@code start} advanced by the number of objects on this page
   * and the same {@code limit}.
   *
   * @throws java.util.NoSuchElementException on the last page
   * @throws IllegalStateException if this page was not decoded by the AEP client from a list call
   *     with query parameters, or if the next page holds exactly the ids of this one
   */
  @Override
  public CatalogPage<T> nextPage() {
    return Page.fetchNext(this, pageFetcher());
  }

  /** How {@link #nextPage()} fetches the next page; empty on a page built or decoded outside the client. */
  public Optional<PageFetcher<CatalogPage<T>>> pageFetcher() {
    return Optional.ofNullable(fetcher);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CatalogPage && objects.equals(((CatalogPage<?>) o).objects));
  }

  @Override
  public int hashCode() {
    return objects.hashCode();
  }

  @Override
  public String toString() {
    return "CatalogPage" + objects;
  }
}
