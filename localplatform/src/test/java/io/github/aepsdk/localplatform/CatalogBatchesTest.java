package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Catalog batches written through the API: created (with Catalog's id or the caller's), looked up
 * and listed keyed by id, replaced, updated, deleted, and their distinct values; references to
 * datasets and the spec's required {@code status} are checked.
 */
class CatalogBatchesTest {
  private static final String BATCHES = "/data/foundation/catalog/batches";

  private LocalPlatform platform;
  private Http http;
  private String schemaId;
  private String dataSetId;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "prod");
    schemaId = Tutorial.created(http.post(Tutorial.SCHEMAS, Tutorial.schemaRequest()), 201).str("$id");
    dataSetId = dataSet();
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  private String dataSet() {
    String ref = String.valueOf(Tutorial.created(http.post(Tutorial.DATASETS, Tutorial.dataSetRequest(schemaId)), 201).list().get(0));
    return ref.substring("@/dataSets/".length());
  }

  /** A batch body with the spec's batchRequest example values, loading {@code dataSet}. */
  private static Map<String, Object> batch(String status, String dataSet) {
    return Json.obj(
        "status", status,
        "started", 1494349963122L,
        "recordCount", 45L,
        "failedRecordCount", 2L,
        "size", 512L,
        "relatedObjects", Json.arr(Json.obj("type", "dataSet", "id", dataSet, "tag", "output")),
        "metrics", Json.obj("foo", 1337L),
        "tags", Json.obj("foo_bar", Json.arr("stuff")),
        "inputFormat", Json.obj("format", "parquet"));
  }

  private String create(Map<String, Object> body) {
    Http.Res res = Tutorial.created(http.post(BATCHES, body), 201);
    assertThat(res.list()).singleElement().asString().startsWith("@/batches/");
    return String.valueOf(res.list().get(0)).substring("@/batches/".length());
  }

  private Map<String, Object> lookup(String id) {
    Http.Res res = http.get(BATCHES + "/" + id);
    assertThat(res.code()).as(res.body()).isEqualTo(200);
    assertThat(res.map()).containsOnlyKeys(id);
    return Json.map(res.map().get(id));
  }

  @Test
  void createdBatchesAreLookedUpWithTheSpecMembersAndListedByDataSet() {
    String id = create(batch("processing", dataSetId));

    assertThat(id).matches("[0-9A-Z]{26}");
    Map<String, Object> batch = lookup(id);
    Object specBatch = AepExamples.object("catalog/from-openapi/retrieveBatch.200.response.json").values().iterator().next();
    JsonShape.assertSameShape(JsonShape.union(specBatch, batch("processing", dataSetId)), batch,
        Set.of("$.externalId", "$.errors", "$.availableDates", "$.inputFormat.delimiter", "$.inputFormat.quote",
            "$.inputFormat.escape", "$.inputFormat.nullMarker", "$.inputFormat.header", "$.inputFormat.charset",
            "$.tags.bar_foo", "$.tags.foo/bar/foo-bar"),
        Set.of());
    assertThat(batch).containsEntry("status", "processing").containsEntry("recordCount", 45L)
        .containsEntry("imsOrg", LocalPlatform.IMS_ORG_ID).containsEntry("version", "1.0.0")
        .containsEntry("createdClient", platform.credentials().clientId());
    assertThat(Json.at(batch, "metrics.foo")).isEqualTo(1337L);

    assertThat(http.get(BATCHES + "?dataSet=" + dataSetId).map()).containsOnlyKeys(id);
    assertThat(http.get(BATCHES + "?dataSet=5ba9452f7de80400007fc52a").map()).isEmpty();
  }

  @Test
  void createWithIdUsesTheCallersIdOnce() {
    Http.Res res = http.post(BATCHES + "/my-batch-1", batch("queued", dataSetId));

    assertThat(res.code()).isEqualTo(201);
    assertThat(res.list()).containsExactly("@/batches/my-batch-1");
    assertThat(lookup("my-batch-1")).containsEntry("status", "queued");

    Http.Res again = http.post(BATCHES + "/my-batch-1", batch("queued", dataSetId));
    assertThat(again.code()).isEqualTo(400);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), again.json());
    assertThat(again.str("detail")).contains("my-batch-1", "already exists");
  }

  @Test
  void createNeedsAKnownStatusAndExistingDataSets() {
    Map<String, Object> noStatus = batch("processing", dataSetId);
    noStatus.remove("status");
    Http.Res missing = http.post(BATCHES, noStatus);
    assertThat(missing.code()).isEqualTo(400);
    assertThat(missing.str("detail")).contains("status");

    assertThat(http.post(BATCHES, batch("done", dataSetId)).str("detail")).contains("'done'");
    Http.Res unknownDataSet = http.post(BATCHES, batch("processing", "5ba9452f7de80400007fc52a"));
    assertThat(unknownDataSet.code()).isEqualTo(400);
    assertThat(unknownDataSet.str("detail")).contains("5ba9452f7de80400007fc52a");
    assertThat(platform.resourceCount("prod", "batches")).isZero();
  }

  @Test
  void putReplacesTheBatchButKeepsCatalogsMembers() {
    String id = create(batch("processing", dataSetId));
    Map<String, Object> before = lookup(id);

    Http.Res put = http.put(BATCHES + "/" + id, Json.obj("status", "success", "recordCount", 50L,
        "imsOrg", "someone@AdobeOrg", "relatedObjects", Json.arr(Json.obj("type", "dataSet", "id", dataSetId))));

    assertThat(put.code()).isEqualTo(200);
    assertThat(put.list()).containsExactly("@/batches/" + id);
    Map<String, Object> after = lookup(id);
    assertThat(after).containsEntry("status", "success").containsEntry("recordCount", 50L).containsEntry("version", "1.0.1")
        .containsEntry("imsOrg", LocalPlatform.IMS_ORG_ID).containsEntry("created", before.get("created"))
        .doesNotContainKeys("metrics", "size", "failedRecordCount");
    assertThat(http.put(BATCHES + "/" + id, Json.obj("recordCount", 1L)).code()).as("status is required").isEqualTo(400);
    assertThat(http.put(BATCHES + "/01EF01X41KJD82Y9ZX6ET54PCZ", batch("success", dataSetId)).code()).isEqualTo(404);
  }

  @Test
  void patchChangesOnlyTheGivenMembers() {
    String id = create(batch("processing", dataSetId));

    Http.Res patch = http.patch(BATCHES + "/" + id, Json.obj("status", "success", "completed", 1494349963467L));

    assertThat(patch.code()).isEqualTo(200);
    assertThat(patch.list()).containsExactly("@/batches/" + id);
    assertThat(lookup(id)).containsEntry("status", "success").containsEntry("completed", 1494349963467L)
        .containsEntry("recordCount", 45L).containsEntry("version", "1.0.1");
    assertThat(http.get(BATCHES + "?status=success").map()).containsOnlyKeys(id);
    assertThat(http.patch(BATCHES + "/" + id, Json.obj("status", "finished")).code()).isEqualTo(400);
    assertThat(http.patch(BATCHES + "/" + id, Json.arr(Json.obj("op", "add", "path", "/size", "value", 1L))).code())
        .as("batchPatchRequest is a JSON object").isEqualTo(400);
    assertThat(http.patch(BATCHES + "/01EF01X41KJD82Y9ZX6ET54PCZ", Json.obj("size", 1L)).code()).isEqualTo(404);
  }

  @Test
  void deleteAnswersTheReferenceThenNotFound() {
    String id = create(batch("processing", dataSetId));

    Http.Res deleted = http.delete(BATCHES + "/" + id);

    assertThat(deleted.code()).isEqualTo(200);
    assertThat(deleted.list()).containsExactly("@/batches/" + id);
    assertThat(http.get(BATCHES + "/" + id).code()).isEqualTo(404);
    Http.Res again = http.delete(BATCHES + "/" + id);
    assertThat(again.code()).isEqualTo(404);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), again.json());
  }

  @Test
  void uniquesAreTheDistinctValuesOfTheSelectedBatches() {
    String otherDataSet = dataSet();
    String first = create(batch("success", dataSetId));
    String second = create(batch("failed", dataSetId));
    String third = create(batch("success", otherDataSet));

    Http.Res dataSets = http.get(BATCHES + "/uniques/dataSet");
    assertThat(dataSets.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("catalog/from-openapi/retrieveUniqueBatchValues.200.response.json"), dataSets.json());
    assertThat(dataSets.list()).containsExactly(dataSetId, otherDataSet);

    assertThat(http.get(BATCHES + "/uniques/status").list()).containsExactly("success", "failed");
    assertThat(http.get(BATCHES + "/uniques/batch?status=success").list()).containsExactly(first, third);
    assertThat(http.get(BATCHES + "/uniques/batch?dataSet=" + dataSetId + "&start=1&limit=1").list()).containsExactly(second);
    assertThat(http.get(BATCHES + "/uniques/recordCount").list()).containsExactly("45");
    assertThat(http.get(BATCHES + "/uniques/metrics").list()).as("objects have no single value").isEmpty();
    assertThat(http.get(BATCHES + "/uniques/status?limit=101").code()).isEqualTo(400);
    assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
  }
}
