package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.SchemaRegistryTest.assertXdmError;
import static io.github.aepsdk.localplatform.SchemaRegistryTest.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schema Registry beyond the ingestion path: data types, PUT and PATCH of classes and field groups,
 * descriptor PUT, behaviors, unions, stats, export/import, sample data and the audit log.
 */
class SchemaRegistryResourcesTest {
  private static final String SR = "/data/foundation/schemaregistry";
  private static final String XED_V1 = "application/vnd.adobe.xed+json; version=1";
  private static final String FULL_V1 = "application/vnd.adobe.xed-full+json; version=1";
  private static final String XED_ID = "application/vnd.adobe.xed-id+json";
  private static final String PROFILE = "https://ns.adobe.com/xdm/context/profile";

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

  private Http.Res createDataType() {
    return http.post(SR + "/tenant/datatypes", AepExamples.json("schemaregistry/from-openapi/schema-createDataType.example.json"));
  }

  private Http.Res createFieldGroup(String title, Map<String, Object> tenantFields) {
    return http.post(SR + "/tenant/fieldgroups", Json.obj(
        "title", title,
        "description", "Custom fields",
        "type", "object",
        "meta:intendedToExtend", Json.arr(PROFILE),
        "definitions", Json.obj("customFields", Json.obj("properties", Json.obj("_localtenant", Json.obj(
            "type", "object", "properties", tenantFields)))),
        "allOf", Json.arr(Json.obj("$ref", "#/definitions/customFields"))));
  }

  private Http.Res createProfileSchema() {
    return http.post(SR + "/tenant/schemas",
        AepExamples.json("schemaregistry/create-schema-marketing-automation-2020.request.json"));
  }

  @Test
  void dataTypesAreCreatedListedReplacedPatchedAndDeleted() {
    Http.Res created = createDataType();

    assertThat(created.code()).as(created.body()).isEqualTo(201);
    JsonShape.assertSameShape(AepExamples.json("schemaregistry/from-openapi/schema-createDataTypeResponse.example.json"),
        created.json(), Set.of("$.meta:registryMetadata.xdm:createdUserId", "$.meta:registryMetadata.xdm:lastModifiedUserId"),
        Set.of("$.properties"));
    assertThat(created.str("$id")).matches("https://ns\\.adobe\\.com/localtenant/datatypes/[0-9a-f]{32}");
    assertThat(created.str("meta:resourceType")).isEqualTo("datatypes");
    assertThat(created.str("properties.yearBuilt.meta:xdmType")).isEqualTo("int");
    assertThat(created.map().get("refs")).isEqualTo(List.of());
    String altId = created.str("meta:altId");

    Http.Res list = http.get(SR + "/tenant/datatypes", "Accept", XED_ID);
    assertThat(Json.list(list.map().get("results"))).containsExactly(Json.obj("$id", created.str("$id"),
        "meta:altId", altId, "version", "1.0", "title", "Property Construction"));
    assertThat(http.get(SR + "/tenant/datatypes/" + enc(created.str("$id")), "Accept", XED_V1).str("title"))
        .isEqualTo("Property Construction");

    Map<String, Object> body = AepExamples.object("schemaregistry/from-openapi/schema-createDataType.example.json");
    body.put("description", "Updated description for the data type.");
    Http.Res replaced = http.put(SR + "/tenant/datatypes/" + altId, body);
    assertThat(replaced.code()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.str("$id")).isEqualTo(created.str("$id"));
    assertThat(replaced.str("description")).isEqualTo("Updated description for the data type.");
    assertThat(Json.at(replaced.json(), "meta:registryMetadata.repo:createdDate"))
        .isEqualTo(Json.at(created.json(), "meta:registryMetadata.repo:createdDate"));

    Http.Res patched = http.patch(SR + "/tenant/datatypes/" + altId, Json.arr(
        Json.obj("op", "replace", "path", "/description", "value", "Construction-related information."),
        Json.obj("op", "add", "path", "/properties/floorSize", "value", Json.obj("type", "integer", "title", "Floor Size"))));
    assertThat(patched.code()).as(patched.body()).isEqualTo(200);
    assertThat(patched.str("version")).isEqualTo("1.1");
    assertThat(patched.str("properties.floorSize.meta:xdmType")).isEqualTo("int");

    assertThat(http.delete(SR + "/tenant/datatypes/" + altId).code()).isEqualTo(204);
    assertXdmError(http.get(SR + "/tenant/datatypes/" + altId, "Accept", XED_V1), 404, "1010", "Resource not found");
    assertThat(platform.resourceCount("prod", "datatypes")).isZero();
  }

