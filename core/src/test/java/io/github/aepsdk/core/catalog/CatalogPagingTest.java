package io.github.aepsdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.catalog.CatalogApi;
import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogPage;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import com.squareup.moshi.Types;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.paging.AutoPager;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import io.github.aepsdk.core.testing.MockAep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CatalogPage#nextPage()} and {@code autoPager()}: start + limit over id-keyed answers,
 * through the real CatalogApi, with Catalog's 20-object cap and default limit.
 */
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
    return catalog.listDataSets(query.page(0, limit)).autoPager();
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
    assertThat(aep.server().getRequestCount()).as("the first page only").isEqualTo(1);

    List<String> ids = new ArrayList<>();
    ids.add(it.next().id());
    ids.add(it.next().id());
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    ids.add(it.next().id());
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
    assertThat(ids).containsExactly("d1", "d2", "d3");
  }

  /** Serves the datasets of {@code all} by {@code start} and {@code limit}, at most {@code cap} per answer; records each query. */
  private List<String> serve(Map<String, String> all, int cap) {
    List<String> queries = Collections.synchronizedList(new ArrayList<>());
    aep.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        queries.add(request.getUrl().encodedQuery());
        String startParameter = request.getUrl().queryParameter("start");
        int start = startParameter == null ? 0 : Integer.parseInt(startParameter);
        int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
        String body = all.entrySet().stream().skip(start).limit(Math.min(limit, cap))
            .map(e -> "\"" + e.getKey() + "\":{\"name\":\"" + e.getValue() + "\"}").collect(Collectors.joining(",", "{", "}"));
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
      }
    });
    return queries;
  }

  private static Map<String, String> dataSets(int count) {
    Map<String, String> all = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      all.put(String.format("d%02d", i), "dataset " + i);
    }
    return all;
  }

  /**
   * Catalog answers at most 20 datasets when {@code properties} includes {@code observableSchema},
   * whatever {@code limit} asks: such a page is not the end of the list, and the next one starts
   * right after it.
   */
  @Test
  void aPageCappedAtTwentyIsNotTakenForTheLastOne() {
    Map<String, String> all = dataSets(45);
    List<String> queries = serve(all, 20);

    CatalogQuery observable = CatalogQuery.builder().limit(100).properties(List.of("name", "observableSchema")).build();
    assertThat(catalog.listDataSets(observable).autoPager().stream().map(CatalogEntry::id)).containsExactlyElementsOf(all.keySet());
    assertThat(queries).containsExactly(
        "limit=100&properties=name%2CobservableSchema",
        "limit=100&start=20&properties=name%2CobservableSchema",
        "limit=100&start=40&properties=name%2CobservableSchema");
  }

  @Test
  void exactlyTwentyObjectsCostOneMoreRequest() {
    List<String> queries = serve(dataSets(20), 100);

    assertThat(catalog.listDataSets(CatalogQuery.none().page(0, 50)).autoPager().stream().count()).isEqualTo(20);
    assertThat(queries).containsExactly("limit=50&start=0", "limit=50&start=20");
  }

  @Test
  void withoutALimitCatalogsDefaultOfTwentyIsThePageSize() {
    aep.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String start = request.getUrl().queryParameter("start");
        String body = start == null ? dataSets(20).keySet().stream().map(id -> "\"" + id + "\":{}").collect(Collectors.joining(",", "{", "}"))
            : "{\"e1\":{}}";
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
      }
    });

    CatalogPage<DataSet> first = catalog.listDataSets(CatalogQuery.builder().orderBy("created").build());
    CatalogPage<DataSet> second = first.nextPage();

    assertThat(second.objects()).containsOnlyKeys("e1");
    assertThat(second.hasNextPage()).as("1 object, fewer than Catalog's default 20").isFalse();
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isEqualTo("orderBy=created");
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isEqualTo("start=20&orderBy=created");
  }

  @Test
  void nextPageRepeatsTheCallWithStartAdvancedByTheObjectsReceived() {
    aep.enqueueJson(200, PAGE_1).enqueueJson(200, PAGE_3);

    CatalogPage<DataSet> first = catalog.listDataSets(query.page(0, 2));
    assertThat(first.hasNextPage()).isTrue();
    CatalogPage<DataSet> second = first.nextPage();

    assertThat(second.items()).containsExactly(CatalogEntry.of("d5", DataSet.builder().name("five").build()));
    assertThat(second.hasNextPage()).isFalse();
    assertThatThrownBy(second::nextPage).isInstanceOf(NoSuchElementException.class);
    assertThat(take(PAGE_1).getTarget()).isEqualTo("/data/foundation/catalog/dataSets?limit=2&start=0&orderBy=created&name=%21x");
    assertThat(take(PAGE_3).getTarget()).isEqualTo("/data/foundation/catalog/dataSets?limit=2&start=2&orderBy=created&name=%21x");
  }

  @Test
  void batchesPageTheSameWay() {
    String batches1 = "{\"b1\":{\"status\":\"success\"},\"b2\":{\"status\":\"failed\"}}";
    String batches2 = "{}";
    aep.enqueueJson(200, batches1).enqueueJson(200, batches2);

    List<String> ids = catalog.listBatchesOfDataSet("ds1", CatalogQuery.none().page(0, 2)).autoPager().stream()
        .map(CatalogEntry::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("b1", "b2");
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isEqualTo("limit=2&start=0&dataSet=ds1");
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isEqualTo("limit=2&start=2&dataSet=ds1");
  }

  @Test
  void aPageDecodedWithoutTheClientCannotFetchTheNextOne() throws Exception {
    CatalogPage<DataSet> decoded = AepJson.<CatalogPage<DataSet>>adapter(
        Types.newParameterizedType(CatalogPage.class, DataSet.class)).fromJson(PAGE_1);

    assertThat(decoded.objects()).containsOnlyKeys("d1", "d2");
    assertThat(decoded.hasNextPage()).as("the limit asked is unknown").isFalse();
    assertThatThrownBy(decoded::nextPage).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CatalogPage has no next page fetcher");
  }

  @Test
  void theFetcherIsNotPartOfTheValue() throws Exception {
    aep.enqueueJson(200, PAGE_1);
    CatalogPage<DataSet> decoded = AepJson.<CatalogPage<DataSet>>adapter(
        Types.newParameterizedType(CatalogPage.class, DataSet.class)).fromJson(PAGE_1);

    CatalogPage<DataSet> fetched = catalog.listDataSets(query.page(0, 2));

    assertThat(fetched.pageFetcher()).isPresent();
    assertThat(fetched).isEqualTo(decoded).hasSameHashCodeAs(decoded).hasToString(decoded.toString());
    assertThat(AepJson.<CatalogPage<DataSet>>adapter(Types.newParameterizedType(CatalogPage.class, DataSet.class)).toJson(fetched))
        .isEqualTo("{\"d1\":{\"name\":\"one\",\"created\":1554930967705},\"d2\":{\"name\":\"two\"}}");
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
}
