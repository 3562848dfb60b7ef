package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dataset calls beyond create/lookup/list/PATCH/DELETE: PUT (replace), PATCH v2 (deep merge),
 * the storage credentials, and the tag values of a namespace ({@code GET /tags/{tagNamespace}}).
 */
class CatalogDataSetUpdatesTest {
  private static final String CATALOG = "/data/foundation/catalog";

  private LocalPlatform platform;
  private Http http;
  private String schemaId;
  private String dataSetId;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "prod");
    schemaId = Tutorial.created(http.post(Tutorial.SCHEMAS, Tutorial.schemaRequest()), 201).str("$id");
    dataSetId = create(Tutorial.dataSetRequest(schemaId));
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  private String create(Map<String, Object> body) {
    String ref = String.valueOf(Tutorial.created(http.post(Tutorial.DATASETS, body), 201).list().get(0));
    return ref.substring("@/dataSets/".length());
  }

  private Map<String, Object> lookup(String id) {
    return Json.map(http.get(Tutorial.DATASETS + "/" + id).map().get(id));
  }

  @Test
  void putReplacesTheMembersButKeepsCatalogsOwn() {
    Map<String, Object> before = lookup(dataSetId);
    Map<String, Object> body = AepExamples.object("catalog/create-dataset.request.json");
    Tutorial.set(body, "schemaRef.id", schemaId);

    Http.Res put = http.put(Tutorial.DATASETS + "/" + dataSetId, body);

    assertThat(put.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("catalog/patch-dataset.response.json"), put.json());
    assertThat(put.list()).containsExactly("@/dataSets/" + dataSetId);
    Map<String, Object> after = lookup(dataSetId);
    assertThat(after).containsEntry("name", "LoyaltyMembersDataset").containsEntry("version", "1.0.1")
        .containsEntry("state", "DRAFT")
        .containsEntry("viewId", before.get("viewId")).containsEntry("files", before.get("files"))
        .containsEntry("created", before.get("created")).doesNotContainKey("description");
    assertThat(Json.at(after, "schemaRef.contentType")).isEqualTo("application/vnd.adobe.xed+json;version=1");
  }

  @Test
  void putChecksTheBodyAsCreateDoesAndNeedsAnExistingDataSet() {
    Map<String, Object> body = AepExamples.object("catalog/create-dataset.request.json");
    Http.Res unknownSchema = http.put(Tutorial.DATASETS + "/" + dataSetId, body);
    assertThat(unknownSchema.code()).isEqualTo(400);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), unknownSchema.json());
    assertThat(unknownSchema.str("detail")).contains("schemaRef.id");

    Tutorial.set(body, "schemaRef.id", schemaId);
    assertThat(http.put(Tutorial.DATASETS + "/5ba9452f7de80400007fc52a", body).code()).isEqualTo(404);
    assertThat(lookup(dataSetId)).containsEntry("version", "1.0.0");
  }

  @Test
  void patchV2MergesNestedMembersAndCreatesMissingObjects() {
    Tutorial.created(http.patch(Tutorial.DATASETS + "/" + dataSetId,
        Json.obj("tags", Json.obj("unifiedProfile", Json.arr("enabled:true")))), 200);

    Http.Res patch = http.patch(CATALOG + "/v2/dataSets/" + dataSetId, Json.obj(
        "description", "Updated dataset for Q2 sales analysis",
        "tags", Json.obj("adobe/pqs/table", Json.arr("q2_sales_data")),
        "extensions", Json.obj("adobe_lakeHouse", Json.obj("rowExpiration", Json.obj("ttlValue", "P3Y"))),
        "classification", Json.obj("dataBehavior", "time-series", "managedBy", "CUSTOMER")));

    assertThat(patch.code()).isEqualTo(200);
    assertThat(patch.list()).containsExactly("@/dataSets/" + dataSetId);
    Map<String, Object> after = lookup(dataSetId);
    assertThat(after).containsEntry("description", "Updated dataset for Q2 sales analysis").containsEntry("version", "1.0.2");
    assertThat(Json.map(after.get("tags"))).containsOnlyKeys("unifiedProfile", "adobe/pqs/table");
    assertThat(Json.at(after, "extensions.adobe_lakeHouse.rowExpiration.ttlValue")).isEqualTo("P3Y");
    assertThat(Json.at(after, "classification.managedBy")).isEqualTo("CUSTOMER");

    Tutorial.created(http.patch(CATALOG + "/v2/dataSets/" + dataSetId,
        Json.obj("extensions", Json.obj("adobe_lakeHouse", Json.obj("rowExpiration", Json.obj("ttlValue", "P1Y"))))), 200);
    assertThat(Json.at(lookup(dataSetId), "extensions.adobe_lakeHouse.rowExpiration.ttlValue")).isEqualTo("P1Y");
    assertThat(Json.at(lookup(dataSetId), "classification.dataBehavior")).isEqualTo("time-series");
  }

  @Test
  void patchV2ChecksTheDataSetAndTheBody() {
    Http.Res unknown = http.patch(CATALOG + "/v2/dataSets/5ba9452f7de80400007fc52a", Json.obj("description", "x"));
    assertThat(unknown.code()).isEqualTo(404);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), unknown.json());
    assertThat(http.patch(CATALOG + "/v2/dataSets/" + dataSetId, Json.arr(Json.obj("op", "add"))).code()).isEqualTo(400);
    assertThat(http.patch(CATALOG + "/v2/dataSets/" + dataSetId, Json.obj("created", 1L)).code()).isEqualTo(200);
    assertThat(lookup(dataSetId).get("created")).as("Catalog's own members stay").isNotEqualTo(1L);
  }

  @Test
  void credentialsNameTheDataSetAndTheStagePathOfAnExistingBatch() {
    Http.Res read = http.get(Tutorial.DATASETS + "/" + dataSetId + "/credentials");
    assertThat(read.code()).isEqualTo(200);
    assertThat(read.str("dataSetId")).isEqualTo(dataSetId);
    assertThat(read.str("path")).isEqualTo("https://platform.adobe.io/data/foundation/dataset/datasets/" + dataSetId + "/");
    assertThat(read.map()).doesNotContainKey("stagePath");
    assertThat(Json.at(read.json(), "credentials.clientId")).isEqualTo(platform.credentials().clientId());
    assertThat((String) Json.at(read.json(), "credentials.clientKey")).matches("[0-9a-f]{32}");

    String batchRef = String.valueOf(Tutorial.created(http.post(CATALOG + "/batches", Json.obj("status", "loading",
        "relatedObjects", Json.arr(Json.obj("type", "dataSet", "id", dataSetId)))), 201).list().get(0));
    String batchId = batchRef.substring("@/batches/".length());
    Http.Res write = http.get(Tutorial.DATASETS + "/" + dataSetId + "/credentials?batchId=" + batchId);
    assertThat(write.str("stagePath")).isEqualTo("platformdataset/stage/" + batchId);

    assertThat(http.get(Tutorial.DATASETS + "/" + dataSetId + "/credentials?batchId=01EF01X41KJD82Y9ZX6ET54PCZ").code())
        .isEqualTo(400);
    assertThat(http.get(Tutorial.DATASETS + "/5ba9452f7de80400007fc52a/credentials").code()).isEqualTo(404);
  }

  @Test
  void tagsAggregateTheNamespaceOverDataSetsLikeTheSpecExample() {
    Tutorial.created(http.patch(Tutorial.DATASETS + "/" + dataSetId,
        Json.obj("tags", Json.obj("adobe/pqs/databases", Json.arr("baz", "bat")))), 200);
    Map<String, Object> second = Tutorial.dataSetRequest(schemaId);
    second.put("tags", Json.obj("adobe/pqs/databases", Json.arr("bat", "foo"), "other", Json.arr("x")));
    String secondId = create(second);
    create(Tutorial.dataSetRequest(schemaId));

    Http.Res tags = http.get(CATALOG + "/tags/adobe%2Fpqs%2Fdatabases");

    assertThat(tags.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("catalog/from-openapi/listTags.200.response.json"), tags.json());
    assertThat(tags.map().get("adobe/pqs/databases")).isEqualTo(List.of("baz", "bat", "foo"));
    assertThat(Json.at(tags.json(), "objectType.datasets")).isEqualTo(List.of("@/DataSet/" + dataSetId, "@/DataSet/" + secondId));

    Http.Res none = http.get(CATALOG + "/tags/unknownNamespace");
    assertThat(none.code()).isEqualTo(404);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), none.json());
  }
}
