package io.github.aepsdk.core.schemaregistry;

import static io.github.aepsdk.testsupport.ContractValidator.Spec.SCHEMA_REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.error.BadRequestException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.schemaregistry.AllOfEntry;
import io.github.aepsdk.schemaregistry.AuditLogEntry;
import io.github.aepsdk.schemaregistry.Behavior;
import io.github.aepsdk.schemaregistry.ClassUsage;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.CreateClassRequest;
import io.github.aepsdk.schemaregistry.CreateDataTypeRequest;
import io.github.aepsdk.schemaregistry.CreateFieldGroupRequest;
import io.github.aepsdk.schemaregistry.CreateSchemaRequest;
import io.github.aepsdk.schemaregistry.DataType;
import io.github.aepsdk.schemaregistry.Descriptor;
import io.github.aepsdk.schemaregistry.DescriptorType;
import io.github.aepsdk.schemaregistry.FieldGroup;
import io.github.aepsdk.schemaregistry.JsonPatchOperation;
import io.github.aepsdk.schemaregistry.RegistryStats;
import io.github.aepsdk.schemaregistry.ResultsPage;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.SchemaPatches;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.schemaregistry.XdmClass;
import io.github.aepsdk.schemaregistry.XdmField;
import io.github.aepsdk.schemaregistry.XdmId;
import io.github.aepsdk.schemaregistry.XdmIds;
import io.github.aepsdk.schemaregistry.XdmResource;
import io.github.aepsdk.schemaregistry.XdmResourceType;
import io.github.aepsdk.schemaregistry.XdmSummary;
import io.github.aepsdk.schemaregistry.XedMediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Wire tests of every {@link SchemaRegistryApi} operation against MockAep: HTTP method, the raw
 * (still percent-encoded) path and query, the exact {@code Accept} header, the request body, the
 * typed answer, and the request/answer pair checked against Adobe's official spec by {@link
 * ContractValidator}. Canned answers are Adobe's examples with the vendor content types the API
 * sends.
 */
class SchemaRegistryApiTest {
  private static final String BASE = "/data/foundation/schemaregistry";
  private static final String EXAMPLES = "examples/schemaregistry/";
  private static final String T = "https://ns.adobe.com/{TENANT_ID}/";
  private static final String JSON = "application/json";
  private static final String XED_ID = "application/vnd.adobe.xed-id+json";
  private static final String XED_LIST = "application/vnd.adobe.xed+json";

  private static final String ADHOC_SCHEMA_ID = T + "schemas/26f6833e55db1dd8308aa07a64f2042d";
  private static final String ADHOC_SCHEMA_ID_ENCODED =
      "https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fschemas%2F26f6833e55db1dd8308aa07a64f2042d";
  private static final String SCHEMA_ALT_ID = "_{TENANT_ID}.schemas.d5cc04eb8d50190001287e4c869ebe67";
  private static final String SCHEMA_ALT_ID_ENCODED = "_%7BTENANT_ID%7D.schemas.d5cc04eb8d50190001287e4c869ebe67";
  private static final String FIELD_GROUP_ID = T + "mixins/8779fd45d6e4eb074300023a439862bbba359b60d451627a";
  private static final String FIELD_GROUP_ID_ENCODED =
      "https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fmixins%2F8779fd45d6e4eb074300023a439862bbba359b60d451627a";
  private static final String DATA_TYPE_ID = T + "datatypes/669ffcc61cf5e94e8640dbe6a15f0f24eb3cd1ddbbfb6b36";
  private static final String DATA_TYPE_ID_ENCODED =
      "https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fdatatypes%2F669ffcc61cf5e94e8640dbe6a15f0f24eb3cd1ddbbfb6b36";

  private MockAep aep;
  private SchemaRegistryApi api;

  @BeforeEach
  void start() {
    aep = MockAep.start();
    api = aep.client().schemaRegistry();
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  // ---------------------------------------------------------------- classes

  @Test
  void createAdHocClass() throws IOException {
    String answer = answer(201, JSON, "create-adhoc-class.response.json");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("field1", XdmField.string());
    fields.put("field2", XdmField.string());

    XdmClass created = api.createClass(
        CreateClassRequest.adHoc("New ad-hoc class", "New ad-hoc class description", fields));

    RecordedRequest r = take("POST", BASE + "/tenant/classes", null);
    assertBody(r, AepReference.read(EXAMPLES + "create-adhoc-class.request.json"));
    assertThat(created.id()).contains(T + "classes/6395cbd58812a6d64c4e5344f7b9120f");
    assertThat(created.adHoc()).isTrue();
    assertThat(created.datasetNamespace()).contains("_6395cbd58812a6d64c4e5344f7b9120f");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 201, JSON, answer);
  }

