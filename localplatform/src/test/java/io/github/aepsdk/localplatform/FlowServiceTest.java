package io.github.aepsdk.localplatform;

import org.assertj.core.api.InstanceOfAssertFactories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Flow Service: specs, connections, explore, flows, PATCH with If-Match, listing, and its checks. */
class FlowServiceTest {
  private static final String FS = "/data/foundation/flowservice";
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String ETAG = "\"[0-9a-f]{8}-0000-0200-0000-[0-9a-f]{12}\"";
  /** A flow with frequency once has neither interval nor backfill. */
  private static final Set<String> ONCE = Set.of("$.items[].scheduleParams.interval", "$.items[].scheduleParams.backfill");

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

  static void assertFlowError(Http.Res res, int status, String code) {
    assertThat(res.code()).as("answer %s", res.body()).isEqualTo(status);
    assertThat(res.map().get("type")).as(res.body())
        .isEqualTo("https://ns.adobe.com/aep/errors/FLOW-" + code + "-" + status);
    assertThat(res.map().get("status")).isEqualTo((long) status);
    assertThat(res.str("errorMessage")).isNotBlank().isEqualTo(res.str("errorDetails"));
    JsonShape.assertSameShape(AepExamples.json("errors/flowservice-FLOW-2120-403-forbidden.json"), res.json(),
        Set.of(), Set.of("$.report"));
    assertThat(Json.map(res.map().get("report"))).containsKeys("detailed-message", "request-id");
  }

  // ---- specs ----

  @Test
  void hubSpotConnectionSpecIsFoundByNameAsTheDocsShowIt() {
    Http.Res res = http.get(FS + "/connectionSpecs?property=name==%22hubspot%22");

    assertThat(res.code()).isEqualTo(200);
    Object example = AepExamples.json("flowservice/get-connection-spec-hubspot.response.invalid.json");
    assertThat(Json.list(res.map().get("items"))).containsExactly(Json.list(Json.at(example, "items")).get(0));
    assertThat(http.get(FS + "/connectionSpecs/cc6a4487-9e91-433e-a3a3-9cf6626c1806").item())
        .isEqualTo(Json.list(Json.at(example, "items")).get(0));
  }

  @Test
  void dataLakeConnectionSpecIsFoundById() {
    Http.Res res = http.get(FS + "/connectionSpecs?property=id==%22c604ff05-7f1a-43c0-8e18-33bf874cb11c%22");

    // lists carry _links ({} on the last page) as list-runs.response.json shows; this example omits it
    JsonShape.assertSameShape(JsonShape.union(AepExamples.json("flowservice/list-connection-specs-datalake.response.json"),
        Json.obj("_links", Json.obj())), res.json(), Set.of("$.items[].attributes"), Set.of());
    Map<String, Object> example = Json.map(Json.list(
        AepExamples.object("flowservice/list-connection-specs-datalake.response.json").get("items")).get(0));
    assertThat(res.item().get("targetSpec")).isEqualTo(example.get("targetSpec"));
    assertThat(res.item().get("permissionsInfo")).isEqualTo(example.get("permissionsInfo"));
  }

