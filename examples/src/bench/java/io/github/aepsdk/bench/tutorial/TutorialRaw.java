package io.github.aepsdk.bench.tutorial;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.examples.tutorial.TutorialSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The marketing-automation tutorial with raw OkHttp and Moshi, bodies as maps. */
public final class TutorialRaw {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);
  private static final MediaType APPLICATION_JSON = MediaType.get("application/json");
  private static final String XED_FULL = "application/vnd.adobe.xed-full+json;version=1";

  private TutorialRaw() {}

  /** An OkHttp client that adds the gateway headers of {@code setup}. */
  public static OkHttpClient connect(TutorialSetup setup) {
    return new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer " + setup.accessToken())
            .header("x-api-key", setup.apiKey())
            .header("x-gw-ims-org-id", setup.imsOrgId())
            .header("x-sandbox-name", setup.sandboxName())
            .build()))
        .build();
  }

  private static Map<?, ?> call(OkHttpClient http, String url, Object body) throws IOException {
    Request.Builder request = new Request.Builder().url(url);
    if (body != null) {
      request.post(RequestBody.create(JSON.toJson(body).getBytes(StandardCharsets.UTF_8), APPLICATION_JSON));
    }
    try (Response response = http.newCall(request.build()).execute()) {
      String text = response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException(url + " answered " + response.code() + ": " + text);
      }
      Object json = JSON.fromJson(text);
      return json instanceof List ? Map.of("refs", json) : (Map<?, ?>) json;
    }
  }

  /** Runs the tutorial; resource names start with {@code name}; returns the dataflow id. */
  public static String run(OkHttpClient http, TutorialSetup setup, String name) throws IOException {
    String api = setup.baseUrl() + "/data/foundation";
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Properties_Firstname_Value", Map.of("type", "string"));
    fields.put("Properties_Lastname_Value", Map.of("type", "string"));
    fields.put("Added_At", Map.of("type", "string", "format", "date-time"));
    String adhocClass = (String) call(http, api + "/schemaregistry/tenant/classes", Map.of(
        "title", name + " ad-hoc class", "description", "Source fields of Hubspot.Contacts", "type", "object",
        "allOf", List.of(Map.of("$ref", "https://ns.adobe.com/xdm/data/adhoc"),
            Map.of("properties", Map.of("_adhoc", Map.of("type", "object", "properties", fields)))))).get("$id");
    String adhocSchema = (String) call(http, api + "/schemaregistry/tenant/schemas", Map.of(
        "title", name + " ad-hoc schema", "description", "Source schema of Hubspot.Contacts", "type", "object",
        "allOf", List.of(Map.of("$ref", adhocClass)))).get("$id");
    String source = (String) call(http, api + "/flowservice/sourceConnections", Map.of(
        "name", name + " source connection", "description", "Source connection for Hubspot.Contacts",
        "baseConnectionId", setup.hubSpotConnectionId(),
        "data", Map.of("format", "tabular", "schema", Map.of("id", adhocSchema, "version", XED_FULL)),
        "params", Map.of("path", "Hubspot.Contacts"),
        "connectionSpec", Map.of("id", "cc6a4487-9e91-433e-a3a3-9cf6626c1806", "version", "1.0"))).get("id");
    String targetSchema = (String) call(http, api + "/schemaregistry/tenant/schemas", Map.of(
        "title", name + " target schema", "description", "Target schema for Hubspot.Contacts", "type", "object",
        "allOf", List.of(Map.of("$ref", "https://ns.adobe.com/xdm/context/profile"),
            Map.of("$ref", "https://ns.adobe.com/xdm/context/profile-person-details"),
            Map.of("$ref", "https://ns.adobe.com/xdm/context/profile-personal-details")))).get("$id");
    String dataSetRef = (String) ((List<?>) call(http, api + "/catalog/dataSets?requestDataSource=true", Map.of(
        "name", name + " target dataset", "description", "Target dataset for Hubspot.Contacts",
        "schemaRef", Map.of("id", targetSchema, "contentType", XED_FULL))).get("refs")).get(0);
    String dataSet = dataSetRef.substring("@/dataSets/".length());
    String target = (String) call(http, api + "/flowservice/targetConnections", Map.of(
        "name", name + " target connection", "description", "Target connection to dataset " + dataSet,
        "data", Map.of("schema", Map.of("id", targetSchema, "version", XED_FULL)),
        "params", Map.of("dataSetId", dataSet),
        "connectionSpec", Map.of("id", "c604ff05-7f1a-43c0-8e18-33bf874cb11c", "version", "1.0"))).get("id");
    Map<?, ?> mappingSet = call(http, api + "/conversion/mappingSets", Map.of(
        "outputSchema", Map.of("schemaRef", Map.of("id", targetSchema, "contentType", XED_FULL)),
        "mappings", List.of(
            Map.of("sourceType", "ATTRIBUTE", "source", "Properties_Firstname_Value", "destination", "person.name.firstName"),
            Map.of("sourceType", "ATTRIBUTE", "source", "Properties_Lastname_Value", "destination", "person.name.lastName"),
            Map.of("sourceType", "ATTRIBUTE", "source", "Added_At", "destination", "_repo.createDate"))));
    Map<?, ?> flowSpec = (Map<?, ?>) ((List<?>) call(http,
        api + "/flowservice/flowSpecs?property=name%3D%3D%22CRMToAEP%22", null).get("items")).get(0);
    return (String) call(http, api + "/flowservice/flows", Map.of(
        "name", name + " dataflow", "description", "Collecting Hubspot.Contacts",
        "flowSpec", Map.of("id", flowSpec.get("id"), "version", "1.0"),
        "sourceConnectionIds", List.of(source), "targetConnectionIds", List.of(target),
        "transformations", List.of(
            Map.of("name", "Copy", "params", Map.of("deltaColumn", Map.of("name", "Added_At"))),
            Map.of("name", "Mapping", "params", Map.of("mappingId", mappingSet.get("id"),
                "mappingVersion", String.valueOf(((Number) mappingSet.get("version")).longValue())))),
        "scheduleParams", Map.of("startTime", System.currentTimeMillis() / 1000, "frequency", "once"))).get("id");
  }

  /** Runs the tutorial on a local platform and prints the dataflow id. */
  public static void main(String[] args) throws IOException {
    try (LocalPlatform platform = LocalPlatform.start()) {
      TutorialSetup setup = TutorialSetup.on(platform);
      System.out.println("dataflow " + run(connect(setup), setup, "Tutorial"));
    }
  }
}
