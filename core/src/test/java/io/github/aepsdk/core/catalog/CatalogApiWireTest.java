package io.github.aepsdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.catalog.AvailableDates;
import io.github.aepsdk.catalog.Batch;
import io.github.aepsdk.catalog.BatchError;
import io.github.aepsdk.catalog.BatchReplay;
import io.github.aepsdk.catalog.BatchRequest;
import io.github.aepsdk.catalog.BatchedRequestItem;
import io.github.aepsdk.catalog.BatchStatus;
import io.github.aepsdk.catalog.CatalogApi;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.catalog.DataSetClassification;
import io.github.aepsdk.catalog.DataSetCredentials;
import io.github.aepsdk.catalog.DataSetPatchV2;
import io.github.aepsdk.catalog.DataSetRequest;
import io.github.aepsdk.catalog.InputFormat;
import io.github.aepsdk.catalog.JsonPatchOperation;
import io.github.aepsdk.catalog.LastBatch;
import io.github.aepsdk.catalog.RelatedObject;
import io.github.aepsdk.catalog.SchemaRef;
import io.github.aepsdk.catalog.ServiceResources;
import io.github.aepsdk.catalog.TagValues;
import io.github.aepsdk.core.error.AepInvalidResponseException;
import io.github.aepsdk.core.error.BadRequestException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.JsonTrees;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import io.github.aepsdk.core.testing.MockAep;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CatalogApi operation on the wire: method, raw path and query, body and its exact
 * Content-Type, the typed result from Adobe's example answers, and the exchange checked against
 * the official (patched) Catalog spec.
 */
class CatalogApiWireTest {

  private static final String BASE = "/data/foundation/catalog/";
  private static final String EX = "examples/catalog/";

  private MockAep aep;
  private CatalogApi catalog;

