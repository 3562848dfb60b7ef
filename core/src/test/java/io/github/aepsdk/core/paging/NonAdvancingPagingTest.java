package io.github.aepsdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import io.github.aepsdk.conversion.DataPage;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.schemaregistry.ResultsPage;
import io.github.aepsdk.schemaregistry.XdmSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that does not advance must end the walk with an {@link IllegalStateException}, never
 * with an endless series of requests: a continuation token or {@code _page.next} that comes back
 * (directly or after a detour), or an offset ({@code start}) that the server ignores.
 */
class NonAdvancingPagingTest {
  /** Far more requests than any of these walks may make before it notices. */
  private static final int RUNAWAY = 50;

  private static <P> P json(java.lang.reflect.Type type, String body) {
    try {
      return AepJson.<P>adapter(type).fromJson(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ItemsPage<Flow> flows(String nextToken, String id) {
    String links = nextToken == null ? "{}" : "{\"next\":{\"href\":\"/flows?continuationToken=" + nextToken + "\"}}";
    return json(Types.newParameterizedType(ItemsPage.class, Flow.class),
        "{\"items\":[{\"id\":\"" + id + "\"}],\"_links\":" + links + "}");
  }

  private static ResultsPage<XdmSummary> schemas(String next, String hash) {
    return json(Types.newParameterizedType(ResultsPage.class, XdmSummary.class),
        "{\"results\":[{\"$id\":\"https://ns.adobe.com/acme/schemas/" + hash + "\",\"title\":\"" + hash + "\"}],"
            + "\"_page\":{\"orderby\":\"title\",\"next\":\"" + next + "\",\"count\":1}}");
  }

  /** Counts the requests of one walk, failing the test if it runs away. */
  private static final class Requests {
    final List<String> sent = new ArrayList<>();

    <T> T send(String what, Supplier<T> answer) {
      sent.add(what);
      assertThat(sent).as("requests of a walk that never ends").hasSizeLessThan(RUNAWAY);
      return answer.get();
    }
  }

  static Stream<Arguments> walks() {
    return Stream.of(
        walk("Flow Service token that comes back at once", 2, "Flow Service paging does not advance: continuationToken 'T1'",
            r -> Paging.flowService(token -> r.send("flows " + token, () -> flows("T1", token == null ? "f0" : "f1")))),
        walk("Flow Service tokens that cycle", 4, "continuationToken 'T1' came back again",
            r -> Paging.flowService(token -> r.send("flows " + token,
                () -> flows(token == null || token.equals("T3") ? "T1" : token.equals("T1") ? "T2" : "T3", "f-" + token)))),
        walk("Schema Registry next that cycles", 3, "Schema Registry paging does not advance: _page.next is the start value 'A'",
            r -> Paging.schemaRegistry(start -> r.send("schemas " + start,
                () -> schemas(start == null || start.equals("B") ? "A" : "B", "s-" + start)))),
        walk("Catalog server that ignores start", 2, "Catalog paging does not advance: start=2 answered the same objects as start=0",
            r -> Paging.catalog(2, (start, limit) -> r.send("datasets " + start, () -> Map.of("d1", "one", "d2", "two")))),
        walk("Data Prep server that ignores start", 2, "Data Prep paging does not advance: start=1 answered the same items as start=0",
            r -> Paging.dataPrep(1, (start, limit) -> r.send("mapping sets " + start,
                () -> DataPage.<String>builder().addData("m1").build()))));
  }

  private static Arguments walk(String name, int requests, String message, Function<Requests, AutoPager<?>> pager) {
    return Arguments.of(name, requests, message, pager);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("walks")
  void aServerThatDoesNotAdvanceEndsTheWalk(String name, int requests, String message, Function<Requests, AutoPager<?>> pager) {
    Requests sent = new Requests();
    assertThatThrownBy(() -> pager.apply(sent).stream().count())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(message);
    assertThat(sent.sent).hasSize(requests);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("walks")
  void itemsBeforeTheStallAreStillDelivered(String name, int requests, String message, Function<Requests, AutoPager<?>> pager) {
    List<Object> seen = new ArrayList<>();
    assertThatThrownBy(() -> pager.apply(new Requests()).forEach(seen::add)).isInstanceOf(IllegalStateException.class);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(1);
  }
}
