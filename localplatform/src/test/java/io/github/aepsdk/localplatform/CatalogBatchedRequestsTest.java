package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Catalog's batched requests on the base path: {@code POST /} runs each item as its individual
 * call and answers their references; {@code GET /} answers the {@code serviceResources} object.
 */
class CatalogBatchedRequestsTest {
  private static final String ROOT = "/data/foundation/catalog/";

  private LocalPlatform platform;
  private Http http;
  private String schemaId;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "prod");
    schemaId = Tutorial.created(http.post(Tutorial.SCHEMAS, Tutorial.schemaRequest()), 201).str("$id");
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  private static Map<String, Object> item(String id, String method, String resource, Object body) {
    Map<String, Object> item = Json.obj("id", id, "method", method, "resource", resource);
    if (body != null) {
      item.put("body", body);
    }
    return item;
  }

  @Test
  void eachItemRunsAsItsOwnCallAndTheAnswerListsTheirReferences() {
    Http.Res created = http.post(ROOT, Json.arr(
        item("first", "POST", "/dataSets?requestDataSource=true", Tutorial.dataSetRequest(schemaId)),
        item("second", "POST", "/dataSets", Tutorial.dataSetRequest(schemaId))));

    assertThat(created.code()).as(created.body()).isEqualTo(201);
    assertThat(created.list()).hasSize(2).allSatisfy(ref -> assertThat((String) ref).matches("@/dataSets/[0-9a-f]{24}"));
    String firstId = String.valueOf(created.list().get(0)).substring("@/dataSets/".length());
    String secondId = String.valueOf(created.list().get(1)).substring("@/dataSets/".length());
    assertThat(platform.resourceCount("prod", "dataSets")).isEqualTo(2);

    Map<String, Object> patch = item("third", "patch", "/dataSets/" + firstId, null);
    patch.put("headers", Json.obj("Content-Type", "application/json-patch+json"));
    patch.put("body", Json.arr(Json.obj("op", "add", "path", "/name", "value", "Renamed")));
    Http.Res mixed = http.post(ROOT, Json.arr(patch,
        item("fourth", "POST", "/batches", Json.obj("status", "loading",
            "relatedObjects", Json.arr(Json.obj("type", "dataSet", "id", secondId)))),
        item("fifth", "DELETE", "/dataSets/" + secondId, null)));

    assertThat(mixed.code()).as(mixed.body()).isEqualTo(201);
    assertThat(mixed.list()).hasSize(3);
    assertThat(mixed.list().get(0)).isEqualTo("@/dataSets/" + firstId);
    assertThat((String) mixed.list().get(1)).startsWith("@/batches/");
    assertThat(mixed.list().get(2)).isEqualTo("@/dataSets/" + secondId);
    assertThat(Json.at(http.get(Tutorial.DATASETS + "/" + firstId).map().get(firstId), "name")).isEqualTo("Renamed");
    assertThat(http.get(Tutorial.DATASETS + "/" + secondId).code()).isEqualTo(404);
  }

  @Test
  void aFailingItemAnswersItsErrorNamingTheItemAndEarlierItemsStayDone() {
    Http.Res res = http.post(ROOT, Json.arr(
        item("good", "POST", "/dataSets", Tutorial.dataSetRequest(schemaId)),
        item("bad", "POST", "/batches", Json.obj("recordCount", 1L))));

    assertThat(res.code()).isEqualTo(400);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), res.json());
    assertThat(res.str("detail")).contains("'bad'", "POST /batches", "status");
    assertThat(platform.resourceCount("prod", "dataSets")).isEqualTo(1);
    assertThat(platform.resourceCount("prod", "batches")).isZero();

    Http.Res missing = http.post(ROOT, Json.arr(item("x", "GET", "/dataSets/5ba9452f7de80400007fc52a", null)));
    assertThat(missing.code()).isEqualTo(404);
    assertThat(missing.str("detail")).contains("'x'", "5ba9452f7de80400007fc52a");
  }

  @Test
  void itemsMustNameAMethodAndAResourceOtherThanTheBasePath() {
    for (Object body : List.of(Json.arr(), Json.obj("id", "x"), Json.arr(item("x", "POST", "/", Json.arr())),
        Json.arr(Json.obj("id", "x", "resource", "/dataSets")), Json.arr(item("x", "GET", "dataSets", null)))) {
      Http.Res res = http.post(ROOT, body);
      assertThat(res.code()).as("%s", body).isEqualTo(400);
      JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), res.json());
    }
  }

  @Test
  void listAnswersTheDataSetOfTheLatestBatchedRequest() {
    assertThat(http.get(ROOT).map()).isEmpty();

    Http.Res created = http.post(ROOT, Json.arr(item("first", "POST", "/dataSets", Tutorial.dataSetRequest(schemaId))));
    String id = String.valueOf(created.list().get(0)).substring("@/dataSets/".length());

    Http.Res listed = http.get(ROOT + "?limit=5&start=0");
    assertThat(listed.code()).isEqualTo(200);
    assertThat(listed.map()).containsExactly(Map.entry("dataSet", id));
    assertThat(http.get(ROOT + "?limit=0").code()).isEqualTo(400);
  }
}
