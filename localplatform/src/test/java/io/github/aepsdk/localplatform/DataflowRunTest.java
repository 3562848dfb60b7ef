package io.github.aepsdk.localplatform;

import org.assertj.core.api.InstanceOfAssertFactories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.testsupport.FakeClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A dataflow run reads the synthetic HubSpot contacts, maps them and writes XDM records with metrics. */
class DataflowRunTest {
  private LocalPlatform platform;
  private Http http;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "dev");
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  @Test
  void firstRunWritesMappedXdmRecordsIntoTheTargetDataset() {
    Tutorial t = Tutorial.complete(http);

    List<Map<String, Object>> records = platform.datasetRecords("dev", t.dataSetId);
    assertThat(records).hasSize(4);
    assertThat(records.get(0)).isEqualTo(Map.of(
        "_id", "1001",
        "person", Map.of("name", Map.of("firstName", "Avery")),
        "_repo", Map.of("createDate", "2024-01-08T09:15:00Z")));
    assertThat(records).extracting(r -> Json.string(r, "person.name.firstName"))
        .containsExactly("Avery", "Bruno", "Cyra", "Dario");
  }

  @Test
  void runsAreListedByFlowIdWithRecordMetricsInTheDocumentedShape() {
    Tutorial t = Tutorial.complete(http);

    Http.Res runs = http.get("/data/foundation/flowservice/runs?property=flowId==" + t.flowId);

    assertThat(runs.code()).isEqualTo(200);
    Map<String, Object> run = runs.item();
    assertThat(run.get("flowId")).isEqualTo(t.flowId);
    assertThat(Json.at(run, "metrics.recordSummary")).isEqualTo(Map.of(
        "inputRecordCount", 5L, "outputRecordCount", 4L, "failedRecordCount", 1L));
    assertThat(Json.at(run, "metrics.statusSummary.status")).isEqualTo("success");
    assertThat(runs.map().get("_links")).isEqualTo(Map.of());
    Object listed = AepExamples.json("flowservice/list-runs.response.json");
    Object created = Json.obj("items", Json.arr(AepExamples.json("flowservice/create-run.response.json")));
    JsonShape.assertSameShape(JsonShape.union(listed, created), runs.json(),
        Set.of("$.items[].params", "$.items[].activities[].statusSummary.errors",
            "$.items[].activities[].targetInfo", "$.items[].activities[].fileSummary.extensions",
            "$.items[].activities[].statusSummary.extensions.manifest"),
        Set.of());
  }

  @Test
  void aRunWithAFailedRecordSaysSuccessAndNamesTheErrorsItsActivitiesMet() {
    Tutorial t = Tutorial.complete(http);

    Map<String, Object> run = http.get("/data/foundation/flowservice/runs?property=flowId==" + t.flowId).item();

    assertThat(Json.at(run, "metrics.statusSummary")).isEqualTo(Map.of(
        "status", "success",
        "errors", List.of(Map.of("code", "CONNECTOR-2001-500", "message", "Error occurred at promotion activity.")),
        "activityRefs", List.of("promotionActivity")));
    Object promotion = Json.list(run.get("activities")).get(1);
    assertThat(Json.string(promotion, "id")).isEqualTo("promotionActivity");
    assertThat(Json.at(promotion, "statusSummary.status")).isEqualTo("success");
    assertThat(Json.at(promotion, "statusSummary.extensions.errors")).isEqualTo(List.of(
        Map.of("code", "INGEST-1212-400", "message", "Encountered 1 errors in the data. Successfully ingested 4 rows."
            + " Review the associated diagnostic files for additional details."),
        Map.of("code", "MAPPER-3700-400", "recordCount", 1L, "message", "Mapper Transform Error")));
    assertThat(Json.at(Json.list(run.get("activities")).get(0), "statusSummary"))
        .isEqualTo(Map.of("status", "success", "extensions", Map.of("type", "one-time")));
  }

  @Test
  void aRunWhoseRecordsAllFailMappingFails() {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, Object> mappingSet = Tutorial.mappingSetRequest(t.schemaId);
    // e-mail addresses are no date-times: every record fails
    Json.map(Json.list(mappingSet.get("mappings")).get(2)).put("sourceAttribute", "Properties_Email_Value");
    String mappingId = Tutorial.created(http.post(Tutorial.MAPPING_SETS, mappingSet), 200).str("id");
    String flowId = Tutorial.created(http.post("/data/foundation/flowservice/flows",
        Tutorial.flowRequest(t.sourceConnectionId, t.targetConnectionId, mappingId)), 201).str("id");

    Map<String, Object> run = http.get("/data/foundation/flowservice/runs?property=flowId==" + flowId).item();

    assertThat(Json.at(run, "metrics.statusSummary.status")).isEqualTo("failed");
    assertThat(Json.at(run, "metrics.recordSummary")).isEqualTo(Map.of(
        "inputRecordCount", 5L, "outputRecordCount", 0L, "failedRecordCount", 5L));
    Object promotion = Json.list(run.get("activities")).get(1);
    assertThat(Json.at(promotion, "statusSummary.status")).isEqualTo("failed");
    assertThat(Json.list(Json.at(promotion, "statusSummary.extensions.errors")).get(1))
        .isEqualTo(Map.of("code", "MAPPER-3700-400", "recordCount", 5L, "message", "Mapper Transform Error"));
    assertThat(platform.datasetRecords("dev", t.dataSetId)).isEmpty();
  }

  @Test
  void aRunIsInProgressForTheRunDurationOnThePlatformsClock() {
    FakeClock clock = new FakeClock();
    try (LocalPlatform slow = LocalPlatform.builder().clock(clock).runDuration(Duration.ofMinutes(5)).start()) {
      Http h = new Http(slow, "dev");
      Tutorial t = Tutorial.complete(h);
      String runs = "/data/foundation/flowservice/runs?property=flowId==" + t.flowId;
      long started = clock.millis();

      clock.advance(Duration.ofMinutes(5).minusMillis(1));
      Map<String, Object> running = h.get(runs).item();

      assertThat(running.get("metrics")).isEqualTo(Map.of(
          "durationSummary", Map.of("startedAtUTC", started), "statusSummary", Map.of("status", "inProgress")));
      assertThat(running.get("activities")).isEqualTo(List.of());
      assertThat(h.get("/data/foundation/flowservice/runs/" + running.get("id")).item()).isEqualTo(running);
      assertThat(Json.at(h.get("/data/foundation/flowservice/flows/" + t.flowId).item(), "lastRunDetails"))
          .isEqualTo(Map.of("id", running.get("id"), "state", "inProgress", "startedAtUTC", started));

      clock.advance(Duration.ofMillis(1));
      Map<String, Object> ended = h.get(runs).item();

      assertThat(Json.at(ended, "metrics.statusSummary.status")).isEqualTo("success");
      assertThat(Json.at(ended, "metrics.durationSummary")).isEqualTo(Map.of(
          "startedAtUTC", started, "completedAtUTC", started + Duration.ofMinutes(5).toMillis()));
      assertThat(Json.list(ended.get("activities"))).hasSize(2);
      assertThat(Json.at(h.get("/data/foundation/flowservice/flows/" + t.flowId).item(), "lastRunDetails.state"))
          .isEqualTo("success");
    }
  }

  @Test
  void theRunsBatchIsInCatalogWithTheWrittenAndFailedCounts() {
    Tutorial t = Tutorial.complete(http);
    Map<String, Object> run = http.get("/data/foundation/flowservice/runs?property=flowId==" + t.flowId).item();
    String batchId = (String) Json.list(Json.at(Json.list(run.get("activities")).get(1), "targetInfo")).stream()
        .map(info -> Json.list(Json.at(info, "reference.ids")).get(0)).findFirst().orElseThrow();

    Http.Res batches = http.get("/data/foundation/catalog/batches?dataSet=" + t.dataSetId);

    assertThat(batches.map()).containsOnlyKeys(batchId);
    assertThat(batchId).matches("[0-9A-HJKMNP-TV-Z]{26}");
    Map<String, Object> batch = Json.map(batches.map().get(batchId));
    assertThat(batch).containsEntry("status", "success").containsEntry("recordCount", 4L)
        .containsEntry("failedRecordCount", 1L);
    Object example = AepExamples.object("catalog/from-openapi/retrieveBatch.200.response.json").values().iterator().next();
    // members of catalog.yaml's batch schema that the example leaves out (types as the spec gives them)
    Object specMembers = Json.obj("recordCount", 45L, "failedRecordCount", 2L, "size", 512L,
        "started", 1494349963122L, "completed", 1494349963467L);
    JsonShape.assertSameShape(JsonShape.union(example, specMembers), batch,
        Set.of("$.externalId", "$.availableDates", "$.metrics", "$.tags", "$.inputFormat"),
        Set.of("$.errors"));
  }

  @Test
  void runFlowRunsAgainAndAppendsRecords() {
    Tutorial t = Tutorial.complete(http);

    String runId = platform.runFlow("dev", t.flowId);

    assertThat(platform.datasetRecords("dev", t.dataSetId)).hasSize(8);
    assertThat(http.get("/data/foundation/flowservice/runs/" + runId).item().get("id")).isEqualTo(runId);
    assertThat(http.get("/data/foundation/flowservice/runs?property=flowId==" + t.flowId).map().get("items"))
        .asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
    assertThat(Json.at(http.get("/data/foundation/flowservice/flows/" + t.flowId).item(), "lastRunDetails.id"))
        .isEqualTo(runId);
  }

  @Test
  void withoutAutoRunNoRunHappensUntilAskedFor() {
    try (LocalPlatform manual = LocalPlatform.builder().autoRunFlows(false).start()) {
      Http h = new Http(manual, "dev");
      Tutorial t = Tutorial.complete(h);
      assertThat(manual.datasetRecords("dev", t.dataSetId)).isEmpty();
      assertThat(h.get("/data/foundation/flowservice/runs?property=flowId==" + t.flowId).map().get("items"))
          .asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();

      manual.runFlow("dev", t.flowId);

      assertThat(manual.datasetRecords("dev", t.dataSetId)).hasSize(4);
    }
  }

  @Test
  void adHocRunViaPostRunsAnswersTheRunObject() {
    Tutorial t = Tutorial.complete(http);
    Map<String, Object> request = AepExamples.object("flowservice/create-run.request.json");
    request.put("flowId", t.flowId);

    Http.Res run = http.post("/data/foundation/flowservice/runs", request);

    assertThat(run.code()).isEqualTo(201);
    assertThat(run.map().get("flowId")).isEqualTo(t.flowId);
    JsonShape.assertSameShape(AepExamples.json("flowservice/create-run.response.json"), run.json(),
        Set.of(), Set.of("$.metrics", "$.activities"));
  }

  @Test
  void expressionMappingsAndTypedFieldsAreApplied() {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, Object> mappingSet = Json.obj(
        "outputSchema", Json.obj("schemaRef", Json.obj("id", t.schemaId,
            "contentType", "application/vnd.adobe.xed-full+json;version=1")),
        "mappings", Json.arr(
            Json.obj("sourceType", "ATTRIBUTE", "source", "Vid", "destination", "_id"),
            Json.obj("sourceType", "ATTRIBUTE", "source", "Properties_Email_Value", "destination", "personalEmail.address"),
            Json.obj("sourceType", "EXPRESSION", "source",
                "concat(Properties_Firstname_Value, \" \", upper(Properties_Lastname_Value))",
                "destination", "person.name.fullName")));
    String mappingId = http.post(Tutorial.MAPPING_SETS, mappingSet).str("id");
    Map<String, Object> flow = t.flowRequest();
    Tutorial.set(Json.map(Json.list(flow.get("transformations")).get(1)), "params.mappingId", mappingId);

    assertThat(http.post("/data/foundation/flowservice/flows", flow).code()).isEqualTo(201);

    List<Map<String, Object>> records = platform.datasetRecords("dev", t.dataSetId);
    assertThat(records).hasSize(5);
    assertThat(records.get(1)).isEqualTo(Map.of(
        "_id", "1002",
        "personalEmail", Map.of("address", "bruno.tindlewick@example.com"),
        "person", Map.of("name", Map.of("fullName", "Bruno TINDLEWICK"))));
  }

  @Test
  void tenantCustomFieldsOfTheTargetSchemaCanBeMapped() {
    Tutorial t = Tutorial.upToMapping(http);
    String fieldGroup = http.post("/data/foundation/schemaregistry/tenant/fieldgroups", Json.obj(
        "title", "HubSpot details", "type", "object",
        "meta:intendedToExtend", Json.arr("https://ns.adobe.com/xdm/context/profile"),
        "definitions", Json.obj("customFields", Json.obj("properties", Json.obj("_localtenant", Json.obj(
            "type", "object", "properties", Json.obj("hubspotPortalId", Json.obj("type", "integer")))))),
        "allOf", Json.arr(Json.obj("$ref", "#/definitions/customFields")))).str("$id");
    assertThat(http.patch(Tutorial.SCHEMAS + "/" + SchemaRegistryTest.enc(t.schemaId), Json.arr(
        Json.obj("op", "add", "path", "/allOf/-", "value", Json.obj("$ref", fieldGroup)))).code()).isEqualTo(200);
    Map<String, Object> mappingSet = Json.obj(
        "outputSchema", Json.obj("schemaRef", Json.obj("id", t.schemaId,
            "contentType", "application/vnd.adobe.xed-full+json;version=1")),
        "mappings", Json.arr(
            Json.obj("sourceType", "ATTRIBUTE", "source", "Vid", "destination", "_id"),
            Json.obj("sourceType", "ATTRIBUTE", "source", "Portal_Id", "destination", "_localtenant.hubspotPortalId")));
    String mappingId = http.post(Tutorial.MAPPING_SETS, mappingSet).str("id");
    Map<String, Object> flow = t.flowRequest();
    Tutorial.set(Json.map(Json.list(flow.get("transformations")).get(1)), "params.mappingId", mappingId);

    assertThat(http.post("/data/foundation/flowservice/flows", flow).code()).isEqualTo(201);

    assertThat(platform.datasetRecords("dev", t.dataSetId)).hasSize(5).first()
        .isEqualTo(Map.of("_id", "1001", "_localtenant", Map.of("hubspotPortalId", 7700123L)));
  }

  @Test
  void theTargetDatasetOfAFlowCannotBeDeletedSoItsNextRunStillLands() {
    try (LocalPlatform manual = LocalPlatform.builder().autoRunFlows(false).start()) {
      Http h = new Http(manual, "dev");
      Tutorial t = Tutorial.complete(h);
      assertThat(h.delete(Tutorial.DATASETS + "/" + t.dataSetId).code()).isEqualTo(400);

      String runId = manual.runFlow("dev", t.flowId);

      Map<String, Object> run = h.get("/data/foundation/flowservice/runs/" + runId).item();
      assertThat(Json.at(run, "metrics.statusSummary.status")).isEqualTo("success");
      assertThat(manual.datasetRecords("dev", t.dataSetId)).hasSize(4);
    }
  }

  @Test
  void theServerKeepsNoCopyOfTheRequestsItAnswered() {
    Tutorial.complete(http);

    assertThat(platform.requestCount()).isEqualTo(8);
    assertThat(platform.recordedCalls()).hasSize(8).allMatch(c -> c.status() < 300);
  }

  @Test
  void datasetRecordsOfAnUnknownDatasetIsAnError() {
    assertThatThrownBy(() -> platform.datasetRecords("dev", "5ed5639d798a22191b6987b2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5ed5639d798a22191b6987b2");
    assertThatThrownBy(() -> platform.runFlow("dev", "no-such-flow"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
