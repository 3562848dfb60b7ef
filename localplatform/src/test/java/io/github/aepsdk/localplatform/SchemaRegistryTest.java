package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schema Registry: tenant resources, the global profile class, Accept checks, paging, patching, descriptors. */
class SchemaRegistryTest {
  private static final String SR = "/data/foundation/schemaregistry";
  private static final String XED_V1 = "application/vnd.adobe.xed+json; version=1";
  private static final String FULL_V1 = "application/vnd.adobe.xed-full+json;version=1";
  private static final String XED_ID = "application/vnd.adobe.xed-id+json";

  /** xed-full lookups: the ad-hoc doc example, plus the sandbox metadata lookups carry (get-schema example). */
  private static final java.util.function.Supplier<Object> FULL_SHAPE = () -> JsonShape.union(
      AepExamples.json("schemaregistry/get-adhoc-schema-xed-full.response.json"),
      AepExamples.json("schemaregistry/get-schema.response.json"));

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

  static String enc(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /** Asserts an XDM problem document: code, status, title and message, with the examples' shape. */
  static void assertXdmError(Http.Res res, int status, String code, String title) {
    assertThat(res.code()).as(res.body()).isEqualTo(status);
    assertThat(res.map()).containsEntry("type", "http://ns.adobe.com/aep/errors/XDM-" + code + "-" + status)
        .containsEntry("title", title).containsEntry("status", (long) status);
    JsonShape.assertSameShape(AepExamples.json("errors/schemaregistry-XDM-1006-400-accept-header-invalid.json"), res.json());
    assertThat(res.str("detail")).isEqualTo(res.str("report.detailed-message"));
    assertThat(res.str("report.timestamp")).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d");
  }

  private Http.Res createProfileSchema() {
    return http.post(SR + "/tenant/schemas",
        AepExamples.json("schemaregistry/create-schema-marketing-automation-2020.request.json"));
  }

  @Test
  void aProfileSchemaIsCreatedWithTheDocumentedShapeAndIds() {
    Http.Res res = createProfileSchema();

    assertThat(res.code()).isEqualTo(201);
    JsonShape.assertSameShape(JsonShape.union(
            AepExamples.json("schemaregistry/create-schema-marketing-automation-2020.response.json"),
            AepExamples.json("schemaregistry/get-schema.response.json")), res.json(),
        Set.of("$.meta:registryMetadata.xdm:repositoryCreatedBy"), Set.of());
    assertThat(res.str("$id")).matches("https://ns\\.adobe\\.com/localtenant/schemas/[0-9a-f]{32}");
    assertThat(res.str("meta:altId"))
        .isEqualTo("_localtenant.schemas." + res.str("$id").substring(res.str("$id").lastIndexOf('/') + 1));
    assertThat(res.map().get("refs")).isEqualTo(List.of("https://ns.adobe.com/xdm/context/profile",
        "https://ns.adobe.com/xdm/context/profile-person-details",
        "https://ns.adobe.com/xdm/context/profile-personal-details"));
    assertThat(res.map()).containsEntry("meta:class", "https://ns.adobe.com/xdm/context/profile")
        .containsEntry("version", "1.0").containsEntry("meta:tenantNamespace", "_localtenant")
        .containsEntry("meta:sandboxType", "production").containsEntry("meta:containerId", "tenant");
    assertThat(Json.list(res.map().get("meta:extends"))).contains(
        "https://ns.adobe.com/xdm/context/profile-person-details", "https://ns.adobe.com/xdm/common/auditable",
        "https://ns.adobe.com/xdm/data/record", "https://ns.adobe.com/xdm/context/profile");
  }

  @Test
  void lookupsAnswerRawOrResolvedByAccept() {
    Http.Res created = createProfileSchema();

    Http.Res raw = http.get(SR + "/tenant/schemas/" + created.str("meta:altId"), "Accept", XED_V1);
    Map<String, Object> withoutRefs = created.map();
    withoutRefs.remove("refs");
    assertThat(raw.json()).isEqualTo(withoutRefs);
    JsonShape.assertSameShape(AepExamples.json("schemaregistry/get-schema.response.json"), raw.json(),
        Set.of(), Set.of());

    Http.Res full = http.get(SR + "/tenant/schemas/" + enc(created.str("$id")), "Accept", FULL_V1);
    assertThat(full.code()).isEqualTo(200);
    JsonShape.assertSameShape(FULL_SHAPE.get(), full.json(), Set.of("$.allOf", "$.meta:datasetNamespace"), Set.of("$.properties"));
    assertThat(full.map()).doesNotContainKey("allOf");
    assertThat(Json.at(full.json(), "properties.person.properties.name.properties.firstName.type")).isEqualTo("string");
    assertThat(Json.at(full.json(), "properties.personalEmail.properties.address.format")).isEqualTo("email");
    assertThat(Json.at(full.json(), "properties._repo.properties.createDate.format")).isEqualTo("date-time");

    Http.Res noText = http.get(SR + "/tenant/schemas/" + created.str("meta:altId"), "Accept",
        "application/vnd.adobe.xed-full-notext+json; version=1");
    assertThat(Json.at(noText.json(), "properties.person.properties.name.properties.firstName"))
        .isEqualTo(Map.of("type", "string", "meta:xdmType", "string"));
    assertThat(noText.map()).containsKey("title");
  }

  @Test
  void aVersionedAcceptOnAListIsXdm1006WithTheDocumentedMessage() {
    Http.Res res = http.get(SR + "/tenant/schemas", "Accept", "application/vnd.adobe.xed+json;version=1");

    assertXdmError(res, 400, "1006", "Accept header invalid");
    Object example = AepExamples.json("errors/schemaregistry-XDM-1006-400-accept-header-invalid.json");
    assertThat(res.str("detail")).isEqualTo(Json.string(example, "detail"));
    assertXdmError(http.get(SR + "/tenant/schemas"), 400, "1006", "Accept header invalid");
    assertXdmError(http.get(SR + "/global/classes", "Accept", FULL_V1), 400, "1006", "Accept header invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/vnd.adobe.xed+json", "application/vnd.adobe.xed-id+json; version=1",
      "application/json", ""})
  void aLookupWithoutVersionOrWithAListTypeIsXdm1007(String accept) {
    String altId = createProfileSchema().str("meta:altId");

    Http.Res res = accept.isEmpty() ? http.get(SR + "/tenant/schemas/" + altId)
        : http.get(SR + "/tenant/schemas/" + altId, "Accept", accept);

    assertXdmError(res, 400, "1007", "Accept header invalid");
    assertThat(res.str("detail")).startsWith("The supplied Accept header is not valid: " + accept + " - ")
        .endsWith("; version=1 (Version should be specified)");
  }

  @Test
  void listsPageByOrderbyStartAndLimit() {
    for (String title : List.of("Loyalty Members", "Hotels", "Guests")) {
      http.post(SR + "/tenant/schemas", Json.obj("title", title, "type", "object",
          "allOf", Json.arr(Json.obj("$ref", "https://ns.adobe.com/xdm/context/profile"))));
    }

    Http.Res first = http.get(SR + "/tenant/schemas?orderby=title&limit=2", "Accept", XED_ID);

    assertThat(first.code()).isEqualTo(200);
    JsonShape.assertSameShape(AepExamples.json("schemaregistry/list-schemas.response.json"), first.json());
    assertThat(Json.list(first.map().get("results"))).extracting(r -> Json.string(r, "title"))
        .containsExactly("Guests", "Hotels");
    assertThat(Json.at(first.json(), "_page")).isEqualTo(Map.of("orderby", "title", "next", "Hotels", "count", 2L));
    String href = Json.string(first.json(), "_links.next");
    assertThat(href).startsWith(platform.baseUrl() + SR + "/tenant/schemas?orderby=title&start=Hotels");

    Http.Res second = http.get(href.substring(platform.baseUrl().length()), "Accept", XED_ID);
    assertThat(Json.list(second.map().get("results"))).extracting(r -> Json.string(r, "title"))
        .containsExactly("Loyalty Members");
    assertThat(Json.at(second.json(), "_page.next")).isNull();
    assertThat(Json.at(second.json(), "_links.next")).isNull();

    Http.Res full = http.get(SR + "/tenant/schemas?orderby=-title", "Accept", "application/vnd.adobe.xed+json");
    assertThat(Json.list(full.map().get("results"))).extracting(r -> Json.string(r, "title"))
        .containsExactly("Loyalty Members", "Hotels", "Guests");
    assertThat(Json.map(Json.list(full.map().get("results")).get(0))).containsKeys("allOf", "meta:class");
  }

  @Test
  void oneListAnswerHoldsAtMostThreeHundredResultsWhateverLimitAsks() {
    for (int i = 0; i < 305; i++) {
      http.post(SR + "/tenant/schemas", Json.obj("title", String.format("Schema %03d", i), "type", "object",
          "allOf", Json.arr(Json.obj("$ref", "https://ns.adobe.com/xdm/context/profile"))));
    }

    for (String query : List.of("orderby=title", "orderby=title&limit=500")) {
      Http.Res first = http.get(SR + "/tenant/schemas?" + query, "Accept", XED_ID);
      assertThat(Json.list(first.map().get("results"))).as(query).hasSize(300);
      assertThat(Json.at(first.json(), "_page")).as(query)
          .isEqualTo(Map.of("orderby", "title", "next", "Schema 299", "count", 300L));
    }
    Http.Res rest = http.get(SR + "/tenant/schemas?orderby=title&start=Schema%20299", "Accept", XED_ID);
    assertThat(Json.list(rest.map().get("results"))).extracting(r -> Json.string(r, "title"))
        .containsExactly("Schema 300", "Schema 301", "Schema 302", "Schema 303", "Schema 304");
    assertThat(Json.at(rest.json(), "_page.next")).isNull();
  }

  @Test
  void theGlobalProfileClassIsListedAndResolvable() {
    Http.Res list = http.get(SR + "/global/classes", "Accept", XED_ID);

    Object example = AepExamples.json("schemaregistry/list-global-classes.response.json");
    Object listSchemas = AepExamples.json("schemaregistry/list-schemas.response.json");
    JsonShape.assertSameShape(JsonShape.union(example, Json.obj("_page", Json.at(listSchemas, "_page"),
        "_links", Json.obj("next", null))), list.json());
    assertThat(Json.list(list.map().get("results"))).containsAll(Json.list(Json.at(example, "results")));

    Http.Res profile = http.get(SR + "/global/classes/" + enc("https://ns.adobe.com/xdm/context/profile"), "Accept", FULL_V1);
    assertThat(profile.code()).isEqualTo(200);
    assertThat(profile.map()).containsEntry("title", "XDM Individual Profile").containsEntry("meta:containerId", "global");
    assertThat(Json.map(profile.map().get("properties"))).containsKeys("_id", "_repo", "personID");
    assertThat(http.get(SR + "/global/fieldgroups/_xdm.context.profile-personal-details", "Accept", FULL_V1)
        .str("title")).isEqualTo("Personal Contact Details");
  }

  @Test
  void adHocClassesGetTheirOwnNamespaceAndSchemasResolveIt() {
    Http.Res xdmClass = http.post(SR + "/tenant/classes", AepExamples.json("schemaregistry/create-adhoc-class.request.json"));

    assertThat(xdmClass.code()).isEqualTo(201);
    JsonShape.assertSameShape(JsonShape.union(AepExamples.json("schemaregistry/create-adhoc-class.response.json"),
            AepExamples.json("schemaregistry/from-openapi/schema-createClassResponse.example.json")), xdmClass.json(),
        Set.of(), Set.of("$.allOf"));
    String hex = xdmClass.str("$id").substring(xdmClass.str("$id").lastIndexOf('/') + 1);
    assertThat(xdmClass.str("meta:datasetNamespace")).isEqualTo("_" + hex);
    assertThat(Json.at(Json.list(xdmClass.map().get("allOf")).get(1), "properties._" + hex + ".properties.field1.meta:xdmType"))
        .isEqualTo("string");

    Map<String, Object> schemaRequest = AepExamples.object("schemaregistry/create-adhoc-schema.request.json");
    schemaRequest.put("allOf", Json.arr(Json.obj("$ref", xdmClass.str("$id"))));
    Http.Res schema = http.post(SR + "/tenant/schemas", schemaRequest);
    assertThat(schema.code()).isEqualTo(201);
    JsonShape.assertSameShape(JsonShape.union(JsonShape.union(
                AepExamples.json("schemaregistry/create-adhoc-schema.response.json"),
                AepExamples.json("schemaregistry/create-schema-marketing-automation-2020.response.json")),
            AepExamples.json("schemaregistry/get-schema.response.json")), schema.json(),
        Set.of(), Set.of("$.allOf"));
    assertThat(schema.str("meta:datasetNamespace")).isEqualTo("_" + hex);

    Http.Res full = http.get(SR + "/tenant/schemas/" + schema.str("meta:altId"), "Accept", FULL_V1);
    JsonShape.assertSameShape(FULL_SHAPE.get(), full.json(), Set.of("$.allOf"), Set.of("$.properties"));
    JsonShape.assertSameShape(
        Json.at(AepExamples.json("schemaregistry/get-adhoc-schema-xed-full.response.json"),
            "properties._6395cbd58812a6d64c4e5344f7b9120f"),
        Json.at(full.json(), "properties._" + hex));
  }

  private Http.Res createFieldGroup(String field) {
    return http.post(SR + "/tenant/fieldgroups", Json.obj(
        "title", "HubSpot details " + field,
        "description", "Custom HubSpot fields",
        "type", "object",
        "meta:intendedToExtend", Json.arr("https://ns.adobe.com/xdm/context/profile"),
        "definitions", Json.obj("customFields", Json.obj("properties", Json.obj(field, Json.obj(
            "type", "object", "properties", Json.obj("hubspotPortalId", Json.obj("type", "string", "title", "Portal"))))))
        , "allOf", Json.arr(Json.obj("$ref", "#/definitions/customFields"))));
  }

  @Test
  void fieldGroupsKeepCustomFieldsUnderTheTenantNamespace() {
    Http.Res ok = createFieldGroup("_localtenant");

    assertThat(ok.code()).isEqualTo(201);
    JsonShape.assertSameShape(JsonShape.union(
            AepExamples.json("schemaregistry/from-openapi/schema-createFieldGroupResponse.example.json"),
            AepExamples.json("schemaregistry/from-openapi/schema-createClassResponse.example.json")),
        ok.json(), Set.of("$.meta:extends"), Set.of("$.definitions", "$.allOf"));
    assertThat(ok.str("$id")).matches("https://ns\\.adobe\\.com/localtenant/mixins/[0-9a-f]{32}");
    assertThat(ok.str("meta:resourceType")).isEqualTo("mixins");

    Http.Res wrong = createFieldGroup("hubspotPortal");
    assertXdmError(wrong, 400, "1021", "Namespace validation error");
    assertThat(wrong.str("detail")).startsWith("A custom field is defined under an invalid namespace.")
        .endsWith("under a top-level field named _localtenant.");
    assertThat(platform.resourceCount("prod", "fieldgroups")).isEqualTo(1);
  }

  @Test
  void schemasArePatchedWithJsonPatchAndBumpTheirVersion() {
    Http.Res schema = createProfileSchema();
    String fieldGroup = createFieldGroup("_localtenant").str("$id");
    List<Object> patch = Json.copy(Json.list(AepExamples.json("schemaregistry/patch-schema-add-fieldgroup.request.json")));
    Json.map(patch.get(0)).put("value", fieldGroup);
    Json.map(patch.get(1)).put("value", Json.obj("$ref", fieldGroup));

    Http.Res patched = http.patch(SR + "/tenant/schemas/" + schema.str("meta:altId"), patch);

    assertThat(patched.code()).as(patched.body()).isEqualTo(200);
    JsonShape.assertSameShape(JsonShape.union(AepExamples.json("schemaregistry/patch-schema-add-fieldgroup.response.json"),
            AepExamples.json("schemaregistry/get-schema.response.json")), patched.json(),
        Set.of("$.meta:registryMetadata.xdm:repositoryCreatedBy", "$.meta:registryMetadata.repo:createDate"), Set.of());
    assertThat(patched.str("version")).isEqualTo("1.1");
    assertThat(Json.list(patched.map().get("meta:extends"))).contains(fieldGroup);
    Http.Res full = http.get(SR + "/tenant/schemas/" + schema.str("meta:altId"), "Accept", FULL_V1);
    assertThat(Json.at(full.json(), "properties._localtenant.properties.hubspotPortalId.type")).isEqualTo("string");

    Http.Res profile = http.patch(SR + "/tenant/schemas/" + schema.str("meta:altId"),
        AepExamples.json("schemaregistry/patch-schema-enable-profile.request.json"));
    assertThat(profile.map()).containsEntry("meta:immutableTags", List.of("union")).containsEntry("version", "1.2");

    Http.Res missingRef = http.patch(SR + "/tenant/schemas/" + schema.str("meta:altId"),
        Json.arr(Json.obj("op", "add", "path", "/allOf/-", "value",
            Json.obj("$ref", "https://ns.adobe.com/localtenant/mixins/0000"))));
    assertXdmError(missingRef, 404, "1010", "Resource not found");
  }

  @Test
  void schemasAreReplacedWithPut() {
    Http.Res schema = createProfileSchema();
    Map<String, Object> body = AepExamples.object("schemaregistry/replace-schema.request.json");
    body.put("allOf", Json.arr(Json.obj("$ref", "https://ns.adobe.com/xdm/context/profile")));

    Http.Res replaced = http.put(SR + "/tenant/schemas/" + enc(schema.str("$id")), body);

    assertThat(replaced.code()).as(replaced.body()).isEqualTo(200);
    JsonShape.assertSameShape(JsonShape.union(AepExamples.json("schemaregistry/replace-schema.response.json"),
            AepExamples.json("schemaregistry/get-schema.response.json")), replaced.json(),
        Set.of("$.meta:registryMetadata.xdm:repositoryCreatedBy", "$.meta:registryMetadata.repo:createDate"), Set.of());
    assertThat(replaced.map()).containsEntry("$id", schema.str("$id")).containsEntry("version", "1.0")
        .containsEntry("title", "Commercial Property Information");
    assertThat(Json.list(replaced.map().get("meta:extends"))).doesNotContain(
        "https://ns.adobe.com/xdm/context/profile-person-details");
  }

  @Test
  void titlesMustBeUnique() {
    String first = createProfileSchema().str("$id");

    Http.Res res = createProfileSchema();

    assertXdmError(res, 400, "1521", "Title not unique");
    assertThat(res.str("detail")).isEqualTo("Object titles must be unique. An object " + first
        + " already exists with the same title");
    JsonShape.assertSameShape(AepExamples.json("errors/schemaregistry-XDM-1521-400-title-not-unique.json"), res.json());
  }

  @Test
  void missingResourcesAre404() {
    Http.Res ref = http.post(SR + "/tenant/schemas", Json.obj("title", "Broken", "type", "object",
        "allOf", Json.arr(Json.obj("$ref", "https://ns.adobe.com/localtenant/classes/11447bb484d4599d2cd9b0aseefff78b"))));
    assertXdmError(ref, 404, "1010", "Resource not found");
    assertThat(ref.str("detail")).isEqualTo("The requested class resource"
        + " https://ns.adobe.com/localtenant/classes/11447bb484d4599d2cd9b0aseefff78b with version 1 is not found.");
    JsonShape.assertSameShape(AepExamples.json("errors/schemaregistry-XDM-1010-404-not-found.json"), ref.json());

    Http.Res lookup = http.get(SR + "/tenant/schemas/_localtenant.schemas.0000", "Accept", XED_V1);
    assertXdmError(lookup, 404, "1012", "Resource not found");

    String altId = createProfileSchema().str("meta:altId");
    assertThat(http.delete(SR + "/tenant/schemas/" + altId).code()).isEqualTo(204);
    assertXdmError(http.get(SR + "/tenant/schemas/" + altId, "Accept", XED_V1), 404, "1012", "Resource not found");
  }

  @Test
  void aClassASchemaUsesAndASchemaADatasetUsesAreNotDeleted() {
    String classId = http.post(SR + "/tenant/classes", AepExamples.json("schemaregistry/create-adhoc-class.request.json")).str("$id");
    Map<String, Object> schemaRequest = AepExamples.object("schemaregistry/create-adhoc-schema.request.json");
    schemaRequest.put("allOf", Json.arr(Json.obj("$ref", classId)));
    String schemaId = http.post(SR + "/tenant/schemas", schemaRequest).str("$id");
    Map<String, Object> dataSet = AepExamples.object("catalog/create-dataset.request.json");
    Tutorial.set(dataSet, "schemaRef.id", schemaId);
    String dataSetId = String.valueOf(http.post(Tutorial.DATASETS, dataSet).list().get(0)).substring("@/dataSets/".length());
    Object generic = AepExamples.json("errors/platform-400-content-type-missing.json");

    Http.Res classRefused = http.delete(SR + "/tenant/classes/" + enc(classId));
    Http.Res schemaRefused = http.delete(SR + "/tenant/schemas/" + enc(schemaId));

    assertThat(classRefused.code()).isEqualTo(400);
    JsonShape.assertSameShape(generic, classRefused.json());
    assertThat(classRefused.str("detail")).isEqualTo("The class " + classId + " cannot be deleted: it is used by schema(s) ["
        + schemaId + "]. Delete them first.");
    assertThat(schemaRefused.code()).isEqualTo(400);
    JsonShape.assertSameShape(generic, schemaRefused.json());
    assertThat(schemaRefused.str("detail")).isEqualTo("The schema " + schemaId + " cannot be deleted: it is used by"
        + " dataset(s) [" + dataSetId + "]. Delete them first.");
    assertThat(platform.resourceCounts("prod")).containsEntry("classes", 1).containsEntry("schemas", 1);

    assertThat(http.delete(Tutorial.DATASETS + "/" + dataSetId).code()).isEqualTo(200);
    assertThat(http.delete(SR + "/tenant/schemas/" + enc(schemaId)).code()).isEqualTo(204);
    assertThat(http.delete(SR + "/tenant/classes/" + enc(classId)).code()).isEqualTo(204);
    assertXdmError(http.get(SR + "/tenant/classes/" + enc(classId), "Accept", XED_V1), 404, "1010", "Resource not found");
    assertXdmError(http.delete(SR + "/tenant/classes/" + enc(classId)), 404, "1010", "Resource not found");
  }

  @Test
  void descriptorsAreCreatedAndListedByTheirAcceptForms() {
    String schemaId = createProfileSchema().str("$id");
    Map<String, Object> request = AepExamples.object("schemaregistry/from-openapi/schema-createDescriptor.example.json");
    request.put("xdm:sourceSchema", schemaId);
    request.put("xdm:sourceProperty", "/personalEmail/address");
    request.put("xdm:namespace", "Email");
    request.put("xdm:property", "xdm:code");
    request.put("xdm:isPrimary", true);

    Http.Res created = http.post(SR + "/tenant/descriptors", request);

    assertThat(created.code()).isEqualTo(201);
    JsonShape.assertSameShape(JsonShape.union(
            AepExamples.json("schemaregistry/from-openapi/schema-createDescriptorResponse.example.json"),
            AepExamples.json("schemaregistry/from-openapi/schema-identityDescriptorResponse.example.json")),
        created.json(), Set.of("$.meta:registryMetadata"), Set.of());
    String id = created.str("@id");
    assertThat(http.get(SR + "/tenant/descriptors", "Accept", "application/vnd.adobe.xdm-id+json").map())
        .isEqualTo(Map.of("xdm:descriptorIdentity", List.of(id)));
    assertThat(http.get(SR + "/tenant/descriptors", "Accept", "application/vnd.adobe.xdm-link+json").map())
        .isEqualTo(Map.of("xdm:descriptorIdentity", List.of("/descriptors/" + id)));
    assertThat(http.get(SR + "/tenant/descriptors?property=xdm:sourceSchema==" + schemaId, "Accept",
        "application/vnd.adobe.xdm+json").map()).isEqualTo(Map.of("xdm:descriptorIdentity", List.of(created.json())));
    assertThat(http.get(SR + "/tenant/descriptors", "Accept", "application/vnd.adobe.xdm-v2+json").map().get("results"))
        .isEqualTo(List.of(created.json()));
    assertThat(http.get(SR + "/tenant/descriptors/" + id, "Accept", "application/vnd.adobe.xdm+json").json())
        .isEqualTo(created.json());

    request.put("xdm:sourceSchema", "https://ns.adobe.com/localtenant/schemas/0000");
    assertXdmError(http.post(SR + "/tenant/descriptors", request), 404, "1012", "Resource not found");
  }

  @Test
  void descriptorAcceptErrorsAreXdm1008And1009WithTheSpecsMessages() {
    Http.Res list = http.get(SR + "/tenant/descriptors", "Accept", "application/vnd.adobe.xed+json");
    assertXdmError(list, 400, "1008", "Accept header invalid");
    assertThat(list.str("detail")).isEqualTo(Json.string(
        AepExamples.json("schemaregistry/from-openapi/schema-acceptErrorDescriptorList.example.json"), "detail"));

    Http.Res lookup = http.get(SR + "/tenant/descriptors/abc", "Accept", "application/vnd.adobe.xed+json;version=1");
    assertXdmError(lookup, 400, "1009", "Accept header invalid");
    assertThat(lookup.str("detail")).isEqualTo(Json.string(
        AepExamples.json("schemaregistry/from-openapi/schema-acceptErrorDescriptorLookup.example.json"), "detail"));
  }
}
