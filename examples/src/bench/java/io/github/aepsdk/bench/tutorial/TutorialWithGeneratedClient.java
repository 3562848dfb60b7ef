package io.github.aepsdk.bench.tutorial;

import aep.catalog.api.DatasetsApi;
import aep.catalog.model.DataSetRequest;
import aep.catalog.model.SchemaRef;
import aep.dataprep.api.MappingSetsApi;
import aep.dataprep.model.MappingSet;
import aep.dataprep.model.SchemaReference;
import aep.dataprep.model.SchemaRepresentation;
import aep.flow.api.ConnectionsApi;
import aep.flow.api.FlowSpecsApi;
import aep.flow.api.FlowsApi;
import aep.flow.api.SourceConnectionsApi;
import aep.flow.api.TargetConnectionsApi;
import aep.flow.model.CreateConnectionRequest;
import aep.flow.model.CreateFlowRequest;
import aep.flow.model.CreateFlowRequestFlowSpec;
import aep.flow.model.CreateSourceConnectionRequest;
import aep.flow.model.CreateSourceConnectionRequestParams;
import aep.flow.model.CreateTargetConnectionRequest;
import aep.flow.model.CreateTargetConnectionRequestConnectionSpec;
import aep.flow.model.CreateTargetConnectionRequestParams;
import aep.flow.model.ScheduleSpecDTO;
import aep.flow.model.SourceConnectionDataDTO;
import aep.flow.model.SpecInfoDTO;
import aep.flow.model.TargetConnectionDataDTO;
import aep.flow.model.TargetConnectionDataDTOSchema;
import aep.schema.api.ClassesApi;
import aep.schema.api.SchemasApi;
import aep.schema.model.CreateClass;
import aep.schema.model.CreateSchema;
import com.google.gson.JsonObject;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.examples.tutorial.TutorialSetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The marketing-automation tutorial with the clients openapi-generator makes of Adobe's four specs
 * (bench profile only: they are generated into target/ at build time). Members the specs do not
 * declare ({@code allOf}, a connection's {@code data.schema}, a flow's connection ids and
 * transformations, a mapping set's mappings) go in as additional properties, and the flow spec is
 * read as a {@code JsonObject} because the generated model cannot parse it (GENERATED-CLIENT.md F2),
 * as is the created mapping set (the Data Prep spec types {@code createdDate} as a date-time string;
 * AEP sends epoch milliseconds, which the generated model rejects).
 */
public final class TutorialWithGeneratedClient {
  private static final String XED_FULL = "application/vnd.adobe.xed-full+json;version=1";
  private static final String JSON = "application/json";

  /** The generated API classes for one org and sandbox, and the gateway values each call needs. */
  public record Clients(String auth, String apiKey, String org, String sandbox, ClassesApi classes, SchemasApi schemas,
      ConnectionsApi connections, SourceConnectionsApi sources, TargetConnectionsApi targets, FlowSpecsApi flowSpecs,
      FlowsApi flows, DatasetsApi dataSets, MappingSetsApi mappingSets) {}

  private TutorialWithGeneratedClient() {}

  /** The clients for {@code setup}'s platform, org, token and sandbox. */
  public static Clients connect(TutorialSetup setup) {
    var flow = new aep.flow.client.ApiClient().setBasePath(setup.baseUrl() + "/data/foundation/flowservice");
    var schema = new aep.schema.client.ApiClient().setBasePath(setup.baseUrl() + "/data/foundation/schemaregistry");
    var catalog = new aep.catalog.client.ApiClient().setBasePath(setup.baseUrl() + "/data/foundation/catalog");
    var dataPrep = new aep.dataprep.client.ApiClient().setBasePath(setup.baseUrl() + "/data/foundation/conversion");
    return new Clients("Bearer " + setup.accessToken(), setup.apiKey(), setup.imsOrgId(), setup.sandboxName(),
        new ClassesApi(schema), new SchemasApi(schema), new ConnectionsApi(flow), new SourceConnectionsApi(flow),
        new TargetConnectionsApi(flow), new FlowSpecsApi(flow), new FlowsApi(flow), new DatasetsApi(catalog),
        new MappingSetsApi(dataPrep));
  }

  /** Runs the tutorial; resource names start with {@code name}; returns the dataflow id. */
  public static String run(Clients c, TutorialSetup setup, String name) throws Exception {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Properties_Firstname_Value", Map.of("type", "string"));
    fields.put("Properties_Lastname_Value", Map.of("type", "string"));
    fields.put("Added_At", Map.of("type", "string", "format", "date-time"));
    CreateClass adhocClassRequest = new CreateClass().type("object").title(name + " ad-hoc class")
        .description("Source fields of Hubspot.Contacts")
        .putAdditionalProperty("allOf", List.of(Map.of("$ref", "https://ns.adobe.com/xdm/data/adhoc"),
            Map.of("properties", Map.of("_adhoc", Map.of("type", "object", "properties", fields)))));
    String adhocClass = c.classes().createClass(c.auth(), c.apiKey(), c.org(), c.sandbox(), JSON,
        adhocClassRequest).get$Id();
    String adhocSchema = c.schemas().createSchema(c.auth(), c.apiKey(), c.org(), c.sandbox(), JSON,
        new CreateSchema().type("object").title(name + " ad-hoc schema").description("Source schema of Hubspot.Contacts")
            .putAdditionalProperty("allOf", List.of(Map.of("$ref", adhocClass)))).get$Id();
    String source = c.sources().createSourceConnection(c.auth(), c.apiKey(), c.org(), c.sandbox(),
        new CreateSourceConnectionRequest()
            .name(name + " source connection")
            .description("Source connection for Hubspot.Contacts")
            .baseConnectionId(setup.hubSpotConnectionId())
            .data(new SourceConnectionDataDTO().format("tabular")
                .putAdditionalProperty("schema", Map.of("id", adhocSchema, "version", XED_FULL)))
            .params(new CreateSourceConnectionRequestParams().path("Hubspot.Contacts"))
            .connectionSpec(new SpecInfoDTO().id("cc6a4487-9e91-433e-a3a3-9cf6626c1806").version("1.0"))).getId();
    String targetSchema = c.schemas().createSchema(c.auth(), c.apiKey(), c.org(), c.sandbox(), JSON,
        new CreateSchema().type("object").title(name + " target schema").description("Target schema for Hubspot.Contacts")
            .putAdditionalProperty("allOf", List.of(
                Map.of("$ref", "https://ns.adobe.com/xdm/context/profile"),
                Map.of("$ref", "https://ns.adobe.com/xdm/context/profile-person-details"),
                Map.of("$ref", "https://ns.adobe.com/xdm/context/profile-personal-details")))).get$Id();
    String dataSet = c.dataSets().createDataset(c.auth(), c.apiKey(), c.org(), c.sandbox(), JSON,
        new DataSetRequest().name(name + " target dataset").description("Target dataset for Hubspot.Contacts")
            .schemaRef(new SchemaRef().id(targetSchema).contentType(XED_FULL)), null)
        .get(0).substring("@/dataSets/".length());
    String target = c.targets().createTargetConnection(c.auth(), c.apiKey(), c.org(), c.sandbox(),
        new CreateTargetConnectionRequest()
            .name(name + " target connection")
            .description("Target connection to dataset " + dataSet)
            .data(new TargetConnectionDataDTO().schema(new TargetConnectionDataDTOSchema().id(targetSchema).version(XED_FULL)))
            .params(new CreateTargetConnectionRequestParams().dataSetId(dataSet))
            .connectionSpec(new CreateTargetConnectionRequestConnectionSpec()
                .id("c604ff05-7f1a-43c0-8e18-33bf874cb11c").version("1.0"))).getId();
    var mappingSetCall = c.mappingSets().createMappingSetCall(c.auth(), JSON, c.apiKey(), c.org(), c.sandbox(), new MappingSet()
        .outputSchema(new SchemaRepresentation().schemaRef(new SchemaReference().id(targetSchema).contentType(XED_FULL)))
        .putAdditionalProperty("mappings", List.of(
            Map.of("sourceType", "ATTRIBUTE", "source", "Properties_Firstname_Value", "destination", "person.name.firstName"),
            Map.of("sourceType", "ATTRIBUTE", "source", "Properties_Lastname_Value", "destination", "person.name.lastName"),
            Map.of("sourceType", "ATTRIBUTE", "source", "Added_At", "destination", "_repo.createDate"))), null);
    JsonObject mappingSet = c.mappingSets().getApiClient().<JsonObject>execute(mappingSetCall, JsonObject.class).getData();
    var flowSpecCall = c.flowSpecs().listFlowSpecsCall(c.auth(), c.apiKey(), c.org(), c.sandbox(),
        List.of("name==\"CRMToAEP\""), null);
    JsonObject flowSpecs = c.flowSpecs().getApiClient().<JsonObject>execute(flowSpecCall, JsonObject.class).getData();
    String flowSpec = flowSpecs.getAsJsonArray("items").get(0).getAsJsonObject().get("id").getAsString();
    return c.flows().createFlow(c.auth(), c.apiKey(), c.org(), new CreateFlowRequest()
        .name(name + " dataflow")
        .description("Collecting Hubspot.Contacts")
        .flowSpec(new CreateFlowRequestFlowSpec().id(flowSpec).version("1.0"))
        .scheduleParams(new ScheduleSpecDTO().startTime(System.currentTimeMillis() / 1000).frequency("once"))
        .putAdditionalProperty("sourceConnectionIds", List.of(source))
        .putAdditionalProperty("targetConnectionIds", List.of(target))
        .putAdditionalProperty("transformations", List.of(
            Map.of("name", "Copy", "params", Map.of("deltaColumn", Map.of("name", "Added_At"))),
            Map.of("name", "Mapping", "params", Map.of("mappingId", mappingSet.get("id").getAsString(),
                "mappingVersion", mappingSet.get("version").getAsString())))), c.sandbox()).getId();
  }

  /** Runs the tutorial on a local platform and prints the dataflow id. */
  public static void main(String[] args) throws Exception {
    try (LocalPlatform platform = LocalPlatform.start()) {
      TutorialSetup setup = TutorialSetup.on(platform);
      System.out.println("dataflow " + run(connect(setup), setup, "Tutorial"));
    }
  }
}
