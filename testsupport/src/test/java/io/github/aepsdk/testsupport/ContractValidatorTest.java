package io.github.aepsdk.testsupport;

import static io.github.aepsdk.testsupport.ContractValidator.Spec.CATALOG;
import static io.github.aepsdk.testsupport.ContractValidator.Spec.DATA_PREP;
import static io.github.aepsdk.testsupport.ContractValidator.Spec.FLOW_SERVICE;
import static io.github.aepsdk.testsupport.ContractValidator.Spec.SCHEMA_REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.report.ValidationReport.Message;
import io.github.aepsdk.testsupport.ContractValidator.Result;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract validator accepts the doc request/response pairs that SPEC-VALIDATION §3 lists as
 * passing, rejects the negative probes of §3 and the doc examples of §5a that really are wrong.
 * Requests are real HTTP requests sent with OkHttp to a MockWebServer, so the validator sees what
 * the SDK's wire tests give it.
 */
class ContractValidatorTest {
  private static final String FS = "/data/foundation/flowservice";
  private static final String SR = "/data/foundation/schemaregistry";
  private static final String CAT = "/data/foundation/catalog";
  private static final String DP = "/data/foundation/conversion";

  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";
  private static final String ETAG = "\"1a0037e4-0000-0200-0000-602e06f60000\"";
  private static final String DATASET_ID = "5ba9452f7de80400007fc52a";
  private static final String MAPPING_SET_ID = "e7c80e4c0d8f4a98a7d400b4e178b635";
  private static final String SCHEMA_ALT_ID = "_{TENANT_ID}.schemas.20af3f1d4b175f27ba59529d1b51a0c79fc25df454117c80";
  private static final String SCHEMA_ID_ENCODED =
      "https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fschemas%2F26f6833e55db1dd8308aa07a64f2042d";
  private static final String XED_FULL = "application/vnd.adobe.xed-full+json; version=1";
  private static final String XED_ID = "application/vnd.adobe.xed-id+json";

  private static MockWebServer server;
  private static OkHttpClient http;

