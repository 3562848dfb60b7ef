package io.github.aepsdk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of the Catalog models and helpers (no JSON, no HTTP). */
class CatalogModelsTest {

  @ParameterizedTest
  @CsvSource({
      "@/dataSets/5c8c3c555033b814b69f947f, 5c8c3c555033b814b69f947f",
      "@/datasets/5c8c3c555033b814b69f947f, 5c8c3c555033b814b69f947f",
      "@/batches/5911f88ae2f4bf657c5a8cb5, 5911f88ae2f4bf657c5a8cb5",
      "@/dataSets/5ba9452f7de80400007fc52a/views/5ba9452f7de80400007fc52b/files, 5ba9452f7de80400007fc52a"})
  void refsGiveTheIdAfterTheCollection(String ref, String id) {
    assertThat(CatalogRefs.id(ref)).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5c8c3c555033b814b69f947f", "/dataSets/x", "@/dataSets", "@/dataSets/", "@//x"})
  void malformedRefsAreRejectedWithTheValue(String ref) {
    assertThatThrownBy(() -> CatalogRefs.id(ref))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@/<collection>/<id>");
  }

  @Test
  void refListsMapToIds() {
    assertThat(CatalogRefs.ids(List.of("@/dataSets/a", "@/dataSets/b"))).containsExactly("a", "b");
    assertThat(CatalogRefs.ids(List.of())).isEmpty();
    assertThat(CatalogRefs.id(List.of("@/dataSets/a"))).isEqualTo("a");
    assertThatThrownBy(() -> CatalogRefs.id(List.of())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CatalogRefs.id(List.of("@/dataSets/a", "@/dataSets/b")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@/dataSets/b");
  }

  @Test
  void singleTakesTheObjectOfTheRequestedId() {
    Map<String, String> two = new LinkedHashMap<>();
    two.put("a", "A");
    two.put("b", "B");
    assertThat(CatalogRefs.single(two, "b")).isEqualTo("B");
    assertThat(CatalogRefs.single(Map.of("A", "x"), "a")).isEqualTo("x");
    assertThatThrownBy(() -> CatalogRefs.single(Map.of(), "a"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> CatalogRefs.single(two, "c")).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void entriesKeepTheServerOrder() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("z", 1);
    m.put("a", 2);
    assertThat(CatalogEntry.listOf(m)).containsExactly(CatalogEntry.of("z", 1), CatalogEntry.of("a", 2));
    assertThat(CatalogEntry.of("z", 1).toString()).contains("z").contains("1");
    assertThat(CatalogEntry.of("z", 1)).isNotEqualTo(CatalogEntry.of("z", 2)).hasSameHashCodeAs(CatalogEntry.of("z", 1));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 101})
  void queryLimitOutsideOneToHundredIsRejected(int limit) {
    assertThatThrownBy(() -> CatalogQuery.builder().limit(limit).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 100");
  }

  @Test
  void queryChecksStartAndReservedFilterNames() {
    assertThat(CatalogQuery.builder().limit(1).start(0).build().limit()).contains(1);
    assertThat(CatalogQuery.builder().limit(100).build().limit()).contains(100);
    assertThatThrownBy(() -> CatalogQuery.builder().start(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CatalogQuery.builder().putFilters("limit", "5").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'limit'");
  }

  @Test
  void queryPageReplacesStartAndLimitOnly() {
    CatalogQuery q = CatalogQuery.builder().limit(5).orderBy("name").putFilters("dataSet", "x").build();
    CatalogQuery page = q.page(40, 20);
    assertThat(page.start()).contains(40);
    assertThat(page.limit()).contains(20);
    assertThat(page.orderBy()).contains("name");
    assertThat(page.filters()).containsExactly(Map.entry("dataSet", "x"));
    assertThatThrownBy(() -> q.page(0, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void queryParametersAreSentInTheDocumentedOrderLeavingOutUnsetOnes() {
    CatalogQuery all = CatalogQuery.builder().limit(10).start(20).orderBy("desc:updated").addProperties("name", "schemaRef")
        .propertyFilter("version>1.0.3").putFilters("tags", "adobe/pqs:*").build();
    assertThat(all.parameters()).containsExactly(Map.entry("limit", "10"), Map.entry("start", "20"),
        Map.entry("orderBy", "desc:updated"), Map.entry("properties", "name,schemaRef"),
        Map.entry("property", "version>1.0.3"), Map.entry("tags", "adobe/pqs:*"));
    assertThat(CatalogQuery.builder().build().parameters()).isEmpty();
  }

  @Test
  void filterValueHelpers() {
    assertThat(CatalogQuery.anyOf("exampleName", "anotherName")).isEqualTo("exampleName,anotherName");
    assertThat(CatalogQuery.noneOf("exampleName", "anotherName")).isEqualTo("!exampleName,anotherName");
    assertThat(CatalogQuery.noneOf("x")).isEqualTo("!x");
    assertThatThrownBy(() -> CatalogQuery.anyOf()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CatalogQuery.anyOf("a,b")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CatalogQuery.builder().addProperties("name", "schemaRef").build().parameters())
        .containsExactly(java.util.Map.entry("properties", "name,schemaRef"));
    assertThat(CatalogQuery.none().parameters()).isEmpty();
  }

  @Test
  void batchStatusIsTolerant() {
    assertThat(BatchStatus.of("success")).isEqualTo(BatchStatus.SUCCESS);
    assertThat(BatchStatus.of("Staging")).isEqualTo(BatchStatus.STAGING);
    assertThat(BatchStatus.of("brandNew")).isEqualTo(BatchStatus.UNKNOWN);
    assertThat(BatchStatus.of(null)).isEqualTo(BatchStatus.UNKNOWN);
    assertThat(Batch.builder().status("failed").build().statusValue()).isEqualTo(BatchStatus.FAILED);
    assertThat(Batch.builder().build().statusValue()).isEqualTo(BatchStatus.UNKNOWN);
    assertThat(BatchStatus.FAILURE.wireValue()).isEqualTo("failure");
  }

  @Test
  void relatedObjectTypesAndDataSetIds() {
    Batch batch = Batch.builder()
        .addRelatedObjects(RelatedObject.builder().type("dataSet").id("ds1").tag("output").build())
        .addRelatedObjects(RelatedObject.builder().type("service").id("svc").build())
        .addRelatedObjects(RelatedObject.builder().type("DATASET").id("ds2").build())
        .build();
    assertThat(batch.relatedObjects()).extracting(RelatedObject::typeValue)
        .containsExactly(RelatedObjectType.DATA_SET, RelatedObjectType.UNKNOWN, RelatedObjectType.DATA_SET);
    assertThat(batch.dataSetIds()).containsExactly("ds1", "ds2");
  }

  @Test
  void jsonPatchFromIsRequiredExactlyForMoveAndCopy() {
    assertThat(JsonPatchOperation.builder().op(JsonPatchOperation.Op.MOVE).from("/a").path("/b").build().from()).contains("/a");
    assertThatThrownBy(() -> JsonPatchOperation.builder().op(JsonPatchOperation.Op.COPY).path("/b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'copy' needs a 'from'");
    assertThatThrownBy(() -> JsonPatchOperation.builder().op(JsonPatchOperation.Op.ADD).from("/a").path("/b").value(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'add' must not have");
    assertThat(JsonPatchOperation.remove("/name").value()).isEmpty();
  }

  @Test
  void fileDescriptionHeaderReadsBothForms() {
    assertThat(FileDescription.builder().header(true).build().headerValue()).contains(true);
    assertThat(FileDescription.builder().header("false").build().headerValue()).contains(false);
    assertThat(FileDescription.builder().header("yes").build().headerValue()).isEmpty();
    assertThat(FileDescription.builder().build().headerValue()).isEmpty();
  }

  @Test
  void lastBatchStatusViews() {
    assertThat(LastBatch.builder().lastBatchStatus("processing").build().lastBatchStatusValue()).isEqualTo(BatchStatus.PROCESSING);
    assertThat(DataSet.builder().lastBatchStatus("queued").build().lastBatchStatusValue()).isEqualTo(BatchStatus.QUEUED);
  }

  @Test
  void schemaRefFactory() {
    SchemaRef ref = SchemaRef.of("https://ns.adobe.com/t/schemas/1", "application/vnd.adobe.xed+json;version=1");
    assertThat(ref.id()).isEqualTo("https://ns.adobe.com/t/schemas/1");
    assertThat(ref.contentType()).contains("application/vnd.adobe.xed+json;version=1");
    assertThatThrownBy(() -> SchemaRef.builder().build()).hasMessageContaining("id");
  }

  @Test
  void tagValuesAreTheStringListsBesideObjectType() {
    TagValues tags = TagValues.builder()
        .putObjectType("datasets", List.of("@/DataSet/5b20017aa492bbd30425e21b"))
        .putAdditionalProperties("adobe/pqs/databases", List.of("baz", "bat"))
        .putAdditionalProperties("mixed", List.of("a", 1L))
        .putAdditionalProperties("scalar", "x")
        .build();
    assertThat(tags.values()).containsExactly(Map.entry("adobe/pqs/databases", List.of("baz", "bat")));
    assertThatThrownBy(() -> tags.values().put("k", List.of())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void storageCredentialsMaskTheClientKey() {
    DataSetCredentials credentials = DataSetCredentials.builder()
        .dataSetId("5abd49645591445e1ba04f87")
        .credentials(StorageCredentials.builder().clientKey("s3cr3t").clientId("client-1").build())
        .build();
    assertThat(credentials.credentials().orElseThrow().clientKey()).contains("s3cr3t");
    assertThat(credentials.toString()).doesNotContain("s3cr3t").contains("client-1", "5abd49645591445e1ba04f87");
  }

  @Test
  void dataSetClassificationNeedsBothMembers() {
    assertThat(DataSetClassification.of("time-series", "CUSTOMER").managedBy()).isEqualTo("CUSTOMER");
    assertThatThrownBy(() -> DataSetClassification.builder().dataBehavior("time-series").build()).hasMessageContaining("managedBy");
  }
}
