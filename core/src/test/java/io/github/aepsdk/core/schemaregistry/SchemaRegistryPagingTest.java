package io.github.aepsdk.core.schemaregistry;

import static io.github.aepsdk.testsupport.ContractValidator.Spec.SCHEMA_REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.paging.AutoPager;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.ResultsPage;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.schemaregistry.XdmSummary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultsPage#nextPage()} and {@code autoPager()} over real HTTP: keyset paging with {@code
 * orderby} + {@code start} from {@code _page.next} (orderby always sent with start), lazily, one
 * request per page, ending on a null {@code next}.
 */
class SchemaRegistryPagingTest {
  private static final String XED_ID = "application/vnd.adobe.xed-id+json";
  private static final String BASE = "/data/foundation/schemaregistry/tenant/schemas";

  private MockAep aep;
  private SchemaRegistryApi api;

  @BeforeEach
  void start() {
    aep = MockAep.start();
    api = aep.client().schemaRegistry();
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  /** A summary in the shape of list-schemas.response.json. */
  private static String summary(String hash, String title) {
    return "{\"$id\":\"https://ns.adobe.com/acme/schemas/" + hash + "\",\"meta:altId\":\"_acme.schemas." + hash
        + "\",\"version\":\"1.0\",\"title\":\"" + title + "\"}";
  }

  /** A list page in the shape of list-schemas.response.json; {@code next} null on the last page. */
  private static String page(String next, String... summaries) {
    String nextJson = next == null ? "null" : "\"" + next + "\"";
    return "{\"results\":[" + String.join(",", summaries) + "],"
        + "\"_page\":{\"orderby\":\"title\",\"next\":" + nextJson + ",\"count\":" + summaries.length + "},"
        + "\"_links\":{\"next\":null,\"global_schemas\":{\"href\":\"https://platform.adobe.io/data/foundation/schemaregistry/global/schemas\"}}}";
  }

  private AutoPager<XdmSummary> allSchemasByTitle() {
    return api.listSchemas(Container.TENANT, "title", null, 2, null).autoPager();
  }

  @Test
  void walksThreePagesLazilyWithStartFromPageNext() {
    String[] pages = {
        page("Hotels", summary("0ef4ce0d390f0809fad490802f53d30b", "Guests"), summary("0238be93d3e7a06aec5e0655955901ec", "Hotels")),
        page("Property Information", summary("d5cc04eb8d50190001287e4c869ebe67", "Loyalty Members"),
            summary("26f6833e55db1dd8308aa07a64f2042d", "Property Information")),
        page(null, summary("20af3f1d4b175f27ba59529d1b51a0c79fc25df454117c80", "Rooms"))};
    for (String p : pages) {
      aep.enqueue(200, XED_ID, p);
    }

    AutoPager<XdmSummary> all = allSchemasByTitle();
    assertThat(aep.server().getRequestCount()).as("only the first page fetched before iterating").isEqualTo(1);

    Iterator<XdmSummary> it = all.iterator();
    assertThat(it.next().title()).contains("Guests");
    assertThat(it.next().title()).contains("Hotels");
    assertThat(aep.server().getRequestCount()).as("second page not fetched before it is needed").isEqualTo(1);
    List<String> rest = new ArrayList<>();
    it.forEachRemaining(s -> rest.add(s.title().orElseThrow()));
    assertThat(rest).containsExactly("Loyalty Members", "Property Information", "Rooms");
    assertThat(aep.server().getRequestCount()).isEqualTo(3);

    List<String> targets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = aep.takeRequest();
      assertThat(r.getHeaders().get("Accept")).isEqualTo(XED_ID);
      targets.add(r.getTarget());
      ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, pages[i]);
    }
    assertThat(targets).containsExactly(
        BASE + "?orderby=title&limit=2",
        BASE + "?orderby=title&start=Hotels&limit=2",
        BASE + "?orderby=title&start=Property%20Information&limit=2");
  }

  @Test
  void emptyFirstPageIsOneRequestAndNoItems() {
    aep.enqueue(200, XED_ID, page(null));

    List<XdmSummary> all = allSchemasByTitle().stream().collect(Collectors.toList());

    assertThat(all).isEmpty();
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(aep.takeRequest().getTarget()).isEqualTo(BASE + "?orderby=title&limit=2");
  }

  @Test
  void pageWithoutPageObjectIsTheLast() {
    // GET /global/classes without orderby answers {"results":[…],"_links":{}} (list-global-classes.response.json).
    aep.enqueue(200, XED_ID, "{\"results\":[" + summary("a", "A") + "],\"_links\":{}}");

    assertThat(allSchemasByTitle().stream().map(s -> s.title().orElseThrow())).containsExactly("A");
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPage() {
    aep.enqueue(200, XED_ID, page("A", summary("a", "A")));
    aep.enqueue(200, XED_ID, page(null, summary("b", "B")));
    aep.enqueue(200, XED_ID, page(null, summary("b", "B")));
    AutoPager<XdmSummary> all = allSchemasByTitle();

    assertThat(all.stream().map(s -> s.title().orElseThrow())).containsExactly("A", "B");
    assertThat(all.stream().map(s -> s.title().orElseThrow())).containsExactly("A", "B");
    assertThat(aep.server().getRequestCount()).as("the first page is not fetched again").isEqualTo(3);
  }

  @Test
  void aCallWithoutOrderbyContinuesWithTheAnswersOrderby() {
    aep.enqueue(200, XED_ID, page("Hotels", summary("a", "Guests"), summary("b", "Hotels")));
    aep.enqueue(200, XED_ID, page(null, summary("c", "Rooms")));

    ResultsPage<XdmSummary> first = api.listSchemas(Container.TENANT);
    ResultsPage<XdmSummary> second = first.nextPage();

    assertThat(second.results()).extracting(s -> s.title().orElseThrow()).containsExactly("Rooms");
    assertThat(second.hasNextPage()).isFalse();
    assertThat(aep.takeRequest().getTarget()).isEqualTo(BASE);
    RecordedRequest next = aep.takeRequest();
    assertThat(next.getTarget()).isEqualTo(BASE + "?orderby=title&start=Hotels");
    ContractValidator.assertValid(SCHEMA_REGISTRY, next, 200, XED_ID, page(null, summary("c", "Rooms")));
  }

  @Test
  void withoutAnyOrderbyTheNextPageIsRefusedNamingOrderby() {
    aep.enqueue(200, XED_ID, "{\"results\":[" + summary("a", "A") + "],\"_page\":{\"next\":\"A\",\"count\":1}}");

    ResultsPage<XdmSummary> first = api.listSchemas(Container.TENANT);

    assertThat(first.hasNextPage()).isTrue();
    assertThatThrownBy(first::nextPage).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without an orderby")
        .hasMessageContaining("start only works together with orderby");
    assertThat(aep.server().getRequestCount()).as("nothing sent without orderby").isEqualTo(1);
  }

  @Test
  void aPageDecodedWithoutTheClientCannotFetchTheNextOne() throws Exception {
    ResultsPage<XdmSummary> decoded = AepJson.<ResultsPage<XdmSummary>>adapter(
        Types.newParameterizedType(ResultsPage.class, XdmSummary.class)).fromJson(page("Hotels", summary("a", "Guests")));

    assertThat(decoded.hasNextPage()).isTrue();
    assertThatThrownBy(decoded::nextPage).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ResultsPage has no next page fetcher");
  }

  @Test
  void nextThatDoesNotAdvanceFailsInsteadOfLoopingForever() {
    aep.enqueue(200, XED_ID, page("Hotels", summary("a", "Hotels")));
    aep.enqueue(200, XED_ID, page("Hotels", summary("a", "Hotels")));

    assertThatThrownBy(() -> allSchemasByTitle().stream().count())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'Hotels'")
        .hasMessageContaining("orderby");
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
  }
}