  @Test
  void crmToAepFlowSpecHasTheDocumentedScheduleTransformationAndRunSpecs() {
    Http.Res res = http.get(FS + "/flowSpecs?property=name==%22CRMToAEP%22");

    assertThat(res.code()).isEqualTo(200);
    Map<String, Object> spec = res.item();
    Map<String, Object> current = AepExamples.object("flowservice/get-flow-spec-crmtoaep.response.json");
    Map<String, Object> older = Json.map(Json.list(
        AepExamples.object("flowservice/list-flow-specs-crmtoaep-2020.response.json").get("items")).get(0));
    for (String member : List.of("id", "name", "providerId", "version", "attributes", "targetConnectionSpecIds",
        "permissionsInfo", "optionSpec", "scheduleSpec", "runSpec")) {
      assertThat(spec.get(member)).as(member).isEqualTo(current.get(member));
    }
    assertThat(spec.get("transformationSpecs")).isEqualTo(older.get("transformationSpecs"));
    assertThat(spec.get("transformationSpecs")).isEqualTo(current.get("transformationSpec"));
    assertThat(Json.list(spec.get("sourceConnectionSpecIds"))).containsExactly("cc6a4487-9e91-433e-a3a3-9cf6626c1806")
        .isSubsetOf(Json.list(current.get("sourceConnectionSpecIds")));
    assertThat(http.get(FS + "/flowSpecs/14518937-270c-4525-bdec-c2ba7cce3860").item()).isEqualTo(spec);
    assertThat(http.get(FS + "/flowSpecs?property=name==%22NoSuchSpec%22").map().get("items")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
  }

  // ---- connections ----

  @Test
  void createConnectionAnswersIdAndQuotedEtag() {
    Http.Res res = http.post(FS + "/connections", AepExamples.json("flowservice/create-base-connection-hubspot.request.json"));

    assertThat(res.code()).isEqualTo(201);
    JsonShape.assertSameShape(AepExamples.json("flowservice/create-base-connection-hubspot.response.json"), res.json());
    assertThat(res.str("id")).matches(UUID);
    assertThat(res.str("etag")).matches(ETAG);

    assertThat(http.get(FS + "/connections/" + res.str("id")).item()).as("provisioning: its one read")
        .containsEntry("state", "enabling");
    Map<String, Object> connection = http.get(FS + "/connections/" + res.str("id")).item();
    assertThat(connection).containsEntry("name", "connection for HubSpot").containsEntry("state", "enabled")
        .containsEntry("etag", res.str("etag")).containsEntry("version", res.str("etag"))
        .containsEntry("sandboxName", "prod").containsEntry("imsOrgId", LocalPlatform.IMS_ORG_ID);
    assertThat(Json.at(connection, "auth")).as("secrets are not answered")
        .isEqualTo(Map.of("specName", "Basic Authentication", "params", Map.of("clientId", "{CLIENT_ID}")));
    JsonShape.assertSameShape(
        Json.obj("items", Json.arr(AepExamples.object("flowservice/from-openapi/createConnection.201.response.json"))),
        Json.obj("items", Json.arr(Json.obj("id", connection.get("id"), "etag", connection.get("etag")))));
  }

  static Stream<Arguments> badConnections() {
    return Stream.of(
        Arguments.of((Consumer<Map<String, Object>>) b -> Json.map(Json.at(b, "auth.params")).remove("refreshToken"), "1304"),
        Arguments.of((Consumer<Map<String, Object>>) b -> Tutorial.set(b, "auth.specName", "OAuth 2"), "1415"),
        Arguments.of((Consumer<Map<String, Object>>) b -> Tutorial.set(b, "connectionSpec.id", "nope"), "1413"),
        Arguments.of((Consumer<Map<String, Object>>) b -> b.remove("name"), "1304"));
  }

  @ParameterizedTest
  @MethodSource("badConnections")
  void connectionsAreCheckedAgainstTheirSpec(Consumer<Map<String, Object>> change, String code) {
    Map<String, Object> body = AepExamples.object("flowservice/create-base-connection-hubspot.request.json");
    change.accept(body);

    assertFlowError(http.post(FS + "/connections", body), 400, code);
    assertThat(platform.resourceCount("prod", "connections")).isZero();
  }

  @Test
  void patchNeedsTheCurrentEtagInIfMatch() {
    Http.Res created = http.post(FS + "/connections", AepExamples.json("flowservice/create-base-connection-hubspot.request.json"));
    String path = FS + "/connections/" + created.str("id");
    Object rename = Json.arr(Json.obj("op", "replace", "path", "/name", "value", "renamed"));

    assertFlowError(http.patch(path, rename), 400, "1403");

    Http.Res stale = http.patch(path, rename, "If-Match", "\"0000aaaa-0000-0200-0000-000000000000\"");
    assertFlowError(stale, 412, "1404");
    assertThat(stale.str("errorMessage")).isEqualTo("Supplied version=[\"0000aaaa-0000-0200-0000-000000000000\"]"
        + " does not match the current version on entity=[" + created.str("etag") + "]");

    Http.Res ok = http.patch(path, rename, "If-Match", created.str("etag"));
    assertThat(ok.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("flowservice/from-openapi/patchConnection.200.response.json"), ok.json());
    assertThat(ok.str("etag")).matches(ETAG).isNotEqualTo(created.str("etag"));
    assertThat(http.get(path).item()).containsEntry("name", "renamed").containsEntry("etag", ok.str("etag"));

    assertFlowError(http.patch(path, rename, "If-Match", created.str("etag")), 412, "1404");
    assertFlowError(http.patch(path, Json.arr(Json.obj("op", "replace", "path", "/connectionSpec/id",
        "value", "c604ff05-7f1a-43c0-8e18-33bf874cb11c")), "If-Match", ok.str("etag")), 400, "1414");
    assertFlowError(http.patch(path, Json.arr(Json.obj("op", "remove", "path", "/keyWhichDoesNotExist")),
        "If-Match", ok.str("etag")), 400, "1455");
  }

  @Test
  void deletedResourcesAnswerFlow1439NotFound() {
    Http.Res created = http.post(FS + "/connections", AepExamples.json("flowservice/create-dataset-base-connection.request.json"));
    String id = created.str("id");

    assertThat(http.delete(FS + "/connections/" + id + "/").code()).isEqualTo(204);

    Http.Res res = http.get(FS + "/connections/" + id);
    assertFlowError(res, 404, "1439");
    JsonShape.assertSameShape(AepExamples.json("errors/flowservice-FLOW-1439-404-not-found.json"), res.json());
    assertThat(res.map()).containsEntry("title", "Resource not found");
    assertThat(Json.at(res.json(), "report.type")).isEqualTo("connections");
    assertThat(Json.at(res.json(), "report.id")).isEqualTo(id);
    assertFlowError(http.delete(FS + "/connections/" + id), 404, "1439");
  }

  @Test
  void aBaseConnectionUsedByAFlowCannotBeDeleted() {
    Tutorial t = Tutorial.complete(http);

    assertFlowError(http.delete(FS + "/connections/" + t.hubSpotConnectionId), 400, "1418");
  }

  @Test
  void connectionsAFlowUsesAre1418UntilTheFlowIsDeleted() {
    Tutorial t = Tutorial.complete(http);
    Map<String, String> used = Map.of(
        "/sourceConnections/", t.sourceConnectionId,
        "/targetConnections/", t.targetConnectionId,
        "/connections/", t.hubSpotConnectionId);

    used.forEach((collection, id) -> {
      Http.Res refused = http.delete(FS + collection + id);
      assertFlowError(refused, 400, "1418");
      assertThat(refused.map()).containsEntry("title", "Invalid request");
      assertThat(refused.str("errorMessage")).isEqualTo("Connection " + id + " is used by flow(s) [" + t.flowId
          + "]. Delete the flow(s) before deleting the connection.");
      assertThat(http.get(FS + collection + id).code()).isEqualTo(200);
    });

    assertThat(http.delete(FS + "/flows/" + t.flowId).code()).isEqualTo(204);
    for (String collection : List.of("/sourceConnections/", "/targetConnections/", "/connections/")) {
      assertThat(http.delete(FS + collection + used.get(collection)).code()).as(collection).isEqualTo(204);
      assertFlowError(http.get(FS + collection + used.get(collection)), 404, "1439");
    }
  }

  // ---- explore ----

  @Test
  void exploreRootListsTheHubSpotTablesOfTheDocs() {
    String id = http.post(FS + "/connections", AepExamples.json("flowservice/create-base-connection-hubspot.request.json")).str("id");

    Http.Res res = http.get(FS + "/connections/" + id + "/explore?objectType=root");

    assertThat(res.code()).isEqualTo(200);
    assertThat(res.json()).isEqualTo(AepExamples.json("flowservice/explore-root.response.invalid.json"));
  }

  @Test
  void exploreTableListsTheContactColumnsOfTheDocs() {
    String id = http.post(FS + "/connections", AepExamples.json("flowservice/create-base-connection-hubspot.request.json")).str("id");

    Http.Res res = http.get(FS + "/connections/" + id + "/explore?objectType=table&object=Hubspot.Contacts");

    assertThat(res.code()).isEqualTo(200);
    Object example = AepExamples.json("flowservice/explore-table.response.invalid.json");
    JsonShape.assertSameShape(example, res.json());
    assertThat(Json.list(Json.at(res.json(), "schema.columns")))
        .containsAll(Json.list(Json.at(example, "schema.columns")))
        .extracting(c -> Json.string(c, "name")).contains("Vid", "Properties_Email_Value");
    assertThat(http.get(FS + "/connections/" + id + "/explore?objectType=TABLE&object=Hubspot.Contacts").json())
        .isEqualTo(res.json());
  }

  @Test
  void exploreChecksItsParameters() {
    String hubspot = http.post(FS + "/connections", AepExamples.json("flowservice/create-base-connection-hubspot.request.json")).str("id");
    String lake = http.post(FS + "/connections", AepExamples.json("flowservice/create-dataset-base-connection.request.json")).str("id");

    assertFlowError(http.get(FS + "/connections/" + hubspot + "/explore?objectType=table"), 400, "1337");
    assertFlowError(http.get(FS + "/connections/" + hubspot + "/explore?objectType=table&object=Hubspot.Nope"), 400, "1330");
    assertFlowError(http.get(FS + "/connections/" + hubspot + "/explore?objectType=galaxy"), 400, "1358");
    assertFlowError(http.get(FS + "/connections/" + lake + "/explore?objectType=root"), 400, "1336");
    assertFlowError(http.get(FS + "/connections/" + java.util.UUID.randomUUID() + "/explore"), 404, "1439");
  }

  // ---- source and target connections ----

  @Test
  void sourceAndTargetConnectionsAnswerTheDocumentedCreateShapeAndKeepTheirReferences() {
    Tutorial t = Tutorial.upToMapping(http);

    JsonShape.assertSameShape(AepExamples.json("flowservice/create-source-connection.response.json"),
        Json.obj("id", t.sourceConnectionId, "etag", "\"x\""));
    Map<String, Object> source = http.get(FS + "/sourceConnections/" + t.sourceConnectionId).item();
    assertThat(source).containsEntry("baseConnectionId", t.hubSpotConnectionId)
        .containsEntry("params", Map.of("path", "Hubspot.Contacts"));
    assertThat(Json.at(source, "inheritedAttributes.baseConnection.id")).isEqualTo(t.hubSpotConnectionId);
    Map<String, Object> target = http.get(FS + "/targetConnections/" + t.targetConnectionId).item();
    assertThat(Json.at(target, "params.dataSetId")).isEqualTo(t.dataSetId);
    assertThat(Json.at(target, "data.schema.id")).isEqualTo(t.schemaId);
  }

  @Test
  void sourceConnectionsNeedAnExistingBaseConnectionAndTable() {
    Map<String, Object> body = AepExamples.object("flowservice/create-source-connection.request.invalid.json");
    assertFlowError(http.post(FS + "/sourceConnections", body), 404, "1439");

    String lake = http.post(FS + "/connections", AepExamples.json("flowservice/create-dataset-base-connection.request.json")).str("id");
    body.put("baseConnectionId", lake);
    assertFlowError(http.post(FS + "/sourceConnections", body), 400, "1413");

    body.put("baseConnectionId",
        http.post(FS + "/connections", AepExamples.json("flowservice/create-base-connection-hubspot.request.json")).str("id"));
    Tutorial.set(body, "params.path", "Hubspot.Nope");
    assertFlowError(http.post(FS + "/sourceConnections", body), 400, "1330");
  }

  @Test
  void targetConnectionsNeedTheDataLakeSpecAndAnExistingDataset() {
    Map<String, Object> body = AepExamples.object("flowservice/create-target-connection.request.json");
    assertFlowError(http.post(FS + "/targetConnections", body), 404, "1439");

    Tutorial.set(body, "connectionSpec.id", "cc6a4487-9e91-433e-a3a3-9cf6626c1806");
    assertFlowError(http.post(FS + "/targetConnections", body), 400, "1307");

    Tutorial.set(body, "connectionSpec.id", "c604ff05-7f1a-43c0-8e18-33bf874cb11c");
    Json.map(body.get("params")).remove("dataSetId");
    assertFlowError(http.post(FS + "/targetConnections", body), 400, "1325");
  }

  @Test
  void aTargetConnectionBoundToABaseConnectionNeedsADatasetBaseConnectionAsTheTutorialsImportantNoteSays() {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, Object> body = Tutorial.targetConnectionRequest(t.schemaId, t.dataSetId);
    Tutorial.set(body, "connectionSpec.id", FlowSpecs.HUBSPOT); // the 2020 tutorial's target connection
    body.put("baseConnectionId", t.hubSpotConnectionId);

    Http.Res refused = http.post(FS + "/targetConnections", body);

    assertFlowError(refused, 400, "1307");
    assertThat(refused.str("report.detailed-message")).isEqualTo("The target connection spec ID is not valid="
        + FlowSpecs.HUBSPOT + ". The allowed value is: " + FlowSpecs.DATA_LAKE + ". The base connection "
        + t.hubSpotConnectionId + " of the target connection is not a dataset base connection: use the id of a base"
        + " connection of the Data Lake connection spec, not the source's base connection.");

    body.put("baseConnectionId", t.dataLakeConnectionId);
    String bound = Tutorial.created(http.post(FS + "/targetConnections", body), 201).str("id");
    Map<String, Object> flow = Tutorial.flowRequest(t.sourceConnectionId, bound, t.mappingSetId);
    assertThat(http.post(FS + "/flows", flow).code()).as("the flow sees the Data Lake through the base connection")
        .isEqualTo(201);
    assertThat(http.get(FS + "/targetConnections/" + bound).item()).containsEntry("baseConnectionId", t.dataLakeConnectionId);
  }

  // ---- flows ----

  @Test
  void flowsAnswerTheDocumentedCreateAndGetShapes() {
    Tutorial t = Tutorial.upToMapping(http);

    Http.Res created = http.post(FS + "/flows", t.flowRequest());

    assertThat(created.code()).isEqualTo(201);
    JsonShape.assertSameShape(AepExamples.json("flowservice/create-flow.response.json"), created.json());
    assertThat(created.str("etag")).matches(ETAG);
    Http.Res got = http.get(FS + "/flows/" + created.str("id"));
    JsonShape.assertSameShape(AepExamples.json("flowservice/get-flow.response.json"), got.json(), ONCE, Set.of());
    Map<String, Object> flow = got.item();
    assertThat(flow.get("scheduleParams")).as("stored as strings, as the GET example shows them")
        .isEqualTo(Map.of("startTime", "1591043454", "frequency", "once"));
    assertThat(flow).containsEntry("runs", "/flows/" + created.str("id") + "/runs").containsEntry("state", "enabling");
    assertThat(http.get(FS + "/flows/" + created.str("id")).item()).containsEntry("state", "enabled");
    assertThat(Json.at(flow, "inheritedAttributes.sourceConnections")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
  }

  @Test
  void theDocsFlowRequestSendsAnIntervalWithFrequencyOnceWhichTheFlowSpecForbids() {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, Object> asDocumented = t.flowRequest();
    Json.map(asDocumented.get("scheduleParams")).put("interval", "15");

    assertFlowError(http.post(FS + "/flows", asDocumented), 400, "1361");
  }

  static Stream<Arguments> schedules() {
    return Stream.of(
        Arguments.of(Json.obj(), 400, "1317"),
        Arguments.of(Json.obj("frequency", "hour", "interval", 1L), 400, "1359"),
        Arguments.of(Json.obj("startTime", "soon", "frequency", "once"), 400, "1312"),
        Arguments.of(Json.obj("startTime", 1700000000L), 400, "1359"),
        Arguments.of(Json.obj("startTime", 1700000000L, "frequency", "monthly", "interval", 1L), 400, "1397"),
        Arguments.of(Json.obj("startTime", 1700000000L, "frequency", "once", "backfill", true), 400, "1364"),
        Arguments.of(Json.obj("startTime", 1700000000L, "frequency", "minute", "interval", 10L), 400, "1362"),
        Arguments.of(Json.obj("startTime", 1700000000L, "frequency", "hour"), 400, "1359"),
        Arguments.of(Json.obj("startTime", 1700000000L, "frequency", "day", "interval", 0L), 400, "1394"),
        Arguments.of(Json.obj("startTime", 1700000000L, "frequency", "week", "interval", 1L, "backfill", "maybe"), 400, "1312"),
        Arguments.of(Json.obj("startTime", 1700000000L, "frequency", "minute", "interval", 15L, "backfill", true), 201, null),
        Arguments.of(Json.obj("startTime", "1612310466", "frequency", "week", "interval", "15", "backfill", "true"), 201, null),
        Arguments.of(Json.obj("startTime", 1700000000L, "frequency", "once"), 201, null));
  }

  @ParameterizedTest
  @MethodSource("schedules")
  void scheduleRulesOfTheFlowSpecAreEnforced(Map<String, Object> schedule, int status, String code) {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, Object> flow = t.flowRequest();
    flow.put("scheduleParams", schedule);

    Http.Res res = http.post(FS + "/flows", flow);

    if (code == null) {
      assertThat(res.code()).as(res.body()).isEqualTo(status);
    } else {
      assertFlowError(res, status, code);
    }
  }

  static Stream<Arguments> badFlows() {
    return Stream.of(
        Arguments.of((Consumer<Map<String, Object>>) f -> f.put("sourceConnectionIds", List.of(java.util.UUID.randomUUID().toString())), 404, "1439"),
        Arguments.of((Consumer<Map<String, Object>>) f -> f.put("targetConnectionIds", List.of(java.util.UUID.randomUUID().toString())), 404, "1439"),
        Arguments.of((Consumer<Map<String, Object>>) f -> f.put("targetConnectionIds", List.of()), 400, "1338"),
        Arguments.of((Consumer<Map<String, Object>>) f -> Tutorial.set(f, "flowSpec.id", "9753525b-82c7-4dce-8a9b-5ccfce2b9876"), 400, "1413"),
        Arguments.of((Consumer<Map<String, Object>>) f -> mapping(f).put("mappingId", "0b090130b58b4819afc78b6dc98b484d"), 400, "1419"),
        Arguments.of((Consumer<Map<String, Object>>) f -> mapping(f).put("mappingVersion", "7"), 400, "1412"),
        Arguments.of((Consumer<Map<String, Object>>) f -> mapping(f).remove("mappingId"), 400, "1328"),
        Arguments.of((Consumer<Map<String, Object>>) f -> Json.map(Json.list(f.get("transformations")).get(0)).put("params", Map.of()), 400, "1367"),
        Arguments.of((Consumer<Map<String, Object>>) f -> Json.map(Json.list(f.get("transformations")).get(0)).put("name", "Encrypt"), 400, "1312"),
        Arguments.of((Consumer<Map<String, Object>>) f -> f.put("state", "enabled"), 400, "1410"),
        Arguments.of((Consumer<Map<String, Object>>) f -> f.remove("name"), 400, "1304"));
  }

  private static Map<String, Object> mapping(Map<String, Object> flow) {
    return Json.map(Json.at(Json.list(flow.get("transformations")).get(1), "params"));
  }

  @ParameterizedTest
  @MethodSource("badFlows")
  void flowsAreCheckedForSpecsReferencesAndTransformations(Consumer<Map<String, Object>> change, int status, String code) {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, Object> flow = t.flowRequest();
    change.accept(flow);

    assertFlowError(http.post(FS + "/flows", flow), status, code);
    assertThat(platform.resourceCount("prod", "flows")).isZero();
  }

  @Test
  void theMappingMustTargetTheSchemaOfTheTargetDataset() {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, Object> other = AepExamples.object("schemaregistry/create-schema-marketing-automation-2020.request.json");
    other.put("title", "Another profile schema");
    String otherSchema = http.post(Tutorial.SCHEMAS, other).str("$id");
    Map<String, Object> mapping = AepExamples.object("conversion/create-mapping-set-marketing-automation.request.json");
    mapping.put("xdmSchema", otherSchema);
    String otherMapping = http.post(Tutorial.MAPPING_SETS, mapping).str("id");
    Map<String, Object> flow = t.flowRequest();
    mapping(flow).put("mappingId", otherMapping);

    assertFlowError(http.post(FS + "/flows", flow), 400, "1425");
  }

  @Test
  void flowsArePatchedWithTheDocsJsonPatchBodies() {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, Object> request = t.flowRequest();
    request.put("scheduleParams", Json.obj("startTime", 1612310466L, "frequency", "week", "interval", 1L));
    Http.Res created = http.post(FS + "/flows", request);
    String path = FS + "/flows/" + created.str("id");

    Http.Res schedule = http.patch(path, AepExamples.json("flowservice/patch-flow-schedule.request.json"),
        "If-Match", created.str("etag"));
    assertThat(schedule.code()).as(schedule.body()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("flowservice/patch-flow-schedule.response.json"), schedule.json());
    Map<String, Object> flow = http.get(path).item();
    assertThat(flow).containsEntry("name", "Database Dataflow Feb2021")
        .containsEntry("description", "Database dataflow for testing update API");
    assertThat(Json.at(flow, "scheduleParams.frequency")).isEqualTo("day");
    assertThat(Json.at(flow, "lastOperation.operation")).isEqualTo("update");
    assertThat(Json.at(flow, "lastOperation.ops")).isEqualTo(AepExamples.json("flowservice/patch-flow-schedule.request.json"));

    Http.Res labels = http.patch(path, AepExamples.json("flowservice/patch-flow-labels.request.json"),
        "If-Match", schedule.str("etag"), "Content-Type", "application/json-patch+json");
    assertThat(labels.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("flowservice/patch-flow-labels.response.json"), labels.json());
    assertThat(http.get(path).item()).containsEntry("labels", List.of("core/C12"));

    List<Object> remap = Json.copy(Json.list(AepExamples.json("flowservice/patch-flow-mapping.request.json")));
    assertFlowError(http.patch(path, remap, "If-Match", labels.str("etag")), 400, "1419");
    Tutorial.set(Json.map(Json.map(remap.get(0)).get("value")), "params.mappingId", t.mappingSetId);
    Json.map(Json.at(Json.map(remap.get(0)).get("value"), "params")).put("mappingVersion", 0L);
    Http.Res mapped = http.patch(path, remap, "If-Match", labels.str("etag"));
    assertThat(mapped.code()).as(mapped.body()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("flowservice/patch-flow-mapping.response.json"), mapped.json());

    assertFlowError(http.patch(path, Json.arr(Json.obj("op", "replace", "path", "/scheduleParams/interval", "value", 0L)),
        "If-Match", mapped.str("etag")), 400, "1394");
    assertThat(http.delete(path).code()).isEqualTo(204);
    assertThat(platform.resourceCount("prod", "flows")).isZero();
  }

  // ---- provisioning ----

  @Test
  void newConnectionsAndFlowsAreEnablingForTheirFirstReadsThenEnabled() {
    try (LocalPlatform twoReads = LocalPlatform.builder().provisioningReads(2).start()) {
      Http h = new Http(twoReads, "prod");
      Tutorial t = Tutorial.complete(h);
      Map<String, String> paths = Map.of(
          "/connections/", t.hubSpotConnectionId,
          "/sourceConnections/", t.sourceConnectionId,
          "/targetConnections/", t.targetConnectionId,
          "/flows/", t.flowId);

      assertThat(Json.list(h.get(FS + "/connections").map().get("items"))).as("lists do not count as reads")
          .extracting(c -> Json.string(c, "state")).containsExactly("enabling", "enabling");
      paths.forEach((collection, id) -> {
        for (String expected : List.of("enabling", "enabling", "enabled", "enabled")) {
          assertThat(h.get(FS + collection + id).item()).as(collection + id).containsEntry("state", expected);
        }
      });
      assertThat(Json.list(h.get(FS + "/connections").map().get("items")))
          .extracting(c -> Json.string(c, "state")).containsExactly("enabled", "enabling");
    }
  }

  @Test
  void withNoProvisioningReadsEverythingIsEnabledAtOnce() {
    try (LocalPlatform atOnce = LocalPlatform.builder().provisioningReads(0).start()) {
      Http h = new Http(atOnce, "prod");
      Tutorial t = Tutorial.complete(h);

      for (String path : List.of("/connections/" + t.hubSpotConnectionId, "/connections/" + t.dataLakeConnectionId,
          "/sourceConnections/" + t.sourceConnectionId, "/targetConnections/" + t.targetConnectionId,
          "/flows/" + t.flowId)) {
        assertThat(h.get(FS + path).item()).as(path).containsEntry("state", "enabled");
      }
    }
  }

  @Test
  void provisioningReadsCannotBeNegative() {
    assertThatThrownBy(() -> LocalPlatform.builder().provisioningReads(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("provisioningReads must be 0 or more, was -1");
  }

  @Test
  void theDocumentedStateTransitionDisablesAndEnablesAFlowEvenWhileItProvisions() {
    Tutorial t = Tutorial.complete(http);
    String action = FS + "/flows/" + t.flowId + "/action";

    Http.Res disabled = http.post(action + "?op=DISABLE", Json.obj(), "If-Match", t.flowEtag);

    assertThat(disabled.code()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.map()).containsOnlyKeys("id", "etag").containsEntry("id", t.flowId);
    assertThat(disabled.str("etag")).matches(ETAG).isNotEqualTo(t.flowEtag);
    for (int read = 0; read < 2; read++) {
      assertThat(http.get(FS + "/flows/" + t.flowId).item()).containsEntry("state", "disabled")
          .containsEntry("etag", disabled.str("etag"));
    }
    assertFlowError(http.post(action + "?op=ENABLE", Json.obj(), "If-Match", t.flowEtag), 412, "1404");
    assertFlowError(http.post(action + "?op=PUBLISH", Json.obj()), 400, "1312");
    assertFlowError(http.post(FS + "/flows/00000000-0000-0000-0000-000000000000/action?op=ENABLE", Json.obj()), 404, "1439");

    assertThat(http.post(action + "?op=ENABLE", Json.obj()).code()).as("If-Match is optional").isEqualTo(200);
    assertThat(http.get(FS + "/flows/" + t.flowId).item()).containsEntry("state", "enabled");
  }

  // ---- listing ----

  @Test
  void listsPageWithContinuationTokensAndCount() {
    Tutorial t = Tutorial.complete(http);
    for (String name : List.of("b flow", "c flow")) {
      Map<String, Object> flow = t.flowRequest();
      flow.put("name", name);
      http.post(FS + "/flows", flow);
    }

    Http.Res first = http.get(FS + "/flows?limit=2&orderby=-name");
    assertThat(Json.list(first.map().get("items"))).extracting(f -> Json.string(f, "name"))
        .containsExactly("c flow", "b flow");
    String next = Json.string(first.json(), "_links.next.href");
    assertThat(next).startsWith("/flows?continuationToken=");
    JsonShape.assertSameShape(AepExamples.json("flowservice/get-flow.response.json"),
        Json.obj("items", first.map().get("items")), ONCE, Set.of());

    Http.Res second = http.get(FS + next);
    assertThat(Json.list(second.map().get("items"))).extracting(f -> Json.string(f, "name"))
        .containsExactly("HubSpot dataflow");
    assertThat(second.map().get("_links")).isEqualTo(Map.of());

    http.get(FS + "/flows/" + t.flowId); // its one provisioning read: enabled from now on
    Http.Res count = http.get(FS + "/flows?property=state==enabled&count=true");
    JsonShape.assertSameShape(AepExamples.json("flowservice/list-flows-count.response.json"), count.json());
    assertThat(count.map()).isEqualTo(Map.of("count", 1L));
    assertThat(http.get(FS + "/flows?property=state==enabling&count=true").map()).isEqualTo(Map.of("count", 2L));
    assertFlowError(http.get(FS + "/flows?count=true&limit=1"), 400, "1401");
  }

  @Test
  void propertyFiltersMatchNestedAndArrayPaths() {
    Tutorial t = Tutorial.complete(http);

    assertThat(http.get(FS + "/flows?property=sourceConnectionIds[]==" + t.sourceConnectionId).map().get("items"))
        .asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
    assertThat(http.get(FS + "/flows?property=transformations[].params.mappingId==" + t.mappingSetId).map().get("items"))
        .asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
    assertThat(http.get(FS + "/flows?property=flowSpec.id==14518937-270c-4525-bdec-c2ba7cce3860&property=name==nope")
        .map().get("items")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
    assertThat(http.get(FS + "/connections?property=connectionSpec.id==cc6a4487-9e91-433e-a3a3-9cf6626c1806,nope")
        .map().get("items")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
    assertThat(http.get(FS + "/runs?property=metrics.recordSummary.inputRecordCount>=5").map().get("items"))
        .asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
    assertFlowError(http.get(FS + "/flows?property=name~HubSpot"), 400, "1440");
    assertFlowError(http.get(FS + "/flows?property=createdAt<=1,2"), 400, "1443");
  }
}