  @Test
  void getTenantClassByEncodedId() {
    String answer = answer(200, XedMediaType.XED.value(), "from-openapi/schema-lookupClassResponse.example.json");

    XdmClass c = api.getXdmClass(Container.TENANT, T + "classes/9731ca27f72801dc6e9d6a170df94745");

    RecordedRequest r = take("GET",
        BASE + "/tenant/classes/https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fclasses%2F9731ca27f72801dc6e9d6a170df94745",
        "application/vnd.adobe.xed+json; version=1");
    assertThat(c.title()).contains("Luma Product Class");
    assertThat(c.metaExtends()).containsExactly(XdmIds.RECORD_BEHAVIOR);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED.value(), answer);
  }

  @Test
  void getGlobalClassByAltIdWithFullMediaType() {
    String answer = answer(200, XedMediaType.XED_FULL.value(), "from-openapi/schema-singleClassResponse.example.json");

    XdmClass c = api.getXdmClass(Container.GLOBAL, XdmId.of("_experience.journeyOrchestration.stepEvents.journey"), XedMediaType.XED_FULL);

    RecordedRequest r = take("GET", BASE + "/global/classes/_experience.journeyOrchestration.stepEvents.journey",
        "application/vnd.adobe.xed-full+json; version=1");
    assertThat(c.id()).contains("https://ns.adobe.com/experience/journeyOrchestration/stepEvents/journey");
    assertThat(c.version()).contains("1.27.4");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED_FULL.value(), answer);
  }

  @Test
  void listGlobalClassSummaries() {
    String answer = answer(200, XED_ID, "list-global-classes.response.json");

    ResultsPage<XdmSummary> page = api.listClasses(Container.GLOBAL, "title", null, 2, null);

    RecordedRequest r = take("GET", BASE + "/global/classes?orderby=title&limit=2", XED_ID);
    assertThat(page.results()).extracting(XdmSummary::id).containsExactly(XdmIds.EXPERIENCE_EVENT, XdmIds.PROFILE);
    assertThat(page.next()).isEmpty();
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, answer);
  }

  @Test
  void listClassesDetailed() {
    String answer = answer(200, XED_LIST, "from-openapi/schema-listClassesResponse.example.json");

    ResultsPage<XdmClass> page = api.listClassesDetailed(Container.GLOBAL, "-updated", null, null, null);

    RecordedRequest r = take("GET", BASE + "/global/classes?orderby=-updated", XED_LIST);
    assertThat(page.results()).hasSize(2);
    assertThat(page.results().get(1).metaExtends()).containsExactly(XdmIds.TIME_SERIES_BEHAVIOR);
    assertThat(page.page().orElseThrow().orderby()).contains("updated");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_LIST, answer);
  }

  @Test
  void classLookupErrorIsTyped() {
    aep.enqueueJson(404, AepReference.read("examples/errors/schemaregistry-XDM-1010-404-not-found.json"));

    assertThatThrownBy(() -> api.getXdmClass(Container.TENANT, "_{TENANT_ID}.classes.11447bb484d4599d2cd9b0aseefff78b463cbbde1527f498"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.errorCode()).contains("XDM-1010-404");
          assertThat(e.path()).isEqualTo(BASE + "/tenant/classes/_%7BTENANT_ID%7D.classes.11447bb484d4599d2cd9b0aseefff78b463cbbde1527f498");
        });
    take("GET", BASE + "/tenant/classes/_%7BTENANT_ID%7D.classes.11447bb484d4599d2cd9b0aseefff78b463cbbde1527f498",
        "application/vnd.adobe.xed+json; version=1");
  }

  @Test
  void deleteClass() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    api.deleteClass(T + "classes/6395cbd58812a6d64c4e5344f7b9120f");

    RecordedRequest r = take("DELETE",
        BASE + "/tenant/classes/https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fclasses%2F6395cbd58812a6d64c4e5344f7b9120f", null);
    assertThat(r.getBodySize()).isZero();
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 204, null, null);
  }

  @Test
  void deleteUnknownClassIsNotFound() {
    aep.enqueueJson(404, AepReference.read("examples/errors/schemaregistry-XDM-1010-404-not-found.json"));

    assertThatThrownBy(() -> api.deleteClass(XdmId.of("_{TENANT_ID}.classes.6395cbd58812a6d64c4e5344f7b9120f")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.errorCode()).contains("XDM-1010-404");
          assertThat(e.method()).isEqualTo("DELETE");
        });
    ContractValidator.assertRequestValid(SCHEMA_REGISTRY,
        take("DELETE", BASE + "/tenant/classes/_%7BTENANT_ID%7D.classes.6395cbd58812a6d64c4e5344f7b9120f", null));
  }

  // ---------------------------------------------------------------- schemas

  @Test
  void createAdHocSchema() throws IOException {
    String answer = answer(201, JSON, "create-adhoc-schema.response.json");

    Schema schema = api.createSchema(CreateSchemaRequest.of(
        "New Schema", "New schema description.", T + "classes/6395cbd58812a6d64c4e5344f7b9120f", List.of()));

    RecordedRequest r = take("POST", BASE + "/tenant/schemas", null);
    assertBody(r, AepReference.read(EXAMPLES + "create-adhoc-schema.request.json"));
    assertThat(schema.id()).contains(ADHOC_SCHEMA_ID);
    assertThat(schema.classId()).contains(T + "classes/6395cbd58812a6d64c4e5344f7b9120f");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 201, JSON, answer);
  }

  @Test
  void createProfileSchemaWithFieldGroups() throws IOException {
    String answer = answer(201, JSON, "create-schema-marketing-automation-2020.response.json");

    Schema schema = api.createSchema(CreateSchemaRequest.of("Target schema for marketing automation",
        "Target schema for marketing automation", XdmIds.PROFILE,
        List.of(XdmIds.PROFILE_PERSON_DETAILS, XdmIds.PROFILE_PERSONAL_DETAILS)));

    RecordedRequest r = take("POST", BASE + "/tenant/schemas", null);
    assertBody(r, "{\"title\":\"Target schema for marketing automation\","
        + "\"description\":\"Target schema for marketing automation\",\"type\":\"object\",\"allOf\":["
        + "{\"$ref\":\"https://ns.adobe.com/xdm/context/profile\"},"
        + "{\"$ref\":\"https://ns.adobe.com/xdm/context/profile-person-details\"},"
        + "{\"$ref\":\"https://ns.adobe.com/xdm/context/profile-personal-details\"}]}");
    assertThat(schema.classId()).contains(XdmIds.PROFILE);
    assertThat(schema.metaExtends()).contains(XdmIds.PROFILE_PERSON_DETAILS, XdmIds.RECORD_BEHAVIOR);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 201, JSON, answer);
  }

  @ParameterizedTest
  @EnumSource(XedMediaType.class)
  void getSchemaSendsTheChosenAcceptAndOneEncodedIdSegment(XedMediaType accept) {
    String answer = answer(200, accept.value(), "get-adhoc-schema-xed-full.response.json");

    Schema schema = api.getSchema(Container.TENANT, ADHOC_SCHEMA_ID, accept);

    RecordedRequest r = take("GET", BASE + "/tenant/schemas/" + ADHOC_SCHEMA_ID_ENCODED, accept.value());
    assertThat(r.getUrl().pathSegments()).containsExactly(
        "data", "foundation", "schemaregistry", "tenant", "schemas", ADHOC_SCHEMA_ID);
    assertThat(schema.fieldPaths()).containsExactly(
        "_6395cbd58812a6d64c4e5344f7b9120f.field1", "_6395cbd58812a6d64c4e5344f7b9120f.field2");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, accept.value(), answer);
  }

  /** Why ids are an {@link XdmId} sent with {@code @Path(encoded = true)}: Retrofit's default keeps {@code :}. */
  interface PlainPathApi {
    @retrofit2.http.GET("tenant/schemas/{SCHEMA_ID}")
    retrofit2.Call<okhttp3.ResponseBody> getSchema(@retrofit2.http.Path("SCHEMA_ID") String schemaId);
  }

  @Test
  void retrofitDefaultPathEncodingKeepsTheColonSoIdsAreEncodedByXdmId() throws Exception {
    aep.enqueue(200, XedMediaType.XED.value(), "{}");
    PlainPathApi plain = new retrofit2.Retrofit.Builder().baseUrl(aep.server().url(BASE + "/")).build().create(PlainPathApi.class);

    plain.getSchema(ADHOC_SCHEMA_ID).execute().body().close();

    RecordedRequest r = aep.server().takeRequest();
    // @Path(encoded = false) escapes '/' (one segment) but not ':' — not the documented https%3A%2F%2F form.
    assertThat(r.getTarget()).isEqualTo(BASE + "/tenant/schemas/https:%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fschemas%2F26f6833e55db1dd8308aa07a64f2042d");
    assertThat(XdmId.of(ADHOC_SCHEMA_ID).encoded()).isEqualTo(ADHOC_SCHEMA_ID_ENCODED);
  }

  @Test
  void getSchemaByAltIdDefaultsToTheRawMediaType() {
    String answer = answer(200, XedMediaType.XED.value(), "get-schema.response.json");

    Schema schema = api.getSchema(Container.TENANT, "_acme.schemas.20af3f1d4b175f27ba59529d1b51a0c79fc25df454117c80");

    RecordedRequest r = take("GET", BASE + "/tenant/schemas/_acme.schemas.20af3f1d4b175f27ba59529d1b51a0c79fc25df454117c80",
        "application/vnd.adobe.xed+json; version=1");
    assertThat(schema.version()).contains("1.1");
    assertThat(schema.allOfRefs()).containsExactly(XdmIds.PROFILE, T + "mixins/443fe51457047d958f4a97853e64e0eca93ef34d7990583b");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED.value(), answer);
  }

  @Test
  void getSchemaByRealisticId() {
    answer(200, XedMediaType.XED_FULL.value(), "get-adhoc-schema-xed-full.response.json");

    api.getSchema(Container.TENANT, XdmId.of("https://ns.adobe.com/acme/schemas/26f6833e55db1dd8308aa07a64f2042d"), XedMediaType.XED_FULL);

    RecordedRequest r = take("GET",
        BASE + "/tenant/schemas/https%3A%2F%2Fns.adobe.com%2Facme%2Fschemas%2F26f6833e55db1dd8308aa07a64f2042d",
        "application/vnd.adobe.xed-full+json; version=1");
    ContractValidator.assertRequestValid(SCHEMA_REGISTRY, r);
  }

  @Test
  void listSchemaSummariesWithPagingAndFilter() {
    String answer = answer(200, XED_ID, "list-schemas.response.json");

    ResultsPage<XdmSummary> page = api.listSchemas(Container.TENANT, "title", "Commercial Property Information", 2,
        List.of("meta:class==https://ns.adobe.com/xdm/context/profile"));

    RecordedRequest r = take("GET", BASE + "/tenant/schemas"
        + "?orderby=title&start=Commercial%20Property%20Information&limit=2"
        + "&property=meta%3Aclass%3D%3Dhttps%3A%2F%2Fns.adobe.com%2Fxdm%2Fcontext%2Fprofile", XED_ID);
    assertThat(r.getUrl().queryParameterValues("property"))
        .containsExactly("meta:class==https://ns.adobe.com/xdm/context/profile");
    assertThat(r.getUrl().queryParameter("start")).isEqualTo("Commercial Property Information");
    assertThat(page.results()).extracting(s -> s.title().orElseThrow()).containsExactly("Hotels", "Loyalty Members");
    assertThat(page.page().orElseThrow().count()).contains(2L);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, answer);
  }

  @Test
  void listSchemasWithoutParametersSendsNoQuery() {
    String answer = answer(200, XED_ID, "from-openapi/schema-listResponseBasic.example.json");

    ResultsPage<XdmSummary> page = api.listSchemas(Container.GLOBAL);

    RecordedRequest r = take("GET", BASE + "/global/schemas", XED_ID);
    assertThat(page.results()).hasSize(2);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, answer);
  }

  @Test
  void listSchemasDetailed() {
    String answer = answer(200, XED_LIST, "from-openapi/schema-listUnionsResponse.example.json");

    // The unions guide's query: schemas in the Profile union, two property filters ANDed.
    ResultsPage<Schema> page = api.listSchemasDetailed(Container.TENANT, null, null, null,
        List.of("meta:immutableTags==union", "meta:class==https://ns.adobe.com/xdm/context/profile"));

    RecordedRequest r = take("GET", BASE + "/tenant/schemas?property=meta%3AimmutableTags%3D%3Dunion"
        + "&property=meta%3Aclass%3D%3Dhttps%3A%2F%2Fns.adobe.com%2Fxdm%2Fcontext%2Fprofile", XED_LIST);
    assertThat(r.getUrl().queryParameterValues("property"))
        .containsExactly("meta:immutableTags==union", "meta:class==https://ns.adobe.com/xdm/context/profile");
    assertThat(page.results()).hasSize(3);
    assertThat(page.results()).allSatisfy(s -> assertThat(s.classId()).isPresent());
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_LIST, answer);
  }

  @Test
  void replaceSchema() throws IOException {
    String answer = answer(200, JSON, "replace-schema.response.json");

    Schema schema = api.replaceSchema(XdmId.of(SCHEMA_ALT_ID), CreateSchemaRequest.of("Commercial Property Information",
        "Information related to commercial properties.", T + "classes/01b7b1745e8ac4ed1e8784ec91b6afa7", List.of()));

    RecordedRequest r = take("PUT", BASE + "/tenant/schemas/" + SCHEMA_ALT_ID_ENCODED, null);
    assertBody(r, AepReference.read(EXAMPLES + "replace-schema.request.json"));
    assertThat(schema.title()).contains("Commercial Property Information");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void patchSchemaAddsFieldGroup() throws IOException {
    String answer = answer(200, JSON, "patch-schema-add-fieldgroup.response.json");

    Schema schema = api.patchSchema(SCHEMA_ALT_ID, SchemaPatches.addFieldGroup(T + "mixins/e49cbb2eec33618f686b8344b4597ecf"));

    RecordedRequest r = take("PATCH", BASE + "/tenant/schemas/" + SCHEMA_ALT_ID_ENCODED, null);
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo(JSON);
    assertBody(r, AepReference.read(EXAMPLES + "patch-schema-add-fieldgroup.request.json"));
    assertThat(schema.version()).contains("1.1");
    assertThat(schema.metaExtends()).endsWith(T + "mixins/e49cbb2eec33618f686b8344b4597ecf");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void patchSchemaEnablesProfileById() throws IOException {
    String answer = answer(200, JSON, "patch-schema-enable-profile.response.json");

    Schema schema = api.patchSchema(XdmId.of(T + "schemas/d5cc04eb8d50190001287e4c869ebe67"), SchemaPatches.enableProfile());

    RecordedRequest r = take("PATCH",
        BASE + "/tenant/schemas/https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fschemas%2Fd5cc04eb8d50190001287e4c869ebe67", null);
    assertBody(r, AepReference.read(EXAMPLES + "patch-schema-enable-profile.request.json"));
    assertThat(schema.profileEnabled()).isTrue();
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void deleteSchema() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    api.deleteSchema(ADHOC_SCHEMA_ID);

    RecordedRequest r = take("DELETE", BASE + "/tenant/schemas/" + ADHOC_SCHEMA_ID_ENCODED, null);
    assertThat(r.getBodySize()).isZero();
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 204, null, null);
  }

  @Test
  void duplicateTitleIsABadRequest() {
    aep.enqueueJson(400, AepReference.read("examples/errors/schemaregistry-XDM-1521-400-title-not-unique.json"));

    assertThatThrownBy(() -> api.createSchema(CreateSchemaRequest.of("Dup", "Dup", XdmIds.PROFILE, List.of())))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.errorCode()).contains("XDM-1521-400");
          assertThat(e.title()).contains("Title not unique");
          assertThat(e.method()).isEqualTo("POST");
        });
    ContractValidator.assertRequestValid(SCHEMA_REGISTRY, take("POST", BASE + "/tenant/schemas", null));
  }

  // ---------------------------------------------------------------- field groups

  @Test
  void createFieldGroupWithTenantFields() throws IOException {
    String answer = answer(201, JSON, "from-openapi/schema-createFieldGroupResponse.example.json");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("propertyName", XdmField.string("Property Name"));
    fields.put("propertyCity", XdmField.string("Property City"));

    FieldGroup group = api.createFieldGroup(CreateFieldGroupRequest.tenantFields(
        "Property Details", "Detailed information related to the properties owned and operated by the company.",
        XdmIds.PROFILE, "acme", fields));

    RecordedRequest r = take("POST", BASE + "/tenant/fieldgroups", null);
    assertBody(r, "{\"title\":\"Property Details\","
        + "\"description\":\"Detailed information related to the properties owned and operated by the company.\","
        + "\"type\":\"object\",\"meta:intendedToExtend\":[\"https://ns.adobe.com/xdm/context/profile\"],"
        + "\"definitions\":{\"customFields\":{\"properties\":{\"_acme\":{\"type\":\"object\",\"properties\":{"
        + "\"propertyName\":{\"type\":\"string\",\"title\":\"Property Name\"},"
        + "\"propertyCity\":{\"type\":\"string\",\"title\":\"Property City\"}}}}}},"
        + "\"allOf\":[{\"$ref\":\"#/definitions/customFields\"}]}");
    assertThat(group.id()).contains(T + "mixins/8779fd45d6e4eb074300023a439862bbba359b60d451627a");
    assertThat(group.intendedToExtend()).containsExactly(XdmIds.PROFILE);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 201, JSON, answer);
  }

  @Test
  void getGlobalFieldGroup() {
    String answer = answer(200, XedMediaType.XED.value(), "from-openapi/schema-lookupFieldGroupResponse.example.json");

    FieldGroup group = api.getFieldGroup(Container.GLOBAL, "_xdm.context.profile-person-details");

    RecordedRequest r = take("GET", BASE + "/global/fieldgroups/_xdm.context.profile-person-details",
        "application/vnd.adobe.xed+json; version=1");
    assertThat(group.title()).contains("Demographic Details");
    assertThat(group.intendedToExtend()).containsExactly(XdmIds.PROFILE);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED.value(), answer);
  }

  @Test
  void getFieldGroupByEncodedIdAndNoTextMediaType() {
    String answer = answer(200, XedMediaType.XED_NOTEXT.value(), "from-openapi/schema-createFieldGroupResponse.example.json");

    api.getFieldGroup(Container.TENANT, XdmId.of(T + "mixins/8779fd45d6e4eb074300023a439862bbba359b60d451627a"), XedMediaType.XED_NOTEXT);

    RecordedRequest r = take("GET",
        BASE + "/tenant/fieldgroups/https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fmixins%2F8779fd45d6e4eb074300023a439862bbba359b60d451627a",
        "application/vnd.adobe.xed-notext+json; version=1");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED_NOTEXT.value(), answer);
  }

  @Test
  void listFieldGroupSummariesForProfile() throws IOException {
    String answer = summariesOf("from-openapi/schema-listFieldGroupsResponse.example.json");
    aep.enqueue(200, XED_ID, answer);

    ResultsPage<XdmSummary> page = api.listFieldGroups(Container.GLOBAL, "title", null, 50,
        List.of("meta:intendedToExtend==https://ns.adobe.com/xdm/context/profile"));

    RecordedRequest r = take("GET", BASE + "/global/fieldgroups?orderby=title&limit=50"
        + "&property=meta%3AintendedToExtend%3D%3Dhttps%3A%2F%2Fns.adobe.com%2Fxdm%2Fcontext%2Fprofile", XED_ID);
    assertThat(page.results()).hasSize(2);
    assertThat(page.results().get(0).id()).isEqualTo(XdmIds.PROFILE_PERSON_DETAILS);
    assertThat(page.results().get(0).title()).contains("Demographic Details");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, answer);
  }

  @Test
  void listFieldGroupsDetailed() {
    String answer = answer(200, XED_LIST, "from-openapi/schema-listFieldGroupsResponse.example.json");

    ResultsPage<FieldGroup> page = api.listFieldGroupsDetailed(Container.GLOBAL, null, null, null, null);

    RecordedRequest r = take("GET", BASE + "/global/fieldgroups", XED_LIST);
    assertThat(page.results()).allSatisfy(g -> assertThat(g.intendedToExtend()).contains(XdmIds.PROFILE));
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_LIST, answer);
  }

  // ---------------------------------------------------------------- descriptors

  @Test
  void createIdentityDescriptor() throws IOException {
    String answer = answer(201, JSON, "from-openapi/schema-identityDescriptorResponse.example.json");

    Descriptor created = api.createDescriptor(Descriptor.identity(
        T + "schemas/837ea89d1103906bf6f2710064ae40b1", "/personalEmail/address", "Email", true));

    RecordedRequest r = take("POST", BASE + "/tenant/descriptors", null);
    assertBody(r, "{\"@type\":\"xdm:descriptorIdentity\","
        + "\"xdm:sourceSchema\":\"https://ns.adobe.com/{TENANT_ID}/schemas/837ea89d1103906bf6f2710064ae40b1\","
        + "\"xdm:sourceVersion\":1,\"xdm:sourceProperty\":\"/personalEmail/address\","
        + "\"xdm:namespace\":\"Email\",\"xdm:property\":\"xdm:code\",\"xdm:isPrimary\":true}");
    assertThat(created.descriptorId()).contains("8f52618ac104afa0da2b1d7c1cc8ac4a0da66a53");
    assertThat(created.typeValue()).isEqualTo(DescriptorType.IDENTITY);
    assertThat(created.isPrimary()).contains(true);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 201, JSON, answer);
  }

  @Test
  void getDescriptor() {
    String answer = answer(200, SchemaRegistryApi.XDM, "from-openapi/schema-identityDescriptorResponse.example.json");

    Descriptor d = api.getDescriptor(Container.TENANT, "8f52618ac104afa0da2b1d7c1cc8ac4a0da66a53");

    RecordedRequest r = take("GET", BASE + "/tenant/descriptors/8f52618ac104afa0da2b1d7c1cc8ac4a0da66a53", SchemaRegistryApi.XDM);
    assertThat(d.namespace()).contains("Email");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, SchemaRegistryApi.XDM, answer);
  }

  @Test
  void listDescriptorsPaged() throws IOException {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("results", List.of(
        parse(AepReference.read(EXAMPLES + "from-openapi/schema-identityDescriptorResponse.example.json")),
        parse(AepReference.read(EXAMPLES + "from-openapi/schema-referenceDescriptorResponse.example.json"))));
    envelope.put("_page", parse("{\"orderby\":\"@id\",\"next\":\"bde9eb256ec3ddb51491459d00ddd4e0c3b03d16\",\"count\":2}"));
    String answer = AepJson.adapter(Object.class).toJson(envelope);
    aep.enqueue(200, SchemaRegistryApi.XDM_V2, answer);

    ResultsPage<Descriptor> page = api.listDescriptors(Container.TENANT, "@id", null, 2,
        List.of("xdm:sourceSchema==" + T + "schemas/837ea89d1103906bf6f2710064ae40b1"));

    RecordedRequest r = take("GET", BASE + "/tenant/descriptors?orderby=%40id&limit=2"
        + "&property=xdm%3AsourceSchema%3D%3Dhttps%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fschemas%2F837ea89d1103906bf6f2710064ae40b1",
        SchemaRegistryApi.XDM_V2);
    assertThat(page.results()).extracting(Descriptor::typeValue)
        .containsExactly(DescriptorType.IDENTITY, DescriptorType.REFERENCE_IDENTITY);
    assertThat(page.next()).contains("bde9eb256ec3ddb51491459d00ddd4e0c3b03d16");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, SchemaRegistryApi.XDM_V2, answer);
  }

  @Test
  void listDescriptorsByType() throws IOException {
    // The spec's listDescriptorsResponse: one array per @type, built from its four descriptor examples.
    Map<String, Object> grouped = new LinkedHashMap<>();
    grouped.put("xdm:alternateDisplayInfo", List.of(parse(AepReference.read(EXAMPLES + "from-openapi/schema-friendlyNameDescriptorResponse.example.json"))));
    grouped.put("xdm:descriptorIdentity", List.of(parse(AepReference.read(EXAMPLES + "from-openapi/schema-identityDescriptorResponse.example.json"))));
    grouped.put("xdm:descriptorReferenceIdentity", List.of(parse(AepReference.read(EXAMPLES + "from-openapi/schema-referenceDescriptorResponse.example.json"))));
    grouped.put("xdm:descriptorOneToOne", List.of(parse(AepReference.read(EXAMPLES + "from-openapi/schema-relationshipDescriptorResponse.example.json"))));
    String answer = AepJson.adapter(Object.class).toJson(grouped);
    aep.enqueue(200, SchemaRegistryApi.XDM, answer);

    Map<String, List<Descriptor>> byType = api.listDescriptorsByType(Container.TENANT, null);

    RecordedRequest r = take("GET", BASE + "/tenant/descriptors", SchemaRegistryApi.XDM);
    assertThat(byType).containsOnlyKeys("xdm:alternateDisplayInfo", "xdm:descriptorIdentity",
        "xdm:descriptorReferenceIdentity", "xdm:descriptorOneToOne");
    assertThat(byType.get("xdm:descriptorIdentity").get(0).sourceProperty()).contains("/personalEmail/address");
    assertThat(byType.get("xdm:descriptorOneToOne").get(0).destinationVersion()).contains(1L);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, SchemaRegistryApi.XDM, answer);
  }

  @Test
  void listDescriptorIds() {
    // Ids grouped by @type, as the descriptors guide shows for the -link variant (paths there, ids here).
    String answer = "{\"xdm:alternateDisplayInfo\":[\"6acc5b7c0fc15159463ac1f1dbcb0c5950f330f2db740105\"],"
        + "\"xdm:descriptorIdentity\":[\"8f52618ac104afa0da2b1d7c1cc8ac4a0da66a53\"]}";
    aep.enqueue(200, SchemaRegistryApi.XDM_ID, answer);

    Map<String, List<String>> ids = api.listDescriptorIds(Container.TENANT, List.of("xdm:sourceProperty==/personalEmail/address"));

    RecordedRequest r = take("GET",
        BASE + "/tenant/descriptors?property=xdm%3AsourceProperty%3D%3D%2FpersonalEmail%2Faddress", SchemaRegistryApi.XDM_ID);
    assertThat(ids.get("xdm:descriptorIdentity")).containsExactly("8f52618ac104afa0da2b1d7c1cc8ac4a0da66a53");
    // The spec declares only the object form of the 200 answer (xdm+json); the id form is checked on the request side.
    ContractValidator.assertRequestValid(SCHEMA_REGISTRY, r);
  }

  // ---------------------------------------------------------------- class and field group changes

  @Test
  void replaceClass() throws IOException {
    String answer = answer(200, JSON, "from-openapi/schema-updateClassResponse.example.json");
    CreateClassRequest request = CreateClassRequest.builder()
        .title("New Class").description("Updated description of the new class.")
        .addAllOf(AllOfEntry.ofRef(XdmIds.TIME_SERIES_BEHAVIOR)).build();

    XdmClass c = api.replaceClass(XdmId.of(T + "classes/9731ca27f72801dc6e9d6a170df94745"), request);

    RecordedRequest r = take("PUT",
        BASE + "/tenant/classes/https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fclasses%2F9731ca27f72801dc6e9d6a170df94745", null);
    assertBody(r, "{\"title\":\"New Class\",\"description\":\"Updated description of the new class.\",\"type\":\"object\","
        + "\"allOf\":[{\"$ref\":\"https://ns.adobe.com/xdm/data/time-series\"}]}");
    assertThat(c.description()).contains("Updated description of the new class.");
    assertThat(c.metaExtends()).containsExactly(XdmIds.TIME_SERIES_BEHAVIOR);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void patchClass() throws IOException {
    String answer = answer(200, JSON, "from-openapi/schema-patchClassResponse.example.json");

    // The spec's example as written: its path "description" lacks the leading '/' of a JSON Pointer (D-SR-25).
    XdmClass c = api.patchClass(XdmId.of("_{TENANT_ID}.classes.9731ca27f72801dc6e9d6a170df94745"),
        List.of(JsonPatchOperation.replace("description", "A PATCH-updated description for the class.")));

    RecordedRequest r = take("PATCH", BASE + "/tenant/classes/_%7BTENANT_ID%7D.classes.9731ca27f72801dc6e9d6a170df94745", null);
    assertBody(r, AepReference.read(EXAMPLES + "from-openapi/schema-patchClass.example.json"));
    assertThat(c.description()).contains("A PATCH-updated description of the new class.");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void replaceFieldGroup() throws IOException {
    String answer = answer(200, JSON, "from-openapi/schema-createFieldGroupResponse.example.json");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("propertyName", XdmField.string("Property Name"));

    FieldGroup group = api.replaceFieldGroup(XdmId.of(FIELD_GROUP_ID), CreateFieldGroupRequest.tenantFields(
        "Property Details", "Detailed information related to the properties owned and operated by the company.",
        XdmIds.PROFILE, "{TENANT_ID}", fields));

    RecordedRequest r = take("PUT", BASE + "/tenant/fieldgroups/" + FIELD_GROUP_ID_ENCODED, null);
    assertBody(r, "{\"title\":\"Property Details\","
        + "\"description\":\"Detailed information related to the properties owned and operated by the company.\","
        + "\"type\":\"object\",\"meta:intendedToExtend\":[\"https://ns.adobe.com/xdm/context/profile\"],"
        + "\"definitions\":{\"customFields\":{\"properties\":{\"_{TENANT_ID}\":{\"type\":\"object\",\"properties\":{"
        + "\"propertyName\":{\"type\":\"string\",\"title\":\"Property Name\"}}}}}},"
        + "\"allOf\":[{\"$ref\":\"#/definitions/customFields\"}]}");
    assertThat(group.id()).contains(FIELD_GROUP_ID);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void patchFieldGroup() throws IOException {
    String answer = answer(200, JSON, "from-openapi/schema-createFieldGroupResponse.example.json");

    FieldGroup group = api.patchFieldGroup(XdmId.of(FIELD_GROUP_ID), List.of(JsonPatchOperation.add(
        "/definitions/property/properties/_{TENANT_ID}/properties/propertyCity",
        Map.of("title", "Property Country", "description", "The country where the property is located.", "type", "string"))));

    RecordedRequest r = take("PATCH", BASE + "/tenant/fieldgroups/" + FIELD_GROUP_ID_ENCODED, null);
    assertBody(r, AepReference.read(EXAMPLES + "from-openapi/schema-patchFieldGroup.example.json"));
    assertThat(group.version()).contains("1.2");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void deleteFieldGroup() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    api.deleteFieldGroup(FIELD_GROUP_ID);

    RecordedRequest r = take("DELETE", BASE + "/tenant/fieldgroups/" + FIELD_GROUP_ID_ENCODED, null);
    assertThat(r.getBodySize()).isZero();
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 204, null, null);
  }

  // ---------------------------------------------------------------- mixins (deprecated paths)

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedMixinPathsUseTheFieldGroupModels() throws IOException {
    String list = summariesOf("from-openapi/schema-listFieldGroupsResponse.example.json");
    aep.enqueue(200, XED_ID, list);
    ResultsPage<XdmSummary> page = api.listMixins(Container.GLOBAL, "title", null, null, null);
    RecordedRequest r = take("GET", BASE + "/global/mixins?orderby=title", XED_ID);
    assertThat(page.results().get(0).id()).isEqualTo(XdmIds.PROFILE_PERSON_DETAILS);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, list);

    String lookup = answer(200, XedMediaType.XED.value(), "from-openapi/schema-lookupFieldGroupResponse.example.json");
    FieldGroup found = api.getMixin(Container.GLOBAL, XdmId.of("_xdm.context.profile-person-details"), XedMediaType.XED);
    r = take("GET", BASE + "/global/mixins/_xdm.context.profile-person-details", "application/vnd.adobe.xed+json; version=1");
    assertThat(found.title()).contains("Demographic Details");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED.value(), lookup);

    CreateFieldGroupRequest request = CreateFieldGroupRequest.tenantFields("Property Details", "Property details.",
        XdmIds.PROFILE, "{TENANT_ID}", Map.of("propertyName", XdmField.string("Property Name")));
    String created = answer(201, JSON, "from-openapi/schema-createFieldGroupResponse.example.json");
    assertThat(api.createMixin(request).id()).contains(FIELD_GROUP_ID);
    ContractValidator.assertValid(SCHEMA_REGISTRY, take("POST", BASE + "/tenant/mixins", null), 201, JSON, created);

    // The spec declares the mixin PUT/PATCH answers without a schema (D-SR-24): their bodies pass unchecked.
    String replacedAnswer = answer(200, JSON, "from-openapi/schema-createFieldGroupResponse.example.json");
    assertThat(api.replaceMixin(XdmId.of(FIELD_GROUP_ID), request).version()).contains("1.2");
    r = take("PUT", BASE + "/tenant/mixins/" + FIELD_GROUP_ID_ENCODED, null);
    assertBody(r, AepJson.adapter(CreateFieldGroupRequest.class).toJson(request));
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, replacedAnswer);

    String patchedAnswer = answer(200, JSON, "from-openapi/schema-createFieldGroupResponse.example.json");
    api.patchMixin(XdmId.of(FIELD_GROUP_ID), List.of(JsonPatchOperation.replace("/description", "Changed.")));
    r = take("PATCH", BASE + "/tenant/mixins/" + FIELD_GROUP_ID_ENCODED, null);
    assertBody(r, "[{\"op\":\"replace\",\"path\":\"/description\",\"value\":\"Changed.\"}]");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, patchedAnswer);

    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());
    api.deleteMixin(XdmId.of(FIELD_GROUP_ID));
    ContractValidator.assertValid(SCHEMA_REGISTRY, take("DELETE", BASE + "/tenant/mixins/" + FIELD_GROUP_ID_ENCODED, null), 204, null, null);
  }

  // ---------------------------------------------------------------- data types

  @Test
  void createDataType() throws IOException {
    String answer = answer(201, JSON, "from-openapi/schema-createDataTypeResponse.example.json");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("yearBuilt", XdmField.titled(XdmField.integer(), "Year Built"));
    fields.put("propertyType", XdmField.titled(XdmField.string(), "Property Type"));

    DataType created = api.createDataType(CreateDataTypeRequest.object("Property Construction",
        "Information related to the property construction", fields));

    RecordedRequest r = take("POST", BASE + "/tenant/datatypes", null);
    assertBody(r, "{\"title\":\"Property Construction\",\"description\":\"Information related to the property construction\","
        + "\"type\":\"object\",\"properties\":{\"yearBuilt\":{\"type\":\"integer\",\"title\":\"Year Built\"},"
        + "\"propertyType\":{\"type\":\"string\",\"title\":\"Property Type\"}}}");
    assertThat(created.id()).contains(T + "datatypes/669ffcc61cf5e94e8640dbe6a15f0f24eb3cd1ddbbfb6b36");
    assertThat(created.resourceTypeValue()).isEqualTo(XdmResourceType.DATATYPES);
    assertThat(created.fieldPaths()).containsExactly("yearBuilt", "propertyType");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 201, JSON, answer);
  }

  @Test
  void sendsTheSpecsDataTypeExampleAsRead() throws IOException {
    answer(201, JSON, "from-openapi/schema-createDataTypeResponse.example.json");
    String example = AepReference.read(EXAMPLES + "from-openapi/schema-createDataType.example.json");

    api.createDataType(AepJson.<CreateDataTypeRequest>adapter(CreateDataTypeRequest.class).fromJson(example));

    RecordedRequest r = take("POST", BASE + "/tenant/datatypes", null);
    assertBody(r, example);
    ContractValidator.assertRequestValid(SCHEMA_REGISTRY, r);
  }

  @Test
  void getGlobalDataType() {
    String answer = answer(200, XedMediaType.XED_FULL.value(), "from-openapi/schema-lookupDataTypeResponse.example.json");

    DataType d = api.getDataType(Container.GLOBAL, XdmId.of("_xdm.content.productlistitem"), XedMediaType.XED_FULL);

    RecordedRequest r = take("GET", BASE + "/global/datatypes/_xdm.content.productlistitem",
        "application/vnd.adobe.xed-full+json; version=1");
    assertThat(d.title()).contains("Product list item");
    assertThat(d.resourceTypeValue()).isEqualTo(XdmResourceType.DATATYPES);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED_FULL.value(), answer);
  }

  @Test
  void listDataTypeSummariesAndDetails() throws IOException {
    String summaries = summariesOf("from-openapi/schema-listDataTypesResponse.example.json");
    aep.enqueue(200, XED_ID, summaries);

    ResultsPage<XdmSummary> page = api.listDataTypes(Container.GLOBAL, "title", "Address", 10, null);

    RecordedRequest r = take("GET", BASE + "/global/datatypes?orderby=title&start=Address&limit=10", XED_ID);
    assertThat(page.results()).extracting(XdmSummary::id)
        .containsExactly("https://ns.adobe.com/xdm/context/webinfo", "https://ns.adobe.com/xdm/content/productlistitem");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, summaries);

    String full = answer(200, XED_LIST, "from-openapi/schema-listDataTypesResponse.example.json");
    ResultsPage<DataType> detailed = api.listDataTypesDetailed(Container.GLOBAL, null, null, null, null);
    r = take("GET", BASE + "/global/datatypes", XED_LIST);
    assertThat(detailed.results()).extracting(d -> d.title().orElseThrow()).containsExactly("Web information", "Product list item");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_LIST, full);
  }

  @Test
  void replaceDataType() throws IOException {
    String answer = answer(200, JSON, "from-openapi/schema-createDataTypeResponse.example.json");

    DataType d = api.replaceDataType(XdmId.of(DATA_TYPE_ID), CreateDataTypeRequest.object("Property Construction",
        "Updated description for the data type.", Map.of("yearBuilt", XdmField.integer())));

    RecordedRequest r = take("PUT", BASE + "/tenant/datatypes/" + DATA_TYPE_ID_ENCODED, null);
    assertBody(r, "{\"title\":\"Property Construction\",\"description\":\"Updated description for the data type.\","
        + "\"type\":\"object\",\"properties\":{\"yearBuilt\":{\"type\":\"integer\"}}}");
    assertThat(d.id()).contains(DATA_TYPE_ID);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void patchDataTypeAddsAField() throws IOException {
    String answer = answer(200, JSON, "from-openapi/schema-createDataTypeResponse.example.json");
    Map<String, Object> field3 = new LinkedHashMap<>();
    field3.put("title", "Field 3");
    field3.put("type", "string");
    field3.put("format", "date");
    field3.put("description", "Description of Field 3.");

    api.patchDataType(XdmId.of(DATA_TYPE_ID), List.of(JsonPatchOperation.add("/properties/field3", field3)));

    RecordedRequest r = take("PATCH", BASE + "/tenant/datatypes/" + DATA_TYPE_ID_ENCODED, null);
    assertBody(r, "[{\"op\":\"add\",\"path\":\"/properties/field3\",\"value\":{\"title\":\"Field 3\",\"type\":\"string\","
        + "\"format\":\"date\",\"description\":\"Description of Field 3.\"}}]");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void deleteDataType() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    api.deleteDataType(DATA_TYPE_ID);

    RecordedRequest r = take("DELETE", BASE + "/tenant/datatypes/" + DATA_TYPE_ID_ENCODED, null);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 204, null, null);
  }

  // ---------------------------------------------------------------- descriptor changes

  @Test
  void replaceDescriptor() throws IOException {
    String answer = answer(200, JSON, "from-openapi/schema-createDescriptorResponse.example.json");
    String example = AepReference.read(EXAMPLES + "from-openapi/schema-createDescriptor.example.json");

    Descriptor d = api.replaceDescriptor("557ab9db09a9451820c1dca6b8bc13473695ac63c56934eb",
        AepJson.<Descriptor>adapter(Descriptor.class).fromJson(example));

    RecordedRequest r = take("PUT", BASE + "/tenant/descriptors/557ab9db09a9451820c1dca6b8bc13473695ac63c56934eb", null);
    assertBody(r, example);
    assertThat(d.descriptorId()).contains("557ab9db09a9451820c1dca6b8bc13473695ac63c56934eb");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void deleteDescriptor() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    api.deleteDescriptor("557ab9db09a9451820c1dca6b8bc13473695ac63c56934eb");

    RecordedRequest r = take("DELETE", BASE + "/tenant/descriptors/557ab9db09a9451820c1dca6b8bc13473695ac63c56934eb", null);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 204, null, null);
  }

  // ---------------------------------------------------------------- behaviors and unions

  @Test
  void listBehaviors() {
    String answer = answer(200, XED_ID, "from-openapi/listBehaviors.200.response.json");

    ResultsPage<XdmSummary> page = api.listBehaviors();

    RecordedRequest r = take("GET", BASE + "/global/behaviors", XED_ID);
    assertThat(page.results()).extracting(XdmSummary::id)
        .containsExactly(XdmIds.RECORD_BEHAVIOR, XdmIds.ADHOC_BEHAVIOR, XdmIds.TIME_SERIES_BEHAVIOR);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, answer);
  }

  @Test
  void getBehaviorByEncodedId() {
    String answer = answer(200, XedMediaType.XED.value(), "from-openapi/schema-singleBehaviorResponse.example.json");

    Behavior b = api.getBehavior(XdmIds.RECORD_BEHAVIOR);

    RecordedRequest r = take("GET", BASE + "/global/behaviors/https%3A%2F%2Fns.adobe.com%2Fxdm%2Fdata%2Frecord",
        "application/vnd.adobe.xed+json; version=1");
    assertThat(b.title()).contains("Record Schema");
    assertThat(b.resourceTypeValue()).isEqualTo(XdmResourceType.BEHAVIORS);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED.value(), answer);
  }

  @Test
  void listUnionSummariesAndDetails() throws IOException {
    String summaries = summariesOf("from-openapi/schema-listUnionsResponse.example.json");
    aep.enqueue(200, XED_ID, summaries);

    ResultsPage<XdmSummary> page = api.listUnions();

    RecordedRequest r = take("GET", BASE + "/tenant/unions", XED_ID);
    assertThat(page.results()).extracting(XdmSummary::id).containsExactly("https://ns.adobe.com/xdm/context/profile__union",
        "https://ns.adobe.com/xdm/context/experienceevent__union", "https://ns.adobe.com/xdm/context/segmentdefinition__union");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_ID, summaries);

    String full = answer(200, XED_LIST, "from-openapi/schema-listUnionsResponse.example.json");
    ResultsPage<Schema> detailed = api.listUnionsDetailed("title", null, 3, List.of("meta:class==" + XdmIds.PROFILE));
    r = take("GET", BASE + "/tenant/unions?orderby=title&limit=3"
        + "&property=meta%3Aclass%3D%3Dhttps%3A%2F%2Fns.adobe.com%2Fxdm%2Fcontext%2Fprofile", XED_LIST);
    assertThat(detailed.results()).allSatisfy(u -> assertThat(u.resourceTypeValue()).isEqualTo(XdmResourceType.UNIONS));
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XED_LIST, full);
  }

  @Test
  void getUnion() {
    String answer = answer(200, XedMediaType.XED_FULL.value(), "from-openapi/schema-lookupUnionResponse.example.json");

    Schema union = api.getUnion(XdmId.of("_xdm.context.profile__union"), XedMediaType.XED_FULL);

    RecordedRequest r = take("GET", BASE + "/tenant/unions/_xdm.context.profile__union",
        "application/vnd.adobe.xed-full+json; version=1");
    assertThat(union.id()).contains("https://ns.adobe.com/xdm/context/profile__union");
    assertThat(union.classId()).contains(XdmIds.PROFILE);
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, XedMediaType.XED_FULL.value(), answer);
  }

  // ---------------------------------------------------------------- stats, export/import, sample data, audit log

  @Test
  void getStatsReadsTheGuidesClassUsage() {
    // The guide's answer with its one defect, the trailing comma after "unions": 0, removed.
    String answer = AepReference.read(EXAMPLES + "get-stats.response.invalid.json").replace("\"unions\": 0,", "\"unions\": 0");
    aep.enqueue(200, JSON, answer);

    RegistryStats stats = api.getStats();

    RecordedRequest r = take("GET", BASE + "/stats", null);
    assertThat(stats.tenantId()).contains("{TENANT_ID}");
    assertThat(stats.counts().orElseThrow().mixins()).contains(3L);
    assertThat(stats.recentlyCreatedResources()).extracting(x -> x.title().orElseThrow()).containsExactly("Sample Mixin", "Tenant Class");
    assertThat(stats.classUsage()).extracting(ClassUsage::classId)
        .containsExactly(T + "classes/47b2189fc135e03c844b4f25139d10ab", XdmIds.PROFILE);
    assertThat(stats.classUsage().get(1).schemas()).extracting(s -> s.title().orElseThrow())
        .containsExactly("Simple Profile", "Program Schema", "Sample Schema");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void exportAndImport() {
    String payload = answer(200, JSON, "from-openapi/schema-importExportPayload.example.json");

    List<XdmResource> exported = api.getExportPayload(ADHOC_SCHEMA_ID);

    RecordedRequest r = take("GET", BASE + "/rpc/export/" + ADHOC_SCHEMA_ID_ENCODED, "application/vnd.adobe.xed+json; version=1");
    assertThat(exported).extracting(XdmResource::resourceTypeValue).containsExactly(XdmResourceType.MIXINS, XdmResourceType.SCHEMAS);
    assertThat(exported.get(0).id()).contains("https://ns.adobe.com/<XDM_TENANTID_PLACEHOLDER>/mixins/443fe51457047d958f4a97853e64e0eca93ef34d7990583b");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, payload);

    String answer = answer(200, JSON, "from-openapi/schema-importResponse.example.json");
    List<XdmResource> imported = api.importResources(exported);
    r = take("POST", BASE + "/rpc/import", null);
    assertThat(parseAny(r.getBody().utf8())).as("the payload is sent back as exported").isEqualTo(parseAny(payload));
    assertThat(imported.get(0).id()).contains(T + "mixins/443fe51457047d958f4a97853e64e0eca93ef34d7990583b");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void importConflictIsABadRequest() {
    aep.enqueueJson(400, AepReference.read(EXAMPLES + "from-openapi/schema-importError.example.json"));

    assertThatThrownBy(() -> api.importResources(List.of(XdmResource.builder().title("Example field group").build())))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.errorCode()).contains("XDM-3005-400");
          assertThat(e.title()).contains("Import Resource Failed");
        });
    ContractValidator.assertRequestValid(SCHEMA_REGISTRY, take("POST", BASE + "/rpc/import", null));
  }

  @Test
  void getSampleData() {
    String answer = answer(200, JSON, "from-openapi/retrieveSampleData.200.response.json");

    Map<String, Object> record = api.getSampleData(SCHEMA_ALT_ID);

    RecordedRequest r = take("GET", BASE + "/rpc/sampledata/" + SCHEMA_ALT_ID_ENCODED, "application/vnd.adobe.xed+json; version=1");
    assertThat(record).containsEntry("xdm:name", "Example Offer Name").containsEntry("xdm:status", "draft");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  @Test
  void getAuditLog() {
    String answer = answer(200, JSON, "from-openapi/retrieveAuditLog.200.response.json");

    List<AuditLogEntry> log = api.getAuditLog(T + "schemas/50649eb1b040bf042d6400a0335901cd2a97d31a4eac4330");

    RecordedRequest r = take("GET", BASE + "/rpc/auditlog/"
        + "https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fschemas%2F50649eb1b040bf042d6400a0335901cd2a97d31a4eac4330", null);
    assertThat(log).hasSize(2);
    assertThat(log.get(0).updatedTime()).contains("02-19-2021 05:43:56");
    assertThat(log.get(0).sandboxId()).contains("28e74200-e3de-11e9-8f5d-7f27416c5f0d");
    assertThat(log.get(0).changes().get(0).value()).contains(0L);
    assertThat(log.get(1).changes()).extracting(c -> c.path().orElseThrow()).containsExactly(
        "/definitions/customFields/properties/_{TENANT_ID}/properties/loyaltySunday_ABC",
        "/definitions/customFields/properties/_{TENANT_ID}/properties/loyaltyMoxee_XYZ");
    ContractValidator.assertValid(SCHEMA_REGISTRY, r, 200, JSON, answer);
  }

  // ---------------------------------------------------------------- helpers

  private String answer(int status, String contentType, String example) {
    String body = AepReference.read(EXAMPLES + example);
    aep.enqueue(status, contentType, body);
    return body;
  }

  /** The next request, after checking method, raw target (path and query, still encoded) and Accept. */
  private RecordedRequest take(String method, String rawTarget, String accept) {
    RecordedRequest r = aep.takeRequest();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getTarget()).isEqualTo(rawTarget);
    if (accept == null) {
      assertThat(r.getHeaders().values("Accept")).as("Accept").isEmpty();
    } else {
      assertThat(r.getHeaders().values("Accept")).as("Accept").containsExactly(accept);
    }
    return r;
  }

  private static void assertBody(RecordedRequest r, String expectedJson) throws IOException {
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo(JSON);
    Object sent = AepJson.adapter(Object.class).fromJson(r.getBody().utf8());
    Object expected = AepJson.adapter(Object.class).fromJson(expectedJson);
    assertThat(sent).isEqualTo(expected);
  }

  /** The xed-id form of one of Adobe's full list answers: the four summary members of each result. */
  private static String summariesOf(String example) throws IOException {
    List<Map<String, Object>> summaries = new ArrayList<>();
    Map<String, Object> full = parse(AepReference.read(EXAMPLES + example));
    for (Object result : (List<?>) full.get("results")) {
      Map<String, Object> summary = new LinkedHashMap<>();
      for (String member : List.of("$id", "meta:altId", "version", "title")) {
        summary.put(member, ((Map<?, ?>) result).get(member));
      }
      summaries.add(summary);
    }
    Map<String, Object> envelope = new LinkedHashMap<>(full);
    envelope.put("results", summaries);
    return AepJson.adapter(Object.class).toJson(envelope);
  }

  private static Object parseAny(String json) {
    try {
      return AepJson.adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) throws IOException {
    return (Map<String, Object>) AepJson.adapter(Object.class).fromJson(json);
  }
}
