package io.github.aepsdk.bench;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Raw OkHttp + Moshi written the shortest correct way: one {@link OkHttpClient} with an interceptor
 * for the four gateway headers, Java records for the models (Moshi's built-in record adapter), a
 * status check, and the body decoded straight from the socket. The records declare the same members
 * as the SDK's models; nested structures the SDK types deeply are kept as maps. The lower bound for
 * "an SDK on OkHttp".
 */
public final class RawTarget implements Target {
  public record SpecRef(String id, String version) {}

  public record Flow(String id, Long createdAt, Long updatedAt, String createdBy, String updatedBy, String createdClient,
      String updatedClient, String sandboxId, String sandboxName, String imsOrgId, String name, String description,
      SpecRef flowSpec, String state, String version, String etag, List<String> sourceConnectionIds,
      List<String> targetConnectionIds, Map<String, Object> inheritedAttributes, Map<String, Object> scheduleParams,
      List<Map<String, Object>> transformations, Map<String, Object> options, String runs,
      Map<String, Object> lastOperation, Map<String, Object> lastRunDetails, List<String> labels,
      List<Map<String, Object>> recordTypes) {}

  public record FlowPage(List<Flow> items, Map<String, Object> _links) {}

  public record SchemaRef(String id, String contentType) {}

  public record DataSet(String version, String imsOrg, String name, String description, String state, Long created,
      Long updated, String createdClient, String createdUser, String updatedUser, String viewId,
      Map<String, List<String>> tags, SchemaRef schemaRef, String schema, String basePath, String files,
      Map<String, Object> fileDescription, Map<String, Object> observableSchema, Map<String, Object> dule,
      Map<String, Object> statsCache, Boolean enableErrorDiagnostics, String lastBatchId, String lastBatchStatus,
      String lastSuccessfulBatch, String lastFailedBatch, Long dataSourceId, Map<String, Object> persistence) {}

  public record Schema(@Json(name = "$id") String id, @Json(name = "meta:altId") String altId,
      @Json(name = "meta:resourceType") String resourceType, String version, String title, String type,
      String description, Map<String, Object> definitions, Map<String, Object> properties,
      List<Map<String, Object>> allOf, List<String> refs, String imsOrg,
      @Json(name = "meta:extensible") Boolean extensible, @Json(name = "meta:abstract") Boolean isAbstract,
      @Json(name = "meta:extends") List<String> metaExtends, @Json(name = "meta:xdmType") String xdmType,
      @Json(name = "meta:status") String status, @Json(name = "$schema") String jsonSchema,
      @Json(name = "meta:registryMetadata") Map<String, Object> registryMetadata,
      @Json(name = "meta:containerId") String containerId, @Json(name = "meta:sandboxId") String sandboxId,
      @Json(name = "meta:sandboxType") String sandboxType, @Json(name = "meta:tenantNamespace") String tenantNamespace,
      @Json(name = "meta:datasetNamespace") String datasetNamespace, @Json(name = "meta:class") String classId,
      @Json(name = "meta:immutableTags") List<String> immutableTags) {}

  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<FlowPage> FLOWS = MOSHI.adapter(FlowPage.class);
  private static final JsonAdapter<Map<String, DataSet>> DATASETS =
      MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, DataSet.class));
  private static final JsonAdapter<Schema> SCHEMA = MOSHI.adapter(Schema.class);

  private final OkHttpClient http;
  private final HttpUrl base;

  RawTarget(String baseUrl) {
    this.base = HttpUrl.get(baseUrl).newBuilder().addPathSegments("data/foundation").build();
    this.http = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer " + Canned.TOKEN)
            .header("x-api-key", Canned.API_KEY)
            .header("x-gw-ims-org-id", Canned.IMS_ORG)
            .header("x-sandbox-name", Canned.SANDBOX)
            .build()))
        .build();
  }

  private <T> T get(HttpUrl url, String accept, JsonAdapter<T> adapter) throws IOException {
    Request.Builder request = new Request.Builder().url(url);
    if (accept != null) {
      request.header("Accept", accept);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException(request.build().url() + " answered " + response.code() + ": " + response.body().string());
      }
      return adapter.fromJson(response.body().source());
    }
  }

  @Override
  public Flow getFlow() throws IOException {
    return get(base.newBuilder().addPathSegments("flowservice/flows").addPathSegment(Canned.FLOW_ID).build(), null, FLOWS)
        .items().get(0);
  }

  @Override
  public FlowPage listFlows() throws IOException {
    return get(base.newBuilder().addPathSegments("flowservice/flows").addQueryParameter("limit", "100").build(), null, FLOWS);
  }

  private HttpUrl dataSets(int start) {
    return base.newBuilder().addPathSegments("catalog/dataSets")
        .addQueryParameter("start", Integer.toString(start)).addQueryParameter("limit", "100").build();
  }

  @Override
  public Map<String, DataSet> listDataSets() throws IOException {
    return get(dataSets(0), null, DATASETS);
  }

  @Override
  public Schema getSchema() throws IOException {
    return get(base.newBuilder().addPathSegments("schemaregistry/tenant/schemas").addPathSegment(Canned.SCHEMA_ID).build(),
        Canned.XED_FULL, SCHEMA);
  }

  @Override
  public long walkDataSets() throws IOException {
    long count = 0;
    long nameChars = 0;
    for (int start = 0; ; start += 100) {
      Map<String, DataSet> page = get(dataSets(start), null, DATASETS);
      for (DataSet dataSet : page.values()) {
        nameChars += dataSet.name() == null ? 0 : dataSet.name().length();
        count++;
      }
      if (page.size() < 100) {
        return nameChars > 0 ? count : -1;
      }
    }
  }

  @Override
  public String flowName(Object flow) {
    return ((Flow) flow).name();
  }

  @Override
  public int flowCount(Object page) {
    return ((FlowPage) page).items().size();
  }

  @Override
  public int dataSetCount(Object page) {
    return ((Map<?, ?>) page).size();
  }

  @Override
  public int schemaGroupCount(Object schema) {
    Map<?, ?> tenant = (Map<?, ?>) ((Schema) schema).properties().values().iterator().next();
    return ((Map<?, ?>) tenant.get("properties")).size();
  }

  /** The raw client's decoding of a response body, here from memory. */
  static Object decode(String body, byte[] bytes) throws IOException {
    JsonAdapter<?> adapter = body.equals("flows") ? FLOWS : body.equals("dataSets") ? DATASETS : SCHEMA;
    return adapter.fromJson(new Buffer().write(bytes));
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
