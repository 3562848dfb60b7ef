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
 * for the four gateway headers, plain classes with public fields for the models (Moshi's built-in
 * reflective adapter), a status check, and the body decoded straight from the socket. The classes
 * declare the same members as the SDK's models; nested structures the SDK types deeply are kept as
 * maps. Records would be as short, but Moshi's record adapter decodes them about 1.7 times slower
 * (it calls the canonical constructor with {@code invokeWithArguments}); the lower bound for "an SDK
 * on OkHttp" takes the faster form.
 */
public final class RawTarget implements Target {
  /** {@code {id, version}} of a flow spec. */
  public static final class SpecRef {
    public String id;
    public String version;
  }

  /** A flow: the members of the SDK's {@code Flow}. */
  public static final class Flow {
    public String id;
    public Long createdAt;
    public Long updatedAt;
    public String createdBy;
    public String updatedBy;
    public String createdClient;
    public String updatedClient;
    public String sandboxId;
    public String sandboxName;
    public String imsOrgId;
    public String name;
    public String description;
    public SpecRef flowSpec;
    public String state;
    public String version;
    public String etag;
    public List<String> sourceConnectionIds;
    public List<String> targetConnectionIds;
    public Map<String, Object> inheritedAttributes;
    public Map<String, Object> scheduleParams;
    public List<Map<String, Object>> transformations;
    public Map<String, Object> options;
    public String runs;
    public Map<String, Object> lastOperation;
    public Map<String, Object> lastRunDetails;
    public List<String> labels;
    public List<Map<String, Object>> recordTypes;
  }

  /** {@code {items, _links}}. */
  public static final class FlowPage {
    public List<Flow> items;
    public Map<String, Object> _links;
  }

  /** A dataset's {@code schemaRef}. */
  public static final class SchemaRef {
    public String id;
    public String contentType;
  }

  /** A dataset: the members of the SDK's {@code DataSet}. */
  public static final class DataSet {
    public String version;
    public String imsOrg;
    public String name;
    public String description;
    public String state;
    public Long created;
    public Long updated;
    public String createdClient;
    public String createdUser;
    public String updatedUser;
    public String viewId;
    public Map<String, List<String>> tags;
    public SchemaRef schemaRef;
    public String schema;
    public String basePath;
    public String files;
    public Map<String, Object> fileDescription;
    public Map<String, Object> observableSchema;
    public Map<String, Object> dule;
    public Map<String, Object> statsCache;
    public Boolean enableErrorDiagnostics;
    public String lastBatchId;
    public String lastBatchStatus;
    public String lastSuccessfulBatch;
    public String lastFailedBatch;
    public Long dataSourceId;
    public Map<String, Object> persistence;
  }

  /** A schema: the members of the SDK's {@code Schema}. */
  public static final class Schema {
    @Json(name = "$id") public String id;
    @Json(name = "meta:altId") public String altId;
    @Json(name = "meta:resourceType") public String resourceType;
    public String version;
    public String title;
    public String type;
    public String description;
    public Map<String, Object> definitions;
    public Map<String, Object> properties;
    public List<Map<String, Object>> allOf;
    public List<String> refs;
    public String imsOrg;
    @Json(name = "meta:extensible") public Boolean extensible;
    @Json(name = "meta:abstract") public Boolean isAbstract;
    @Json(name = "meta:extends") public List<String> metaExtends;
    @Json(name = "meta:xdmType") public String xdmType;
    @Json(name = "meta:status") public String status;
    @Json(name = "$schema") public String jsonSchema;
    @Json(name = "meta:registryMetadata") public Map<String, Object> registryMetadata;
    @Json(name = "meta:containerId") public String containerId;
    @Json(name = "meta:sandboxId") public String sandboxId;
    @Json(name = "meta:sandboxType") public String sandboxType;
    @Json(name = "meta:tenantNamespace") public String tenantNamespace;
    @Json(name = "meta:datasetNamespace") public String datasetNamespace;
    @Json(name = "meta:class") public String classId;
    @Json(name = "meta:immutableTags") public List<String> immutableTags;
  }

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
        .items.get(0);
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
        nameChars += dataSet.name == null ? 0 : dataSet.name.length();
        count++;
      }
      if (page.size() < 100) {
        return nameChars > 0 ? count : -1;
      }
    }
  }

  @Override
  public String flowName(Object flow) {
    return ((Flow) flow).name;
  }

  @Override
  public int flowCount(Object page) {
    return ((FlowPage) page).items.size();
  }

  @Override
  public int dataSetCount(Object page) {
    return ((Map<?, ?>) page).size();
  }

  @Override
  public int schemaGroupCount(Object schema) {
    Map<?, ?> tenant = (Map<?, ?>) ((Schema) schema).properties.values().iterator().next();
    return ((Map<?, ?>) tenant.get("properties")).size();
  }

  /** The raw client's decoding of a response body, here from memory. */
  static Object decode(String body, byte[] bytes) throws IOException {
    JsonAdapter<?> adapter = body.startsWith("flow") ? FLOWS : body.equals("dataSets") ? DATASETS : SCHEMA;
    return adapter.fromJson(new Buffer().write(bytes));
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
