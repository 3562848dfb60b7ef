package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Catalog: datasets answered keyed by id, created/patched/deleted as {@code ["@/dataSets/<id>"]}, paged by start/limit. */
class CatalogTest {
  private static final String DATASETS = "/data/foundation/catalog/dataSets";

  private LocalPlatform platform;
  private Http http;
  private String schemaId;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "prod");
    schemaId = http.post("/data/foundation/schemaregistry/tenant/schemas",
        AepExamples.json("schemaregistry/create-schema-marketing-automation-2020.request.json")).str("$id");
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  private String createDataSet(String name) {
    Map<String, Object> body = AepExamples.object("catalog/create-dataset.request.json");
    Tutorial.set(body, "schemaRef.id", schemaId);
    body.put("name", name);
    Http.Res res = http.post(DATASETS + "?requestDataSource=true", body);
    assertThat(res.code()).as(res.body()).isEqualTo(201);
    return String.valueOf(res.list().get(0)).substring("@/dataSets/".length());
  }

  /** The documented dataset members: the spec's lookup example, the doc lookup (state) and a listed schemaRef. */
  private static Object dataSetShape() {
    Object retrieve = AepExamples.object("catalog/from-openapi/retrieveDataset.200.response.json").values().iterator().next();
    Object lookup = AepExamples.object("catalog/get-dataset.response.json").values().iterator().next();
    Object listed = AepExamples.object("catalog/list-datasets-properties.response.invalid.json").get("Dataset1");
    return JsonShape.union(JsonShape.union(retrieve, lookup), listed);
  }

  private static final Set<String> NOT_SET = Set.of("$.enableErrorDiagnostics", "$.tags", "$.basePath",
      "$.observableSchema", "$.description");

  @Test
  void createAnswersTheDatasetReferenceArray() {
    Map<String, Object> body = AepExamples.object("catalog/create-dataset.request.json");
    Tutorial.set(body, "schemaRef.id", schemaId);

    Http.Res res = http.post(DATASETS + "?requestDataSource=true", body);

    assertThat(res.code()).isEqualTo(201);
    JsonShape.assertSameShape(AepExamples.json("catalog/create-dataset.response.json"), res.json());
    assertThat(res.list()).singleElement().asString().matches("@/dataSets/[0-9a-f]{24}");
  }

  @Test
  void lookupsAreKeyedByIdAndHaveTheDocumentedMembers() {
    String id = createDataSet("LoyaltyMembersDataset");

    Http.Res res = http.get(DATASETS + "/" + id);

    assertThat(res.code()).isEqualTo(200);
    assertThat(res.map()).containsOnlyKeys(id);
    Map<String, Object> dataSet = Json.map(res.map().get(id));
    JsonShape.assertSameShape(dataSetShape(), dataSet, NOT_SET, Set.of());
    assertThat(dataSet).containsEntry("name", "LoyaltyMembersDataset").containsEntry("imsOrg", LocalPlatform.IMS_ORG_ID)
        .containsEntry("version", "1.0.0").containsEntry("state", "DRAFT");
    assertThat(Json.at(dataSet, "schemaRef.id")).isEqualTo(schemaId);
    assertThat((String) dataSet.get("files")).matches("@/dataSets/" + id + "/views/[0-9a-f]{24}/files");

    Http.Res some = http.get(DATASETS + "/" + id + "?properties=name,description,state,tags,files");
    assertThat(Json.map(some.map().get(id))).containsOnlyKeys("name", "state", "files");
    JsonShape.assertSameShape(AepExamples.object("catalog/get-dataset.response.json").values().iterator().next(),
        some.map().get(id), Set.of("$.description", "$.tags"), Set.of());
  }

  @Test
  void listsAreIdKeyedAndPageWithStartAndLimit() {
    for (int i = 1; i <= 5; i++) {
      createDataSet("Dataset" + i);
    }

    Http.Res all = http.get(DATASETS);
    assertThat(all.map()).hasSize(5);
    for (Object dataSet : all.map().values()) {
      JsonShape.assertSameShape(dataSetShape(), dataSet, NOT_SET, Set.of());
    }
    List<String> ids = List.copyOf(all.map().keySet());

    Http.Res page = http.get(DATASETS + "?start=3&limit=2&properties=name");
    assertThat(page.map()).containsOnlyKeys(ids.get(3), ids.get(4));
    assertThat(page.map().get(ids.get(3))).isEqualTo(Map.of("name", "Dataset4"));
    assertThat(http.get(DATASETS + "?start=4&limit=2").map()).containsOnlyKeys(ids.get(4));
    assertThat(http.get(DATASETS + "?limit=2").map()).containsOnlyKeys(ids.get(0), ids.get(1));

    assertThat(http.get(DATASETS + "?name=Dataset2,Dataset5").map()).containsOnlyKeys(ids.get(1), ids.get(4));
    assertThat(http.get(DATASETS + "?name=!Dataset2,Dataset5").map()).containsOnlyKeys(ids.get(0), ids.get(2), ids.get(3));
    assertThat(List.copyOf(http.get(DATASETS + "?orderBy=desc:name&limit=1").map().keySet())).containsExactly(ids.get(4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "ten", "-1"})
  void invalidLimitsAre400(String limit) {
    Http.Res res = http.get(DATASETS + "?limit=" + limit);

    assertThat(res.code()).isEqualTo(400);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), res.json());
    assertThat(res.str("detail")).contains("limit");
  }

  @Test
  void patchTakesPlainFieldsOrJsonPatch() {
    String id = createDataSet("Sample Dataset");

    Http.Res fields = http.patch(DATASETS + "/" + id, AepExamples.json("catalog/patch-dataset-fields.request.json"));
    assertThat(fields.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("catalog/patch-dataset.response.json"), fields.json());
    assertThat(fields.list()).containsExactly("@/dataSets/" + id);
    Map<String, Object> dataSet = Json.map(http.get(DATASETS + "/" + id).map().get(id));
    assertThat(dataSet).containsEntry("name", "Updated Dataset Name")
        .containsEntry("description", "Updated description for Sample Dataset").containsEntry("version", "1.0.1");

    Http.Res patch = http.patch(DATASETS + "/" + id, AepExamples.json("catalog/patch-dataset-jsonpatch.request.json"),
        "Content-Type", "application/json-patch+json");
    assertThat(patch.list()).containsExactly("@/dataSets/" + id);
    assertThat(Json.map(http.get(DATASETS + "/" + id).map().get(id))).containsEntry("name", "New Dataset Name");

    assertThat(http.patch(DATASETS + "/" + id, AepExamples.json("catalog/patch-dataset-jsonpatch.request.json")).code())
        .as("a JSON Patch array needs its own content type").isEqualTo(400);
  }

  @Test
  void deleteAnswersTheReferenceAndThenAnEmptyArray() {
    String id = createDataSet("Doomed");

    Http.Res deleted = http.delete(DATASETS + "/" + id);

    assertThat(deleted.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("catalog/delete-dataset.response.json"), deleted.json());
    assertThat(deleted.list()).containsExactly("@/dataSets/" + id);
    assertThat(http.delete(DATASETS + "/" + id).list()).isEmpty();
    Http.Res gone = http.get(DATASETS + "/" + id);
    assertThat(gone.code()).isEqualTo(404);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), gone.json());
  }

  @Test
  void aDatasetATargetConnectionWritesToIsNotDeletedUntilTheConnectionIs() {
    Http dev = new Http(platform, "dev"); // the tutorial brings its own target schema
    Tutorial t = Tutorial.complete(dev);

    Http.Res refused = dev.delete(DATASETS + "/" + t.dataSetId);

    assertThat(refused.code()).isEqualTo(400);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), refused.json());
    assertThat(refused.str("detail")).isEqualTo("The dataSet " + t.dataSetId + " cannot be deleted: target connection(s) ["
        + t.targetConnectionId + "] write to it, used by flow(s) [" + t.flowId + "]. Delete them before deleting the dataSet.");
    assertThat(dev.get(DATASETS + "/" + t.dataSetId).code()).isEqualTo(200);

    assertThat(dev.delete(Tutorial.FLOW_SERVICE + "/flows/" + t.flowId).code()).isEqualTo(204);
    assertThat(dev.delete(DATASETS + "/" + t.dataSetId).code()).as("a target connection still writes to it").isEqualTo(400);
    assertThat(dev.delete(Tutorial.FLOW_SERVICE + "/targetConnections/" + t.targetConnectionId).code()).isEqualTo(204);
    assertThat(dev.delete(DATASETS + "/" + t.dataSetId).list()).containsExactly("@/dataSets/" + t.dataSetId);
  }

  @Test
  void datasetsMustReferenceAnExistingSchemaWithAnXdmContentType() {
    Map<String, Object> body = AepExamples.object("catalog/create-dataset.request.json");
    Http.Res unknown = http.post(DATASETS, body);
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(unknown.str("detail")).contains("/schemas/719c4e19184402c27595e65b931a142b");

    Tutorial.set(body, "schemaRef.id", schemaId);
    Tutorial.set(body, "schemaRef.contentType", "application/json");
    assertThat(http.post(DATASETS, body).code()).isEqualTo(400);
    assertThat(platform.resourceCount("prod", "dataSets")).isZero();
  }

  @Test
  void unknownBatchesAre404() {
    assertThat(http.get("/data/foundation/catalog/batches/01EF01X41KJD82Y9ZX6ET54PCZ").code()).isEqualTo(404);
    assertThat(http.get("/data/foundation/catalog/batches").map()).isEmpty();
  }
}
