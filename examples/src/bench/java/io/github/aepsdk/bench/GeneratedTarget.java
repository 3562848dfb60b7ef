package io.github.aepsdk.bench;

import aep.catalog.api.DatasetsApi;
import aep.catalog.model.DataSetResponse;
import aep.flow.api.FlowsApi;
import aep.flow.model.FlowItemDTO;
import aep.flow.model.FlowListResponse;
import aep.schema.api.SchemasApi;
import aep.schema.model.LookupSchemaResponse;
import com.google.gson.reflect.TypeToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * The clients openapi-generator 7.25.0 ({@code java}, {@code okhttp-gson}) makes of Adobe's specs,
 * with the options they need to parse real answers (GENERATED-CLIENT.md), pointed at the server with
 * {@code setBasePath}. The token and the other gateway headers are arguments of every call.
 */
final class GeneratedTarget implements Target {
  private static final String AUTHORIZATION = "Bearer " + Canned.TOKEN;
  private static final Type DATASETS = new TypeToken<Map<String, DataSetResponse>>() {}.getType();

  private final aep.flow.client.ApiClient flowClient;
  private final aep.catalog.client.ApiClient catalogClient;
  private final aep.schema.client.ApiClient schemaClient;
  private final FlowsApi flows;
  private final DatasetsApi dataSets;
  private final SchemasApi schemas;

  GeneratedTarget(String baseUrl) {
    flowClient = new aep.flow.client.ApiClient().setBasePath(baseUrl + "/data/foundation/flowservice");
    catalogClient = new aep.catalog.client.ApiClient().setBasePath(baseUrl + "/data/foundation/catalog");
    schemaClient = new aep.schema.client.ApiClient().setBasePath(baseUrl + "/data/foundation/schemaregistry");
    flows = new FlowsApi(flowClient);
    dataSets = new DatasetsApi(catalogClient);
    schemas = new SchemasApi(schemaClient);
  }

  @Override
  public FlowItemDTO getFlow() throws Exception {
    return flows.retrieveFlow(AUTHORIZATION, Canned.API_KEY, Canned.IMS_ORG, Canned.FLOW_ID, Canned.SANDBOX).getItems().get(0);
  }

  @Override
  public FlowListResponse listFlows() throws Exception {
    return flows.listFlows(AUTHORIZATION, Canned.API_KEY, Canned.IMS_ORG, Canned.SANDBOX, null, Canned.PAGE, null, null, null);
  }

  private Map<String, DataSetResponse> dataSets(int start) throws Exception {
    return dataSets.listDatasets(AUTHORIZATION, Canned.API_KEY, Canned.IMS_ORG, Canned.SANDBOX,
        null, null, null, null, null, null, null, null, null, null, null, Canned.PAGE, start, null, null, null);
  }

  @Override
  public Map<String, DataSetResponse> listDataSets() throws Exception {
    return dataSets(0);
  }

  @Override
  public LookupSchemaResponse getSchema() throws Exception {
    return schemas.retrieveSchema("tenant", Canned.SCHEMA_ID, AUTHORIZATION, Canned.API_KEY, Canned.IMS_ORG, Canned.SANDBOX,
        Canned.XED_FULL);
  }

  @Override
  public long walkDataSets() throws Exception {
    long count = 0;
    long nameChars = 0;
    for (int start = 0; ; start += 100) {
      Map<String, DataSetResponse> page = dataSets(start);
      for (DataSetResponse dataSet : page.values()) {
        nameChars += dataSet.getName() == null ? 0 : dataSet.getName().length();
        count++;
      }
      if (page.size() < 100) {
        return nameChars > 0 ? count : -1;
      }
    }
  }

  @Override
  public String flowName(Object flow) {
    return ((FlowItemDTO) flow).getName();
  }

  @Override
  public int flowCount(Object page) {
    return ((FlowListResponse) page).getItems().size();
  }

  @Override
  public int dataSetCount(Object page) {
    return ((Map<?, ?>) page).size();
  }

  @Override
  public int schemaGroupCount(Object schema) {
    Map<?, ?> properties = (Map<?, ?>) ((LookupSchemaResponse) schema).getAdditionalProperty("properties");
    Map<?, ?> tenant = (Map<?, ?>) properties.values().iterator().next();
    return ((Map<?, ?>) tenant.get("properties")).size();
  }

  /** The generated clients' decoding of a response body (ApiClient.deserialize: JSON.deserialize of the body stream). */
  static Object decode(String body, byte[] bytes) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    switch (body) {
      case "flow":
      case "flows":
        return aep.flow.client.JSON.deserialize(in, FlowListResponse.class);
      case "dataSets":
        return aep.catalog.client.JSON.deserialize(in, DATASETS);
      default:
        return aep.schema.client.JSON.deserialize(in, LookupSchemaResponse.class);
    }
  }

  @Override
  public void close() {
    for (okhttp3.OkHttpClient http : new okhttp3.OkHttpClient[] {
        flowClient.getHttpClient(), catalogClient.getHttpClient(), schemaClient.getHttpClient()}) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
