package io.github.aepsdk.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import io.github.aepsdk.catalog.Batch;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.conversion.DataPage;
import io.github.aepsdk.conversion.Mapping;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.conversion.MappingSetCreated;
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
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.ResultsPage;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.XdmSummary;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK's own client against the platform: OAuth Server-to-Server through the platform's IMS, the
 * API methods end to end, AEP errors as typed exceptions; and every kind of platform answer read by
 * the SDK's models in strict mode (a member a closed model does not know fails).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkClientOnPlatformTest {
  private LocalPlatform platform;
  private Http http;
  private Tutorial t;
  private AepClient aep;

  @BeforeAll
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "dev");
    t = Tutorial.complete(http);
    aep = AepClient.builder()
        .baseUrl(platform.baseUrl())
        .imsUrl(platform.imsUrl())
        .oauthServerToServer(platform.credentials().clientId(), platform.credentials().clientSecret())
        .imsOrgId(platform.credentials().imsOrgId())
        .sandboxName("dev")
        .build();
  }

  @AfterAll
  void stop() {
    aep.close();
    platform.close();
  }

  @Test
  void theClientReadsWhatTheTutorialCreated() {
    FlowSpec spec = aep.flowService().findFlowSpecByName("CRMToAEP").orElseThrow();
    assertThat(spec.id()).isEqualTo("14518937-270c-4525-bdec-c2ba7cce3860");
    assertThat(aep.flowService().getConnectionSpec("cc6a4487-9e91-433e-a3a3-9cf6626c1806").id())
        .isEqualTo("cc6a4487-9e91-433e-a3a3-9cf6626c1806");

    Flow flow = aep.flowService().getFlow(t.flowId);
    assertThat(flow.name()).contains("HubSpot dataflow");
    assertThat(flow.scheduleParams().orElseThrow().startTime()).isEqualTo(1591043454L);
    assertThat(flow.scheduleParams().orElseThrow().frequency()).isEqualTo("once");
    assertThat(flow.sourceConnectionIds()).containsExactly(t.sourceConnectionId);

    ItemsPage<Run> runs = aep.flowService().listRunsOfFlow(t.flowId);
    assertThat(runs.items()).hasSize(1);
    var records = runs.items().get(0).metrics().orElseThrow().recordSummary().orElseThrow();
    assertThat(records.inputRecordCount()).contains(5L);
    assertThat(records.outputRecordCount()).contains(4L);
    assertThat(records.failedRecordCount()).contains(1L);

    assertThat(aep.flowService().exploreRoot(t.hubSpotConnectionId)).extracting(i -> i.name().orElseThrow())
        .contains("Hubspot.Contacts");
    assertThat(aep.schemaRegistry().getSchema(Container.TENANT, t.schemaId).title().orElseThrow())
        .isEqualTo("Target schema for marketing automation");
    DataSet dataSet = aep.catalog().getDataSet(t.dataSetId);
    assertThat(dataSet.name()).contains("Target dataset for a marketing automation connector");
    assertThat(aep.catalog().listBatchesOfDataSet(t.dataSetId, io.github.aepsdk.catalog.CatalogQuery.none())).hasSize(1);
    MappingSet mappingSet = aep.conversion().getMappingSet(t.mappingSetId);
    assertThat(mappingSet.mappings()).hasSize(3);
  }

  @Test
  void aepErrorsBecomeTypedExceptionsWithTheirCodes() {
    assertThatThrownBy(() -> aep.flowService().getFlow("00000000-0000-0000-0000-000000000000"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).contains("FLOW-1439-404"));
    assertThatThrownBy(() -> aep.flowService().patchFlow(t.flowId, "\"0000aaaa-0000-0200-0000-000000000000\"", List.of()))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.errorCode()).contains("FLOW-1404-412"));
    assertThatThrownBy(() -> aep.schemaRegistry().getSchema(Container.TENANT, "_localtenant.schemas.0000"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).contains("XDM-1012-404"));
    assertThatThrownBy(() -> aep.withSandbox("prod").catalog().getDataSet(t.dataSetId))
        .isInstanceOf(AepServiceException.class);
  }

  @Test
  void theClientGetsANewTokenWhenTheCurrentOneExpires() {
    aep.flowService().getFlow(t.flowId);
    long tokenRequests = platform.recordedCalls().stream().filter(c -> c.path().equals("/ims/token/v3")).count();

    platform.inject(Fault.expiredToken());

    assertThat(aep.flowService().getFlow(t.flowId).id()).isEqualTo(t.flowId);
    assertThat(platform.recordedCalls().stream().filter(c -> c.path().equals("/ims/token/v3")).count())
        .isEqualTo(tokenRequests + 1);
  }

  static Type page(Class<?> raw, Type item) {
    return Types.newParameterizedType(raw, item);
  }

  Stream<Arguments> answers() {
    String fs = Tutorial.FLOW_SERVICE;
    String xed = "application/vnd.adobe.xed+json; version=1";
    Function<String, Object> get = path -> http.get(path).json();
    return Stream.of(
        Arguments.of("connection specs", get.apply(fs + "/connectionSpecs"), page(ItemsPage.class, ConnectionSpec.class)),
        Arguments.of("flow specs", get.apply(fs + "/flowSpecs"), page(ItemsPage.class, FlowSpec.class)),
        Arguments.of("connections", get.apply(fs + "/connections"), page(ItemsPage.class, Connection.class)),
        Arguments.of("source connections", get.apply(fs + "/sourceConnections"), page(ItemsPage.class, SourceConnection.class)),
        Arguments.of("target connections", get.apply(fs + "/targetConnections"), page(ItemsPage.class, TargetConnection.class)),
        Arguments.of("flows", get.apply(fs + "/flows"), page(ItemsPage.class, Flow.class)),
        Arguments.of("runs", get.apply(fs + "/runs"), page(ItemsPage.class, Run.class)),
        Arguments.of("explore root", get.apply(fs + "/connections/" + t.hubSpotConnectionId + "/explore?objectType=root"),
            page(List.class, ExploreItem.class)),
        Arguments.of("explore table", get.apply(fs + "/connections/" + t.hubSpotConnectionId
            + "/explore?objectType=table&object=Hubspot.Contacts"), TableStructure.class),
        Arguments.of("schema", http.get(Tutorial.SCHEMAS + "/" + SchemaRegistryTest.enc(t.schemaId), "Accept", xed).json(),
            Schema.class),
        Arguments.of("schema list", http.get(Tutorial.SCHEMAS, "Accept", "application/vnd.adobe.xed-id+json").json(),
            page(ResultsPage.class, XdmSummary.class)),
        Arguments.of("datasets", get.apply(Tutorial.DATASETS), page(Map.class, String.class, DataSet.class)),
        Arguments.of("batches", get.apply("/data/foundation/catalog/batches"), page(Map.class, String.class, Batch.class)),
        Arguments.of("mapping set", get.apply(Tutorial.MAPPING_SETS + "/" + t.mappingSetId), MappingSet.class),
        Arguments.of("mapping sets", get.apply(Tutorial.MAPPING_SETS), page(DataPage.class, MappingSet.class)),
        Arguments.of("mappings", get.apply(Tutorial.MAPPING_SETS + "/" + t.mappingSetId + "/mappings"),
            page(List.class, Mapping.class)),
        Arguments.of("mapping set created", Json.obj("id", t.mappingSetId, "version", 0L, "createdDate", 1L,
            "modifiedDate", 1L, "createdBy", "x", "modifiedBy", "x"), MappingSetCreated.class),
        Arguments.of("validation", http.post(Tutorial.MAPPING_SETS + "/validate",
            Json.obj("xdmSchema", t.schemaId, "mappings", Json.arr(Json.obj("source", "a", "destination", "_id"),
                Json.obj("source", "b", "destination", "nope")))).json(), MappingSetValidation.class),
        Arguments.of("preview", http.post(Tutorial.MAPPING_SETS + "/preview", Json.obj(
            "data", Json.arr(Json.obj("a", "x")),
            "mappingSet", Json.obj("xdmSchema", t.schemaId, "mappings", Json.arr(Json.obj("source", "a", "destination", "_id")))))
            .json(), page(List.class, PreviewResult.class)));
  }

  static Type page(Class<?> raw, Type key, Type value) {
    return Types.newParameterizedType(raw, key, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void everyAnswerReadsStrictlyIntoTheSdkModels(String what, Object answer, Type type) throws Exception {
    Object parsed = AepJson.strictAdapter(type).fromJson(Json.write(answer));

    assertThat(parsed).as(what).isNotNull();
  }
}
