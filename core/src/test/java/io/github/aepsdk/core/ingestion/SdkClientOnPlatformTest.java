package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import io.github.aepsdk.catalog.Batch;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.conversion.DataPage;
import io.github.aepsdk.conversion.Mapping;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.conversion.MappingSetValidation;
import io.github.aepsdk.conversion.PreviewResult;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepServiceException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.error.PreconditionFailedException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.ExploreItem;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.TableStructure;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.localplatform.Fault;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.ResultsPage;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.XdmSummary;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK's own client against the local platform, after the builder ran the tutorial there: OAuth
 * Server-to-Server through the platform's IMS, the API methods end to end, AEP errors as typed
 * exceptions; and every kind of platform answer, fetched raw, read by the SDK's models in strict
 * mode (a member a closed model does not know fails).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkClientOnPlatformTest {
  private static final String FLOW_SERVICE = "/data/foundation/flowservice";
  private static final String MAPPING_SETS = "/data/foundation/conversion/mappingSets";

  private IngestionPlatform ingestion;
  private LocalPlatform platform;
  private AepClient aep;
  private IngestionResources created;

  @BeforeAll
  void start() {
    ingestion = IngestionPlatform.start();
    platform = ingestion.platform;
    aep = ingestion.aep;
    created = ingestion.tutorial().run().resources();
  }

  @AfterAll
  void stop() {
    ingestion.close();
  }

  private String id(IngestionStep step) {
    return created.require(step);
  }

  @Test
  void theClientReadsWhatTheBuilderCreated() {
    FlowSpec spec = aep.flowService().findFlowSpecByName("CRMToAEP").orElseThrow();
    assertThat(spec.id()).isEqualTo("14518937-270c-4525-bdec-c2ba7cce3860");
    assertThat(aep.flowService().getConnectionSpec("cc6a4487-9e91-433e-a3a3-9cf6626c1806").id())
        .isEqualTo("cc6a4487-9e91-433e-a3a3-9cf6626c1806");

    Flow flow = aep.flowService().getFlow(id(IngestionStep.DATAFLOW));
    assertThat(flow.scheduleParams().orElseThrow().startTime()).isEqualTo(IngestionPlatform.START.getEpochSecond());
    assertThat(flow.scheduleParams().orElseThrow().frequency()).isEqualTo("hour");
    assertThat(flow.sourceConnectionIds()).containsExactly(id(IngestionStep.SOURCE_CONNECTION));
    assertThat(flow.targetConnectionIds()).containsExactly(id(IngestionStep.TARGET_CONNECTION));

    ItemsPage<Run> runs = aep.flowService().listRunsOfFlow(id(IngestionStep.DATAFLOW));
    assertThat(runs.items()).hasSize(1);
    var records = runs.items().get(0).metrics().orElseThrow().recordSummary().orElseThrow();
    assertThat(records.inputRecordCount()).contains(5L);
    assertThat(records.outputRecordCount()).contains(4L);
    assertThat(records.failedRecordCount()).contains(1L);

    assertThat(aep.flowService().exploreRoot(id(IngestionStep.BASE_CONNECTION)))
        .extracting(i -> i.name().orElseThrow()).contains("Hubspot.Contacts");
    assertThat(aep.schemaRegistry().getSchema(Container.TENANT, id(IngestionStep.TARGET_SCHEMA)).id())
        .contains(id(IngestionStep.TARGET_SCHEMA));
    DataSet dataSet = aep.catalog().getDataSet(id(IngestionStep.DATASET));
    assertThat(dataSet.schemaRef().orElseThrow().id()).isEqualTo(id(IngestionStep.TARGET_SCHEMA));
    assertThat(aep.catalog().listBatchesOfDataSet(id(IngestionStep.DATASET), CatalogQuery.none()).objects()).hasSize(1);
    MappingSet mappingSet = aep.conversion().getMappingSet(id(IngestionStep.MAPPING_SET));
    assertThat(mappingSet.mappings()).hasSize(4);
  }

  @Test
  void aepErrorsBecomeTypedExceptionsWithTheirCodes() {
    String flowId = id(IngestionStep.DATAFLOW);
    assertThatThrownBy(() -> aep.flowService().getFlow("00000000-0000-0000-0000-000000000000"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).contains("FLOW-1439-404"));
    assertThatThrownBy(() -> aep.flowService().patchFlow(flowId, "\"0000aaaa-0000-0200-0000-000000000000\"", List.of()))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.errorCode()).contains("FLOW-1404-412"));
    assertThatThrownBy(() -> aep.schemaRegistry().getSchema(Container.TENANT, "_localtenant.schemas.0000"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).contains("XDM-1012-404"));
    assertThatThrownBy(() -> aep.withSandbox("dev").catalog().getDataSet(id(IngestionStep.DATASET)))
        .isInstanceOf(AepServiceException.class);
  }

  @Test
  void theClientGetsANewTokenWhenTheCurrentOneExpires() {
    String flowId = id(IngestionStep.DATAFLOW);
    aep.flowService().getFlow(flowId);
    long tokenRequests = platform.recordedCalls().stream().filter(c -> c.path().equals("/ims/token/v3")).count();

    platform.inject(Fault.expiredToken());

    assertThat(aep.flowService().getFlow(flowId).id()).isEqualTo(flowId);
    assertThat(platform.recordedCalls().stream().filter(c -> c.path().equals("/ims/token/v3")).count())
        .isEqualTo(tokenRequests + 1);
  }

  Stream<Arguments> answers() {
    String hubSpot = id(IngestionStep.BASE_CONNECTION);
    String schemaId = id(IngestionStep.TARGET_SCHEMA);
    String mappingSetId = id(IngestionStep.MAPPING_SET);
    String xed = "application/vnd.adobe.xed+json; version=1";
    return Stream.of(
        Arguments.of("connection specs", get(FLOW_SERVICE + "/connectionSpecs"), type(ItemsPage.class, ConnectionSpec.class)),
        Arguments.of("flow specs", get(FLOW_SERVICE + "/flowSpecs"), type(ItemsPage.class, FlowSpec.class)),
        Arguments.of("connections", get(FLOW_SERVICE + "/connections"), type(ItemsPage.class, Connection.class)),
        Arguments.of("source connections", get(FLOW_SERVICE + "/sourceConnections"), type(ItemsPage.class, SourceConnection.class)),
        Arguments.of("target connections", get(FLOW_SERVICE + "/targetConnections"), type(ItemsPage.class, TargetConnection.class)),
        Arguments.of("flows", get(FLOW_SERVICE + "/flows"), type(ItemsPage.class, Flow.class)),
        Arguments.of("runs", get(FLOW_SERVICE + "/runs"), type(ItemsPage.class, Run.class)),
        Arguments.of("explore root", get(FLOW_SERVICE + "/connections/" + hubSpot + "/explore?objectType=root"),
            type(List.class, ExploreItem.class)),
        Arguments.of("explore table", get(FLOW_SERVICE + "/connections/" + hubSpot
            + "/explore?objectType=table&object=Hubspot.Contacts"), TableStructure.class),
        Arguments.of("schema", get("/data/foundation/schemaregistry/tenant/schemas/"
            + URLEncoder.encode(schemaId, StandardCharsets.UTF_8), "Accept", xed), Schema.class),
        Arguments.of("schema list", get("/data/foundation/schemaregistry/tenant/schemas", "Accept",
            "application/vnd.adobe.xed-id+json"), type(ResultsPage.class, XdmSummary.class)),
        Arguments.of("datasets", get("/data/foundation/catalog/dataSets"), type(Map.class, String.class, DataSet.class)),
        Arguments.of("batches", get("/data/foundation/catalog/batches"), type(Map.class, String.class, Batch.class)),
        Arguments.of("mapping set", get(MAPPING_SETS + "/" + mappingSetId), MappingSet.class),
        Arguments.of("mapping sets", get(MAPPING_SETS), type(DataPage.class, MappingSet.class)),
        Arguments.of("mappings", get(MAPPING_SETS + "/" + mappingSetId + "/mappings"), type(List.class, Mapping.class)),
        Arguments.of("validation", post(MAPPING_SETS + "/validate", "{\"xdmSchema\":\"" + schemaId + "\",\"mappings\":["
            + "{\"source\":\"a\",\"destination\":\"_id\"},{\"source\":\"b\",\"destination\":\"nope\"}]}"),
            MappingSetValidation.class),
        Arguments.of("preview", post(MAPPING_SETS + "/preview", "{\"data\":[{\"a\":\"x\"}],\"mappingSet\":{\"xdmSchema\":\""
            + schemaId + "\",\"mappings\":[{\"source\":\"a\",\"destination\":\"_id\"}]}}"), type(List.class, PreviewResult.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void everyAnswerReadsStrictlyIntoTheSdkModels(String what, String answer, Type type) throws Exception {
    Object parsed = AepJson.strictAdapter(type).fromJson(answer);

    assertThat(AepJson.strictAdapter(type).toJson(parsed)).as(what).startsWith(answer.substring(0, 1));
  }

  private static Type type(Class<?> raw, Type... arguments) {
    return Types.newParameterizedType(raw, arguments);
  }

  private String get(String path, String... headers) {
    return send(new Request.Builder().url(platform.baseUrl() + path).get(), headers);
  }

  private String post(String path, String json) {
    return send(new Request.Builder().url(platform.baseUrl() + path)
        .post(RequestBody.create(json, MediaType.get("application/json"))));
  }

  /** One raw call with the four gateway headers; the answer's body text, which must be a 2xx. */
  private String send(Request.Builder request, String... headers) {
    IngestionPlatform.Answer answer = ingestion.send(request, IngestionPlatform.SANDBOX, headers);
    assertThat(answer.status).as("answer %s", answer.body).isBetween(200, 299);
    return answer.body;
  }
}
