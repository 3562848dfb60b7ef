package io.github.aepsdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.paging.Page;
import io.github.aepsdk.schemaregistry.Container;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that does not advance must end the walk with an {@link IllegalStateException}, never
 * with an endless series of requests: a continuation token or {@code _page.next} that comes back
 * (directly or after a detour), or an offset ({@code start}) that the server ignores. The server
 * here answers each request from its query, over a socket, as a faulty AEP would.
 */
class NonAdvancingPagingTest {
  /** Far more requests than any of these walks may make before it notices. */
  private static final int RUNAWAY = 50;

  private static String flows(String nextToken, String id) {
    String links = nextToken == null ? "{}" : "{\"next\":{\"href\":\"/flows?continuationToken=" + nextToken + "\"}}";
    return "{\"items\":[{\"id\":\"" + id + "\"}],\"_links\":" + links + "}";
  }

  private static String schemas(String next, String hash) {
    return "{\"results\":[{\"$id\":\"https://ns.adobe.com/acme/schemas/" + hash + "\",\"title\":\"" + hash + "\"}],"
        + "\"_page\":{\"orderby\":\"title\",\"next\":\"" + next + "\",\"count\":1}}";
  }

  static Stream<Arguments> walks() {
    return Stream.of(
        walk("Flow Service token that comes back at once", 2, 2, "Flow Service paging does not advance: continuationToken 'T1'",
            url -> flows("T1", url.queryParameter("continuationToken") == null ? "f0" : "f1"),
            aep -> aep.flowService().listFlows()),
        walk("Flow Service tokens that cycle", 4, 4, "continuationToken 'T1' came back again",
            url -> {
              String token = url.queryParameter("continuationToken");
              return flows(token == null || token.equals("T3") ? "T1" : token.equals("T1") ? "T2" : "T3", "f-" + token);
            },
            aep -> aep.flowService().listFlows()),
        walk("Schema Registry next that cycles", 3, 3, "Schema Registry paging does not advance: _page.next is the start value 'A'",
            url -> {
              String start = url.queryParameter("start");
              return schemas(start == null || start.equals("B") ? "A" : "B", "s-" + start);
            },
            aep -> aep.schemaRegistry().listSchemas(Container.TENANT, "title", null, 1, null)),
        walk("Catalog server that ignores start", 2, 2, "Catalog paging does not advance: start=2 answered the same objects as start=0",
            url -> "{\"d1\":{\"name\":\"one\"},\"d2\":{\"name\":\"two\"}}",
            aep -> aep.catalog().listDataSets(CatalogQuery.none().page(0, 2))),
        walk("Data Prep server that ignores start", 2, 1, "Data Prep paging does not advance: start=1 answered the same items as start=0",
            url -> "{\"data\":[{\"id\":\"m1\"}],\"_page\":{\"count\":1,\"limit\":1}}",
            aep -> aep.conversion().listMappingSets(1, 0)));
  }

  /**
   * A walk that stalls after {@code requests} requests, having delivered {@code delivered} items:
   * a page whose token or {@code next} repeats is delivered (the walk refuses to follow it), a page
   * that repeats the previous one is not.
   */
  private static Arguments walk(String name, int requests, int delivered, String message, Function<HttpUrl, String> server,
      Function<AepClient, Page<?>> firstPage) {
    return Arguments.of(name, requests, delivered, message, server, firstPage);
  }

  /** Serves {@code answers} and returns the URLs of the requests received. */
  private static List<HttpUrl> serve(MockAep aep, Function<HttpUrl, String> answers) {
    List<HttpUrl> received = Collections.synchronizedList(new ArrayList<>());
    aep.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        received.add(request.getUrl());
        String body = received.size() < RUNAWAY ? answers.apply(request.getUrl()) : "{}";   // a runaway walk ends without the exception
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
      }
    });
    return received;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("walks")
  void aServerThatDoesNotAdvanceEndsTheWalk(String name, int requests, int delivered, String message, Function<HttpUrl, String> server,
      Function<AepClient, Page<?>> firstPage) {
    try (MockAep aep = MockAep.start()) {
      List<HttpUrl> received = serve(aep, server);

      assertThatThrownBy(() -> firstPage.apply(aep.client()).autoPager().stream().count())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(message);
      assertThat(received).hasSize(requests);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("walks")
  void itemsBeforeTheStallAreStillDelivered(String name, int requests, int delivered, String message, Function<HttpUrl, String> server,
      Function<AepClient, Page<?>> firstPage) {
    try (MockAep aep = MockAep.start()) {
      serve(aep, server);
      List<Object> seen = new ArrayList<>();

      assertThatThrownBy(() -> firstPage.apply(aep.client()).autoPager().forEach(seen::add))
          .isInstanceOf(IllegalStateException.class);
      assertThat(seen).hasSize(delivered);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("walks")
  void nextPageCallsAloneAreGuardedToo(String name, int requests, int delivered, String message, Function<HttpUrl, String> server,
      Function<AepClient, Page<?>> firstPage) {
    try (MockAep aep = MockAep.start()) {
      List<HttpUrl> received = serve(aep, server);

      assertThatThrownBy(() -> {
        Page<?> page = firstPage.apply(aep.client());
        while (page.hasNextPage()) {
          page = page.nextPage();
        }
      }).isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
      assertThat(received).hasSize(requests);
    }
  }
}