  @Test
  void dataTypeTitlesAreUniqueAcrossResourceKinds() {
    assertThat(createDataType().code()).isEqualTo(201);

    Http.Res clash = createFieldGroup("Property Construction", Json.obj("city", Json.obj("type", "string")));

    assertXdmError(clash, 400, "1521", "Title not unique");
    assertXdmError(createDataType(), 400, "1521", "Title not unique");
    assertThat(platform.resourceCount("prod", "datatypes")).isEqualTo(1);
  }

  @Test
  void fieldGroupsAreReplacedAndPatchedInTheTenantNamespaceOnly() {
    Http.Res group = createFieldGroup("Property Details", Json.obj("propertyName", Json.obj("type", "string")));
    String path = SR + "/tenant/fieldgroups/" + enc(group.str("$id"));

    Http.Res patched = http.patch(path, Json.arr(Json.obj("op", "add",
        "path", "/definitions/customFields/properties/_localtenant/properties/propertyCity",
        "value", Json.obj("title", "Property City", "type", "string"))));

    assertThat(patched.code()).as(patched.body()).isEqualTo(200);
    assertThat(patched.str("version")).isEqualTo("1.1");
    assertThat(patched.str("definitions.customFields.properties._localtenant.properties.propertyCity.meta:xdmType"))
        .isEqualTo("string");
    assertXdmError(http.patch(path, Json.arr(Json.obj("op", "add", "path", "/definitions/customFields/properties/city",
        "value", Json.obj("type", "string")))), 400, "1021", "Namespace validation error");

    Map<String, Object> body = Json.map(Json.copy(group.json()));
    body.put("description", "Replaced through the former mixins path");
    Http.Res replaced = http.put(SR + "/tenant/mixins/" + group.str("meta:altId"), body);
    assertThat(replaced.code()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.str("$id")).isEqualTo(group.str("$id"));
    assertThat(replaced.str("description")).isEqualTo("Replaced through the former mixins path");
    assertThat(http.get(path, "Accept", XED_V1).str("description")).isEqualTo("Replaced through the former mixins path");

    assertXdmError(http.put(SR + "/tenant/fieldgroups/_localtenant.mixins.0000", body), 404, "1010", "Resource not found");
  }

  @Test
  void classesAreReplacedAndPatched() {
    Http.Res xdmClass = http.post(SR + "/tenant/classes", Json.obj("title", "Property", "description", "A property",
        "type", "object", "allOf", Json.arr(Json.obj("$ref", "https://ns.adobe.com/xdm/data/record"))));
    String path = SR + "/tenant/classes/" + xdmClass.str("meta:altId");

    Http.Res replaced = http.put(path, Json.obj("title", "Property", "description", "Updated description of the new class.",
        "type", "object", "allOf", Json.arr(Json.obj("$ref", "https://ns.adobe.com/xdm/data/time-series"))));

    assertThat(replaced.code()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.str("$id")).isEqualTo(xdmClass.str("$id"));
    assertThat(replaced.map().get("meta:extends")).isEqualTo(List.of("https://ns.adobe.com/xdm/data/time-series"));

    // The spec's patchClass example writes the path "description", not a JSON Pointer (D-SR-25).
    Http.Res patched = http.patch(path, Json.arr(
        Json.obj("op", "replace", "path", "/description", "value", "A PATCH-updated description for the class.")));
    assertThat(patched.code()).as(patched.body()).isEqualTo(200);
    assertThat(patched.str("description")).isEqualTo("A PATCH-updated description for the class.");
    assertThat(patched.str("version")).isEqualTo("1.1");
  }

