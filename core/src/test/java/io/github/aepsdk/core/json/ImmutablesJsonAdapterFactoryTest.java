package io.github.aepsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ImmutableItemsPage;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.EntityRef;
import io.github.aepsdk.flowservice.Link;
import io.github.aepsdk.flowservice.SpecRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImmutablesJsonAdapterFactoryTest {

  private final JsonAdapter<ItemsPage<Map<String, Object>>> pages =
      AepJson.adapter(Types.newParameterizedType(ItemsPage.class, Types.newParameterizedType(Map.class, String.class, Object.class)));

  @Test
  void readsGenericEnvelopeWithJsonNamesAndExactNumbers() throws Exception {
    ItemsPage<Map<String, Object>> page = pages.fromJson(
        "{\"items\":[{\"id\":\"a\",\"createdAt\":1700000000000,\"ratio\":0.25}],"
            + "\"_links\":{\"next\":{\"href\":\"/flows?continuationToken=abc%3D\"}}}");
    assertThat(page).isInstanceOf(ImmutableItemsPage.class);
    assertThat(page.items()).hasSize(1);
    assertThat(page.items().get(0).get("createdAt")).isEqualTo(1700000000000L);
    assertThat(page.items().get(0).get("ratio")).isEqualTo(new java.math.BigDecimal("0.25"));
    assertThat(page.continuationToken()).contains("abc=");
    assertThat(page.count()).isEmpty();
  }

  @Test
  void nullIsAbsentAndEmptyLinksEndPaging() throws Exception {
    ItemsPage<Map<String, Object>> page = pages.fromJson("{\"items\":null,\"_links\":{},\"count\":3}");
    assertThat(page.items()).isEmpty();
    assertThat(page.continuationToken()).isEmpty();
    assertThat(page.count()).contains(3L);
  }

  @Test
  void nullListElementsAreAbsentLikeNullMembers() throws Exception {
    io.github.aepsdk.flowservice.Flow flow = AepJson.<io.github.aepsdk.flowservice.Flow>adapter(io.github.aepsdk.flowservice.Flow.class)
        .fromJson("{\"id\":\"f1\",\"sourceConnectionIds\":[null,\"s1\",null],\"recordTypes\":[null,{\"type\":\"x\"}]}");
    assertThat(flow.sourceConnectionIds()).containsExactly("s1");
    assertThat(flow.recordTypes()).containsExactly(Map.of("type", "x"));
    ItemsPage<Map<String, Object>> page = pages.fromJson("{\"items\":[null]}");
    assertThat(page.items()).isEmpty();
  }

  @Test
  void anEmptyListOrMapGivenAsAFreeFormValueIsWritten() {
    assertThat(AepJson.adapter(io.github.aepsdk.flowservice.PatchOperation.class)
        .toJson(io.github.aepsdk.flowservice.PatchOperation.replace("/labels", List.of())))
        .isEqualTo("{\"op\":\"replace\",\"path\":\"/labels\",\"value\":[]}");
    assertThat(AepJson.adapter(io.github.aepsdk.catalog.JsonPatchOperation.class)
        .toJson(io.github.aepsdk.catalog.JsonPatchOperation.replace("/tags", Map.of())))
        .isEqualTo("{\"op\":\"replace\",\"path\":\"/tags\",\"value\":{}}");
    assertThat(AepJson.adapter(io.github.aepsdk.flowservice.Flow.class)
        .toJson(io.github.aepsdk.flowservice.Flow.builder().id("f1").build()))
        .as("empty collection members are still left out").isEqualTo("{\"id\":\"f1\"}");
  }

  @Test
  void writesInDeclarationOrderOmittingEmptyValues() {
    ItemsPage<Map<String, Object>> page = ItemsPage.<Map<String, Object>>builder()
        .addItems(Map.of("id", "x"))
        .count(2L)
        .build();
    assertThat(pages.toJson(page)).isEqualTo("{\"items\":[{\"id\":\"x\"}],\"count\":2}");
  }

  @Test
  void missingRequiredMemberNamesModelAndPath() {
    JsonAdapter<EntityRef> refs = AepJson.adapter(EntityRef.class);
    assertThatThrownBy(() -> refs.fromJson("{\"id\":\"a\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("EntityRef")
        .hasMessageContaining("etag");
  }

  @Test
  void strictAdapterRejectsUnknownMembersOfClosedModels() throws Exception {
    assertThat(AepJson.<Link>adapter(Link.class).fromJson("{\"href\":\"/x\",\"templated\":true}").href()).hasValue("/x");
    assertThatThrownBy(() -> AepJson.<Link>strictAdapter(Link.class).fromJson("{\"href\":\"/x\",\"templated\":true}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("templated");
  }

  @Test
  void generatedClassIsBoundLikeItsModel() {
    Link link = Link.builder().href("/a").build();
    assertThat(AepJson.adapter(link.getClass()).toJson(link)).isEqualTo("{\"href\":\"/a\"}");
    assertThat(AepJson.adapter(Types.newParameterizedType(List.class, Link.class)).toJson(List.of(link)))
        .isEqualTo("[{\"href\":\"/a\"}]");
  }

  @Test
  void loneObjectWhereAListIsDeclaredReadsAsOneElementAndWritesAsArray() throws Exception {
    ItemsPage<Map<String, Object>> page = pages.fromJson("{\"items\":{\"id\":\"a\"}}");
    assertThat(page.items()).containsExactly(Map.of("id", "a"));
    assertThat(pages.toJson(page)).isEqualTo("{\"items\":[{\"id\":\"a\"}]}");
    assertThatThrownBy(() -> pages.fromJson("{\"items\":\"a\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.items");
  }

  @Test
  void invalidArrayElementIsNamedByItsOwnIndex() {
    JsonAdapter<List<EntityRef>> refs = AepJson.adapter(Types.newParameterizedType(List.class, EntityRef.class));
    assertThatThrownBy(() -> refs.fromJson("[{\"id\":\"a\",\"etag\":\"1\"},{\"id\":\"b\",\"etag\":\"2\"},{\"id\":\"c\"},"
        + "{\"id\":\"d\",\"etag\":\"4\"}]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Cannot read EntityRef at $[2]:");
    JsonAdapter<Flow> flows = AepJson.adapter(Flow.class);
    assertThatThrownBy(() -> flows.fromJson("{\"id\":\"f\",\"flowSpec\":{\"version\":\"1.0\"}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Cannot read SpecRef at $.flowSpec:");
  }

  @Test
  void optionalMembersOfEveryKindAreReadAsPresentValues() throws Exception {
    Flow flow = AepJson.<Flow>strictAdapter(Flow.class).fromJson(
        "{\"id\":\"f\",\"createdAt\":1612310475905,\"name\":\"n\",\"flowSpec\":{\"id\":\"s\",\"version\":\"1.0\"},"
            + "\"scheduleParams\":{\"startTime\":1,\"frequency\":\"hour\",\"interval\":2,\"backfill\":true}}");
    assertThat(flow.createdAt()).contains(1612310475905L);
    assertThat(flow.name()).contains("n");
    assertThat(flow.flowSpec()).contains(SpecRef.of("s", "1.0"));
    assertThat(flow.scheduleParams().orElseThrow().interval()).contains(2);
    assertThat(flow.scheduleParams().orElseThrow().backfill()).contains(true);
    assertThat(flow.description()).isEmpty();
  }

  @Test
  void aReusedBuilderCarriesNothingFromOneObjectToTheNext() throws Exception {
    JsonAdapter<Map<String, io.github.aepsdk.catalog.DataSet>> dataSets =
        AepJson.adapter(Types.newParameterizedType(Map.class, String.class, io.github.aepsdk.catalog.DataSet.class));
    Map<String, io.github.aepsdk.catalog.DataSet> page = dataSets.fromJson("{"
        + "\"d1\":{\"name\":\"first\",\"tags\":{\"adobe/pqs/table\":[\"t1\"]},\"schemaRef\":{\"id\":\"s1\"},"
        + "\"unknownMember\":\"u1\"},"
        + "\"d2\":{\"name\":\"second\"}}");
    io.github.aepsdk.catalog.DataSet first = page.get("d1");
    io.github.aepsdk.catalog.DataSet second = page.get("d2");
    assertThat(second.name()).contains("second");
    assertThat(second.tags()).isEmpty();
    assertThat(second.schemaRef()).isEmpty();
    assertThat(second.additionalProperties()).isEmpty();
    assertThat(first.name()).contains("first");
    assertThat(first.tags()).containsExactly(Map.entry("adobe/pqs/table", List.of("t1")));
    assertThat(first.schemaRef().orElseThrow().id()).isEqualTo("s1");
    assertThat(first.additionalProperties()).containsExactly(Map.entry("unknownMember", "u1"));

    io.github.aepsdk.catalog.DataSet third = dataSets.fromJson("{\"d3\":{\"description\":\"third\"}}").get("d3");
    assertThat(third.name()).as("not the name the same builder held before").isEmpty();
    assertThat(third.description()).contains("third");
    assertThat(first.tags()).as("the instance built keeps its own copy").hasSize(1);
  }

  @Test
  void anObjectThatFailsLeavesNothingInTheBuilderForTheNext() throws Exception {
    JsonAdapter<Flow> flows = AepJson.adapter(Flow.class);
    assertThatThrownBy(() -> flows.fromJson("{\"id\":\"f1\",\"name\":\"failed\",\"labels\":[\"l1\"],"
        + "\"flowSpec\":{\"version\":\"1.0\"}}"))
        .isInstanceOf(JsonDataException.class);
    Flow next = flows.fromJson("{\"id\":\"f2\"}");
    assertThat(next.id()).isEqualTo("f2");
    assertThat(next.name()).isEmpty();
    assertThat(next.labels()).isEmpty();
    assertThat(next.flowSpec()).isEmpty();
    JsonAdapter<EntityRef> refs = AepJson.adapter(EntityRef.class);
    assertThat(refs.fromJson("{\"id\":\"e1\",\"etag\":\"1\"}").id()).isEqualTo("e1");
    assertThatThrownBy(() -> refs.fromJson("{\"etag\":\"2\"}"))
        .as("a required member the object before had is still required")
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("id");
  }

  @Test
  void aModelNestedInItselfIsReadAtEveryLevel() throws Exception {
    io.github.aepsdk.flowservice.InheritedConnection connection =
        AepJson.<io.github.aepsdk.flowservice.InheritedConnection>adapter(io.github.aepsdk.flowservice.InheritedConnection.class)
            .fromJson("{\"id\":\"c1\",\"baseConnection\":{\"id\":\"c2\",\"baseConnection\":{\"id\":\"c3\","
                + "\"connectionSpec\":{\"id\":\"s3\",\"version\":\"1.0\"}}},\"connectionSpec\":{\"id\":\"s1\",\"version\":\"1.0\"}}");
    assertThat(connection.id()).isEqualTo("c1");
    assertThat(connection.connectionSpec()).contains(SpecRef.of("s1", "1.0"));
    io.github.aepsdk.flowservice.InheritedConnection base = connection.baseConnection().orElseThrow();
    assertThat(base.id()).isEqualTo("c2");
    assertThat(base.connectionSpec()).isEmpty();
    io.github.aepsdk.flowservice.InheritedConnection baseOfBase = base.baseConnection().orElseThrow();
    assertThat(baseOfBase.id()).isEqualTo("c3");
    assertThat(baseOfBase.connectionSpec()).contains(SpecRef.of("s3", "1.0"));
    assertThat(baseOfBase.baseConnection()).isEmpty();
  }
}
