package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flow Service beyond create/read/update/delete: connection test, publish actions, searches,
 * connection and flow spec create/update/search, and a run's update and re-trigger.
 */
class FlowServiceActionsTest {
  private static final String FS = "/data/foundation/flowservice";
  private static final String ETAG = "\"[0-9a-f]{8}-0000-0200-0000-[0-9a-f]{12}\"";

  private LocalPlatform platform;
  private Http http;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "prod");
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  // ---- connections ----

  @Test
  void testConnectionAnswersTheResultOfAnExistingConnection() {
    String id = Tutorial.created(http.post(FS + "/connections", Tutorial.hubSpotConnectionRequest()), 201).str("id");

    Http.Res res = http.get(FS + "/connections/" + id + "/test");

    assertThat(res.code()).isEqualTo(200);
    assertThat(res.map()).isEqualTo(Map.of("result", true));
    FlowServiceTest.assertFlowError(http.get(FS + "/connections/no-such-connection/test"), 404, "1439");
  }

  @Test
  void publishingAConnectionEnablesItWithANewEtag() {
    Http.Res created = Tutorial.created(http.post(FS + "/connections", Tutorial.hubSpotConnectionRequest()), 201);
    String id = created.str("id");

    Http.Res res = http.post(FS + "/connections/" + id + "/action?op=publish", "");

    assertThat(res.code()).isEqualTo(200);
    assertThat(res.map()).containsOnlyKeys("id", "etag").containsEntry("id", id);
    assertThat(res.str("etag")).matches(ETAG).isNotEqualTo(created.str("etag"));
    Map<String, Object> connection = http.get(FS + "/connections/" + id).item();
    assertThat(connection).containsEntry("state", "enabled").containsEntry("etag", res.str("etag"));
    assertThat(http.post(FS + "/connections/" + id + "/action?op=PUBLISH", "").code()).as("the spec's form").isEqualTo(200);
  }

  @Test
  void publishingSourceAndTargetConnectionsAnswersIdAndEtag() {
    Tutorial t = Tutorial.upToMapping(http);

    for (String path : List.of("/sourceConnections/" + t.sourceConnectionId, "/targetConnections/" + t.targetConnectionId)) {
      Http.Res res = http.post(FS + path + "/action?op=publish", "");
      assertThat(res.code()).as(path).isEqualTo(200);
      assertThat(res.str("etag")).matches(ETAG);
      assertThat(http.get(FS + path).item()).containsEntry("state", "enabled").containsEntry("etag", res.str("etag"));
    }
  }

  @Test
  void actionsRefuseOtherOpsAndUnknownIds() {
    Tutorial t = Tutorial.upToMapping(http);

    FlowServiceTest.assertFlowError(http.post(FS + "/connections/" + t.hubSpotConnectionId
        + "/action?op=FINALIZE&subOp=APPLY", ""), 400, "1312");
    FlowServiceTest.assertFlowError(http.post(FS + "/sourceConnections/" + t.sourceConnectionId + "/action?op=delete", ""),
        400, "1312");
    FlowServiceTest.assertFlowError(http.post(FS + "/targetConnections/nope/action?op=publish", ""), 404, "1439");
  }

  @Test
  void searchingConnectionsFiltersOrdersAndPagesLikeTheList() {
    Tutorial t = Tutorial.upToMapping(http);

    Http.Res hubSpot = http.post(FS + "/connections/search",
        Json.obj("queryString", "connectionSpec.id==cc6a4487-9e91-433e-a3a3-9cf6626c1806"));
    assertThat(hubSpot.code()).isEqualTo(200);
    assertThat(Json.list(hubSpot.map().get("items"))).extracting(i -> Json.string(i, "id")).containsExactly(t.hubSpotConnectionId);

    Http.Res first = http.post(FS + "/connections/search", Json.obj("limit", 1L, "orderby", "-createdAt"));
    assertThat(Json.list(first.map().get("items"))).hasSize(1);
    String next = first.str("_links.next.href");
    assertThat(next).startsWith("/connections/search?continuationToken=");
    Http.Res second = http.post(FS + next, Json.obj("limit", 1L, "orderby", "-createdAt"));
    assertThat(Json.list(second.map().get("items"))).hasSize(1);
    assertThat(second.map().get("_links")).isEqualTo(Map.of());

    assertThat(http.post(FS + "/connections/search", Json.obj("count", true)).map()).isEqualTo(Map.of("count", 2L));
    FlowServiceTest.assertFlowError(http.post(FS + "/connections/search", Json.obj("limit", 1001L)), 400, "1451");
    FlowServiceTest.assertFlowError(http.post(FS + "/connections/search", Json.obj("limit", 5L, "count", true)), 400, "1401");
  }

  @Test
  void searchingFlowsFindsTheFlowByState() {
    Tutorial t = Tutorial.complete(http);

    Http.Res res = http.post(FS + "/flows/search", Json.obj("queryString", "id==" + t.flowId, "projectionFields", "id,name"));

    assertThat(res.code()).isEqualTo(200);
    assertThat(Json.list(res.map().get("items"))).extracting(i -> Json.string(i, "id")).containsExactly(t.flowId);
    assertThat(Json.list(http.post(FS + "/flows/search", Json.obj("queryString", "state==disabled")).map().get("items")))
        .isEmpty();
  }

  // ---- connection specs and flow specs ----

  @Test
  void aCreatedConnectionSpecIsAnsweredListedAndReplaced() {
    Map<String, Object> body = Json.obj("name", "acme-crm", "providerId", "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        "version", "1.0", "attributes", Json.obj("category", "CRM", "isSource", true),
        "authSpec", Json.arr(Json.obj("name", "Basic Authentication", "type", "BasicAuthentication",
            "spec", Json.obj("type", "object", "properties", Json.obj("username", Json.obj("type", "string"))))));

    Http.Res created = http.post(FS + "/connectionSpecs", body);

    assertThat(created.code()).isEqualTo(201);
    String id = created.str("id");
    assertThat(created.map()).containsEntry("name", "acme-crm").containsEntry("sandboxName", "prod")
        .containsEntry("imsOrgId", LocalPlatform.IMS_ORG_ID).containsEntry("authSpec", body.get("authSpec"))
        .containsKeys("createdAt", "updatedAt", "createdBy");
    assertThat(http.get(FS + "/connectionSpecs/" + id).item()).isEqualTo(created.map());
    assertThat(http.get(FS + "/connectionSpecs?property=name==acme-crm").item()).isEqualTo(created.map());
    assertThat(Json.list(http.get(FS + "/connectionSpecs").map().get("items"))).hasSize(3);
    assertThat(new Http(platform, "dev").get(FS + "/connectionSpecs/" + id).code()).as("other sandbox").isEqualTo(404);

    Map<String, Object> replacement = Json.copy(body);
    replacement.put("name", "acme-crm-v2");
    Http.Res updated = http.put(FS + "/connectionSpecs/" + id, replacement);

    assertThat(updated.code()).isEqualTo(200);
    assertThat(updated.map()).containsEntry("id", id).containsEntry("name", "acme-crm-v2")
        .containsEntry("createdAt", created.map().get("createdAt"));
    assertThat(http.get(FS + "/connectionSpecs/" + id).item()).isEqualTo(updated.map());
  }

  @Test
  void specCreatesAndUpdatesCheckTheirBodyAndRefuseAdobesSpecs() {
    FlowServiceTest.assertFlowError(http.post(FS + "/connectionSpecs", Json.obj("name", "acme")), 400, "1304");
    FlowServiceTest.assertFlowError(http.post(FS + "/flowSpecs", Json.obj("providerId", "p")), 400, "1304");
    Map<String, Object> body = Json.obj("name", "x", "providerId", "0ed90a81-07f4-4586-8190-b40eccef1c5a");
    FlowServiceTest.assertFlowError(http.put(FS + "/connectionSpecs/cc6a4487-9e91-433e-a3a3-9cf6626c1806", body), 403, "2120");
    FlowServiceTest.assertFlowError(http.put(FS + "/flowSpecs/14518937-270c-4525-bdec-c2ba7cce3860", body), 403, "2120");
    FlowServiceTest.assertFlowError(http.put(FS + "/flowSpecs/no-such-spec", body), 404, "1439");
  }

  @Test
  void aCreatedFlowSpecIsFoundBySearchAndUpdatedWithAnotherSourceSpec() {
    Map<String, Object> body = Json.obj("name", "AcmeToAEP", "providerId", "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        "version", "1.0", "sourceConnectionSpecIds", Json.arr("cc6a4487-9e91-433e-a3a3-9cf6626c1806"),
        "targetConnectionSpecIds", Json.arr("c604ff05-7f1a-43c0-8e18-33bf874cb11c"),
        "transformationSpecs", Json.arr(Json.obj("name", "Mapping", "spec", Json.obj("type", "object"))));

    Http.Res created = http.post(FS + "/flowSpecs", body);

    assertThat(created.code()).isEqualTo(201);
    String id = created.str("id");
    Http.Res found = http.post(FS + "/flowSpecs/search", Json.obj("queryString", "name==AcmeToAEP"));
    assertThat(found.item()).isEqualTo(created.map());
    assertThat(Json.list(http.post(FS + "/flowSpecs/search", Json.obj()).map().get("items"))).hasSize(2);

    Map<String, Object> replacement = Json.copy(body);
    Json.list(replacement.get("sourceConnectionSpecIds")).add("b3ba5556-48be-44b7-8b85-ff2b69b46dc4");
    Http.Res updated = http.put(FS + "/flowSpecs/" + id, replacement);

    assertThat(updated.code()).isEqualTo(200);
    assertThat(Json.list(http.get(FS + "/flowSpecs/" + id).item().get("sourceConnectionSpecIds")))
        .containsExactly("cc6a4487-9e91-433e-a3a3-9cf6626c1806", "b3ba5556-48be-44b7-8b85-ff2b69b46dc4");
  }

  // ---- runs ----

  @Test
  void updateRunNeedsTheCurrentEtagAndReplacesTheGivenMembers() {
    Tutorial t = Tutorial.complete(http);
    Map<String, Object> run = http.get(FS + "/runs?property=flowId==" + t.flowId).item();
    String runId = Json.string(run, "id");
    Map<String, Object> body = Json.obj("providerRefId", "provider-run-7", "recordTypes", Json.arr("person"));

    FlowServiceTest.assertFlowError(http.put(FS + "/runs/" + runId, body), 400, "1403");
    FlowServiceTest.assertFlowError(http.put(FS + "/runs/" + runId, body, "If-Match", "\"stale\""), 412, "1404");
    Http.Res res = http.put(FS + "/runs/" + runId, body, "If-Match", Json.string(run, "etag"));

    assertThat(res.code()).isEqualTo(200);
    assertThat(res.map()).containsEntry("id", runId).containsEntry("providerRefId", "provider-run-7")
        .containsEntry("recordTypes", List.of("person")).containsEntry("metrics", run.get("metrics"));
    assertThat(res.str("etag")).matches(ETAG).isNotEqualTo(Json.string(run, "etag"));
    assertThat(http.get(FS + "/runs/" + runId).item()).isEqualTo(res.map());
  }

  @Test
  void reTriggeringAFailedRunStartsANewRunOfTheFlow() {
    try (LocalPlatform manual = LocalPlatform.builder().autoRunFlows(false).start()) {
      Http h = new Http(manual, "dev");
      Tutorial t = Tutorial.upToMapping(h);
      Map<String, Object> mappingSet = Tutorial.mappingSetRequest(t.schemaId);
      // e-mail addresses are no date-times: every record fails, and so does the run
      Json.map(Json.list(mappingSet.get("mappings")).get(2)).put("sourceAttribute", "Properties_Email_Value");
      String mappingId = Tutorial.created(h.post(Tutorial.MAPPING_SETS, mappingSet), 200).str("id");
      t.flowId = Tutorial.created(h.post(FS + "/flows",
          Tutorial.flowRequest(t.sourceConnectionId, t.targetConnectionId, mappingId)), 201).str("id");
      String failedRunId = manual.runFlow("dev", t.flowId);
      assertThat(Json.at(h.get(FS + "/runs/" + failedRunId).item(), "metrics.statusSummary.status")).isEqualTo("failed");

      Http.Res res = h.post(FS + "/runs/" + failedRunId + "/action?op=re-trigger", "");

      assertThat(res.code()).isEqualTo(200);
      assertThat(res.map()).containsOnlyKeys("id", "etag");
      assertThat(res.str("id")).isNotEqualTo(failedRunId);
      Map<String, Object> retry = h.get(FS + "/runs/" + res.str("id")).item();
      assertThat(retry).containsEntry("flowId", t.flowId).containsEntry("etag", res.str("etag"));
      assertThat(Json.list(h.get(FS + "/runs?property=flowId==" + t.flowId).map().get("items"))).hasSize(2);
      assertThat(h.post(FS + "/runs/" + failedRunId + "/action?op=RE_TRIGGER", "").code()).as("the spec's form")
          .isEqualTo(200);
    }
  }

  @Test
  void reTriggeringASuccessfulRunThatIngestedRecordsIsRefused() {
    Tutorial t = Tutorial.complete(http);
    String runId = Json.string(http.get(FS + "/runs?property=flowId==" + t.flowId).item(), "id");

    Http.Res res = http.post(FS + "/runs/" + runId + "/action?op=re-trigger", "");

    assertThat(res.code()).isEqualTo(400);
    assertThat(res.map()).containsEntry("title", "BadRequestError");
    assertThat(res.str("detail")).contains("run " + runId + " is success");
    FlowServiceTest.assertFlowError(http.post(FS + "/runs/" + runId + "/action?op=cancel", ""), 400, "1312");
    FlowServiceTest.assertFlowError(http.post(FS + "/runs/no-such-run/action?op=re-trigger", ""), 404, "1439");
  }
}
