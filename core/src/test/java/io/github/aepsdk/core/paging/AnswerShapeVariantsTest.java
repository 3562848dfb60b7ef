package io.github.aepsdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.aepsdk.conversion.DataPage;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.Link;
import io.github.aepsdk.schemaregistry.ResultsPage;
import io.github.aepsdk.schemaregistry.XdmSummary;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Link and paging members in every shape AEP answers with: a link as {@code {"href"}} or as a bare
 * string, a next link without {@code href}, {@code _links} as {@code {}} or {@code []}, a
 * continuation token with characters that form encoding would change. Each is read without failing
 * the call, each "no next page" form ends a walk after the page's items, and tokens go back
 * byte-exact.
 */
class AnswerShapeVariantsTest {
  private static final JsonAdapter<ItemsPage<Flow>> FLOWS =
      AepJson.adapter(Types.newParameterizedType(ItemsPage.class, Flow.class));
  private static final JsonAdapter<ResultsPage<XdmSummary>> SCHEMAS =
      AepJson.adapter(Types.newParameterizedType(ResultsPage.class, XdmSummary.class));
  private static final JsonAdapter<DataPage<Map<String, Object>>> MAPPING_SETS = AepJson.adapter(
      Types.newParameterizedType(DataPage.class, Types.newParameterizedType(Map.class, String.class, Object.class)));

  private static final String ITEMS = "\"items\":[{\"id\":\"f1\"}]";

  /** Flow Service {@code _links} forms that say there is no next page. */
  static Stream<Arguments> lastPageLinks() {
    return Stream.of(
        Arguments.of("absent", "{" + ITEMS + "}"),
        Arguments.of("{}", "{" + ITEMS + ",\"_links\":{}}"),
        Arguments.of("[]", "{" + ITEMS + ",\"_links\":[]}"),
        Arguments.of("null", "{" + ITEMS + ",\"_links\":null}"),
        Arguments.of("next null", "{" + ITEMS + ",\"_links\":{\"next\":null}}"),
        Arguments.of("next {}", "{" + ITEMS + ",\"_links\":{\"next\":{}}}"),
        Arguments.of("next without href", "{" + ITEMS + ",\"_links\":{\"next\":{\"templated\":false}}}"),
        Arguments.of("href null", "{" + ITEMS + ",\"_links\":{\"next\":{\"href\":null}}}"),
        Arguments.of("href empty", "{" + ITEMS + ",\"_links\":{\"next\":{\"href\":\"\"}}}"),
        Arguments.of("next an empty string", "{" + ITEMS + ",\"_links\":{\"next\":\"\"}}"),
        Arguments.of("href without a token", "{" + ITEMS + ",\"_links\":{\"next\":{\"href\":\"/flows?limit=1\"}}}"),
        Arguments.of("empty token", "{" + ITEMS + ",\"_links\":{\"next\":{\"href\":\"/flows?continuationToken=\"}}}"));
  }