  @Test
  void descriptorsAreReplacedAndDeleted() {
    String schemaId = createProfileSchema().str("$id");
    Map<String, Object> request = AepExamples.object("schemaregistry/from-openapi/schema-createDescriptor.example.json");
    request.put("xdm:sourceSchema", schemaId);
    String id = http.post(SR + "/tenant/descriptors", request).str("@id");
    request.put("xdm:sourceProperty", "/personalEmail/address");

    Http.Res replaced = http.put(SR + "/tenant/descriptors/" + id, request);

    assertThat(replaced.code()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.str("@id")).isEqualTo(id);
    assertThat(replaced.str("xdm:sourceProperty")).isEqualTo("/personalEmail/address");
    assertThat(http.delete(SR + "/tenant/descriptors/" + id).code()).isEqualTo(204);
    assertXdmError(http.get(SR + "/tenant/descriptors/" + id, "Accept", "application/vnd.adobe.xdm+json"),
        404, "1010", "Resource not found");
  }

  @Test
  void behaviorsAreListedAndLookedUp() {
    Http.Res list = http.get(SR + "/global/behaviors", "Accept", XED_ID);

    assertThat(list.code()).isEqualTo(200);
    assertThat(Json.list(list.map().get("results"))).extracting(r -> Json.at(r, "$id")).containsExactly(
        "https://ns.adobe.com/xdm/data/record", "https://ns.adobe.com/xdm/data/time-series", "https://ns.adobe.com/xdm/data/adhoc");
    Http.Res record = http.get(SR + "/global/behaviors/" + enc("https://ns.adobe.com/xdm/data/record"), "Accept", XED_V1);
    assertThat(record.str("meta:resourceType")).isEqualTo("behaviors");
    assertThat(http.get(SR + "/global/behaviors/_xdm.data.adhoc", "Accept", XED_V1).str("$id"))
        .isEqualTo("https://ns.adobe.com/xdm/data/adhoc");
    assertXdmError(http.get(SR + "/global/behaviors/_xdm.data.adhoc"), 400, "1007", "Accept header invalid");
  }

  @Test
  void aUnionAppearsWhenASchemaIsEnabledForProfile() {
    Http.Res schema = createProfileSchema();
    assertThat(Json.list(http.get(SR + "/tenant/unions", "Accept", XED_ID).map().get("results"))).isEmpty();

    http.patch(SR + "/tenant/schemas/" + schema.str("meta:altId"),
        AepExamples.json("schemaregistry/patch-schema-enable-profile.request.json"));

    Http.Res unions = http.get(SR + "/tenant/unions", "Accept", XED_ID);
    assertThat(Json.list(unions.map().get("results"))).containsExactly(Json.obj("$id", PROFILE + "__union",
        "meta:altId", "_xdm.context.profile__union", "version", "1.0", "title", "XDM Individual Profile"));
    Http.Res union = http.get(SR + "/tenant/unions/_xdm.context.profile__union", "Accept", FULL_V1);
    assertThat(union.str("meta:class")).isEqualTo(PROFILE);
    assertThat(union.str("meta:resourceType")).isEqualTo("unions");
    assertThat(Json.map(union.map().get("properties"))).containsKeys("person", "personalEmail");
    assertXdmError(http.get(SR + "/tenant/unions/" + enc("https://ns.adobe.com/xdm/context/experienceevent__union"),
        "Accept", XED_V1), 404, "1010", "Resource not found");
  }

  @Test
  void statsCountTheTenantsResources() {
    String schemaId = createProfileSchema().str("$id");
    createDataType();

    Http.Res stats = http.get(SR + "/stats");

    assertThat(stats.code()).isEqualTo(200);
    assertThat(stats.str("tenantId")).isEqualTo("localtenant");
    assertThat(stats.map().get("counts")).isEqualTo(Json.obj(
        "schemas", 1L, "mixins", 0L, "datatypes", 1L, "classes", 0L, "unions", 0L));
    assertThat(Json.list(stats.map().get("recentlyCreatedResources"))).extracting(r -> Json.at(r, "title"))
        .containsExactlyInAnyOrder("Property Construction", "Target schema for marketing automation");
    assertThat(Json.list(stats.map().get("classUsage"))).singleElement().satisfies(usage -> {
      assertThat(Json.at(usage, "$id")).isEqualTo(PROFILE);
      assertThat(Json.at(usage, "numberOfSchemas")).isEqualTo(1L);
      assertThat(Json.list(Json.at(usage, "schemas"))).extracting(s -> Json.at(s, "$id")).containsExactly(schemaId);
    });
  }