  @BeforeAll
  static void startServer() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(204).build();
      }
    });
    server.start();
    http = new OkHttpClient();
  }

  @AfterAll
  static void stopServer() {
    server.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  // ---------------------------------------------------------------- good pairs (SPEC-VALIDATION §3)

  static Stream<Arguments> goodPairs() {
    return Stream.of(
        // Flow Service
        pair("FS POST /flows (2020 revision)", FLOW_SERVICE,
            call("POST", FS + "/flows").json(example("flowservice/create-flow-2020.request.json")),
            201, "flowservice/create-flow.response.json"),
        pair("FS GET /flowSpecs?property=name==\"CRMToAEP\"", FLOW_SERVICE,
            call("GET", FS + "/flowSpecs?property=name%3D%3D%22CRMToAEP%22"),
            200, "flowservice/list-flow-specs-crmtoaep-2020.response.json"),
        pair("FS POST /sourceConnections (doc's trailing comma removed)", FLOW_SERVICE,
            call("POST", FS + "/sourceConnections").json(
                example("flowservice/create-source-connection.request.invalid.json").replaceFirst(",(\\s*})", "$1")),
            201, "flowservice/create-source-connection.response.json"),
        pair("FS POST /targetConnections", FLOW_SERVICE,
            call("POST", FS + "/targetConnections").json(example("flowservice/create-target-connection.request.json")),
            201, "flowservice/create-target-connection.response.json"),
        pair("FS POST /connections (HubSpot)", FLOW_SERVICE,
            call("POST", FS + "/connections").json(example("flowservice/create-base-connection-hubspot.request.json")),
            201, "flowservice/create-base-connection-hubspot.response.json"),
        pair("FS POST /connections (dataset base connection)", FLOW_SERVICE,
            call("POST", FS + "/connections").json(example("flowservice/create-dataset-base-connection.request.json")),
            201, "flowservice/create-dataset-base-connection.response.json"),
        pair("FS GET /flows/{id}", FLOW_SERVICE,
            call("GET", FS + "/flows/" + FLOW_ID),
            200, "flowservice/get-flow.response.json"),
        pair("FS GET /runs?property=flowId==…", FLOW_SERVICE,
            call("GET", FS + "/runs?property=flowId%3D%3D" + FLOW_ID),
            200, "flowservice/list-runs.response.json"),
        pair("FS POST /runs", FLOW_SERVICE,
            call("POST", FS + "/runs").json(example("flowservice/create-run.request.json")),
            201, "flowservice/create-run.response.json"),
        pair("FS PATCH /flows/{id} labels", FLOW_SERVICE,
            call("PATCH", FS + "/flows/" + FLOW_ID).header("If-Match", ETAG).json(example("flowservice/patch-flow-labels.request.json")),
            200, "flowservice/patch-flow-labels.response.json"),
        pair("FS PATCH /flows/{id} mapping", FLOW_SERVICE,
            call("PATCH", FS + "/flows/" + FLOW_ID).header("If-Match", ETAG).json(example("flowservice/patch-flow-mapping.request.json")),
            200, "flowservice/patch-flow-mapping.response.json"),
        pair("FS PATCH /flows/{id} schedule", FLOW_SERVICE,
            call("PATCH", FS + "/flows/" + FLOW_ID).header("If-Match", ETAG).json(example("flowservice/patch-flow-schedule.request.json")),
            200, "flowservice/patch-flow-schedule.response.json"),
        pair("FS GET /flows?property=state==enabled&count=true", FLOW_SERVICE,
            call("GET", FS + "/flows?property=state%3D%3Denabled&count=true"),
            200, "flowservice/list-flows-count.response.json"),
        pair("FS GET /flows/{id} answered by a canned 404", FLOW_SERVICE,
            call("GET", FS + "/flows/84224def-1e2a-4d95-9ea2-132d697ed2aa"),
            404, "errors/flowservice-FLOW-1439-404-not-found.json"),
        // Catalog
        pair("CAT POST /dataSets?requestDataSource=true", CATALOG,
            call("POST", CAT + "/dataSets?requestDataSource=true").json(example("catalog/create-dataset.request.json")),
            201, "catalog/create-dataset.response.json"),
        pair("CAT GET /dataSets?limit=5&properties=…", CATALOG,
            call("GET", CAT + "/dataSets?limit=5&properties=name,description,files"),
            200, "catalog/list-datasets.response.json"),
        pair("CAT GET /dataSets/{id}", CATALOG,
            call("GET", CAT + "/dataSets/" + DATASET_ID + "?properties=name,description,state,tags,files"),
            200, "catalog/get-dataset.response.json"),
        pair("CAT DELETE /dataSets/{id}", CATALOG,
            call("DELETE", CAT + "/dataSets/" + DATASET_ID),
            200, "catalog/delete-dataset.response.json"),
        pair("CAT PATCH /dataSets/{id} plain fields", CATALOG,
            call("PATCH", CAT + "/dataSets/" + DATASET_ID).json(example("catalog/patch-dataset-fields.request.json")),
            200, "catalog/patch-dataset.response.json"),
        pair("CAT PATCH /dataSets/{id} JSON Patch", CATALOG,
            call("PATCH", CAT + "/dataSets/" + DATASET_ID)
                .body("application/json-patch+json", example("catalog/patch-dataset-jsonpatch.request.json")),
            200, "catalog/patch-dataset.response.json"),
        // Data Prep
        pair("DP POST /mappingSets", DATA_PREP,
            call("POST", DP + "/mappingSets").json(example("conversion/create-mapping-set.request.json")),
            200, "conversion/create-mapping-set.response.json"),
        pair("DP GET /mappingSets?limit=2&start=0", DATA_PREP,
            call("GET", DP + "/mappingSets?limit=2&start=0"),
            200, "conversion/list-mapping-sets.response.json"),
        pair("DP POST /mappingSets/validate", DATA_PREP,
            call("POST", DP + "/mappingSets/validate").json(example("conversion/validate-mapping.request.json")),
            200, "conversion/validate-mapping.response.json"),
        pair("DP POST /mappingSets/preview", DATA_PREP,
            call("POST", DP + "/mappingSets/preview").json(example("conversion/preview-mapping.request.json")),
            200, "conversion/preview-mapping.response.json"),
        pair("DP GET /mappingSets/{id}/mappings", DATA_PREP,
            call("GET", DP + "/mappingSets/" + MAPPING_SET_ID + "/mappings"),
            200, "conversion/list-mappings.response.json"),
        // Schema Registry
        pair("SR POST /tenant/classes (ad-hoc)", SCHEMA_REGISTRY,
            call("POST", SR + "/tenant/classes").json(example("schemaregistry/create-adhoc-class.request.json")),
            201, "schemaregistry/create-adhoc-class.response.json"),
        pair("SR POST /tenant/schemas", SCHEMA_REGISTRY,
            call("POST", SR + "/tenant/schemas").json(example("schemaregistry/create-schema.request.json")),
            201, "schemaregistry/create-schema.response.json"),
        pair("SR POST /tenant/schemas (ad-hoc)", SCHEMA_REGISTRY,
            call("POST", SR + "/tenant/schemas").json(example("schemaregistry/create-adhoc-schema.request.json")),
            201, "schemaregistry/create-adhoc-schema.response.json"),
        pair("SR GET /tenant/schemas/{encoded $id} xed-full, vendor response type", SCHEMA_REGISTRY,
            call("GET", SR + "/tenant/schemas/" + SCHEMA_ID_ENCODED).header("Accept", XED_FULL),
            200, XED_FULL, "schemaregistry/get-adhoc-schema-xed-full.response.json"),
        pair("SR GET /tenant/schemas/{altId} xed-full", SCHEMA_REGISTRY,
            call("GET", SR + "/tenant/schemas/" + SCHEMA_ALT_ID).header("Accept", XED_FULL),
            200, "schemaregistry/get-schema.response.json"),
        pair("SR GET /tenant/schemas?orderby=title xed-id", SCHEMA_REGISTRY,
            call("GET", SR + "/tenant/schemas?orderby=title").header("Accept", XED_ID),
            200, XED_ID, "schemaregistry/list-schemas.response.json"),
        pair("SR GET /global/classes xed-id", SCHEMA_REGISTRY,
            call("GET", SR + "/global/classes").header("Accept", XED_ID),
            200, "schemaregistry/list-global-classes.response.json"),
        pair("SR PATCH /tenant/schemas/{id} add field group", SCHEMA_REGISTRY,
            call("PATCH", SR + "/tenant/schemas/" + SCHEMA_ALT_ID).json(example("schemaregistry/patch-schema-add-fieldgroup.request.json")),
            200, "schemaregistry/patch-schema-add-fieldgroup.response.json"),
        pair("SR PATCH /tenant/schemas/{id} enable Profile", SCHEMA_REGISTRY,
            call("PATCH", SR + "/tenant/schemas/" + SCHEMA_ALT_ID).json(example("schemaregistry/patch-schema-enable-profile.request.json")),
            200, "schemaregistry/patch-schema-enable-profile.response.json"),
        pair("SR PUT /tenant/schemas/{id}", SCHEMA_REGISTRY,
            call("PUT", SR + "/tenant/schemas/" + SCHEMA_ALT_ID).json(example("schemaregistry/replace-schema.request.json")),
            200, "schemaregistry/replace-schema.response.json"),
        pair("SR GET answered by a canned 400 Accept error", SCHEMA_REGISTRY,
            call("GET", SR + "/tenant/schemas").header("Accept", "application/vnd.adobe.xed+json;version=1"),
            400, "errors/schemaregistry-XDM-1006-400-accept-header-invalid.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodPairs")
  void docPairPasses(String name, Spec spec, Call call, int status, String responseContentType, String responseFile) {
    RecordedRequest request = call.send();
    assertThatCode(() -> ContractValidator.assertValid(spec, request, status, responseContentType, example(responseFile)))
        .doesNotThrowAnyException();
  }

  @Test
  void requestOnlyValidationPassesAGoodRequest() {
    ContractValidator.assertRequestValid(FLOW_SERVICE, call("GET", FS + "/flows/" + FLOW_ID).send());
  }

  // ---------------------------------------------------------------- negative probes (SPEC-VALIDATION §3)

  static Stream<Arguments> negativeProbes() {
    String createFlow = example("flowservice/create-flow-2020.request.json");
    String createSchema = example("schemaregistry/create-schema.request.json");
    return Stream.of(
        probe("missing Authorization", FLOW_SERVICE,
            call("GET", FS + "/flows/" + FLOW_ID).without("Authorization"),
            "validation.request.parameter.header.missing", ContractValidator.GATEWAY_HEADER),
        probe("missing x-api-key", CATALOG,
            call("GET", CAT + "/dataSets/" + DATASET_ID).without("x-api-key"),
            "validation.request.parameter.header.missing", ContractValidator.GATEWAY_HEADER),
        probe("missing x-gw-ims-org-id", DATA_PREP,
            call("GET", DP + "/mappingSets?limit=2&start=0").without("x-gw-ims-org-id"),
            "validation.request.parameter.header.missing", ContractValidator.GATEWAY_HEADER),
        probe("Authorization without Bearer", FLOW_SERVICE,
            call("GET", FS + "/flows/" + FLOW_ID).header("Authorization", "test-token"),
            ContractValidator.GATEWAY_HEADER),
        probe("FS GET without x-sandbox-name (the FS spec never requires it)", FLOW_SERVICE,
            call("GET", FS + "/flows/" + FLOW_ID).without("x-sandbox-name"),
            ContractValidator.GATEWAY_HEADER),
        probe("SR POST without x-sandbox-name", SCHEMA_REGISTRY,
            call("POST", SR + "/tenant/schemas").without("x-sandbox-name").json(createSchema),
            "validation.request.parameter.header.missing", ContractValidator.GATEWAY_HEADER),
        probe("PATCH without If-Match", FLOW_SERVICE,
            call("PATCH", FS + "/flows/" + FLOW_ID).json(example("flowservice/patch-flow-labels.request.json")),
            "validation.request.parameter.header.missing"),
        probe("SR GET without Accept", SCHEMA_REGISTRY,
            call("GET", SR + "/tenant/schemas/" + SCHEMA_ALT_ID),
            "validation.request.parameter.header.missing"),
        probe("typo'd body field nmae", FLOW_SERVICE,
            call("POST", FS + "/flows").json(createFlow.replaceFirst("\"name\"", "\"nmae\"")),
            "validation.request.body.schema.additionalProperties"),
        probe("missing required flowSpec", FLOW_SERVICE,
            call("POST", FS + "/flows").json(createFlow.replaceFirst("\"flowSpec\"", "\"flowSpecification\"")),
            "validation.request.body.schema.required"),
        probe("missing required title", SCHEMA_REGISTRY,
            call("POST", SR + "/tenant/schemas").json(createSchema.replaceFirst("\"title\"", "\"titel\"")),
            "validation.request.body.schema.required"),
        probe("limit=abc", DATA_PREP,
            call("GET", DP + "/mappingSets?limit=abc&start=0"),
            "validation.request.parameter.schema.type"),
        probe("typo'd query parameter limt", CATALOG,
            call("GET", CAT + "/dataSets?limt=5"),
            "validation.request.parameter.query.unexpected"),
        probe("Content-Type: text/plain", CATALOG,
            call("POST", CAT + "/dataSets").body("text/plain", example("catalog/create-dataset.request.json")),
            "validation.request.contentType.notAllowed", ContractValidator.CONTENT_TYPE_NOT_EXACT),
        probe("Content-Type with a charset", DATA_PREP,
            call("POST", DP + "/mappingSets").body("application/json; charset=utf-8", example("conversion/create-mapping-set.request.json")),
            ContractValidator.CONTENT_TYPE_NOT_EXACT),
        probe("JSON Patch media type where the operation does not declare it", SCHEMA_REGISTRY,
            call("PATCH", SR + "/tenant/schemas/" + SCHEMA_ALT_ID)
                .body("application/json-patch+json", example("schemaregistry/patch-schema-enable-profile.request.json")),
            "validation.request.contentType.notAllowed"),
        probe("FS POST without Content-Type", FLOW_SERVICE,
            call("POST", FS + "/flows").body(null, createFlow),
            ContractValidator.CONTENT_TYPE_MISSING),
        probe("path without the service base path", FLOW_SERVICE,
            call("GET", "/flows/" + FLOW_ID),
            ContractValidator.BASE_PATH),
        probe("path under another service's base path", FLOW_SERVICE,
            call("GET", CAT + "/flows/" + FLOW_ID),
            "validation.request.path.missing", ContractValidator.BASE_PATH),
        probe("SR id sent unencoded", SCHEMA_REGISTRY,
            call("GET", SR + "/tenant/schemas/https://ns.adobe.com/tenant/schemas/26f6833e55db").header("Accept", XED_FULL),
            "validation.request.path.missing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeProbes")
  void negativeProbeIsRejected(String name, Spec spec, Call call, List<String> expectedKeys) {
    Result result = ContractValidator.validate(spec, call.send(), null, null, null);
    assertThat(keys(result.requestErrors())).containsAll(expectedKeys);
    assertThatThrownBy(() -> ContractValidator.assertRequestValid(spec, call.send()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("request: [" + expectedKeys.get(0) + "]");
  }

  // ---------------------------------------------------------------- doc examples that are wrong (§5a)

  @Test
  void docFlowWithIntegerMappingVersionIsRejected() {
    Result result = ContractValidator.validate(FLOW_SERVICE,
        call("POST", FS + "/flows").json(example("flowservice/create-flow.request.json")).send(), null, null, null);
    assertThat(result.requestErrors()).singleElement().satisfies(m -> {
      assertThat(m.getKey()).isEqualTo("validation.request.body.schema.type");
      assertThat(m.getMessage()).contains("/transformations/1/params/mappingVersion");
    });
  }

  @Test
  void bareFlowSpecWithoutItemsEnvelopeIsRejected() {
    Result result = ContractValidator.validate(FLOW_SERVICE,
        call("GET", FS + "/flowSpecs?property=name%3D%3D%22CRMToAEP%22").send(),
        200, "application/json", example("flowservice/get-flow-spec-crmtoaep.response.json"));
    assertThat(result.requestErrors()).isEmpty();
    assertThat(keys(result.responseErrors())).containsExactly("validation.response.body.schema.required");
  }

  @Test
  void sourceConnectionWithTrailingCommaIsRejected() {
    Result result = ContractValidator.validate(FLOW_SERVICE,
        call("POST", FS + "/sourceConnections").json(example("flowservice/create-source-connection.request.invalid.json")).send(),
        null, null, null);
    assertThat(keys(result.requestErrors())).containsExactly("validation.request.body.schema.invalidJson");
  }

  @Test
  void legacyMappingSetShapeIsRejected() {
    Result result = ContractValidator.validate(DATA_PREP,
        call("POST", DP + "/mappingSets").json(example("conversion/create-mapping-set-marketing-automation.request.json")).send(),
        null, null, null);
    assertThat(keys(result.requestErrors())).contains("validation.request.body.schema.additionalProperties");
  }

  // ---------------------------------------------------------------- response side and whitelist scope

  @Test
  void responseErrorsAreReportedAsResponseSideWithPointers() {
    String badFlow = example("flowservice/create-flow.response.json").replaceFirst("\"id\"", "\"identifier\"");
    Result result = ContractValidator.validate(FLOW_SERVICE,
        call("POST", FS + "/flows").json(example("flowservice/create-flow-2020.request.json")).send(),
        201, "application/json", "[" + badFlow + "]");
    assertThat(result.requestErrors()).isEmpty();
    assertThat(keys(result.responseErrors())).containsExactly("validation.response.body.schema.type");
    assertThatThrownBy(() -> ContractValidator.assertValid(FLOW_SERVICE,
            call("POST", FS + "/flows").json(example("flowservice/create-flow-2020.request.json")).send(),
            201, "application/json", "[" + badFlow + "]"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("0 request error(s), 1 response error(s)")
        .hasMessageContaining("response: [validation.response.body.schema.type]")
        .hasMessageContaining("instance /");
  }

  @Test
  void vendorTypedSchemaRegistryResponseBodyIsValidated() {
    String body = example("schemaregistry/get-adhoc-schema-xed-full.response.json").replaceFirst("\"title\": \"New Schema\"", "\"title\": 5");
    Result result = ContractValidator.validate(SCHEMA_REGISTRY,
        call("GET", SR + "/tenant/schemas/" + SCHEMA_ID_ENCODED).header("Accept", XED_FULL).send(), 200, XED_FULL, body);
    assertThat(result.requestErrors()).isEmpty();
    assertThat(keys(result.responseErrors())).containsExactly("validation.response.body.schema.type");
  }

  @Test
  void undeclaredSuccessStatusIsRejected() {
    Result result = ContractValidator.validate(DATA_PREP, call("GET", DP + "/mappingSets?limit=2&start=0").send(),
        202, "application/json", example("conversion/list-mapping-sets.response.json"));
    assertThat(keys(result.responseErrors())).containsExactly("validation.response.status.unknown");
  }

  @Test
  void whitelistToleratesStringScheduleTimesOnlyInFlowService() {
    Result result = ContractValidator.validate(FLOW_SERVICE,
        call("POST", FS + "/runs").json(example("flowservice/create-run.request.json")).send(), null, null, null);
    assertThat(result.requestErrors()).isEmpty();
    assertThat(result.ignored()).extracting(ContractValidatorTest::ruleName).contains("D-FS-1");

    // a boolean where the spec wants an integer is not the documented conflict: still an error
    String booleanWindow = example("flowservice/create-run.request.json").replace("\"1651584991\"", "true");
    Result wrongType = ContractValidator.validate(FLOW_SERVICE,
        call("POST", FS + "/runs").json(booleanWindow).send(), null, null, null);
    assertThat(keys(wrongType.requestErrors())).containsExactly("validation.request.body.schema.type");
  }

  @Test
  void theTutorialsActionOpsAreToleratedOnlyOnActions() {
    Result publish = ContractValidator.validate(FLOW_SERVICE,
        call("POST", FS + "/connections/" + FLOW_ID + "/action?op=publish").body(null, "").send(), null, null, null);
    assertThat(publish.requestErrors()).as("D-FS-19: no subOp, D-FS-20: lower case").isEmpty();
    assertThat(publish.ignored()).extracting(ContractValidatorTest::ruleName).containsExactly("D-FS-20");
    Result retry = ContractValidator.validate(FLOW_SERVICE,
        call("POST", FS + "/runs/" + FLOW_ID + "/action?op=re-trigger").body(null, "").send(), null, null, null);
    assertThat(retry.requestErrors()).isEmpty();

    Result other = ContractValidator.validate(FLOW_SERVICE,
        call("POST", FS + "/sourceConnections/" + FLOW_ID + "/action?op=unpublish").body(null, "").send(), null, null, null);
    assertThat(keys(other.requestErrors())).containsExactly("validation.request.parameter.schema.enum");
  }

  @Test
  void requestDataSourceIsToleratedOnlyOnCatalogCreate() {
    Result onList = ContractValidator.validate(CATALOG,
        call("GET", CAT + "/dataSets?requestDataSource=true").send(), null, null, null);
    assertThat(keys(onList.requestErrors())).containsExactly("validation.request.parameter.query.unexpected");
  }

  @Test
  void queryIsSplitOnAmpersandThenFirstEqualsAndDecoded() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("property", List.of("name==\"CRMToAEP\"", "state==enabled"));
    expected.put("orderby", List.of("-name"));
    expected.put("count", List.of(""));
    assertThat(ContractValidator.parseQuery("property=name%3D%3D%22CRMToAEP%22&property=state==enabled&orderby=-name&count"))
        .isEqualTo(expected);
  }

  @Test
  void everySpecLoadsOnceAndIsReused() {
    for (Spec spec : Spec.values()) {
      assertThat(ContractValidator.validator(spec)).isSameAs(ContractValidator.validator(spec));
    }
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> keys(List<Message> messages) {
    return messages.stream().map(Message::getKey).collect(Collectors.toList());
  }

  private static String ruleName(Message m) {
    return m.getContext().flatMap(c -> c.getAppliedWhitelistRule()).map(r -> r.getName()).orElse("");
  }

  private static String example(String relative) {
    return AepReference.read("examples/" + relative);
  }

  private static Arguments pair(String name, Spec spec, Call call, int status, String responseFile) {
    return pair(name, spec, call, status, "application/json", responseFile);
  }

  private static Arguments pair(String name, Spec spec, Call call, int status, String responseContentType, String responseFile) {
    return Arguments.of(name, spec, call, status, responseContentType, responseFile);
  }

  private static Arguments probe(String name, Spec spec, Call call, String... expectedKeys) {
    return Arguments.of(name, spec, call, List.of(expectedKeys));
  }

  private static Call call(String method, String target) {
    return new Call(method, target);
  }

  /** A request to send for real; carries the four gateway headers unless told otherwise. */
  static final class Call {
    final String method;
    final String target;
    final Map<String, String> headers = new LinkedHashMap<>();
    final List<String> removed = new ArrayList<>();
    String contentType;
    String body;

    Call(String method, String target) {
      this.method = method;
      this.target = target;
      headers.put("Authorization", "Bearer test-access-token-0123456789abcdef0123456789");
      headers.put("x-api-key", "test-client-id");
      headers.put("x-gw-ims-org-id", "0123456789ABCDEF01234567@AdobeOrg");
      headers.put("x-sandbox-name", "dev");
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Call without(String name) {
      headers.remove(name);
      return this;
    }

    Call json(String json) {
      return body("application/json", json);
    }

    /** A body with exactly this Content-Type, or none if {@code contentType} is null. */
    Call body(String contentType, String body) {
      this.contentType = contentType;
      this.body = body;
      return this;
    }

    RecordedRequest send() {
      RequestBody requestBody = body == null ? null
          : RequestBody.create(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType == null ? null : MediaType.get(contentType));
      Request.Builder builder = new Request.Builder().url(server.url(target)).method(method, requestBody);
      headers.forEach(builder::header);
      try (Response response = http.newCall(builder.build()).execute()) {
        assertThat(response.code()).isEqualTo(204);
        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(recorded).isNotNull();
        return recorded;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return method + " " + target;
    }
  }
}
