package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.catalog.DataSetRequest;
import io.github.aepsdk.catalog.SchemaRef;
import io.github.aepsdk.conversion.ImmutableMappingSet;
import io.github.aepsdk.conversion.Mapping;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.flowservice.ConnectionData;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.CreateTargetConnectionRequest;
import io.github.aepsdk.flowservice.ImmutableCreateTargetConnectionRequest;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.flowservice.TargetConnectionParams;
import io.github.aepsdk.schemaregistry.CreateSchemaRequest;
import io.github.aepsdk.schemaregistry.XedMediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request bodies of the steps whose form differs between the tutorial and the current docs
 * ({@link RequestForm}), for one ingestion's input; the other steps' bodies are the same in both.
 */
final class FormRequests {
  /** The Schema Registry media type the current form references every schema with. */
  private static final String XED_FULL_V1 = io.github.aepsdk.flowservice.SchemaRef.XED_FULL_V1;
  /** The tutorial's reference to the ad-hoc schema (source connection) and the target schema (dataset). */
  private static final String TUTORIAL_XED_FULL_NOTEXT = XedMediaType.XED_FULL_NOTEXT.value();
  /** The tutorial's reference to the target schema from the target connection. */
  private static final String TUTORIAL_XED_FULL_V1_0 = "application/vnd.adobe.xed-full+json;version=1.0";
  /** The tutorial's {@code data.format} of the source and target connections. */
  private static final String TUTORIAL_FORMAT = "parquet_xdm";

  private final MarketingAutomationIngestion.Builder in;

  FormRequests(MarketingAutomationIngestion.Builder in) {
    this.in = in;
  }

  private boolean tutorial() {
    return in.requestForm == RequestForm.TUTORIAL_2020;
  }

  /** Whether a dataset base connection is created, for the target connection to reference: in the tutorial's form only. */
  boolean createsDatasetBaseConnection() {
    return tutorial();
  }

  /** The source connection's {@code data.format}: {@code parquet_xdm} (tutorial) or the builder's format. */
  String sourceFormat() {
    return tutorial() ? TUTORIAL_FORMAT : in.format;
  }

  /** The source connection's {@code data}: the format and the ad-hoc schema. */
  ConnectionData sourceData(String adhocSchema) {
    return ConnectionData.builder().format(sourceFormat())
        .schema(io.github.aepsdk.flowservice.SchemaRef.of(adhocSchema, tutorial() ? TUTORIAL_XED_FULL_NOTEXT : XED_FULL_V1))
        .build();
  }

  /** {@code POST /tenant/schemas}: the target schema; the tutorial adds its {@code meta:} members. */
  CreateSchemaRequest targetSchema(String title, String description) {
    CreateSchemaRequest request = CreateSchemaRequest.of(title, description, in.targetClassId, in.fieldGroupIds);
    if (!tutorial()) {
      return request;
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("meta:containerId", "tenant");
    meta.put("meta:resourceType", "schemas");
    meta.put("meta:xdmType", "object");
    meta.put("meta:class", in.targetClassId);
    return CreateSchemaRequest.builder().from(request).putAllAdditionalProperties(meta).build();
  }

  /** {@code POST /dataSets}: the dataset on the target schema; the tutorial sends no description. */
  DataSetRequest dataSet(String name, String description, String targetSchema) {
    return tutorial()
        ? DataSetRequest.builder().name(name).schemaRef(SchemaRef.of(targetSchema, TUTORIAL_XED_FULL_NOTEXT)).build()
        : DataSetRequest.builder().name(name).description(description).schemaRef(SchemaRef.of(targetSchema, XED_FULL_V1)).build();
  }

  /** The connection spec the target connection names: the Data Lake's, or (tutorial) the source's. */
  String targetConnectionSpecId() {
    return tutorial() ? in.connectionSpecId : ConnectionSpec.DATA_LAKE_ID;
  }

  /**
   * {@code POST /targetConnections} to {@code dataSet}; in the tutorial's form bound to the dataset
   * base connection {@code datasetBaseConnection}.
   */
  CreateTargetConnectionRequest targetConnection(String name, String description, String targetSchema, String dataSet,
      String datasetBaseConnection) {
    ImmutableCreateTargetConnectionRequest.Builder request = CreateTargetConnectionRequest.builder()
        .name(name)
        .description(description)
        .params(TargetConnectionParams.ofDataSet(dataSet))
        .connectionSpec(SpecRef.of(targetConnectionSpecId(), "1.0"));
    if (tutorial()) {
      return request.baseConnectionId(datasetBaseConnection)
          .data(ConnectionData.builder().format(TUTORIAL_FORMAT)
              .schema(io.github.aepsdk.flowservice.SchemaRef.of(targetSchema, TUTORIAL_XED_FULL_V1_0)).build())
          .build();
    }
    return request.data(ConnectionData.ofSchema(io.github.aepsdk.flowservice.SchemaRef.of(targetSchema, XED_FULL_V1))).build();
  }

  /**
   * {@code POST /mappingSets}: the mappings to the target schema, in the current shape or (tutorial)
   * the legacy one, version 0 and no identity.
   */
  MappingSet mappingSet(String name, String targetSchema) {
    if (!tutorial()) {
      ImmutableMappingSet.Builder mappingSet = MappingSet.forSchema(targetSchema).name(name);
      in.mappings.forEach(m -> mappingSet.addMappings(Mapping.attribute(m.source(), m.destination())));
      return mappingSet.build();
    }
    ImmutableMappingSet.Builder mappingSet = MappingSet.builder().name(name).version(0).xdmSchema(targetSchema).xdmVersion("1.0");
    in.mappings.forEach(m -> mappingSet.addMappings(Mapping.builder()
        .destinationXdmPath(m.destination()).sourceAttribute(m.source()).identity(false).version(0).build()));
    return mappingSet.build();
  }
}
