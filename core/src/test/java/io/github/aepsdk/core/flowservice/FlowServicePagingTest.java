package io.github.aepsdk.core.flowservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.paging.AutoPager;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.Run;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * {@link ItemsPage#nextPage()} and {@code autoPager()} over real Flow Service lists: they repeat the
 * list call with the {@code continuationToken} of {@code _links.next.href} (byte-exact, every other
 * argument unchanged), stop at an absent or empty {@code _links}, fetch lazily, and send each page
 * request as the spec allows.
 */
class FlowServicePagingTest {

  private static final String BASE = "/data/foundation/flowservice/";

  /** A continuation token with characters that must be percent-encoded both in the href and in the query. */
  private static final String TOKEN_2 = "eyJvZmZzZXQiOjJ9+/=";
  private static final String TOKEN_2_ENCODED = "eyJvZmZzZXQiOjJ9%2B%2F%3D";
  private static final String TOKEN_3 = "page-3";

  private MockAep aep;
  private FlowServiceApi flowService;

  @BeforeEach
  void start() {
    aep = MockAep.start();
    flowService = aep.client().flowService();
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  private static String flows(String nextHref, String... ids) {
    String items = List.of(ids).stream().map(id -> "{\"id\":\"" + id + "\",\"state\":\"enabled\"}").collect(Collectors.joining(","));
    String links = nextHref == null ? "{}" : "{\"next\":{\"href\":\"" + nextHref + "\"}}";
    return "{\"items\":[" + items + "],\"_links\":" + links + "}";
  }

  private RecordedRequest take(String answer) {
    RecordedRequest request = aep.takeRequest();
    ContractValidator.assertValid(Spec.FLOW_SERVICE, request, 200, "application/json", answer);
    return request;
  }

  @Test
  void walksThreePagesByContinuationToken() {
    String page1 = flows("/flows?limit=2&continuationToken=" + TOKEN_2_ENCODED, "f1", "f2");
    String page2 = flows("/flows?continuationToken=" + TOKEN_3 + "&limit=2", "f3", "f4");
    String page3 = flows(null, "f5");
    aep.enqueueJson(200, page1).enqueueJson(200, page2).enqueueJson(200, page3);

    AutoPager<Flow> all = flowService.listFlows(List.of("state==enabled"), 2, null, null, null).autoPager();

    assertThat(all.stream().map(Flow::id)).containsExactly("f1", "f2", "f3", "f4", "f5");
    assertThat(aep.server().getRequestCount()).isEqualTo(3);
    assertThat(take(page1).getUrl().encodedQuery()).isEqualTo("property=state%3D%3Denabled&limit=2");
    RecordedRequest second = take(page2);
    assertThat(second.getUrl().encodedPath()).isEqualTo(BASE + "flows");
    assertThat(second.getUrl().encodedQuery()).isEqualTo("property=state%3D%3Denabled&limit=2&continuationToken=" + TOKEN_2_ENCODED);
    assertThat(second.getUrl().queryParameter("continuationToken")).isEqualTo(TOKEN_2);
    assertThat(take(page3).getUrl().queryParameter("continuationToken")).isEqualTo(TOKEN_3);
  }

  @Test
  void fetchesTheNextPageOnlyWhenTheIterationReachesIt() {
    aep.enqueueJson(200, flows("/flows?continuationToken=" + TOKEN_3, "f1", "f2"))
        .enqueueJson(200, flows(null, "f3"));

    Iterator<Flow> flows = flowService.listFlows().autoPager().iterator();

    assertThat(flows.next().id()).isEqualTo("f1");
    assertThat(flows.next().id()).isEqualTo("f2");
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(flows.hasNext()).isTrue();
    assertThat(flows.next().id()).isEqualTo("f3");
    assertThat(flows.hasNext()).isFalse();
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void emptyFirstPageEndsAfterOneRequest() {
    String empty = "{\"items\":[],\"_links\":{}}";
    aep.enqueueJson(200, empty);

    AutoPager<Run> runs =
        flowService.listRuns(List.of("flowId==c9cef9cb-c934-4467-8ef9-cbc934546741"), null, null, null, null).autoPager();

    assertThat(runs).isEmpty();
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(take(empty).getUrl().encodedQuery()).isEqualTo("property=flowId%3D%3Dc9cef9cb-c934-4467-8ef9-cbc934546741");
  }

  @Test
  void documentedLastPageWithEmptyLinksIsOnePage() {
    String answer = AepReference.read("examples/flowservice/list-runs.response.json");
    aep.enqueueJson(200, answer);

    List<Run> runs = flowService.listRuns(null, null, null, null, null).autoPager().stream().collect(Collectors.toList());

    assertThat(runs).extracting(Run::id).containsExactly("9830305a-985f-47d0-b030-5a985fd7d004");
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    take(answer);
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPageWhichIsNotFetchedAgain() {
    aep.enqueueJson(200, flows("/flows?continuationToken=" + TOKEN_3, "f1"))
        .enqueueJson(200, flows(null, "f2"))
        .enqueueJson(200, flows(null, "f2"));

    AutoPager<Flow> all = flowService.listFlows().autoPager();

    assertThat(all.stream().map(Flow::id)).containsExactly("f1", "f2");
    assertThat(all.stream().map(Flow::id)).containsExactly("f1", "f2");
    assertThat(aep.server().getRequestCount()).isEqualTo(3);
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isNull();
    assertThat(aep.takeRequest().getUrl().queryParameter("continuationToken")).isEqualTo(TOKEN_3);
    assertThat(aep.takeRequest().getUrl().queryParameter("continuationToken")).isEqualTo(TOKEN_3);
  }

  @Test
  void nextPageRepeatsTheCallWithTheTokenOnlyAndEndsOnTheLastPage() {
    String page1 = flows("/flows?limit=2&continuationToken=" + TOKEN_2_ENCODED, "f1", "f2");
    String page2 = flows(null, "f3");
    aep.enqueueJson(200, page1).enqueueJson(200, page2);

    ItemsPage<Flow> first = flowService.listFlows(List.of("state==enabled"), 2, "-createdAt", null, null);
    assertThat(first.hasNextPage()).isTrue();
    ItemsPage<Flow> second = first.nextPage();

    assertThat(second.items()).extracting(Flow::id).containsExactly("f3");
    assertThat(second.hasNextPage()).isFalse();
    assertThatThrownBy(second::nextPage).isInstanceOf(NoSuchElementException.class);
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
    assertThat(take(page1).getUrl().encodedQuery()).isEqualTo("property=state%3D%3Denabled&limit=2&orderby=-createdAt");
    assertThat(take(page2).getUrl().encodedQuery())
        .isEqualTo("property=state%3D%3Denabled&limit=2&orderby=-createdAt&continuationToken=" + TOKEN_2_ENCODED);
  }

  /** A list declared with a {@code CompletableFuture} answer, as {@code AepClient.customApi} allows. */
  public interface AsyncFlows {
    @GET("flows")
    CompletableFuture<ItemsPage<Flow>> listFlows(@Query("limit") Integer limit, @Query("continuationToken") String continuationToken);
  }

  @Test
  void aPageOfAnAsynchronousCallFetchesItsNextPageToo() {
    aep.enqueueJson(200, flows("/flows?continuationToken=" + TOKEN_2_ENCODED, "f1"))
        .enqueueJson(200, flows(null, "f2"));
    AsyncFlows async = aep.client().customApi(AsyncFlows.class, "data/foundation/flowservice/");

    ItemsPage<Flow> first = async.listFlows(1, null).join();

    assertThat(first.autoPager().stream().map(Flow::id)).containsExactly("f1", "f2");
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isEqualTo("limit=1");
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isEqualTo("limit=1&continuationToken=" + TOKEN_2_ENCODED);
  }

  @Test
  void aPageDecodedWithoutTheClientCannotFetchTheNextOne() throws Exception {
    ItemsPage<Flow> decoded = AepJson.<ItemsPage<Flow>>adapter(Types.newParameterizedType(ItemsPage.class, Flow.class))
        .fromJson(flows("/flows?continuationToken=" + TOKEN_3, "f1"));

    assertThat(decoded.hasNextPage()).as("the body says so").isTrue();
    assertThat(decoded.pageFetcher()).isEmpty();
    assertThatThrownBy(decoded::nextPage).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no next page fetcher").hasMessageContaining("decoded outside the client");
    assertThatThrownBy(() -> decoded.autoPager().stream().count()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theFetcherIsNotPartOfTheValueNorOfTheJson() throws Exception {
    String answer = flows("/flows?continuationToken=" + TOKEN_3, "f1");
    aep.enqueueJson(200, answer);
    JsonAdapter<ItemsPage<Flow>> json = AepJson.adapter(Types.newParameterizedType(ItemsPage.class, Flow.class));
    ItemsPage<Flow> decoded = json.fromJson(answer);

    ItemsPage<Flow> fetched = flowService.listFlows();

    assertThat(fetched.pageFetcher()).isPresent();
    assertThat(fetched).isEqualTo(decoded).hasSameHashCodeAs(decoded).hasToString(decoded.toString());
    assertThat(fetched.toString()).doesNotContain("pageFetcher");
    assertThat(json.toJson(fetched)).isEqualTo(json.toJson(decoded)).doesNotContain("pageFetcher");
  }

  @Test
  void aListWithoutContinuationTokenCannotFetchANextPage() {
    aep.enqueueJson(200, "{\"items\":[{\"id\":\"cs1\"}],\"_links\":{\"next\":{\"href\":\"/connectionSpecs?continuationToken=x\"}}}");

    ItemsPage<ConnectionSpec> specs = flowService.listConnectionSpecs();

    assertThat(specs.hasNextPage()).isTrue();
    assertThatThrownBy(specs::nextPage).isInstanceOf(IllegalStateException.class)
        .hasMessage("Flow Service listConnectionSpecs takes no continuationToken query parameter: the page after its answer cannot be fetched");
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
  }
}