  @Test
  void anExportedFieldGroupImportsIntoAnotherSandboxOnce() {
    String dataType = createDataType().str("$id");
    Http.Res group = createFieldGroup("Restaurant", Json.obj("property", Json.obj("$ref", dataType, "type", "object")));

    Http.Res export = http.get(SR + "/rpc/export/" + group.str("meta:altId"));

    assertThat(export.code()).as(export.body()).isEqualTo(200);
    List<Object> payload = export.list();
    assertThat(payload).extracting(r -> Json.at(r, "meta:resourceType")).containsExactly("datatypes", "mixins");
    assertThat(Json.at(payload.get(1), "$id")).isEqualTo(group.str("$id").replace("localtenant", "<XDM_TENANTID_PLACEHOLDER>"));
    assertThat(export.body()).doesNotContain("localtenant");
    assertThat(Json.map(payload.get(0))).doesNotContainKeys("imsOrg", "meta:registryMetadata");

    Http.Res imported = http.sandbox("dev").post(SR + "/rpc/import", payload);
    assertThat(imported.code()).as(imported.body()).isEqualTo(200);
    assertThat(imported.list()).extracting(r -> Json.at(r, "$id")).containsExactly(dataType, group.str("$id"));
    assertThat(platform.resourceCount("dev", "fieldgroups")).isEqualTo(1);
    assertThat(http.sandbox("dev").get(SR + "/tenant/fieldgroups/" + group.str("meta:altId"), "Accept", XED_V1).code())
        .isEqualTo(200);

    Http.Res again = http.sandbox("dev").post(SR + "/rpc/import", payload);
    assertXdmError(again, 400, "3005", "Import Resource Failed");
    assertThat(again.str("detail")).isEqualTo("Failed to import resources. Error: Title must be unique. An object "
        + dataType + " already exists with the same title");
  }

  @Test
  void sampleDataFollowsTheSchemasFields() {
    String altId = createProfileSchema().str("meta:altId");

    Http.Res sample = http.get(SR + "/rpc/sampledata/" + altId);

    assertThat(sample.code()).as(sample.body()).isEqualTo(200);
    assertThat(sample.str("person.name.firstName")).isEqualTo("string");
    assertThat(sample.str("person.birthDate")).isEqualTo("2018-01-12");
    assertThat(sample.map().get("personalEmail")).extracting(e -> Json.at(e, "address"), e -> Json.at(e, "primary"))
        .containsExactly("john.smith@abc.com", false);
    assertXdmError(http.get(SR + "/rpc/sampledata/_localtenant.schemas.0000"), 404, "1012", "Resource not found");
  }

  @Test
  void theAuditLogListsPatchesMostRecentFirst() {
    Http.Res group = createFieldGroup("Property Details", Json.obj("propertyName", Json.obj("type", "string")));
    String path = SR + "/tenant/fieldgroups/" + group.str("meta:altId");
    http.patch(path, Json.arr(Json.obj("op", "replace", "path", "/description", "value", "First")));
    http.patch(path, Json.arr(Json.obj("op", "replace", "path", "/description", "value", "Second")));

    Http.Res log = http.get(SR + "/rpc/auditlog/" + enc(group.str("$id")));

    assertThat(log.code()).as(log.body()).isEqualTo(200);
    assertThat(log.list()).hasSize(2);
    JsonShape.assertSameShape(Json.list(AepExamples.json("schemaregistry/from-openapi/retrieveAuditLog.200.response.json")).get(0),
        log.list().get(0), Set.of(), Set.of("$.updates"));
    assertThat(Json.at(log.list().get(0), "updates")).isEqualTo(List.of(Json.obj("id", group.str("$id"), "xdmType", "mixins",
        "action", "replace", "path", "/description", "value", "Second")));
    assertThat(Json.at(log.list().get(0), "updatedTime").toString()).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d");
    assertXdmError(http.get(SR + "/rpc/auditlog/_localtenant.mixins.0000"), 404, "1012", "Resource not found");
  }
}
