package io.github.aepsdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.catalog.CatalogApi;
import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.core.paging.AutoPager;
import io.github.aepsdk.core.paging.Paging;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import io.github.aepsdk.core.testing.MockAep;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Paging#catalog}: start + limit over id-keyed answers, through the real CatalogApi. */
class CatalogPagingTest {

  private static final String PAGE_1 = "{\"d1\":{\"name\":\"one\",\"created\":1554930967705},\"d2\":{\"name\":\"two\"}}";
  private static final String PAGE_2 = "{\"d3\":{\"name\":\"three\"},\"d4\":{}}";
  private static final String PAGE_3 = "{\"d5\":{\"name\":\"five\"}}";

  private MockAep aep;
  private CatalogApi catalog;
  private final CatalogQuery query = CatalogQuery.builder().orderBy("created").putFilters("name", "!x").build();

  @BeforeEach
  void start() {
    aep = MockAep.start();
    catalog = aep.client().catalog();
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  private AutoPager<CatalogEntry<DataSet>> pager(int limit) {
    return Paging.catalog(limit, (start, l) -> catalog.listDataSets(query.page(start, l)));
  }

  private RecordedRequest take(String answer) {
    RecordedRequest request = aep.takeRequest();
    ContractValidator.assertValid(Spec.CATALOG, request, 200, "application/json", answer);
    return request;
  }

  @Test
  void walksThreePagesUntilAShortPage() {
    aep.enqueueJson(200, PAGE_1).enqueueJson(200, PAGE_2).enqueueJson(200, PAGE_3);

    List<CatalogEntry<DataSet>> all = pager(2).stream().collect(Collectors.toList());

    assertThat(all).extracting(CatalogEntry::id).containsExactly("d1", "d2", "d3", "d4", "d5");
    assertThat(all.get(0).value().created()).contains(1554930967705L);
    assertThat(all.get(3).value()).isEqualTo(DataSet.builder().build());
    assertThat(all.get(4).value().name()).contains("five");
    assertThat(aep.server().getRequestCount()).isEqualTo(3);
    assertThat(take(PAGE_1).getTarget()).isEqualTo("/data/foundation/catalog/dataSets?limit=2&start=0&orderBy=created&name=%21x");
    assertThat(take(PAGE_2).getTarget()).isEqualTo("/data/foundation/catalog/dataSets?limit=2&start=2&orderBy=created&name=%21x");
    assertThat(take(PAGE_3).getTarget()).isEqualTo("/data/foundation/catalog/dataSets?limit=2&start=4&orderBy=created&name=%21x");
  }

  @Test
  void aFullLastPageCostsOneMoreRequestThatAnswersEmpty() {
    aep.enqueueJson(200, PAGE_1).enqueueJson(200, PAGE_2).enqueueJson(200, "{}");

    assertThat(pager(2).stream().map(CatalogEntry::id)).containsExactly("d1", "d2", "d3", "d4");

    assertThat(aep.server().getRequestCount()).isEqualTo(3);
    take(PAGE_1);
    take(PAGE_2);
    assertThat(take("{}").getUrl().queryParameter("start")).isEqualTo("4");
  }

  @Test
  void anEmptyFirstPageEndsAfterOneRequest() {
    aep.enqueueJson(200, "{}");

    assertThat(pager(100).iterator().hasNext()).isFalse();

    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    RecordedRequest request = take("{}");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("100");
    assertThat(request.getUrl().queryParameter("start")).isEqualTo("0");
  }

  @Test
  void fetchesLazilyOnePageAtATime() {
    aep.enqueueJson(200, PAGE_1).enqueueJson(200, PAGE_2);
    Iterator<CatalogEntry<DataSet>> it = pager(2).iterator();
    assertThat(aep.server().getRequestCount()).isZero();

    List<String> ids = new ArrayList<>();
    ids.add(it.next().id());
    ids.add(it.next().id());
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    ids.add(it.next().id());
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
    assertThat(ids).containsExactly("d1", "d2", "d3");
  }

  /**
   * Catalog answers at most 20 datasets when {@code properties} includes {@code observableSchema},
   * whatever {@code limit} asks: such a page is not the end of the list, and the next one starts
   * right after it.
   */
  @Test
  void aPageCappedAtTwentyIsNotTakenForTheLastOne() {
    Map<String, String> all = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 45; i++) {
      all.put(String.format("d%02d", i), "dataset " + i);
    }
    List<Integer> starts = new ArrayList<>();
    AutoPager<CatalogEntry<String>> pager = Paging.catalog(100, (start, limit) -> {
      starts.add(start);
      Map<String, String> page = new java.util.LinkedHashMap<>();
      all.entrySet().stream().skip(start).limit(Math.min(limit, 20)).forEach(e -> page.put(e.getKey(), e.getValue()));
      return page;
    });

    assertThat(pager.stream().map(CatalogEntry::id)).containsExactlyElementsOf(all.keySet());
    assertThat(starts).containsExactly(0, 20, 40);
  }

  @Test
  void exactlyTwentyObjectsCostOneMoreRequest() {
    List<Integer> starts = new ArrayList<>();
    Map<String, String> twenty = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      twenty.put("d" + i, "dataset " + i);
    }
    AutoPager<CatalogEntry<String>> pager = Paging.catalog(50, (start, limit) -> {
      starts.add(start);
      return start == 0 ? twenty : Map.of();
    });

    assertThat(pager.stream().count()).isEqualTo(20);
    assertThat(starts).containsExactly(0, 20);
  }

  @Test
  void pagesPlainMapsWithoutAServer() {
    List<Map<String, String>> pages = List.of(Map.of("a", "1"), Map.of());
    List<Integer> starts = new ArrayList<>();
    AutoPager<CatalogEntry<String>> pager = Paging.catalog(1, (start, limit) -> {
      starts.add(start);
      assertThat(limit).isEqualTo(1);
      return pages.get(start);
    });
    assertThat(pager).containsExactly(CatalogEntry.of("a", "1"));
    assertThat(starts).containsExactly(0, 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
  void limitOutsideOneToHundredIsRejectedBeforeAnyRequest(int limit) {
    assertThatThrownBy(() -> pager(limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 100")
        .hasMessageContaining(String.valueOf(limit));
    assertThat(aep.server().getRequestCount()).isZero();
  }

  @Test
  void limitsAtTheBoundsAreAccepted() {
    assertThat(pager(1)).isNotNull();
    assertThat(pager(100)).isNotNull();
    assertThat(aep.server().getRequestCount()).isZero();
  }
}