  @ParameterizedTest(name = "_links {0}")
  @MethodSource("lastPageLinks")
  void everyNoNextPageFormEndsTheWalkAfterThePageItems(String form, String answer) {
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(200, answer);

      ItemsPage<Flow> page = aep.client().flowService().listFlows();

      assertThat(page.continuationToken()).isEmpty();
      assertThat(page.hasNextPage()).isFalse();
      assertThat(page.autoPager().stream().map(Flow::id)).containsExactly("f1");
      assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class).hasMessageContaining("last page");
      assertThat(aep.server().getRequestCount()).as("only the first page is fetched").isEqualTo(1);
    }
  }

  @Test
  void aNextLinkWrittenAsABareStringReadsLikeAnHrefObject() throws IOException {
    ItemsPage<Flow> asString = FLOWS.fromJson("{" + ITEMS + ",\"_links\":{\"next\":\"/flows?continuationToken=abc\"}}");
    ItemsPage<Flow> asObject = FLOWS.fromJson("{" + ITEMS + ",\"_links\":{\"next\":{\"href\":\"/flows?continuationToken=abc\"}}}");

    assertThat(asString).isEqualTo(asObject);
    assertThat(asString.continuationToken()).hasValue("abc");
    assertThat(FLOWS.toJson(asString)).contains("\"_links\":{\"next\":{\"href\":\"/flows?continuationToken=abc\"}}");
  }

  @Test
  void tokensAreDecodedByteExact() {
    assertThat(link("/flows?continuationToken=ab+c/d==").continuationToken()).as("a literal + stays a +").hasValue("ab+c/d==");
    assertThat(link("/flows?continuationToken=ab%2Bc%2Fd%3D%3D&limit=2").continuationToken()).hasValue("ab+c/d==");
    assertThat(link("/flows?limit=2&continuationToken=%C3%A9t%C3%A9%20x#frag").continuationToken()).hasValue("été x");
    assertThat(link("https://platform.adobe.io/data/foundation/flowservice/flows?continuationToken=100%25%zz%4").continuationToken())
        .as("a malformed escape is kept").hasValue("100%%zz%4");
    assertThat(link("/flows?continuationToken=日本+語").continuationToken()).hasValue("日本+語");
  }

  private static Link link(String href) {
    return Link.builder().href(href).build();
  }

  @Test
  void aTokenWithALiteralPlusGoesBackUnchanged() {
    String token = "eyJvIjoyfQ+x/y=";
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(200, "{\"items\":[{\"id\":\"f1\"}],\"_links\":{\"next\":\"/flows?continuationToken=" + token + "\"}}")
          .enqueueJson(200, "{\"items\":[{\"id\":\"f2\"}],\"_links\":{\"next\":{}}}");

      ItemsPage<Flow> first = aep.client().flowService().listFlows(null, 1, null, null, null);

      assertThat(first.autoPager().stream().map(Flow::id)).containsExactly("f1", "f2");
      aep.takeRequest();
      RecordedRequest second = aep.takeRequest();
      assertThat(second.getUrl().queryParameter("continuationToken")).isEqualTo(token);
      assertThat(second.getUrl().encodedQuery()).isEqualTo("limit=1&continuationToken=eyJvIjoyfQ%2Bx%2Fy%3D");
    }
  }

  @Test
  void schemaRegistryNextLinkAsStringOrObjectAndPageNextAsNumber() throws IOException {
    String summary = "{\"$id\":\"https://ns.adobe.com/t/schemas/a\",\"title\":\"A\"}";
    ResultsPage<XdmSummary> asString = SCHEMAS.fromJson("{\"results\":[" + summary + "],\"_page\":{\"orderby\":\"title\","
        + "\"next\":\"A\",\"count\":1},\"_links\":{\"next\":\"https://platform.adobe.io/x?start=A\","
        + "\"global_schemas\":\"https://platform.adobe.io/data/foundation/schemaregistry/global/schemas\"}}");
    ResultsPage<XdmSummary> asObject = SCHEMAS.fromJson("{\"results\":[" + summary + "],\"_page\":{\"orderby\":\"meta:created\","
        + "\"next\":1700000000000,\"count\":1},\"_links\":{\"next\":{\"href\":\"https://platform.adobe.io/x?start=A\"},"
        + "\"global_schemas\":{\"href\":\"https://platform.adobe.io/data/foundation/schemaregistry/global/schemas\"}}}");
    ResultsPage<XdmSummary> last = SCHEMAS.fromJson("{\"results\":[],\"_page\":{\"next\":null},\"_links\":[]}");

    assertThat(asString.links().orElseThrow().next().orElseThrow().href()).hasValue("https://platform.adobe.io/x?start=A");
    assertThat(asString.links()).isEqualTo(asObject.links());
    assertThat(asString.next()).hasValue("A");
    assertThat(asObject.next()).as("a numeric start value, kept exact").hasValue("1700000000000");
    assertThat(last.next()).isEmpty();
    assertThat(last.links().orElseThrow().next()).isEmpty();
  }

  @Test
  void dataPrepLinksAsStringsOrObjects() throws IOException {
    DataPage<Map<String, Object>> page = MAPPING_SETS.fromJson("{\"data\":[{\"id\":\"m1\"}],\"_page\":{\"count\":1,\"limit\":10},"
        + "\"_links\":{\"self\":\"/mappingSets?start=0\",\"next\":{\"href\":\"/mappingSets?start=10\",\"templated\":false}}}");

    assertThat(page.links().get("self").href()).hasValue("/mappingSets?start=0");
    assertThat(page.links().get("next").href()).hasValue("/mappingSets?start=10");
    assertThat(page.data()).extracting(m -> m.get("id")).isEqualTo(List.of("m1"));
  }
}
