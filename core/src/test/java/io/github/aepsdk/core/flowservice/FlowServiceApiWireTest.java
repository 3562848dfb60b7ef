package io.github.aepsdk.core.flowservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.error.PreconditionFailedException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.ColumnConfig;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.ConnectionAuth;
import io.github.aepsdk.flowservice.ConnectionData;
import io.github.aepsdk.flowservice.ConnectionSearchRequest;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.ConnectionSpecRequest;
import io.github.aepsdk.flowservice.ConnectionTestResult;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.CreateFlowRequest;
import io.github.aepsdk.flowservice.CreateRunRequest;
import io.github.aepsdk.flowservice.CreateSourceConnectionRequest;
import io.github.aepsdk.flowservice.CreateTargetConnectionRequest;
import io.github.aepsdk.flowservice.EntityRef;
import io.github.aepsdk.flowservice.ExploreItem;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowSearchRequest;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.FlowSpecRequest;
import io.github.aepsdk.flowservice.FlowSpecSearchRequest;
import io.github.aepsdk.flowservice.Frequency;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.Link;
import io.github.aepsdk.flowservice.PageLinks;
import io.github.aepsdk.flowservice.PatchOperation;
import io.github.aepsdk.flowservice.ResourceState;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.RunMetrics;
import io.github.aepsdk.flowservice.RunParams;
import io.github.aepsdk.flowservice.RunStatus;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SchemaRef;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.SourceConnectionParams;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.flowservice.StatusSummary;
import io.github.aepsdk.flowservice.TableStructure;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.flowservice.TargetConnectionParams;
import io.github.aepsdk.flowservice.Transformation;
import io.github.aepsdk.flowservice.UpdateRunRequest;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every FlowServiceApi operation on the wire: method, raw (percent-encoded) path and query, {@code
 * If-Match}, the body the SDK sends, the typed result of Adobe's example answers, and each exchange
 * checked against the official (patched) Flow Service spec.
 */
class FlowServiceApiWireTest {

  private static final String BASE = "/data/foundation/flowservice/";
  private static final String EX = "examples/flowservice/";
  private static final String ETAG = "\"1400dd53-0000-0200-0000-5f3f23450000\"";

  private MockAep aep;
  private FlowServiceApi flowService;

  @BeforeEach
  void start() {
    aep = MockAep.start();
    flowService = aep.client().flowService();
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  // ------------------------------------------------------------------ helpers

  /** Takes the request, checks the exchange against the Flow Service spec, and returns the request. */
  private RecordedRequest exchange(int status, String body) {
    RecordedRequest request = aep.takeRequest();
    ContractValidator.assertValid(Spec.FLOW_SERVICE, request, status, status == 204 ? null : "application/json", body);
    return request;
  }

  private static String example(String file) {
    return AepReference.read(EX + file);
  }

  /** An {@code .invalid.json} example with its one trailing comma removed (see FlowServiceFixturesTest). */
  private static String repaired(String file) {
    return example(file).replaceAll(",(\\s*[}\\]])", "$1");
  }

  private static <T> T read(String json, Type type) throws IOException {
    return AepJson.<T>strictAdapter(type).fromJson(json);
  }

  private static String json(Object value, Type type) {
    return AepJson.adapter(type).toJson(value);
  }

  private static Type pageOf(Type item) {
    return Types.newParameterizedType(ItemsPage.class, item);
  }

  private static Object tree(String json) throws IOException {
    return AepJson.adapter(Object.class).fromJson(json);
  }

  private static String itemsOf(String itemJson) {
    return "{\"items\":[" + itemJson + "]}";
  }

  private static void assertRequest(RecordedRequest sent, String method, String rawPath, String rawQuery) {
    assertThat(sent.getMethod()).isEqualTo(method);
    assertThat(sent.getUrl().encodedPath()).isEqualTo(BASE + rawPath);
    assertThat(sent.getUrl().encodedQuery()).isEqualTo(rawQuery);
  }

  private static void assertNoBody(RecordedRequest sent) {
    assertThat(sent.getBody() == null || sent.getBody().size() == 0).as("no request body").isTrue();
  }

  /** The sent body: exactly {@code Content-Type: application/json}, parsed to a JSON tree. */
  private static Object sentBody(RecordedRequest sent) throws IOException {
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
    return tree(sent.getBody().utf8());
  }

  private static final Instant START = Instant.parse("2020-06-01T20:30:54Z");

  // ------------------------------------------------------------------ connection specs

  @Test
  void listConnectionSpecsSendsEachPropertyFilterEncoded() {
    String answer = example("list-connection-specs-datalake.response.json");
    aep.enqueueJson(200, answer);

    ItemsPage<ConnectionSpec> page = flowService.listConnectionSpecs(List.of("id==" + ConnectionSpec.DATA_LAKE_ID));

    assertThat(page.items()).extracting(ConnectionSpec::id).containsExactly(ConnectionSpec.DATA_LAKE_ID);
    assertThat(page.items().get(0).targetSpec().orElseThrow().propertyNames()).containsExactly("dataSetId");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "connectionSpecs", "property=id%3D%3Dc604ff05-7f1a-43c0-8e18-33bf874cb11c");
    assertThat(sent.getUrl().queryParameterValues("property")).containsExactly("id==c604ff05-7f1a-43c0-8e18-33bf874cb11c");
    assertNoBody(sent);
  }

  @Test
  void listConnectionSpecsWithoutFilterSendsNoQuery() {
    String answer = example("list-connection-specs-datalake.response.json");
    aep.enqueueJson(200, answer);

    assertThat(flowService.listConnectionSpecs().items()).hasSize(1);

    assertRequest(exchange(200, answer), "GET", "connectionSpecs", null);
  }

