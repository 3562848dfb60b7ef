package io.github.aepsdk.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.XedMediaType;
import java.io.IOException;
import java.util.Map;
import okio.Buffer;

/** This SDK: the synchronous API, default settings, a static access token. */
final class SdkTarget implements Target {
  static final CatalogQuery FIRST_100 = CatalogQuery.builder().limit(Canned.PAGE).build();
  private static final JsonAdapter<ItemsPage<Flow>> FLOWS = AepJson.adapter(Types.newParameterizedType(ItemsPage.class, Flow.class));
  private static final JsonAdapter<Map<String, DataSet>> DATASETS =
      AepJson.adapter(Types.newParameterizedType(Map.class, String.class, DataSet.class));
  private static final JsonAdapter<Schema> SCHEMA = AepJson.adapter(Schema.class);

  private final AepClient aep;

  SdkTarget(String baseUrl) {
    this.aep = AepClient.builder()
        .baseUrl(baseUrl)
        .imsOrgId(Canned.IMS_ORG)
        .apiKey(Canned.API_KEY)
        .accessTokenProvider(AccessTokenProvider.ofStatic(Canned.TOKEN))
        .sandboxName(Canned.SANDBOX)
        .build();
  }

  @Override
  public Flow getFlow() {
    return aep.flowService().getFlow(Canned.FLOW_ID);
  }

  @Override
  public ItemsPage<Flow> listFlows() {
    return aep.flowService().listFlows(null, Canned.PAGE, null, null, null);
  }

  @Override
  public Map<String, DataSet> listDataSets() {
    return aep.catalog().listDataSets(FIRST_100).objects();
  }

  @Override
  public Schema getSchema() {
    return aep.schemaRegistry().getSchema(Container.TENANT, Canned.SCHEMA_ID, XedMediaType.XED_FULL);
  }

  @Override
  public long walkDataSets() {
    long count = 0;
    long nameChars = 0;
    for (CatalogEntry<DataSet> entry : aep.catalog().listDataSets(FIRST_100.page(0, Canned.PAGE)).autoPager()) {
      nameChars += entry.value().name().orElse("").length();
      count++;
    }
    return nameChars > 0 ? count : -1;
  }

  @Override
  public String flowName(Object flow) {
    return ((Flow) flow).name().orElse(null);
  }

  @Override
  public int flowCount(Object page) {
    return ((ItemsPage<?>) page).items().size();
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

  /** The SDK's decoding of a response body (what its Retrofit converter does), here from memory. */
  static Object decode(String body, byte[] bytes) throws IOException {
    JsonAdapter<?> adapter = body.startsWith("flow") ? FLOWS : body.equals("dataSets") ? DATASETS : SCHEMA;
    JsonReader reader = JsonReader.of(new Buffer().write(bytes));
    Object value = adapter.fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IllegalStateException("JSON document was not fully consumed.");
    }
    return value;
  }

  @Override
  public void close() {
    aep.close();
  }
}
