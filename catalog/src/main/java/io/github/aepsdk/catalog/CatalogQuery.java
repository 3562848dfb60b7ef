package io.github.aepsdk.catalog;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Paging, sorting, projection and filters of a Catalog list call (API-NOTES §3, Adobe's "Filter
 * Catalog data" guide, help/catalog/api/filter-data.md).
 *
 * <pre>{@code
 * CatalogQuery query = CatalogQuery.builder()
 *     .limit(50)
 *     .orderBy("desc:updated")
 *     .addProperties("name", "schemaRef")                       // properties=name,schemaRef
 *     .propertyFilter("version>1.0.3")                          // property=version>1.0.3
 *     .putFilters("name", CatalogQuery.anyOf("a", "b"))         // name=a,b
 *     .build();
 * CatalogPage<DataSet> page = aep.catalog().listDataSets(query);
 * }</pre>
 *
 * Unset members are not sent. To walk all pages use the page's {@code autoPager()} ({@link
 * CatalogPage} has the paging rule).
 */
@Value.Immutable
public interface CatalogQuery {

  /** The largest {@code limit} Catalog accepts. */
  int MAX_LIMIT = 100;

  /** A query that sends nothing: Catalog's defaults (first 20 objects). */
  static CatalogQuery none() {
    return builder().build();
  }

  /**
   * {@code limit}: objects per answer, 1 to {@value #MAX_LIMIT}; Catalog's default is 20 (and at
   * most 20 datasets when {@code properties} includes {@code observableSchema}).
   */
  Optional<Integer> limit();

  /** {@code start}: zero-based offset of the first object ({@code start=4&limit=2} gives objects 5–6). */
  Optional<Integer> start();

  /**
   * {@code orderBy}: a property with optional {@code asc:}/{@code desc:} prefix, several
   * comma-separated as tie-breakers, e.g. {@code name,desc:updated}.
   */
  Optional<String> orderBy();

  /**
   * {@code properties}: the top-level members to return, sent comma-separated. Objects that have
   * none of them come back as {@code {}}.
   */
  List<String> properties();

  /**
   * {@code property}: one filter expression on top-level members: {@code name} (exists), {@code
   * !name} (absent), {@code name~regex}, {@code name==x}, {@code name!=x}, {@code
   * version>1.0.3}, {@code created<=…}. The spec declares a single {@code property} parameter;
   * combine it with {@link #filters()} (all conditions must hold).
   */
  Optional<String> propertyFilter();

  /**
   * Simple filters, one query parameter each: member name to value, e.g. {@code name} → {@code x},
   * {@code dataSet} → a dataset id (batches), {@code tags} → {@code sampleTag:123456,secondTag:*},
   * {@code createdAfter} → epoch millis. Build values with {@link #anyOf(String...)} and {@link
   * #noneOf(String...)}.
   */
  Map<String, String> filters();

  /** Checks {@code limit} (1–100) and {@code start} (≥ 0) before anything is sent. */
  @Value.Check
  default void check() {
    limit().ifPresent(l -> {
      if (l < 1 || l > MAX_LIMIT) {
        throw new IllegalArgumentException("Catalog limit must be between 1 and " + MAX_LIMIT + ", was " + l);
      }
    });
    start().ifPresent(s -> {
      if (s < 0) {
        throw new IllegalArgumentException("Catalog start must be >= 0, was " + s);
      }
    });
    for (String key : filters().keySet()) {
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException("'" + key + "' is not a filter; set it with its own builder method");
      }
    }
  }

  /** Query names that have their own member and may not appear in {@link #filters()}. */
  List<String> RESERVED = List.of("limit", "start", "orderBy", "properties", "property");

  /** This query with {@code start} and {@code limit} replaced: one page of a paged walk. */
  default CatalogQuery page(int start, int limit) {
    return ImmutableCatalogQuery.copyOf(this).withStart(start).withLimit(limit);
  }

  /**
   * The query parameters to send, in this order: {@code limit}, {@code start}, {@code orderBy},
   * {@code properties} (comma-separated), {@code property}, then the simple filters; unset members
   * are left out.
   */
  default Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    limit().ifPresent(l -> parameters.put("limit", String.valueOf(l)));
    start().ifPresent(s -> parameters.put("start", String.valueOf(s)));
    orderBy().ifPresent(o -> parameters.put("orderBy", o));
    if (!properties().isEmpty()) {
      parameters.put("properties", String.join(",", properties()));
    }
    propertyFilter().ifPresent(f -> parameters.put("property", f));
    parameters.putAll(filters());
    return parameters;
  }

  /** A filter value matching any of {@code values}: {@code a,b}. */
  static String anyOf(String... values) {
    return join(values);
  }

  /** A filter value matching none of {@code values}: {@code !a,b}. */
  static String noneOf(String... values) {
    return "!" + join(values);
  }

  private static String join(String... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("at least one value is needed");
    }
    for (String v : values) {
      if (v == null || v.isEmpty() || v.indexOf(',') >= 0) {
        throw new IllegalArgumentException("filter values must be non-empty and contain no comma: " + Arrays.toString(values));
      }
    }
    return String.join(",", values);
  }

  /** A new builder. */
  static ImmutableCatalogQuery.Builder builder() {
    return ImmutableCatalogQuery.builder();
  }
}