  @BeforeEach
  void start() {
    aep = MockAep.start();
    catalog = aep.client().catalog();
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  /** Answers with {@code body}, takes the request and checks the exchange against the Catalog spec. */
  private RecordedRequest exchange(int status, String body) {
    RecordedRequest request = aep.takeRequest();
    ContractValidator.assertValid(Spec.CATALOG, request, status, "application/json", body);
    return request;
  }

  private static <T> T read(String file, Type type) throws IOException {
    return AepJson.<T>strictAdapter(type).fromJson(AepReference.read(EX + file));
  }

  // ------------------------------------------------------------------------------------------
  // Datasets

  @Test
  void createDataSetPostsTheBodyWithRequestDataSourceAndReturnsTheNewId() throws IOException {
    String answer = AepReference.read(EX + "create-dataset.response.json");
    aep.enqueueJson(201, answer);
    DataSetRequest request = DataSetRequest.builder()
        .name("LoyaltyMembersDataset")
        .schemaRef(SchemaRef.of("https://ns.adobe.com/{TENANT_ID}/schemas/719c4e19184402c27595e65b931a142b",
            "application/vnd.adobe.xed+json;version=1"))
        .build();

    String id = catalog.createDataSet(request);

    assertThat(id).isEqualTo("5c8c3c555033b814b69f947f");
    RecordedRequest sent = exchange(201, answer);
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getTarget()).isEqualTo(BASE + "dataSets?requestDataSource=true");
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getBody().utf8()).isEqualTo("{\"name\":\"LoyaltyMembersDataset\",\"schemaRef\":"
        + "{\"id\":\"https://ns.adobe.com/{TENANT_ID}/schemas/719c4e19184402c27595e65b931a142b\","
        + "\"contentType\":\"application/vnd.adobe.xed+json;version=1\"}}");
    assertThat(JsonTrees.of(sent.getBody().utf8())).isEqualTo(JsonTrees.of(AepReference.read(EX + "create-dataset.request.json")));
  }

  /** Every create-dataset request example goes out member for member. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("createRequests")
  void createDataSetSendsEachDocumentedRequest(String requestFile, String responseFile, String expectedId) throws IOException {
    String answer = AepReference.read(EX + responseFile);
    aep.enqueueJson(201, answer);
    DataSetRequest request = read(requestFile, DataSetRequest.class);

    assertThat(catalog.createDataSet(request)).isEqualTo(expectedId);

    RecordedRequest sent = exchange(201, answer);
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo(BASE + "dataSets");
    assertThat(sent.getUrl().queryParameter("requestDataSource")).isEqualTo("true");
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(JsonTrees.of(sent.getBody().utf8())).isEqualTo(JsonTrees.of(AepReference.read(EX + requestFile)));
  }

  static Stream<Arguments> createRequests() {
    return Stream.of(
        Arguments.of("create-dataset.request.json", "create-dataset.response.json", "5c8c3c555033b814b69f947f"),
        Arguments.of("create-dataset-marketing-automation-2020.request.json",
            "create-dataset-marketing-automation-2020.response.json", "5ed5639d798a22191b6987b2"),
        Arguments.of("from-openapi/createDataset.request.enable-for-profile.json", "create-dataset.response.json",
            "5c8c3c555033b814b69f947f"));
  }

  @Test
  void getDataSetReturnsTheOneObjectOfTheIdKeyedAnswer() {
    String answer = AepReference.read(EX + "from-openapi/retrieveDataset.200.response.json");
    aep.enqueueJson(200, answer);

    DataSet dataSet = catalog.getDataSet("5ab540d0864cf0267448ead4");

    assertThat(dataSet.name()).contains("Acme accounts dataset - 1521827915638");
    assertThat(dataSet.created()).contains(1521828048923L);
    assertThat(dataSet.enableErrorDiagnostics()).contains(true);
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo(BASE + "dataSets/5ab540d0864cf0267448ead4");
    assertThat(sent.getBodySize()).isZero();
  }

  @Test
  void getDataSetWithPropertiesSendsThemCommaSeparated() {
    String answer = AepReference.read(EX + "get-dataset.response.json");
    aep.enqueueJson(200, answer);

    DataSet dataSet = catalog.getDataSet("5ba9452f7de80400007fc52a", List.of("name", "description", "state", "tags", "files"));

    assertThat(dataSet.state()).contains("DRAFT");
    assertThat(dataSet.tags()).containsEntry("adobe/pqs/table", List.of("sample_dataset"));
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getUrl().encodedPath()).isEqualTo(BASE + "dataSets/5ba9452f7de80400007fc52a");
    assertThat(sent.getUrl().querySize()).isEqualTo(1);
    assertThat(sent.getUrl().queryParameter("properties")).isEqualTo("name,description,state,tags,files");
  }

  @Test
  void getDataSetEncodesTheIdAsOnePathSegment() {
    aep.enqueueJson(200, "{\"a/b c\":{\"name\":\"x\"}}");
    assertThat(catalog.getDataSet("a/b c").name()).contains("x");
    assertThat(exchange(200, "{\"a/b c\":{\"name\":\"x\"}}").getTarget()).isEqualTo(BASE + "dataSets/a%2Fb%20c");
  }

  @Test
  void getDataSetOfUnknownIdIsNotFound() {
    aep.enqueueJson(404, "{\"error_code\":\"404\",\"message\":\"dataSet not found\"}");
    assertThatThrownBy(() -> catalog.getDataSet("5ba9452f7de80400007fc52a"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("404");
    RecordedRequest sent = aep.takeRequest();
    ContractValidator.assertRequestValid(Spec.CATALOG, sent);
    assertThat(sent.getTarget()).isEqualTo(BASE + "dataSets/5ba9452f7de80400007fc52a");
  }

  @Test
  void getDataSetAnsweredWithoutTheObjectIsNoSuchElement() {
    aep.enqueueJson(200, "{}");
    assertThatThrownBy(() -> catalog.getDataSet("5ba9452f7de80400007fc52a"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("5ba9452f7de80400007fc52a");
    exchange(200, "{}");
  }

  @Test
  void unreadableAnswerIsAnInvalidResponseNamingTheLocation() {
    String invalid = AepReference.read(EX + "list-datasets-properties.response.invalid.json");
    aep.enqueueJson(200, invalid);
    assertThatThrownBy(() -> catalog.listDataSets(CatalogQuery.builder().limit(4).addProperties("name", "schemaRef").build()))
        .isInstanceOf(AepInvalidResponseException.class)
        .hasStackTraceContaining("$.Dataset3.name");
    RecordedRequest sent = aep.takeRequest();
    ContractValidator.assertRequestValid(Spec.CATALOG, sent);
    assertThat(sent.getTarget()).isEqualTo(BASE + "dataSets?limit=4&properties=name%2CschemaRef");
  }

  /** The list examples of Adobe's filter guide, each with the query the guide sends. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("listQueries")
  void listDataSetsSendsTheQueryAndReturnsTheIdKeyedMap(
      String file, CatalogQuery query, String rawQuery, Map<String, List<String>> decoded, Consumer<Map<String, DataSet>> check) {
    String answer = AepReference.read(EX + file);
    aep.enqueueJson(200, answer);

    Map<String, DataSet> dataSets = catalog.listDataSets(query).objects();

    check.accept(dataSets);
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getUrl().encodedPath()).isEqualTo(BASE + "dataSets");
    assertThat(sent.getUrl().encodedQuery()).isEqualTo(rawQuery);
    decoded.forEach((name, values) -> assertThat(sent.getUrl().queryParameterValues(name)).as(name).isEqualTo(values));
    assertThat(sent.getHeaders().get("Content-Type")).isNull();
  }

  static Stream<Arguments> listQueries() {
    return Stream.of(
        Arguments.of("list-datasets.response.json",
            CatalogQuery.builder().limit(5).addProperties("name", "description", "files").build(),
            "limit=5&properties=name%2Cdescription%2Cfiles",
            Map.of("limit", List.of("5"), "properties", List.of("name,description,files")),
            (Consumer<Map<String, DataSet>>) m -> {
              assertThat(m).hasSize(5);
              assertThat(m.keySet()).first().isEqualTo("5ba9452f7de80400007fc52a");
              assertThat(m.get("5bb276b03a14440000971552").name()).contains("Sample Dataset 2");
            }),
        Arguments.of("list-datasets-start-limit.response.json",
            CatalogQuery.builder().start(4).limit(2).build(),
            "limit=2&start=4",
            Map.of("start", List.of("4"), "limit", List.of("2")),
            (Consumer<Map<String, DataSet>>) m -> assertThat(m.keySet()).containsExactly("Dataset5", "Dataset6")),
        Arguments.of("list-datasets-tags.response.json",
            CatalogQuery.builder().putFilters("tags", "sampleTag:123456,secondTag:*").build(),
            "tags=sampleTag%3A123456%2CsecondTag%3A*",
            Map.of("tags", List.of("sampleTag:123456,secondTag:*")),
            (Consumer<Map<String, DataSet>>) m ->
                assertThat(m.get("5b67f4dd9f6e710000ea9da4").tags().get("sampleTag")).containsExactly("123456")),
        Arguments.of("list-datasets-orderby.response.json",
            CatalogQuery.builder().orderBy("name,desc:updated").build(),
            "orderBy=name%2Cdesc%3Aupdated",
            Map.of("orderBy", List.of("name,desc:updated")),
            (Consumer<Map<String, DataSet>>) m -> assertThat(m.values()).extracting(d -> d.name().orElseThrow())
                .containsExactly("0405", "AAM Dataset", "AAM Dataset")),
        Arguments.of("list-datasets-property-filter.response.json",
            CatalogQuery.builder().propertyFilter("version>1.0.3").build(),
            "property=version%3E1.0.3",
            Map.of("property", List.of("version>1.0.3")),
            (Consumer<Map<String, DataSet>>) m -> assertThat(m.get("5b67f4dd9f6e710000ea9da4").version()).contains("1.1.2")),
        Arguments.of("list-datasets-simple-filter.response.json",
            CatalogQuery.builder().putFilters("name", CatalogQuery.anyOf("exampleName", "anotherName")).build(),
            "name=exampleName%2CanotherName",
            Map.of("name", List.of("exampleName,anotherName")),
            (Consumer<Map<String, DataSet>>) m -> assertThat(m.values()).extracting(d -> d.name().orElseThrow())
                .containsExactly("exampleName", "anotherName")),
        Arguments.of("from-openapi/listDatasets.200.response.json",
            CatalogQuery.none(),
            null,
            Map.of(),
            (Consumer<Map<String, DataSet>>) m -> assertThat(m.get("5ab540d0864cf0267448ead4").viewId())
                .contains("5ab54170864cf0267448ead5")),
        Arguments.of("list-datasets-orderby.response.json",
            CatalogQuery.builder()
                .limit(3).start(0).orderBy("desc:created")
                .addProperties("name", "created")
                .propertyFilter("name~^AAM")
                .putFilters("name", CatalogQuery.noneOf("0405", "x"))
                .putFilters("createdUser", "{USER_ID}")
                .build(),
            "limit=3&start=0&orderBy=desc%3Acreated&properties=name%2Ccreated"
                + "&property=name%7E%5EAAM&name=%210405%2Cx&createdUser=%7BUSER_ID%7D",
            Map.of("property", List.of("name~^AAM"), "name", List.of("!0405,x"), "createdUser", List.of("{USER_ID}")),
            (Consumer<Map<String, DataSet>>) m -> assertThat(m).hasSize(3)));
  }

  @Test
  void updateDataSetPatchesPlainFieldsAsApplicationJson() throws IOException {
    String answer = AepReference.read(EX + "patch-dataset.response.json");
    aep.enqueueJson(200, answer);
    DataSetRequest fields = DataSetRequest.builder()
        .name("Updated Dataset Name")
        .description("Updated description for Sample Dataset")
        .build();

    String id = catalog.updateDataSet("5ba9452f7de80400007fc52a", fields);

    assertThat(id).isEqualTo("5ba9452f7de80400007fc52a");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("PATCH");
    assertThat(sent.getTarget()).isEqualTo(BASE + "dataSets/5ba9452f7de80400007fc52a");
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getBody().utf8())
        .isEqualTo("{\"name\":\"Updated Dataset Name\",\"description\":\"Updated description for Sample Dataset\"}");
    assertThat(JsonTrees.of(sent.getBody().utf8())).isEqualTo(JsonTrees.of(AepReference.read(EX + "patch-dataset-fields.request.json")));
  }

  /** Both JSON Patch examples go out as application/json-patch+json arrays. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonPatches")
  void patchDataSetSendsJsonPatchWithItsMediaType(String requestFile, List<JsonPatchOperation> operations) throws IOException {
    String answer = AepReference.read(EX + "patch-dataset.response.json");
    aep.enqueueJson(200, answer);

    String id = catalog.patchDataSet("5ba9452f7de80400007fc52a", operations);

    assertThat(id).isEqualTo("5ba9452f7de80400007fc52a");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("PATCH");
    assertThat(sent.getTarget()).isEqualTo(BASE + "dataSets/5ba9452f7de80400007fc52a");
    assertThat(sent.getHeaders().values("Content-Type")).containsExactly("application/json-patch+json");
    assertThat(JsonTrees.of(sent.getBody().utf8())).isEqualTo(JsonTrees.of(AepReference.read(EX + requestFile)));
  }

  static Stream<Arguments> jsonPatches() {
    return Stream.of(
        Arguments.of("patch-dataset-jsonpatch.request.json", List.of(
            JsonPatchOperation.add("/name", "New Dataset Name"),
            JsonPatchOperation.add("/description", "New description for dataset"))),
        Arguments.of("from-openapi/patchDataset.request.update-a-dataset-to-be-profile-enabled.json", List.of(
            JsonPatchOperation.add("/tags/unifiedProfile", List.of("enabled:true", "isUpsert:true")),
            JsonPatchOperation.add("/tags/unifiedIdentity", List.of("enabled:true")))));
  }

  @Test
  void patchDataSetWireBodyIsExact() {
    aep.enqueueJson(200, "[\"@/dataSets/5ba9452f7de80400007fc52a\"]");
    catalog.patchDataSet("5ba9452f7de80400007fc52a",
        List.of(JsonPatchOperation.replace("/name", "N"), JsonPatchOperation.remove("/description")));
    RecordedRequest sent = exchange(200, "[\"@/dataSets/5ba9452f7de80400007fc52a\"]");
    assertThat(sent.getBody().utf8())
        .isEqualTo("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"N\"},{\"op\":\"remove\",\"path\":\"/description\"}]");
  }

  @Test
  void deleteDataSetReportsWhetherCatalogDeletedIt() {
    String answer = AepReference.read(EX + "delete-dataset.response.json");
    aep.enqueueJson(200, answer);
    assertThat(catalog.deleteDataSet("5ba9452f7de80400007fc52a")).isTrue();
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("DELETE");
    assertThat(sent.getTarget()).isEqualTo(BASE + "dataSets/5ba9452f7de80400007fc52a");
    assertThat(sent.getBodySize()).isZero();

    aep.enqueueJson(200, "[]");
    assertThat(catalog.deleteDataSet("000000000000000000000000")).isFalse();
    assertThat(exchange(200, "[]").getTarget()).isEqualTo(BASE + "dataSets/000000000000000000000000");
  }

  @Test
  void rawBindingsReturnTheReferencesAsAnswered() {
    aep.enqueueJson(201, "[\"@/dataSets/5c8c3c555033b814b69f947f\"]");
    assertThat(catalog.createDataSetRefs(DataSetRequest.builder().name("n").build()))
        .containsExactly("@/dataSets/5c8c3c555033b814b69f947f");
    exchange(201, "[\"@/dataSets/5c8c3c555033b814b69f947f\"]");
  }

  @Test
  void createAnsweredWithoutAReferenceIsAnError() {
    aep.enqueueJson(201, "[]");
    assertThatThrownBy(() -> catalog.createDataSet(DataSetRequest.builder().name("n").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one reference");
    exchange(201, "[]");
  }

  @Test
  void badRequestIsTyped() {
    aep.enqueueJson(400, "{\"type\":\"/placeholder/type/uri\",\"status\":400,\"title\":\"BadRequestError\",\"detail\":\"bad limit\"}");
    assertThatThrownBy(() -> catalog.listDataSets(CatalogQuery.builder().limit(100).build()))
        .isInstanceOf(BadRequestException.class);
    ContractValidator.assertRequestValid(Spec.CATALOG, aep.takeRequest());
  }

  @Test
  void replaceDataSetPutsTheWholeDataSet() throws IOException {
    String answer = AepReference.read(EX + "patch-dataset.response.json");
    aep.enqueueJson(200, answer);
    DataSetRequest dataSet = read("create-dataset.request.json", DataSetRequest.class);

    String id = catalog.replaceDataSet("5ba9452f7de80400007fc52a", dataSet);

    assertThat(id).isEqualTo("5ba9452f7de80400007fc52a");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("PUT");
    assertThat(sent.getTarget()).isEqualTo(BASE + "dataSets/5ba9452f7de80400007fc52a");
    assertThat(sent.getHeaders().values("Content-Type")).containsExactly("application/json");
    assertThat(JsonTrees.of(sent.getBody().utf8())).isEqualTo(JsonTrees.of(AepReference.read(EX + "create-dataset.request.json")));
  }

  @Test
  void updateDataSetV2PatchesNestedMembersAsApplicationJson() {
    aep.enqueueJson(200, "[\"@/dataSets/67b3077efa10d92ab7a71858\"]");
    DataSetPatchV2 patch = DataSetPatchV2.builder()
        .description("Updated dataset for Q2 sales analysis")
        .putTags("adobe/pqs/table", List.of("q2_sales_data"))
        .putExtensions("adobe_lakeHouse", Map.of("rowExpiration", Map.of("ttlValue", "P3Y")))
        .classification(DataSetClassification.of("time-series", "CUSTOMER"))
        .build();

    String id = catalog.updateDataSetV2("67b3077efa10d92ab7a71858", patch);

    assertThat(id).isEqualTo("67b3077efa10d92ab7a71858");
    RecordedRequest sent = exchange(200, "[\"@/dataSets/67b3077efa10d92ab7a71858\"]");
    assertThat(sent.getMethod()).isEqualTo("PATCH");
    assertThat(sent.getTarget()).isEqualTo(BASE + "v2/dataSets/67b3077efa10d92ab7a71858");
    assertThat(sent.getHeaders().values("Content-Type")).containsExactly("application/json");
    assertThat(sent.getBody().utf8()).isEqualTo("{\"description\":\"Updated dataset for Q2 sales analysis\","
        + "\"tags\":{\"adobe/pqs/table\":[\"q2_sales_data\"]},"
        + "\"extensions\":{\"adobe_lakeHouse\":{\"rowExpiration\":{\"ttlValue\":\"P3Y\"}}},"
        + "\"classification\":{\"dataBehavior\":\"time-series\",\"managedBy\":\"CUSTOMER\"}}");
  }

  @Test
  void updateDataSetV2SendsFurtherMembersAsGiven() {
    aep.enqueueJson(200, "[\"@/dataSets/67b3077efa10d92ab7a71858\"]");

    catalog.updateDataSetV2("67b3077efa10d92ab7a71858",
        DataSetPatchV2.builder().putAdditionalProperties("name", "Q2 sales").build());

    assertThat(exchange(200, "[\"@/dataSets/67b3077efa10d92ab7a71858\"]").getBody().utf8()).isEqualTo("{\"name\":\"Q2 sales\"}");
  }

  @Test
  @SuppressWarnings("deprecation")
  void getDataSetCredentialsReadsTheBareObjectAndMasksTheKey() {
    String answer = "{\"dataSetId\":\"5abd49645591445e1ba04f87\","
        + "\"path\":\"https://platform.adobe.io/data/foundation/dataset/datasets/5abd49645591445e1ba04f87/\","
        + "\"stagePath\":\"platformdataset/stage/5d01230fc78a4e4f8c0c6b387b4b8d1c\","
        + "\"credentials\":{\"clientKey\":\"s3cr3t-key\",\"clientId\":\"client-1\",\"adlsUri\":\"adl://store\"}}";
    aep.enqueueJson(200, answer);

    DataSetCredentials credentials = catalog.getDataSetCredentials("5abd49645591445e1ba04f87", "5d01230fc78a4e4f8c0c6b387b4b8d1c");

    assertThat(credentials.dataSetId()).contains("5abd49645591445e1ba04f87");
    assertThat(credentials.stagePath()).contains("platformdataset/stage/5d01230fc78a4e4f8c0c6b387b4b8d1c");
    assertThat(credentials.credentials().orElseThrow().clientKey()).contains("s3cr3t-key");
    assertThat(credentials.credentials().orElseThrow().adlsUri()).contains("adl://store");
    assertThat(credentials.toString()).doesNotContain("s3cr3t-key").contains("client-1");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget())
        .isEqualTo(BASE + "dataSets/5abd49645591445e1ba04f87/credentials?batchId=5d01230fc78a4e4f8c0c6b387b4b8d1c");

    aep.enqueueJson(200, answer);
    catalog.getDataSetCredentials("5abd49645591445e1ba04f87");
    assertThat(exchange(200, answer).getTarget()).isEqualTo(BASE + "dataSets/5abd49645591445e1ba04f87/credentials");
  }

  // ------------------------------------------------------------------------------------------
  // Batches

  @Test
  void getBatchReturnsTheTypedBatch() {
    String answer = AepReference.read(EX + "from-openapi/retrieveBatch.200.response.json");
    aep.enqueueJson(200, answer);

    Batch batch = catalog.getBatch("5911f88ae2f4bf657c5a8cb5");

    assertThat(batch.statusValue()).isEqualTo(BatchStatus.SUCCESS);
    assertThat(batch.created()).contains(1494349962314L);
    assertThat(batch.dataSetIds()).containsExactly("foo_dataSet");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo(BASE + "batches/5911f88ae2f4bf657c5a8cb5");
  }

  @Test
  void getBatchSendsTheAggregateFlag() {
    String answer = AepReference.read(EX + "from-openapi/retrieveBatch.200.response.json");
    aep.enqueueJson(200, answer);

    assertThat(catalog.getBatch("5911f88ae2f4bf657c5a8cb5", true).metrics()).containsEntry("foo", 1337L);

    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo(BASE + "batches/5911f88ae2f4bf657c5a8cb5?aggregate=true");
  }

  @Test
  void listBatchesOfDataSetFiltersByDataSetWithPaging() {
    String answer = AepReference.read(EX + "from-openapi/listBatches.200.response.json");
    aep.enqueueJson(200, answer);

    Map<String, Batch> batches = catalog.listBatchesOfDataSet("5ab540d0864cf0267448ead4",
        CatalogQuery.builder().limit(10).start(20).orderBy("desc:created").putFilters("status", "success").build()).objects();

    assertThat(batches).containsOnlyKeys("5911f88ae2f4bf657c5a8cb5");
    assertThat(batches.get("5911f88ae2f4bf657c5a8cb5").imsOrg()).contains("4F3BB22C5631222A7F000101@AdobeOrg");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget())
        .isEqualTo(BASE + "batches?limit=10&start=20&orderBy=desc%3Acreated&status=success&dataSet=5ab540d0864cf0267448ead4");
  }

  @Test
  void listBatchesPassesEveryParameter() {
    String answer = AepReference.read(EX + "from-openapi/listBatches.200.response.json");
    aep.enqueueJson(200, answer);

    Map<String, Batch> batches = catalog.listBatches(CatalogQuery.builder()
        .addProperties("status", "created")
        .propertyFilter("status!=failed")
        .putFilters("createdAfter", "1494349962000")
        .build()).objects();

    assertThat(batches.get("5911f88ae2f4bf657c5a8cb5").metrics()).containsEntry("foo", 1337L);
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getUrl().encodedPath()).isEqualTo(BASE + "batches");
    assertThat(sent.getUrl().queryParameter("properties")).isEqualTo("status,created");
    assertThat(sent.getUrl().queryParameter("property")).isEqualTo("status!=failed");
    assertThat(sent.getUrl().queryParameter("createdAfter")).isEqualTo("1494349962000");
    assertThat(sent.getUrl().querySize()).isEqualTo(3);
  }

  /** A batch body with every member of the spec's batchRequest, values from its examples. */
  private static BatchRequest fullBatch() {
    return BatchRequest.builder()
        .externalId("/adobe/bulkingest/5af9ee67e4045c1b4945c209")
        .started(1494349963122L)
        .completed(1494349963467L)
        .replay(BatchReplay.builder().addPredecessors("5d01230fc78a4e4f8c0c6b387b4b8d1c").reason("Deletion of privacy data.").build())
        .status("success")
        .recordCount(45L)
        .failedRecordCount(2L)
        .addErrors(BatchError.builder().code("err-1494349963436").addRows("3-5").description("This resource is read-only and cannot be modified.").build())
        .size(512L)
        .availableDates(AvailableDates.builder().startDate(1337L).endDate(4000L).build())
        .addRelatedObjects(RelatedObject.builder().type("dataSet").id("5ab540d0864cf0267448ead4").tag("output").build())
        .putMetrics("foo", 1337L)
        .putTags("foo_bar", List.of("stuff"))
        .inputFormat(InputFormat.builder().format("parquet").delimiter(".").quote("`").escape("\\").nullMarker("")
            .header("true").charset("UTF-8").build())
        .build();
  }

  private static final String FULL_BATCH_JSON = "{\"externalId\":\"/adobe/bulkingest/5af9ee67e4045c1b4945c209\","
      + "\"started\":1494349963122,\"completed\":1494349963467,"
      + "\"replay\":{\"predecessors\":[\"5d01230fc78a4e4f8c0c6b387b4b8d1c\"],\"reason\":\"Deletion of privacy data.\"},"
      + "\"status\":\"success\",\"recordCount\":45,\"failedRecordCount\":2,"
      + "\"errors\":[{\"code\":\"err-1494349963436\",\"rows\":[\"3-5\"],"
      + "\"description\":\"This resource is read-only and cannot be modified.\"}],"
      + "\"size\":512,\"availableDates\":{\"startDate\":1337,\"endDate\":4000},"
      + "\"relatedObjects\":[{\"type\":\"dataSet\",\"id\":\"5ab540d0864cf0267448ead4\",\"tag\":\"output\"}],"
      + "\"metrics\":{\"foo\":1337},\"tags\":{\"foo_bar\":[\"stuff\"]},"
      + "\"inputFormat\":{\"format\":\"parquet\",\"delimiter\":\".\",\"quote\":\"`\",\"escape\":\"\\\\\","
      + "\"nullMarker\":\"\",\"header\":\"true\",\"charset\":\"UTF-8\"}}";

  @Test
  void createBatchPostsEveryMemberAndReturnsTheNewId() {
    aep.enqueueJson(201, "[\"@/batches/5911f88ae2f4bf657c5a8cb5\"]");

    String id = catalog.createBatch(fullBatch());

    assertThat(id).isEqualTo("5911f88ae2f4bf657c5a8cb5");
    RecordedRequest sent = exchange(201, "[\"@/batches/5911f88ae2f4bf657c5a8cb5\"]");
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getTarget()).isEqualTo(BASE + "batches");
    assertThat(sent.getHeaders().values("Content-Type")).containsExactly("application/json");
    assertThat(sent.getBody().utf8()).isEqualTo(FULL_BATCH_JSON);
  }

  @Test
  void createBatchWithIdPostsToTheChosenId() {
    aep.enqueueJson(201, "[\"@/batches/my-batch-1\"]");
    BatchRequest batch = BatchRequest.builder().status("processing")
        .addRelatedObjects(RelatedObject.builder().type("dataSet").id("5ab540d0864cf0267448ead4").build())
        .build();

    assertThat(catalog.createBatch("my-batch-1", batch)).isEqualTo("my-batch-1");

    RecordedRequest sent = exchange(201, "[\"@/batches/my-batch-1\"]");
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getTarget()).isEqualTo(BASE + "batches/my-batch-1");
    assertThat(sent.getBody().utf8())
        .isEqualTo("{\"status\":\"processing\",\"relatedObjects\":[{\"type\":\"dataSet\",\"id\":\"5ab540d0864cf0267448ead4\"}]}");
  }

  @Test
  void createAndReplaceNeedAStatusBeforeSending() {
    BatchRequest noStatus = BatchRequest.builder().recordCount(1L).build();
    assertThatThrownBy(() -> catalog.createBatch(noStatus)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POST /batches").hasMessageContaining("status");
    assertThatThrownBy(() -> catalog.createBatch("b1", noStatus)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POST /batches/{id}");
    assertThatThrownBy(() -> catalog.replaceBatch("b1", noStatus)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PUT /batches/{id}");
    assertThat(aep.server().getRequestCount()).isZero();
  }

  @Test
  void replaceBatchPutsTheWholeBatch() {
    aep.enqueueJson(200, "[\"@/batches/5911f88ae2f4bf657c5a8cb5\"]");

    assertThat(catalog.replaceBatch("5911f88ae2f4bf657c5a8cb5", fullBatch())).isEqualTo("5911f88ae2f4bf657c5a8cb5");

    RecordedRequest sent = exchange(200, "[\"@/batches/5911f88ae2f4bf657c5a8cb5\"]");
    assertThat(sent.getMethod()).isEqualTo("PUT");
    assertThat(sent.getTarget()).isEqualTo(BASE + "batches/5911f88ae2f4bf657c5a8cb5");
    assertThat(sent.getHeaders().values("Content-Type")).containsExactly("application/json");
    assertThat(sent.getBody().utf8()).isEqualTo(FULL_BATCH_JSON);
  }

  @Test
  void updateBatchPatchesOnlyTheGivenMembersAsApplicationJson() {
    aep.enqueueJson(200, "[\"@/batches/5911f88ae2f4bf657c5a8cb5\"]");

    String id = catalog.updateBatch("5911f88ae2f4bf657c5a8cb5",
        BatchRequest.builder().recordCount(50L).putMetrics("foo", 1337L).build());

    assertThat(id).isEqualTo("5911f88ae2f4bf657c5a8cb5");
    RecordedRequest sent = exchange(200, "[\"@/batches/5911f88ae2f4bf657c5a8cb5\"]");
    assertThat(sent.getMethod()).isEqualTo("PATCH");
    assertThat(sent.getTarget()).isEqualTo(BASE + "batches/5911f88ae2f4bf657c5a8cb5");
    assertThat(sent.getHeaders().values("Content-Type")).containsExactly("application/json");
    assertThat(sent.getBody().utf8()).isEqualTo("{\"recordCount\":50,\"metrics\":{\"foo\":1337}}");
  }

  @Test
  @SuppressWarnings("deprecation")
  void deleteBatchReportsWhetherCatalogDeletedIt() {
    aep.enqueueJson(200, "[\"@/batches/5911f88ae2f4bf657c5a8cb5\"]");
    assertThat(catalog.deleteBatch("5911f88ae2f4bf657c5a8cb5")).isTrue();
    RecordedRequest sent = exchange(200, "[\"@/batches/5911f88ae2f4bf657c5a8cb5\"]");
    assertThat(sent.getMethod()).isEqualTo("DELETE");
    assertThat(sent.getTarget()).isEqualTo(BASE + "batches/5911f88ae2f4bf657c5a8cb5");
    assertThat(sent.getBodySize()).isZero();

    aep.enqueueJson(404, "{\"type\":\"/placeholder/type/uri\",\"status\":404,\"title\":\"NotFoundError\",\"detail\":\"no batch\"}");
    assertThatThrownBy(() -> catalog.deleteBatch("000000000000000000000000")).isInstanceOf(NotFoundException.class);
    ContractValidator.assertRequestValid(Spec.CATALOG, aep.takeRequest());
  }

  @Test
  @SuppressWarnings("deprecation")
  void listUniqueBatchValuesSendsTheFieldAndFilters() {
    String answer = AepReference.read(EX + "from-openapi/retrieveUniqueBatchValues.200.response.json");
    aep.enqueueJson(200, answer);

    List<String> values = catalog.listUniqueBatchValues("dataSet", CatalogQuery.builder()
        .limit(3).putFilters("status", "success").putFilters("createdAfter", "1494349962000").build());

    assertThat(values).containsExactly("5911f88ae2f4bf657c5a8cb5", "5911f88ae2f4bf657c5a8cb4", "5911f88ae2f4bf657c5a8cb3");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo(BASE + "batches/uniques/dataSet?limit=3&status=success&createdAfter=1494349962000");
  }

  @Test
  void listLastBatchesIsKeyedByDataSetId() {
    String answer = AepReference.read(EX + "from-openapi/listLastBatches.200.response.json");
    aep.enqueueJson(200, answer);

    Map<String, LastBatch> last = catalog.listLastBatches(CatalogQuery.builder()
        .limit(50)
        .putFilters("dataSetId", CatalogQuery.anyOf("5ab540d0864cf0267448ead4", "5ab540d0864cf0267448ead5"))
        .build()).objects();

    assertThat(last.get("5ab540d0864cf0267448ead4").lastBatchStatusValue()).isEqualTo(BatchStatus.PROCESSING);
    assertThat(last.get("5ab540d0864cf0267448ead4").lastSuccessfulBatchId()).contains("73a340e26b64ed3eb31ec8f9");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget())
        .isEqualTo(BASE + "lastBatches?limit=50&dataSetId=5ab540d0864cf0267448ead4%2C5ab540d0864cf0267448ead5");
  }

  @Test
  void listLastBatchesRejectsPropertyFiltersBeforeSending() {
    assertThatThrownBy(() -> catalog.listLastBatches(CatalogQuery.builder().propertyFilter("imsOrg").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("property");
    assertThat(aep.server().getRequestCount()).isZero();
  }

  // ------------------------------------------------------------------------------------------
  // Tags and batched requests

  @Test
  @SuppressWarnings("deprecation")
  void listTagsSendsTheNamespaceAsOneSegmentAndReadsValuesAndObjects() {
    String answer = AepReference.read(EX + "from-openapi/listTags.200.response.json");
    aep.enqueueJson(200, answer);

    TagValues tags = catalog.listTags("adobe/pqs/databases");

    assertThat(tags.values()).containsExactly(Map.entry("adobe/pqs/databases", List.of("baz", "bat", "foo", "bar")));
    assertThat(tags.objectType().get("datasets")).containsExactly("@/DataSet/5b20017aa492bbd30425e21b",
        "@/DataSet/5b20451bf4c5e1f6fad006f9", "@/DataSet/5b20451cf4c5e1f6fad006fb");
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo(BASE + "tags/adobe%2Fpqs%2Fdatabases");
  }

  @Test
  @SuppressWarnings("deprecation")
  void listBatchedRequestsGetsTheBasePathItself() {
    String answer = "{\"dataSource\":\"foo_dataSource\",\"dataSet\":\"foo_dataSet\"}";
    aep.enqueueJson(200, answer);

    ServiceResources resources = catalog.listBatchedRequests(CatalogQuery.builder().limit(5).orderBy("asc:created").build());

    assertThat(resources.dataSet()).contains("foo_dataSet");
    assertThat(resources.dataSource()).contains("foo_dataSource");
    assertThat(resources.transform()).isEmpty();
    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo(BASE + "?limit=5&orderBy=asc%3Acreated");
  }

  @Test
  @SuppressWarnings("deprecation")
  void createBatchedRequestPostsTheItemsAndReturnsTheIds() {
    String answer = "[\"@/dataSets/5c8c3c555033b814b69f947f\",\"@/dataSets/5ba9452f7de80400007fc52a\"]";
    aep.enqueueJson(201, answer);
    List<BatchedRequestItem> items = List.of(
        BatchedRequestItem.builder().id("first").method("POST").resource("/dataSets")
            .putBody("name", "LoyaltyMembersDataset").build(),
        BatchedRequestItem.builder().id("second").method("PATCH").resource("/dataSets/5ba9452f7de80400007fc52a")
            .putHeaders("if-match", "1.0.6").putBody("description", "patched").build());

    List<String> ids = catalog.createBatchedRequest(items);

    assertThat(ids).containsExactly("5c8c3c555033b814b69f947f", "5ba9452f7de80400007fc52a");
    RecordedRequest sent = exchange(201, answer);
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getTarget()).isEqualTo(BASE);
    assertThat(sent.getHeaders().values("Content-Type")).containsExactly("application/json");
    assertThat(sent.getBody().utf8()).isEqualTo("[{\"id\":\"first\",\"method\":\"POST\",\"resource\":\"/dataSets\","
        + "\"body\":{\"name\":\"LoyaltyMembersDataset\"}},"
        + "{\"id\":\"second\",\"method\":\"PATCH\",\"headers\":{\"if-match\":\"1.0.6\"},"
        + "\"resource\":\"/dataSets/5ba9452f7de80400007fc52a\",\"body\":{\"description\":\"patched\"}}]");
  }
}
