package io.github.aepsdk.examples.tutorial;

import io.github.aepsdk.catalog.DataSetRequest;
import io.github.aepsdk.conversion.Mapping;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.conversion.MappingSetCreated;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.flowservice.ConnectionData;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.CreateFlowRequest;
import io.github.aepsdk.flowservice.CreateSourceConnectionRequest;
import io.github.aepsdk.flowservice.CreateTargetConnectionRequest;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.SchemaRef;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SourceConnectionParams;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.flowservice.TargetConnectionParams;
import io.github.aepsdk.flowservice.Transformation;
import io.github.aepsdk.schemaregistry.CreateClassRequest;
import io.github.aepsdk.schemaregistry.CreateSchemaRequest;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.schemaregistry.XdmField;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The marketing-automation tutorial step by step with the SDK's API clients. */
public final class TutorialWithApiClients {
  private static final String XED_FULL = "application/vnd.adobe.xed-full+json;version=1";

  private TutorialWithApiClients() {}

  /** The client for {@code setup}'s org, token and sandbox. */
  public static AepClient connect(TutorialSetup setup) {
    return AepClient.builder()
        .baseUrl(setup.baseUrl())
        .imsOrgId(setup.imsOrgId())
        .apiKey(setup.apiKey())
        .accessTokenProvider(AccessTokenProvider.ofStatic(setup.accessToken()))
        .sandboxName(setup.sandboxName())
        .build();
  }

  /** Runs the tutorial; resource names start with {@code name}; returns the dataflow id. */
  public static String run(AepClient aep, TutorialSetup setup, String name) {
    SchemaRegistryApi schemas = aep.schemaRegistry();
    FlowServiceApi flows = aep.flowService();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Properties_Firstname_Value", XdmField.string());
    fields.put("Properties_Lastname_Value", XdmField.string());
    fields.put("Added_At", XdmField.dateTime());
    String adhocClass = schemas.createClass(CreateClassRequest.adHoc(
        name + ": ad-hoc class", "Source fields of Hubspot.Contacts", fields)).id().orElseThrow();
    String adhocSchema = schemas.createSchema(CreateSchemaRequest.of(
        name + ": ad-hoc schema", "Source schema of Hubspot.Contacts", adhocClass, List.of())).id().orElseThrow();
    String source = flows.createSourceConnection(CreateSourceConnectionRequest.builder()
        .name(name + ": source connection")
        .description("Source connection for Hubspot.Contacts")
        .baseConnectionId(setup.hubSpotConnectionId())
        .data(ConnectionData.builder().format("tabular").schema(SchemaRef.of(adhocSchema, XED_FULL)).build())
        .params(SourceConnectionParams.ofPath("Hubspot.Contacts"))
        .connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0"))
        .build()).id();
    String targetSchema = schemas.createSchema(CreateSchemaRequest.of(name + ": target schema",
        "Target schema for Hubspot.Contacts", "https://ns.adobe.com/xdm/context/profile", List.of(
            "https://ns.adobe.com/xdm/context/profile-person-details",
            "https://ns.adobe.com/xdm/context/profile-personal-details"))).id().orElseThrow();
    String dataSet = aep.catalog().createDataSet(DataSetRequest.builder()
        .name(name + ": target dataset")
        .description("Target dataset for Hubspot.Contacts")
        .schemaRef(io.github.aepsdk.catalog.SchemaRef.of(targetSchema, XED_FULL))
        .build());
    String target = flows.createTargetConnection(CreateTargetConnectionRequest.builder()
        .name(name + ": target connection")
        .description("Target connection to dataset " + dataSet)
        .data(ConnectionData.ofSchema(SchemaRef.of(targetSchema, XED_FULL)))
        .params(TargetConnectionParams.ofDataSet(dataSet))
        .connectionSpec(SpecRef.of(ConnectionSpec.DATA_LAKE_ID, "1.0"))
        .build()).id();
    MappingSetCreated mappingSet = aep.conversion().createMappingSet(MappingSet.forSchema(targetSchema)
        .addMappings(Mapping.attribute("Properties_Firstname_Value", "person.name.firstName"))
        .addMappings(Mapping.attribute("Properties_Lastname_Value", "person.name.lastName"))
        .addMappings(Mapping.attribute("Added_At", "_repo.createDate"))
        .build());
    FlowSpec flowSpec = flows.findFlowSpecByName(FlowSpec.CRM_TO_AEP_NAME).orElseThrow();
    return flows.createFlow(CreateFlowRequest.builder()
        .name(name + ": dataflow")
        .description("Collecting Hubspot.Contacts")
        .flowSpec(SpecRef.of(flowSpec.id(), "1.0"))
        .addSourceConnectionIds(source)
        .addTargetConnectionIds(target)
        .addTransformations(Transformation.copy(DeltaColumn.of("Added_At")))
        .addTransformations(Transformation.mapping(mappingSet.id().orElseThrow(),
            String.valueOf(mappingSet.version().orElse(0))))
        .scheduleParams(ScheduleParams.once(Instant.now()))
        .build()).id();
  }

  /** Runs the tutorial on a local platform and prints the dataflow id. */
  public static void main(String[] args) {
    try (LocalPlatform platform = LocalPlatform.start()) {
      TutorialSetup setup = TutorialSetup.on(platform);
      try (AepClient aep = connect(setup)) {
        System.out.println("dataflow " + run(aep, setup, "Tutorial"));
      }
    }
  }
}