  @Test
  void findConnectionSpecByNameQuotesTheName() {
    String answer = repaired("get-connection-spec-hubspot.response.invalid.json");
    aep.enqueueJson(200, answer);

    ConnectionSpec hubSpot = flowService.findConnectionSpecByName("hubspot").orElseThrow();

    assertThat(hubSpot.id()).isEqualTo(ConnectionSpec.HUBSPOT_ID);
    assertThat(hubSpot.findAuthSpec("Basic Authentication").orElseThrow().propertyNames())
        .containsExactly("clientId", "clientSecret", "accessToken", "refreshToken");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "connectionSpecs", "property=name%3D%3D%22hubspot%22");
    assertThat(sent.getUrl().queryParameter("property")).isEqualTo("name==\"hubspot\"");
  }

  @Test
  void findConnectionSpecByNameIsEmptyWhenNothingMatches() {
    String answer = "{\"items\":[]}";
    aep.enqueueJson(200, answer);

    assertThat(flowService.findConnectionSpecByName("nosuchconnector")).isEmpty();

    assertRequest(exchange(200, answer), "GET", "connectionSpecs", "property=name%3D%3D%22nosuchconnector%22");
  }

  @Test
  void findByNameQuotesNamesWithQuotesAndNonAsciiLetters() {
    String answer = "{\"items\":[]}";
    aep.enqueueJson(200, answer);
    String name = "Kundendaten \"CRM\" – Zürich & Genève = 100% ";

    assertThat(flowService.findConnectionSpecByName(name)).isEmpty();

    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getUrl().queryParameter("property")).isEqualTo("name==\"" + name + "\"");
    assertThat(sent.getUrl().encodedQuery()).isEqualTo("property=name%3D%3D%22Kundendaten%20%22CRM%22%20%E2%80%93%20Z%C3%BCrich"
        + "%20%26%20Gen%C3%A8ve%20%3D%20100%25%20%22");
  }

  @Test
  void findByNameRefusesOnlyWhatAFilterCannotExpressWithoutSendingAnything() {
    assertThatThrownBy(() -> flowService.findConnectionSpecByName("a,b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Flow Service filter cannot compare with a value that holds a comma (AEP reads a comma as \"or\""
            + " between values and has no escape for it): a,b");
    assertThatThrownBy(() -> flowService.findFlowSpecByName(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(aep.server().getRequestCount()).isZero();
  }

  @Test
  void getConnectionSpecUnwrapsTheSingleItem() {
    String answer = example("list-connection-specs-datalake.response.json");
    aep.enqueueJson(200, answer);

    ConnectionSpec spec = flowService.getConnectionSpec(ConnectionSpec.DATA_LAKE_ID);

    assertThat(spec.id()).isEqualTo(ConnectionSpec.DATA_LAKE_ID);
    assertThat(spec.providerId()).contains("0ed90a81-07f4-4586-8190-b40eccef1c5a");
    assertRequest(exchange(200, answer), "GET", "connectionSpecs/" + ConnectionSpec.DATA_LAKE_ID, null);
  }

  @Test
  void createConnectionSpecSendsTheClientOwnedMembersAndReadsTheCreatedSpec() throws IOException {
    String answer = example("from-openapi/createConnectionSpec.201.response.success.json");
    aep.enqueueJson(201, answer);
    ConnectionSpecRequest request = ConnectionSpecRequest.from(read(answer, ConnectionSpec.class));

    ConnectionSpec created = flowService.createConnectionSpec(request);

    assertThat(created.id()).isEqualTo("44c6e8ec-54e8-4813-a472-93c6cf29c3d7");
    assertThat(created.createdAt()).contains(1624299037286L);
    RecordedRequest sent = exchange(201, answer);
    assertRequest(sent, "POST", "connectionSpecs", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) sentBody(sent);
    assertThat(body).containsEntry("name", "test1").containsEntry("providerId", "0ed90a81-07f4-4586-8190-b40eccef1c5a")
        .containsEntry("version", "1.0")
        .containsOnlyKeys("name", "providerId", "version", "attributes", "authSpec", "sourceSpec", "permissionsInfo");
    @SuppressWarnings("unchecked")
    Map<String, Object> example = (Map<String, Object>) tree(answer);
    assertThat(body.get("authSpec")).isEqualTo(example.get("authSpec"));
    assertThat(body.get("sourceSpec")).isEqualTo(example.get("sourceSpec"));
  }

  @Test
  void updateConnectionSpecPutsTheWholeSpec() throws IOException {
    String answer = example("from-openapi/updateConnectionSpec.200.response.success.json");
    aep.enqueueJson(200, answer);
    ConnectionSpecRequest request = ConnectionSpecRequest.builder()
        .from(ConnectionSpecRequest.from(read(answer, ConnectionSpec.class)))
        .name("dynamics-online")
        .build();

    ConnectionSpec updated = flowService.updateConnectionSpec("44c6e8ec-54e8-4813-a472-93c6cf29c3d7", request);

    assertThat(updated.imsOrgId()).contains("7BA732555AECDB4C0A494036@AdobeOrg");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "PUT", "connectionSpecs/44c6e8ec-54e8-4813-a472-93c6cf29c3d7", null);
    assertThat(sent.getHeaders().get("If-Match")).isNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) sentBody(sent);
    assertThat(body).containsEntry("name", "dynamics-online").doesNotContainKeys("id", "createdAt", "imsOrgId", "sandboxId");
  }

  /** The three GETs whose answers the spec's examples show as {"items":[{columnName, columnType}]}. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("columnConfigLookups")
  void columnConfigLookupsReadTheItemsEnvelope(String file, String path, java.util.function.Function<FlowServiceApi, ItemsPage<ColumnConfig>> call) {
    String answer = example("from-openapi/" + file);
    aep.enqueueJson(200, answer);

    ItemsPage<ColumnConfig> page = call.apply(flowService);

    assertThat(page.items()).extracting(ColumnConfig::columnName).containsExactly("name", "address", "dob", "phone");
    assertThat(page.items().get(2).columnType()).isEqualTo("date");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", path, null);
    assertNoBody(sent);
  }

  static Stream<Arguments> columnConfigLookups() {
    return Stream.of(
        Arguments.of("exploreByConnectionSpecId.200.response.success.json", "connectionSpecs/cs-1/explore",
            (java.util.function.Function<FlowServiceApi, ItemsPage<ColumnConfig>>) api -> api.exploreConnectionSpec("cs-1")),
        Arguments.of("configByConnectionSpecId.200.response.success.json", "connectionSpecs/cs-1/configs",
            (java.util.function.Function<FlowServiceApi, ItemsPage<ColumnConfig>>) api -> api.getConnectionSpecConfigs("cs-1")),
        Arguments.of("exploreConfigByConnectionId.200.response.success.json", "connections/c-1/configs",
            (java.util.function.Function<FlowServiceApi, ItemsPage<ColumnConfig>>) api -> api.getConnectionConfigs("c-1")));
  }

  // ------------------------------------------------------------------ base connections

  @Test
  void createHubSpotConnectionSendsTheDocumentedBody() throws IOException {
    String answer = example("create-base-connection-hubspot.response.json");
    aep.enqueueJson(201, answer);
    CreateConnectionRequest request = CreateConnectionRequest.builder()
        .name("connection for HubSpot")
        .description("connection for HubSpot")
        .auth(ConnectionAuth.of("Basic Authentication", Map.of(
            "clientId", "{CLIENT_ID}", "clientSecret", "{CLIENT_SECRET}",
            "accessToken", "{ACCESS_TOKEN}", "refreshToken", "{REFRESH_TOKEN}")))
        .connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0"))
        .build();

    EntityRef created = flowService.createConnection(request);

    assertThat(created).isEqualTo(EntityRef.of("2fce94c1-9a93-4971-8e94-c19a93097129", "\"d403848a-0000-0200-0000-5e978f7b0000\""));
    RecordedRequest sent = exchange(201, answer);
    assertRequest(sent, "POST", "connections", null);
    assertThat(sentBody(sent)).isEqualTo(tree(example("create-base-connection-hubspot.request.json")));
  }

  @Test
  void createDatasetBaseConnectionSendsTheDataLakeSpecWithoutAuth() throws IOException {
    String answer = example("create-dataset-base-connection.response.json");
    aep.enqueueJson(201, answer);

    EntityRef created = flowService.createConnection(CreateConnectionRequest.dataLake("Dataset Base Connection", "Dataset Base Connection"));

    assertThat(created.id()).isEqualTo("d6c3988d-14ef-4000-8398-8d14ef000021");
    assertThat(created.etag()).isEqualTo("\"d502e61b-0000-0200-0000-5e62a1f90000\"");
    RecordedRequest sent = exchange(201, answer);
    assertRequest(sent, "POST", "connections", null);
    assertThat(sent.getBody().utf8()).isEqualTo("{\"name\":\"Dataset Base Connection\",\"description\":\"Dataset Base Connection\","
        + "\"connectionSpec\":{\"id\":\"c604ff05-7f1a-43c0-8e18-33bf874cb11c\",\"version\":\"1.0\"}}");
    assertThat(sentBody(sent)).isEqualTo(tree(example("create-dataset-base-connection.request.json")));
  }

  @Test
  void getConnectionReturnsTheTypedConnection() {
    Connection connection = Connection.builder()
        .id("139f6a5f-a78b-4744-9f6a-5fa78bd74431")
        .createdAt(1597973312000L)
        .name("E2E_SF Base_Connection")
        .connectionSpec(SpecRef.of("cfc0fee1-7dc0-40ef-b73e-d8b134c436f5", "1.0"))
        .state("enabled")
        .auth(ConnectionAuth.of("Basic Authentication", Map.of("username", "my-salesforce-account")))
        .version(ETAG)
        .etag(ETAG)
        .build();
    String answer = itemsOf(json(connection, Connection.class));
    aep.enqueueJson(200, answer);

    Connection got = flowService.getConnection("139f6a5f-a78b-4744-9f6a-5fa78bd74431");

    assertThat(got).isEqualTo(connection);
    assertThat(got.stateValue()).isEqualTo(ResourceState.ENABLED);
    assertThat(got.auth().orElseThrow().toString()).doesNotContain("my-salesforce-account");
    assertRequest(exchange(200, answer), "GET", "connections/139f6a5f-a78b-4744-9f6a-5fa78bd74431", null);
  }

  @Test
  void listConnectionsSendsEveryQueryParameterInOrder() {
    ItemsPage<Connection> page = ItemsPage.<Connection>builder()
        .addItems(Connection.builder().id("c1").name("first").build(), Connection.builder().id("c2").build())
        .links(PageLinks.builder().next(Link.builder().href("/connections?continuationToken=token-2").build()).build())
        .build();
    String answer = json(page, pageOf(Connection.class));
    aep.enqueueJson(200, answer);

    ItemsPage<Connection> got = flowService.listConnections(
        List.of("connectionSpec.id==" + ConnectionSpec.HUBSPOT_ID, "state==enabled"), 2, "-createdAt", "token-1", null);

    assertThat(got.items()).extracting(Connection::id).containsExactly("c1", "c2");
    assertThat(got.continuationToken()).contains("token-2");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "connections",
        "property=connectionSpec.id%3D%3Dcc6a4487-9e91-433e-a3a3-9cf6626c1806&property=state%3D%3Denabled"
            + "&limit=2&orderby=-createdAt&continuationToken=token-1");
  }

  @Test
  void listConnectionsWithoutArgumentsSendsNoQuery() {
    String answer = "{\"items\":[],\"_links\":{}}";
    aep.enqueueJson(200, answer);

    ItemsPage<Connection> got = flowService.listConnections();

    assertThat(got.items()).isEmpty();
    assertThat(got.continuationToken()).isEmpty();
    assertRequest(exchange(200, answer), "GET", "connections", null);
  }

  @Test
  void patchConnectionSendsIfMatchExactlyAndAJsonPatchArray() throws IOException {
    String answer = example("from-openapi/patchConnection.200.response.json");
    aep.enqueueJson(200, answer);

    EntityRef updated = flowService.patchConnection("69f188b6-af07-4587-8061-e94d34637b41", ETAG, List.of(
        PatchOperation.replace("/name", "Test salesforce connection"),
        PatchOperation.add("/description", "A test salesforce connection"),
        PatchOperation.replace("/auth/params", Map.of("username", "salesforce-connector-username"))));

    assertThat(updated.etag()).isEqualTo("\"6802064a-0000-0200-0000-6387c6b90000\"");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "PATCH", "connections/69f188b6-af07-4587-8061-e94d34637b41", null);
    assertThat(sent.getHeaders().values("If-Match")).containsExactly(ETAG);
    assertThat(sentBody(sent)).isEqualTo(List.of(
        Map.of("op", "replace", "path", "/name", "value", "Test salesforce connection"),
        Map.of("op", "add", "path", "/description", "value", "A test salesforce connection"),
        Map.of("op", "replace", "path", "/auth/params", "value", Map.of("username", "salesforce-connector-username"))));
  }

  @Test
  void deleteConnectionSendsDeleteWithoutBody() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    assertThat(flowService.deleteConnection("69f188b6-af07-4587-8061-e94d34637b41")).isNull();

    RecordedRequest sent = exchange(204, null);
    assertRequest(sent, "DELETE", "connections/69f188b6-af07-4587-8061-e94d34637b41", null);
    assertNoBody(sent);
  }

  @Test
  void exploreRootListsTheSourceTables() {
    String answer = repaired("explore-root.response.invalid.json");
    aep.enqueueJson(200, answer);

    List<ExploreItem> tables = flowService.exploreRoot("c6d4ee17-6752-4e83-94ee-1767522e83fa");

    assertThat(tables).extracting(ExploreItem::path).contains("Hubspot.Contacts").hasSize(4);
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "connections/c6d4ee17-6752-4e83-94ee-1767522e83fa/explore", "objectType=root");
  }

  @Test
  void exploreTableSendsTheTablePathAsObject() {
    String answer = repaired("explore-table.response.invalid.json");
    aep.enqueueJson(200, answer);

    TableStructure table = flowService.exploreTable("c6d4ee17-6752-4e83-94ee-1767522e83fa", "Hubspot.Contacts");

    assertThat(table.format()).contains("flat");
    assertThat(table.column("Added_At").orElseThrow().xdmType()).contains("date-time");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "connections/c6d4ee17-6752-4e83-94ee-1767522e83fa/explore", "objectType=table&object=Hubspot.Contacts");
  }

  @Test
  void exploreTableEncodesAPathWithSpacesAndSlashes() {
    String answer = repaired("explore-table.response.invalid.json");
    aep.enqueueJson(200, answer);

    flowService.exploreTable("c6d4ee17", "sales/2024 leads&co");

    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getUrl().encodedQuery()).isEqualTo("objectType=table&object=sales%2F2024%20leads%26co");
    assertThat(sent.getUrl().queryParameter("object")).isEqualTo("sales/2024 leads&co");
  }

  @Test
  void testConnectionReadsTheResult() {
    String answer = "{\"result\":false}";
    aep.enqueueJson(200, answer);

    ConnectionTestResult result = flowService.testConnection("69f188b6-af07-4587-8061-e94d34637b41");

    assertThat(result.result()).contains(false);
    assertThat(result.succeeded()).isFalse();
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "connections/69f188b6-af07-4587-8061-e94d34637b41/test", null);
    assertNoBody(sent);
  }

  @Test
  void publishConnectionSendsTheDraftTutorialsOpWithoutBody() {
    String answer = "{\"id\":\"f9377f50-607a-4818-b77f-50607a181860\",\"etag\":\"\\\"2f0276fa-0000-0200-0000-5eab3abb0000\\\"\"}";
    aep.enqueueJson(200, answer);

    EntityRef published = flowService.publishConnection("f9377f50-607a-4818-b77f-50607a181860");

    assertThat(published).isEqualTo(EntityRef.of("f9377f50-607a-4818-b77f-50607a181860", "\"2f0276fa-0000-0200-0000-5eab3abb0000\""));
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "connections/f9377f50-607a-4818-b77f-50607a181860/action", "op=publish");
    assertNoBody(sent);
  }

  @Test
  void performConnectionActionSendsEachSubOp() {
    String answer = example("from-openapi/createConnection.201.response.json");
    aep.enqueueJson(200, answer);

    flowService.performConnectionAction("69f188b6-af07-4587-8061-e94d34637b41", "FINALIZE_UPDATE", List.of("APPLY", "PROGRESS"));

    assertRequest(exchange(200, answer), "POST", "connections/69f188b6-af07-4587-8061-e94d34637b41/action",
        "op=FINALIZE_UPDATE&subOp=APPLY&subOp=PROGRESS");
  }

  @Test
  void searchConnectionsPostsTheFilterBody() throws IOException {
    ItemsPage<Connection> page = ItemsPage.<Connection>builder()
        .addItems(Connection.builder().id("c1").state("enabled").build())
        .links(PageLinks.builder().next(Link.builder().href("/connections/search?continuationToken=token-2").build()).build())
        .build();
    String answer = json(page, pageOf(Connection.class));
    aep.enqueueJson(200, answer);

    ItemsPage<Connection> got = flowService.searchConnections(
        ConnectionSearchRequest.builder().queryString("state==enabled").limit(1).orderby("-createdAt").build(), "token-1");

    assertThat(got.items()).extracting(Connection::id).containsExactly("c1");
    assertThat(got.continuationToken()).contains("token-2");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "connections/search", "continuationToken=token-1");
    assertThat(sent.getBody().utf8()).isEqualTo("{\"queryString\":\"state==enabled\",\"limit\":1,\"orderby\":\"-createdAt\"}");
  }

  // ------------------------------------------------------------------ source connections

  @Test
  void createSourceConnectionSendsTheDocumentedBody() throws IOException {
    String answer = example("create-source-connection.response.json");
    aep.enqueueJson(201, answer);
    CreateSourceConnectionRequest request = CreateSourceConnectionRequest.builder()
        .name("HubSpot source connection")
        .baseConnectionId("c6d4ee17-6752-4e83-94ee-1767522e83fa")
        .description("HubSpot source connection")
        .data(ConnectionData.ofFormat("tabular"))
        .params(SourceConnectionParams.ofPath("Hubspot.Contacts"))
        .connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0"))
        .build();

    EntityRef created = flowService.createSourceConnection(request);

    assertThat(created).isEqualTo(EntityRef.of("f44dbef2-a4f0-4978-8dbe-f2a4f0e978cf", "\"5f00fba7-0000-0200-0000-5ed560520000\""));
    RecordedRequest sent = exchange(201, answer);
    assertRequest(sent, "POST", "sourceConnections", null);
    // the doc's body has a trailing comma (invalid JSON); the SDK sends the same members as valid JSON
    assertThat(sentBody(sent)).isEqualTo(tree(repaired("create-source-connection.request.invalid.json")));
  }

  @Test
  void getSourceConnectionReturnsTheTypedConnection() {
    SourceConnection connection = SourceConnection.builder()
        .id("b85b895f-a289-42e9-8fe1-ae448ccc7e53")
        .name("HubSpot source connection")
        .baseConnectionId("c6d4ee17-6752-4e83-94ee-1767522e83fa")
        .state("draft")
        .data(ConnectionData.ofFormat("tabular"))
        .params(SourceConnectionParams.builder().path("Hubspot.Contacts").putAdditionalProperties("columns", List.of()).build())
        .connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0"))
        .etag(ETAG)
        .build();
    String answer = itemsOf(json(connection, SourceConnection.class));
    aep.enqueueJson(200, answer);

    SourceConnection got = flowService.getSourceConnection("b85b895f-a289-42e9-8fe1-ae448ccc7e53");

    assertThat(got.params().orElseThrow().path()).contains("Hubspot.Contacts");
    assertThat(got.stateValue()).isEqualTo(ResourceState.DRAFT);
    assertThat(got.etag()).contains(ETAG);
    assertRequest(exchange(200, answer), "GET", "sourceConnections/b85b895f-a289-42e9-8fe1-ae448ccc7e53", null);
  }

  @Test
  void listSourceConnectionsFiltersByBaseConnection() {
    ItemsPage<SourceConnection> page = ItemsPage.<SourceConnection>builder()
        .addItems(SourceConnection.builder().id("s1").baseConnectionId("b1").build())
        .build();
    String answer = json(page, pageOf(SourceConnection.class));
    aep.enqueueJson(200, answer);

    ItemsPage<SourceConnection> got = flowService.listSourceConnections(List.of("baseConnectionId==b1"), 50, "name", null, null);

    assertThat(got.items()).extracting(SourceConnection::id).containsExactly("s1");
    assertRequest(exchange(200, answer), "GET", "sourceConnections", "property=baseConnectionId%3D%3Db1&limit=50&orderby=name");
  }

  @Test
  void listSourceConnectionsWithoutArgumentsSendsNoQuery() {
    String answer = "{\"items\":[]}";
    aep.enqueueJson(200, answer);

    assertThat(flowService.listSourceConnections().items()).isEmpty();

    assertRequest(exchange(200, answer), "GET", "sourceConnections", null);
  }

  @Test
  void patchSourceConnectionSendsIfMatchAndOperations() throws IOException {
    String answer = "{\"id\":\"56f7eb3a-b544-4eaa-b167-ef1711044c7a\",\"etag\":\"\\\"210068a6-0000-0200-0000-6718201b0000\\\"\"}";
    aep.enqueueJson(200, answer);

    EntityRef updated = flowService.patchSourceConnection("56f7eb3a-b544-4eaa-b167-ef1711044c7a", ETAG,
        List.of(PatchOperation.add("/params/filters", Map.of("type", "PQL", "format", "pql/json"))));

    assertThat(updated.etag()).isEqualTo("\"210068a6-0000-0200-0000-6718201b0000\"");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "PATCH", "sourceConnections/56f7eb3a-b544-4eaa-b167-ef1711044c7a", null);
    assertThat(sent.getHeaders().get("If-Match")).isEqualTo(ETAG);
    assertThat(sentBody(sent)).isEqualTo(List.of(
        Map.of("op", "add", "path", "/params/filters", "value", Map.of("type", "PQL", "format", "pql/json"))));
  }

  @Test
  void deleteSourceConnection() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    flowService.deleteSourceConnection("56f7eb3a-b544-4eaa-b167-ef1711044c7a");

    assertRequest(exchange(204, null), "DELETE", "sourceConnections/56f7eb3a-b544-4eaa-b167-ef1711044c7a", null);
  }

  @Test
  void publishSourceConnectionSendsOpPublish() {
    String answer = "{\"id\":\"56f7eb3a-b544-4eaa-b167-ef1711044c7a\",\"etag\":\"\\\"210068a6-0000-0200-0000-6718201b0000\\\"\"}";
    aep.enqueueJson(200, answer);

    EntityRef published = flowService.publishSourceConnection("56f7eb3a-b544-4eaa-b167-ef1711044c7a");

    assertThat(published.etag()).isEqualTo("\"210068a6-0000-0200-0000-6718201b0000\"");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "sourceConnections/56f7eb3a-b544-4eaa-b167-ef1711044c7a/action", "op=publish");
    assertNoBody(sent);
  }

  // ------------------------------------------------------------------ target connections

  @Test
  void createTargetConnectionSendsTheDocumentedBody() throws IOException {
    String answer = example("create-target-connection.response.json");
    aep.enqueueJson(201, answer);
    CreateTargetConnectionRequest request = CreateTargetConnectionRequest.builder()
        .name("HubSpot target connection")
        .description("HubSpot target connection")
        .data(ConnectionData.ofSchema(SchemaRef.of(
            "https://ns.adobe.com/{TENANT_ID}/schemas/da411446eec78026c28d9fafd9e406e304b771d55b07b91b", SchemaRef.XED_FULL_V1)))
        .params(TargetConnectionParams.ofDataSet("5ed5639d798a22191b6987b2"))
        .connectionSpec(SpecRef.of(ConnectionSpec.DATA_LAKE_ID, "1.0"))
        .build();

    EntityRef created = flowService.createTargetConnection(request);

    assertThat(created.id()).isEqualTo("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65");
    RecordedRequest sent = exchange(201, answer);
    assertRequest(sent, "POST", "targetConnections", null);
    assertThat(sentBody(sent)).isEqualTo(tree(example("create-target-connection.request.json")));
  }

  @Test
  void getTargetConnectionReturnsTheTypedConnection() {
    TargetConnection connection = TargetConnection.builder()
        .id("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65")
        .state("enabled")
        .data(ConnectionData.ofSchema(SchemaRef.of("https://ns.adobe.com/acme/schemas/1", SchemaRef.XED_FULL_V1)))
        .params(TargetConnectionParams.ofDataSet("5ed5639d798a22191b6987b2"))
        .connectionSpec(SpecRef.of(ConnectionSpec.DATA_LAKE_ID, "1.0"))
        .etag(ETAG)
        .build();
    String answer = itemsOf(json(connection, TargetConnection.class));
    aep.enqueueJson(200, answer);

    TargetConnection got = flowService.getTargetConnection("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65");

    assertThat(got).isEqualTo(connection);
    assertThat(got.params().orElseThrow().dataSetId()).contains("5ed5639d798a22191b6987b2");
    assertRequest(exchange(200, answer), "GET", "targetConnections/4b3d05d8-b7aa-40de-bd05-d8b7aa80de65", null);
  }

  @Test
  void listTargetConnectionsCountsWithCountTrue() {
    String answer = "{\"count\":3}";
    aep.enqueueJson(200, answer);

    ItemsPage<TargetConnection> got = flowService.listTargetConnections(
        List.of("connectionSpec.id==" + ConnectionSpec.DATA_LAKE_ID), null, null, null, true);

    assertThat(got.count()).contains(3L);
    assertThat(got.items()).isEmpty();
    assertRequest(exchange(200, answer), "GET", "targetConnections",
        "property=connectionSpec.id%3D%3Dc604ff05-7f1a-43c0-8e18-33bf874cb11c&count=true");
  }

  @Test
  void listTargetConnectionsWithoutArgumentsSendsNoQuery() {
    String answer = "{\"items\":[]}";
    aep.enqueueJson(200, answer);

    assertThat(flowService.listTargetConnections().items()).isEmpty();

    assertRequest(exchange(200, answer), "GET", "targetConnections", null);
  }

  @Test
  void patchTargetConnectionSendsIfMatchAndOperations() throws IOException {
    String answer = example("create-target-connection.response.json");
    aep.enqueueJson(200, answer);

    flowService.patchTargetConnection("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65", ETAG,
        List.of(PatchOperation.replace("/params/dataSetId", "5ed5639d798a22191b6987b3")));

    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "PATCH", "targetConnections/4b3d05d8-b7aa-40de-bd05-d8b7aa80de65", null);
    assertThat(sent.getHeaders().get("If-Match")).isEqualTo(ETAG);
    assertThat(sentBody(sent)).isEqualTo(List.of(Map.of("op", "replace", "path", "/params/dataSetId", "value", "5ed5639d798a22191b6987b3")));
  }

  @Test
  void deleteTargetConnection() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    flowService.deleteTargetConnection("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65");

    assertRequest(exchange(204, null), "DELETE", "targetConnections/4b3d05d8-b7aa-40de-bd05-d8b7aa80de65", null);
  }

  @Test
  void publishTargetConnectionSendsOpPublish() {
    String answer = example("create-target-connection.response.json");
    aep.enqueueJson(200, answer);

    EntityRef published = flowService.publishTargetConnection("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65");

    assertThat(published.id()).isEqualTo("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "targetConnections/4b3d05d8-b7aa-40de-bd05-d8b7aa80de65/action", "op=publish");
    assertNoBody(sent);
  }

  // ------------------------------------------------------------------ flow specs

  @Test
  void findFlowSpecByNameLooksUpCrmToAep() {
    String answer = example("list-flow-specs-crmtoaep-2020.response.json");
    aep.enqueueJson(200, answer);

    FlowSpec spec = flowService.findFlowSpecByName(FlowSpec.CRM_TO_AEP_NAME).orElseThrow();

    assertThat(spec.id()).isEqualTo(FlowSpec.CRM_TO_AEP_ID);
    assertThat(spec.findTransformationSpec("Mapping")).isPresent();
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "flowSpecs", "property=name%3D%3D%22CRMToAEP%22");
    assertThat(sent.getUrl().queryParameter("property")).isEqualTo("name==\"CRMToAEP\"");
  }

  @Test
  void listFlowSpecsWithoutFilterSendsNoQuery() {
    String answer = example("list-flow-specs-crmtoaep-2020.response.json");
    aep.enqueueJson(200, answer);

    assertThat(flowService.listFlowSpecs().items()).hasSize(1);

    assertRequest(exchange(200, answer), "GET", "flowSpecs", null);
  }

  @Test
  void getFlowSpecReadsTheNewerDocsTransformationSpec() {
    String answer = itemsOf(example("get-flow-spec-crmtoaep.response.json"));
    aep.enqueueJson(200, answer);

    FlowSpec spec = flowService.getFlowSpec(FlowSpec.CRM_TO_AEP_ID);

    assertThat(spec.transformationSpecs()).extracting(s -> s.name().orElseThrow()).containsExactly("Copy", "Mapping");
    assertThat(spec.scheduleSpec().orElseThrow().propertyNames()).contains("startTime", "frequency", "interval", "backfill");
    assertRequest(exchange(200, answer), "GET", "flowSpecs/" + FlowSpec.CRM_TO_AEP_ID, null);
  }

  @Test
  void createFlowSpecSendsTheSpecSectionsAndReadsTheCreatedSpec() throws IOException {
    String answer = example("from-openapi/createFlowSpec.201.response.success.json");
    aep.enqueueJson(201, answer);
    FlowSpec example = read(answer, FlowSpec.class);

    FlowSpec created = flowService.createFlowSpec(FlowSpecRequest.from(example));

    assertThat(created.id()).isEqualTo("9753525b-82c7-4dce-8a9b-5ccfce2b9876");
    assertThat(created.transformationSpecs()).extracting(t -> t.name().orElseThrow()).containsExactly("Mapping");
    RecordedRequest sent = exchange(201, answer);
    assertRequest(sent, "POST", "flowSpecs", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) sentBody(sent);
    assertThat(body).containsEntry("name", "CloudStorageToAEP").doesNotContainKeys("id", "transformationSpec");
    assertThat(body.get("sourceConnectionSpecIds")).isEqualTo(example.sourceConnectionSpecIds());
    assertThat((List<?>) body.get("transformationSpecs")).hasSize(1);
    assertThat(body).containsKey("scheduleSpec");
  }

  @Test
  void updateFlowSpecAddsASourceConnectionSpec() throws IOException {
    String answer = example("from-openapi/updateFlowSpec.200.response.success.json");
    aep.enqueueJson(200, answer);
    FlowSpec current = read(answer, FlowSpec.class);
    FlowSpecRequest request = FlowSpecRequest.builder().from(FlowSpecRequest.from(current))
        .addSourceConnectionSpecIds(ConnectionSpec.HUBSPOT_ID).build();

    FlowSpec updated = flowService.updateFlowSpec(current.id(), request);

    assertThat(updated.id()).isEqualTo(current.id());
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "PUT", "flowSpecs/" + current.id(), null);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) sentBody(sent);
    assertThat((List<Object>) body.get("sourceConnectionSpecIds")).endsWith(ConnectionSpec.HUBSPOT_ID)
        .hasSize(current.sourceConnectionSpecIds().size() + 1);
  }

  @Test
  void searchFlowSpecsPostsTheFilterBody() {
    String answer = example("list-flow-specs-crmtoaep-2020.response.json");
    aep.enqueueJson(200, answer);

    ItemsPage<FlowSpec> page = flowService.searchFlowSpecs(FlowSpecSearchRequest.builder()
        .queryString("name==CRMToAEP").groupByProperty("providerId").projectionFields("id,name").build());

    assertThat(page.items()).extracting(FlowSpec::id).containsExactly(FlowSpec.CRM_TO_AEP_ID);
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "flowSpecs/search", null);
    assertThat(sent.getBody().utf8())
        .isEqualTo("{\"queryString\":\"name==CRMToAEP\",\"groupByProperty\":\"providerId\",\"projectionFields\":\"id,name\"}");
  }

  // ------------------------------------------------------------------ flows

  @Test
  void createFlowSendsTheSpecFormOfTheDocumentedRequest() throws IOException {
    String answer = example("create-flow.response.json");
    aep.enqueueJson(201, answer);
    CreateFlowRequest request = read(example("create-flow.request.json"), CreateFlowRequest.class);

    EntityRef created = flowService.createFlow(request);

    assertThat(created).isEqualTo(EntityRef.of("e0bd8463-0913-4ca1-bd84-6309134ca1f6", "\"04004fe9-0000-0200-0000-5ebc4c8b0000\""));
    RecordedRequest sent = exchange(201, answer);
    assertRequest(sent, "POST", "flows", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) sentBody(sent);
    // the doc sends strings and a numeric mappingVersion; the SDK sends the spec's integer/string forms
    assertThat(body.get("scheduleParams")).isEqualTo(Map.of("startTime", 1591043454L, "frequency", "once", "interval", 15L));
    assertThat(body.get("transformations")).isEqualTo(List.of(
        Map.of("name", "Copy", "params", Map.of("deltaColumn", Map.of("name", "updatedAt", "dateFormat", "YYYY-MM-DD", "timezone", "UTC"))),
        Map.of("name", "Mapping", "params", Map.of("mappingId", "500a9b747fcf4908a21917d49bd61780", "mappingVersion", "0"))));
    assertThat(body).containsEntry("flowSpec", Map.of("id", FlowSpec.CRM_TO_AEP_ID, "version", "1.0"))
        .containsEntry("sourceConnectionIds", List.of("f44dbef2-a4f0-4978-8dbe-f2a4f0e978cf"))
        .containsEntry("targetConnectionIds", List.of("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65"))
        .containsOnlyKeys("name", "description", "flowSpec", "sourceConnectionIds", "targetConnectionIds", "transformations", "scheduleParams");
  }

  @Test
  void createFlowFromTheBuilderSendsIntegersAndABoolean() {
    String answer = example("from-openapi/createFlow.201.response.json");
    aep.enqueueJson(201, answer);
    CreateFlowRequest request = CreateFlowRequest.builder()
        .name("HubSpot dataflow")
        .flowSpec(SpecRef.of(FlowSpec.CRM_TO_AEP_ID, "1.0"))
        .addSourceConnectionIds("f44dbef2-a4f0-4978-8dbe-f2a4f0e978cf")
        .addTargetConnectionIds("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65")
        .addTransformations(Transformation.mapping("500a9b747fcf4908a21917d49bd61780", "0"))
        .scheduleParams(ScheduleParams.builder().from(ScheduleParams.every(Frequency.MINUTE, 15, START)).backfill(true).build())
        .build();

    assertThat(flowService.createFlow(request).id()).isEqualTo("3d17a4ff-9e0a-4f7c-94bb-bc0b61a3a76d");

    RecordedRequest sent = exchange(201, answer);
    assertThat(sent.getBody().utf8()).isEqualTo("{\"name\":\"HubSpot dataflow\","
        + "\"flowSpec\":{\"id\":\"14518937-270c-4525-bdec-c2ba7cce3860\",\"version\":\"1.0\"},"
        + "\"sourceConnectionIds\":[\"f44dbef2-a4f0-4978-8dbe-f2a4f0e978cf\"],"
        + "\"targetConnectionIds\":[\"4b3d05d8-b7aa-40de-bd05-d8b7aa80de65\"],"
        + "\"transformations\":[{\"name\":\"Mapping\",\"params\":{\"mappingId\":\"500a9b747fcf4908a21917d49bd61780\",\"mappingVersion\":\"0\"}}],"
        + "\"scheduleParams\":{\"startTime\":1591043454,\"frequency\":\"minute\",\"interval\":15,\"backfill\":true}}");
  }

  @Test
  void getFlowReturnsTheTypedFlowWithNormalisedSchedule() {
    String answer = example("get-flow.response.json");
    aep.enqueueJson(200, answer);

    Flow flow = flowService.getFlow("2edc08ac-4df5-4fe6-936f-81a19ce92f5c");

    assertThat(flow.etag()).contains("\"5400d99c-0000-0200-0000-60358d540000\"");
    ScheduleParams schedule = flow.scheduleParams().orElseThrow();
    assertThat(schedule.startTime()).isEqualTo(1612310466L);
    assertThat(schedule.frequencyValue()).isEqualTo(Frequency.WEEK);
    assertThat(schedule.backfillValue()).contains(true);
    assertThat(flow.transformations().get(1).params().mappingId()).contains("0b090130b58b4819afc78b6dc98b484d");
    assertRequest(exchange(200, answer), "GET", "flows/2edc08ac-4df5-4fe6-936f-81a19ce92f5c", null);
  }

  @Test
  void getFlowEncodesTheIdAsOnePathSegment() {
    String answer = example("get-flow.response.json");
    aep.enqueueJson(200, answer);

    flowService.getFlow("a b/c?d");

    RecordedRequest sent = exchange(200, answer);
    assertThat(sent.getUrl().encodedPath()).isEqualTo(BASE + "flows/a%20b%2Fc%3Fd");
    assertThat(sent.getUrl().encodedQuery()).isNull();
  }

  /** Flow Service answers an unknown id of a single lookup with 200 {"items":[]}. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("singleLookups")
  void singleLookupOfEmptyItemsThrowsNotFound(String path, java.util.function.Consumer<FlowServiceApi> call) {
    String answer = "{\"items\":[]}";
    aep.enqueueJson(200, answer);

    assertThatThrownBy(() -> call.accept(flowService))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(BASE + path);

    assertRequest(exchange(200, answer), "GET", path, null);
  }

  static Stream<Arguments> singleLookups() {
    return Stream.of(
        Arguments.of("flows/f-1", (java.util.function.Consumer<FlowServiceApi>) api -> api.getFlow("f-1")),
        Arguments.of("runs/r-1", (java.util.function.Consumer<FlowServiceApi>) api -> api.getRun("r-1")),
        Arguments.of("connections/c-1", (java.util.function.Consumer<FlowServiceApi>) api -> api.getConnection("c-1")),
        Arguments.of("sourceConnections/s-1", (java.util.function.Consumer<FlowServiceApi>) api -> api.getSourceConnection("s-1")),
        Arguments.of("targetConnections/t-1", (java.util.function.Consumer<FlowServiceApi>) api -> api.getTargetConnection("t-1")),
        Arguments.of("connectionSpecs/cs-1", (java.util.function.Consumer<FlowServiceApi>) api -> api.getConnectionSpec("cs-1")),
        Arguments.of("flowSpecs/fs-1", (java.util.function.Consumer<FlowServiceApi>) api -> api.getFlowSpec("fs-1")));
  }

  @Test
  void listFlowsCountsEnabledFlows() {
    String answer = example("list-flows-count.response.json");
    aep.enqueueJson(200, answer);

    ItemsPage<Flow> page = flowService.listFlows(List.of("state==enabled"), null, null, null, true);

    assertThat(page.count()).contains(95L);
    assertRequest(exchange(200, answer), "GET", "flows", "property=state%3D%3Denabled&count=true");
  }

  @Test
  void listFlowsWithoutArgumentsSendsNoQuery() {
    String answer = example("get-flow.response.json");
    aep.enqueueJson(200, answer);

    assertThat(flowService.listFlows().items()).extracting(Flow::id).containsExactly("2edc08ac-4df5-4fe6-936f-81a19ce92f5c");

    assertRequest(exchange(200, answer), "GET", "flows", null);
  }

  @Test
  void listFlowsEncodesArrayFiltersAndOrValues() {
    String answer = "{\"items\":[],\"_links\":{}}";
    aep.enqueueJson(200, answer);

    flowService.listFlows(List.of("sourceConnectionIds[]==9874984,6980696"), 10, "+name", null, null);

    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "flows", "property=sourceConnectionIds%5B%5D%3D%3D9874984%2C6980696&limit=10&orderby=%2Bname");
    assertThat(sent.getUrl().queryParameter("property")).isEqualTo("sourceConnectionIds[]==9874984,6980696");
    assertThat(sent.getUrl().queryParameter("orderby")).isEqualTo("+name");
  }

  /** Each documented PATCH body goes out member for member, with the etag as If-Match. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("flowPatches")
  void patchFlowSendsEachDocumentedPatch(String requestFile, String responseFile, String flowId) throws IOException {
    String answer = example(responseFile);
    aep.enqueueJson(200, answer);
    List<PatchOperation> operations = read(example(requestFile), Types.newParameterizedType(List.class, PatchOperation.class));

    EntityRef updated = flowService.patchFlow(flowId, ETAG, operations);

    assertThat(updated).isEqualTo(read(answer, EntityRef.class));
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "PATCH", "flows/" + flowId, null);
    assertThat(sent.getHeaders().values("If-Match")).containsExactly(ETAG);
    assertThat(sentBody(sent)).isEqualTo(tree(example(requestFile)));
  }

  static Stream<Arguments> flowPatches() {
    return Stream.of(
        Arguments.of("patch-flow-schedule.request.json", "patch-flow-schedule.response.json", "2edc08ac-4df5-4fe6-936f-81a19ce92f5c"),
        Arguments.of("patch-flow-mapping.request.json", "patch-flow-mapping.response.json", "2edc08ac-4df5-4fe6-936f-81a19ce92f5c"),
        Arguments.of("patch-flow-labels.request.json", "patch-flow-labels.response.json", "84224def-1e2a-4d95-9ea2-132d697ed2aa"));
  }

  @Test
  void patchFlowWithStaleEtagThrowsPreconditionFailed() {
    String answer = AepReference.read("examples/errors/flowservice-etag-mismatch.json");
    aep.enqueueJson(412, answer);

    assertThatThrownBy(() -> flowService.patchFlow("2edc08ac", ETAG, List.of(PatchOperation.replace("/name", "x"))))
        .isInstanceOf(PreconditionFailedException.class);

    assertThat(exchange(412, answer).getHeaders().get("If-Match")).isEqualTo(ETAG);
  }

  @Test
  void deleteFlow() {
    aep.server().enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

    flowService.deleteFlow("2edc08ac-4df5-4fe6-936f-81a19ce92f5c");

    RecordedRequest sent = exchange(204, null);
    assertRequest(sent, "DELETE", "flows/2edc08ac-4df5-4fe6-936f-81a19ce92f5c", null);
    assertNoBody(sent);
  }

  // ------------------------------------------------------------------ flow state transitions

  /** Enable and disable: the spec's upper-case {@code op}, the etag as If-Match, no body, {@code {id, etag}} back. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stateTransitions")
  void postStateTransitionSendsTheOperationAndIfMatchWithoutBody(String op) {
    String answer = "{\"id\":\"2edc08ac-4df5-4fe6-936f-81a19ce92f5c\",\"etag\":\"\\\"0c0051a3-0000-0200-0000-5f3f24f10000\\\"\"}";
    aep.enqueueJson(200, answer);

    EntityRef changed = flowService.postStateTransition("2edc08ac-4df5-4fe6-936f-81a19ce92f5c", op, ETAG);

    assertThat(changed.id()).isEqualTo("2edc08ac-4df5-4fe6-936f-81a19ce92f5c");
    assertThat(changed.etag()).isEqualTo("\"0c0051a3-0000-0200-0000-5f3f24f10000\"");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "flows/2edc08ac-4df5-4fe6-936f-81a19ce92f5c/action", "op=" + op);
    assertThat(sent.getHeaders().values("If-Match")).containsExactly(ETAG);
    assertNoBody(sent);
  }

  static Stream<String> stateTransitions() {
    return Stream.of("ENABLE", "DISABLE");
  }

  @Test
  void postStateTransitionWithStaleEtagThrowsPreconditionFailed() {
    String answer = AepReference.read("examples/errors/flowservice-etag-mismatch.json");
    aep.enqueueJson(412, answer);

    assertThatThrownBy(() -> flowService.postStateTransition("2edc08ac", "DISABLE", ETAG))
        .isInstanceOf(PreconditionFailedException.class);

    assertThat(exchange(412, answer).getHeaders().get("If-Match")).isEqualTo(ETAG);
  }

  @Test
  void searchFlowsPostsTheFilterBodyWithTheOptionalSandboxHeader() {
    String answer = example("list-flows-count.response.json");
    aep.enqueueJson(200, answer);

    ItemsPage<Flow> page = flowService.searchFlows(FlowSearchRequest.builder().queryString("state==enabled").count(true).build(),
        null, "sandbox-1,sandbox-2");

    assertThat(page.count()).contains(95L);
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "flows/search", null);
    assertThat(sent.getHeaders().get("x-active-sandbox-ids")).isEqualTo("sandbox-1,sandbox-2");
    assertThat(sent.getBody().utf8()).isEqualTo("{\"queryString\":\"state==enabled\",\"count\":true}");
  }

  @Test
  void searchFlowsWithoutHeaderOrTokenSendsNeither() {
    String answer = "{\"items\":[],\"_links\":{}}";
    aep.enqueueJson(200, answer);

    assertThat(flowService.searchFlows(FlowSearchRequest.of("state==disabled")).items()).isEmpty();

    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "flows/search", null);
    assertThat(sent.getHeaders().names()).doesNotContain("x-active-sandbox-ids");
    assertThat(sent.getBody().utf8()).isEqualTo("{\"queryString\":\"state==disabled\"}");
  }

  // ------------------------------------------------------------------ runs

  @Test
  void listRunsOfFlowFiltersByFlowId() {
    String answer = example("list-runs.response.json");
    aep.enqueueJson(200, answer);

    ItemsPage<Run> page = flowService.listRunsOfFlow("c9cef9cb-c934-4467-8ef9-cbc934546741");

    assertThat(page.items()).extracting(Run::id).containsExactly("9830305a-985f-47d0-b030-5a985fd7d004");
    assertThat(page.items().get(0).statusValue()).isEqualTo(RunStatus.SUCCESS);
    assertThat(page.continuationToken()).isEmpty();
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "GET", "runs", "property=flowId%3D%3Dc9cef9cb-c934-4467-8ef9-cbc934546741");
    assertThat(sent.getUrl().queryParameter("property")).isEqualTo("flowId==c9cef9cb-c934-4467-8ef9-cbc934546741");
  }

  @Test
  void listRunsOfFlowRejectsIdsThatWouldWidenTheFilter() {
    assertThatThrownBy(() -> flowService.listRunsOfFlow("a,b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> flowService.listRunsOfFlow("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(aep.server().getRequestCount()).isZero();
  }

  @Test
  void listRunsSendsTimeRangeFiltersAndPaging() {
    String answer = example("list-runs.response.json");
    aep.enqueueJson(200, answer);

    flowService.listRuns(List.of("flowId==f1", "metrics.durationSummary.startedAtUTC>1593134665781"), 5, "-createdAt", "abc", null);

    assertRequest(exchange(200, answer), "GET", "runs",
        "property=flowId%3D%3Df1&property=metrics.durationSummary.startedAtUTC%3E1593134665781&limit=5&orderby=-createdAt&continuationToken=abc");
  }

  @Test
  void getRunReturnsTheTypedRun() {
    String answer = itemsOf(example("create-run.response.json"));
    aep.enqueueJson(200, answer);

    Run run = flowService.getRun("3fb0418e-1804-45d6-8d56-dd51f05c0baf");

    assertThat(run.flowId()).contains("3abea21c-7e36-4be1-bec1-d3bad0e3e0de");
    assertThat(run.statusValue()).isEqualTo(RunStatus.SCHEDULED);
    assertRequest(exchange(200, answer), "GET", "runs/3fb0418e-1804-45d6-8d56-dd51f05c0baf", null);
  }

  @Test
  void createRunSendsIntegerWindowTimes() throws IOException {
    String answer = example("create-run.response.json");
    aep.enqueueJson(201, answer);
    CreateRunRequest request = read(example("create-run.request.json"), CreateRunRequest.class);

    Run run = flowService.createRun(request);

    assertThat(run.id()).isEqualTo("3fb0418e-1804-45d6-8d56-dd51f05c0baf");
    assertThat(run.params().orElseThrow().windowStartTime()).contains(1651584991L);
    RecordedRequest sent = exchange(201, answer);
    assertRequest(sent, "POST", "runs", null);
    assertThat(sentBody(sent)).isEqualTo(Map.of("flowId", "3abea21c-7e36-4be1-bec1-d3bad0e3e0de",
        "params", Map.of("windowStartTime", 1651584991L, "windowEndTime", 16515859567L, "deltaColumn", Map.of("name", "DOB"))));
  }

  @Test
  void updateRunPutsTheReportedStateWithIfMatch() throws IOException {
    String answer = example("from-openapi/updateRun.200.response.success.json");
    aep.enqueueJson(200, answer);
    UpdateRunRequest request = UpdateRunRequest.builder()
        .flowId("3abea21c-7e36-4be1-bec1-d3bad0e3e0de")
        .flowSpec(SpecRef.of(FlowSpec.CRM_TO_AEP_ID, "1.0"))
        .params(RunParams.builder().windowStartTime(1651584991L).windowEndTime(1651585956L).build())
        .metrics(RunMetrics.builder().statusSummary(StatusSummary.builder().status("success").build()).build())
        .build();

    Run run = flowService.updateRun("ae4532-fe4324-f34vsd32", ETAG, request);

    assertThat(run.id()).isEqualTo("ae4532-fe4324-f34vsd32");
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "PUT", "runs/ae4532-fe4324-f34vsd32", null);
    assertThat(sent.getHeaders().values("If-Match")).containsExactly(ETAG);
    assertThat(sentBody(sent)).isEqualTo(Map.of("flowId", "3abea21c-7e36-4be1-bec1-d3bad0e3e0de",
        "flowSpec", Map.of("id", FlowSpec.CRM_TO_AEP_ID, "version", "1.0"),
        "params", Map.of("windowStartTime", 1651584991L, "windowEndTime", 1651585956L),
        "metrics", Map.of("statusSummary", Map.of("status", "success"))));
  }

  @Test
  void retriggerRunSendsTheRetryTutorialsOpAndReadsTheNewRun() {
    String answer = "{\"id\":\"3fb0418e-1804-45d6-8d56-dd51f05c0baf\",\"etag\":\"\\\"1100c53e-0000-0200-0000-627138980000\\\"\"}";
    aep.enqueueJson(200, answer);

    EntityRef retried = flowService.retriggerRun("4fb0418e-1804-45d6-8d56-dd51f05c0baf");

    assertThat(retried).isEqualTo(EntityRef.of("3fb0418e-1804-45d6-8d56-dd51f05c0baf", "\"1100c53e-0000-0200-0000-627138980000\""));
    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "runs/4fb0418e-1804-45d6-8d56-dd51f05c0baf/action", "op=re-trigger");
    assertThat(sent.getHeaders().get("If-Match")).isNull();
    assertNoBody(sent);
  }

  @Test
  void performRunActionSendsTheSpecsOp() {
    String answer = "{\"id\":\"3fb0418e-1804-45d6-8d56-dd51f05c0baf\",\"etag\":\"\\\"1100c53e-0000-0200-0000-627138980000\\\"\"}";
    aep.enqueueJson(200, answer);

    flowService.performRunAction("4fb0418e-1804-45d6-8d56-dd51f05c0baf", "RE_TRIGGER");

    RecordedRequest sent = exchange(200, answer);
    assertRequest(sent, "POST", "runs/4fb0418e-1804-45d6-8d56-dd51f05c0baf/action", "op=RE_TRIGGER");
    assertThat(sent.getHeaders().get("If-Match")).isNull();
  }
}
