package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * The marketing-automation tutorial against a {@link LocalPlatform}, step by step with the request
 * bodies of Adobe's docs (ids of earlier steps filled in): target schema, dataset, HubSpot and Data
 * Lake base connections, source and target connections, mapping set, dataflow.
 */
final class Tutorial {
  static final String SCHEMAS = "/data/foundation/schemaregistry/tenant/schemas";
  static final String DATASETS = "/data/foundation/catalog/dataSets";
  static final String FLOW_SERVICE = "/data/foundation/flowservice";
  static final String MAPPING_SETS = "/data/foundation/conversion/mappingSets";

  final Http http;
  String schemaId;
  String dataSetId;
  String hubSpotConnectionId;
  String dataLakeConnectionId;
  String sourceConnectionId;
  String targetConnectionId;
  String mappingSetId;
  String flowId;
  String flowEtag;

  private Tutorial(Http http) {
    this.http = http;
  }

  /** Runs every step up to the mapping set; the flow is left to the test. */
  static Tutorial upToMapping(Http http) {
    Tutorial t = new Tutorial(http);
    t.schemaId = created(http.post(SCHEMAS, schemaRequest()), 201).str("$id");
    String ref = String.valueOf(created(http.post(DATASETS + "?requestDataSource=true", dataSetRequest(t.schemaId)), 201)
        .list().get(0));
    t.dataSetId = ref.substring("@/dataSets/".length());
    t.hubSpotConnectionId = created(http.post(FLOW_SERVICE + "/connections", hubSpotConnectionRequest()), 201).str("id");
    t.dataLakeConnectionId = created(http.post(FLOW_SERVICE + "/connections", dataLakeConnectionRequest()), 201).str("id");
    t.sourceConnectionId = created(http.post(FLOW_SERVICE + "/sourceConnections",
        sourceConnectionRequest(t.hubSpotConnectionId)), 201).str("id");
    t.targetConnectionId = created(http.post(FLOW_SERVICE + "/targetConnections",
        targetConnectionRequest(t.schemaId, t.dataSetId)), 201).str("id");
    t.mappingSetId = created(http.post(MAPPING_SETS, mappingSetRequest(t.schemaId)), 200).str("id");
    return t;
  }

  /** Every step, the flow included. */
  static Tutorial complete(Http http) {
    Tutorial t = upToMapping(http);
    Http.Res flow = http.post(FLOW_SERVICE + "/flows", t.flowRequest());
    created(flow, 201);
    t.flowId = flow.str("id");
    t.flowEtag = flow.str("etag");
    return t;
  }

  /** The doc's {@code POST /flows} body with this tutorial's ids; see {@link #flowRequest(String, String, String)}. */
  Map<String, Object> flowRequest() {
    return flowRequest(sourceConnectionId, targetConnectionId, mappingSetId);
  }

  // The request bodies of Adobe's docs, with the ids of earlier steps filled in.

  /** {@code POST /tenant/schemas}: the target schema. */
  static Object schemaRequest() {
    return AepExamples.json("schemaregistry/create-schema-marketing-automation-2020.request.json");
  }

  /** {@code POST /dataSets}: the target dataset of {@code schemaId}. */
  static Map<String, Object> dataSetRequest(String schemaId) {
    Map<String, Object> dataSet = AepExamples.object("catalog/create-dataset-marketing-automation-2020.request.json");
    set(dataSet, "schemaRef.id", schemaId);
    return dataSet;
  }

  /** {@code POST /connections}: the HubSpot base connection. */
  static Object hubSpotConnectionRequest() {
    return AepExamples.json("flowservice/create-base-connection-hubspot.request.json");
  }

  /** {@code POST /connections}: the Data Lake base connection. */
  static Object dataLakeConnectionRequest() {
    return AepExamples.json("flowservice/create-dataset-base-connection.request.json");
  }

  /** {@code POST /sourceConnections}: HubSpot contacts of a base connection. */
  static Map<String, Object> sourceConnectionRequest(String hubSpotConnectionId) {
    Map<String, Object> source = AepExamples.object("flowservice/create-source-connection.request.invalid.json");
    set(source, "baseConnectionId", hubSpotConnectionId);
    return source;
  }

  /** {@code POST /targetConnections}: the dataset of {@code schemaId} in the Data Lake. */
  static Map<String, Object> targetConnectionRequest(String schemaId, String dataSetId) {
    Map<String, Object> target = AepExamples.object("flowservice/create-target-connection.request.json");
    set(target, "data.schema.id", schemaId);
    set(target, "params.dataSetId", dataSetId);
    return target;
  }

  /** {@code POST /mappingSets}: the HubSpot fields onto {@code schemaId}. */
  static Map<String, Object> mappingSetRequest(String schemaId) {
    Map<String, Object> mapping = AepExamples.object("conversion/create-mapping-set-marketing-automation.request.json");
    set(mapping, "xdmSchema", schemaId);
    return mapping;
  }

  /**
   * {@code POST /flows}: the CRMToAEP dataflow. The doc sends {@code "interval": "15"} with {@code
   * frequency: once}, which the CRMToAEP flow spec forbids, so it is removed here.
   */
  static Map<String, Object> flowRequest(String sourceConnectionId, String targetConnectionId, String mappingSetId) {
    Map<String, Object> flow = AepExamples.object("flowservice/create-flow.request.json");
    flow.put("sourceConnectionIds", List.of(sourceConnectionId));
    flow.put("targetConnectionIds", List.of(targetConnectionId));
    set(Json.map(Json.list(flow.get("transformations")).get(1)), "params.mappingId", mappingSetId);
    Json.map(flow.get("scheduleParams")).remove("interval");
    return flow;
  }

  /** Sets a dotted path of a tree, creating objects on the way. */
  static void set(Map<String, Object> tree, String dottedPath, Object value) {
    String[] parts = dottedPath.split("\\.");
    Map<String, Object> node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      node = Json.child(node, parts[i]);
    }
    node.put(parts[parts.length - 1], value);
  }

  static Http.Res created(Http.Res res, int status) {
    assertThat(res.code()).as("answer %s", res.body()).isEqualTo(status);
    return res;
  }
}
