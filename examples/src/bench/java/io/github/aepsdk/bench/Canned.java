package io.github.aepsdk.bench;

import com.squareup.moshi.JsonAdapter;
import io.github.aepsdk.core.json.AepJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bodies every target is served, built from Adobe's documented examples in
 * {@code ../shared/aep-reference/examples} (read in place, never copied), written as compact JSON
 * as AEP sends it:
 *
 * <ul>
 *   <li>{@link #flow()}: {@code flowservice/get-flow.response.json}.
 *   <li>{@link #flowsPage()}: a page of {@value #PAGE} flows, the item of {@code get-flow} repeated
 *       with distinct ids, and {@code _links.next} as Flow Service pages carry it.
 *   <li>{@link #dataSetsPage(int)}: {@value #PAGE} datasets keyed by id, the five items of {@code
 *       catalog/list-datasets.response.json} in turn with distinct ids.
 *   <li>{@link #xedFullSchema()}: {@code schemaregistry/get-adhoc-schema-xed-full.response.json} with
 *       its tenant object grown to {@value #GROUPS} sub-objects of {@value #FIELDS} string fields each
 *       (the example's own field shape), the size of a real profile schema with several field groups.
 * </ul>
 */
public final class Canned {
  /** Items per list page. */
  public static final int PAGE = 100;
  /** Pages of the auto-paging walk: 100,000 datasets. */
  public static final int PAGES = 1000;
  /** Sub-objects of the grown xed-full schema. */
  public static final int GROUPS = 200;
  /** String fields per sub-object of the grown xed-full schema. */
  public static final int FIELDS = 50;

  public static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";
  public static final String SCHEMA_ID = "https://ns.adobe.com/{TENANT_ID}/schemas/26f6833e55db1dd8308aa07a64f2042d";
  public static final String TOKEN = "bench-access-token-0123456789abcdef";
  public static final String API_KEY = "bench-client-id";
  public static final String IMS_ORG = "0A1B2C3D4E5F60718293A4B5@AdobeOrg";
  public static final String SANDBOX = "prod";
  public static final String XED_FULL = "application/vnd.adobe.xed-full+json; version=1";

  private static final JsonAdapter<Object> JSON = AepJson.adapter(Object.class);

  private Canned() {}

  /** {@code ../shared}, from {@code -Daep.shared.dir} (the build sets it). */
  public static Path sharedDir() {
    String dir = System.getProperty("aep.shared.dir");
    return Path.of(dir != null ? dir : "../shared");
  }

  /** An example file of {@code aep-reference/examples}. */
  public static Path example(String relative) {
    return sharedDir().resolve("aep-reference/examples").resolve(relative);
  }

  static Object read(String relative) {
    try {
      return JSON.fromJson(Files.readString(example(relative), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] write(Object json) {
    return JSON.toJson(json).getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }

  /** GET /flows/{id}. */
  public static byte[] flow() {
    return write(read("flowservice/get-flow.response.json"));
  }

  /** GET /flows?limit=100: {@value #PAGE} flows with distinct ids and a next link. */
  public static byte[] flowsPage() {
    Map<String, Object> flow = map(((List<?>) map(read("flowservice/get-flow.response.json")).get("items")).get(0));
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < PAGE; i++) {
      Map<String, Object> copy = new LinkedHashMap<>(flow);
      copy.put("id", UUID.nameUUIDFromBytes(("flow-" + i).getBytes(StandardCharsets.UTF_8)).toString());
      items.add(copy);
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("items", items);
    page.put("_links", Map.of("next", Map.of("href", "/flows?continuationToken=" + "eyJvZmZzZXQiOjEwMH0")));
    return write(page);
  }

  /** The ids of dataset number {@code index} of the walk. */
  public static String dataSetId(int index) {
    return String.format("5ba9452f%016x", index);
  }

  private static List<Map<String, Object>> dataSetTemplates;

  /** GET /dataSets?start={start}&limit=100: datasets {@code start} to {@code start+99}, or none past the end. */
  public static synchronized byte[] dataSetsPage(int start) {
    if (dataSetTemplates == null) {
      List<Map<String, Object>> templates = new ArrayList<>();
      for (Map.Entry<String, Object> e : map(read("catalog/list-datasets.response.json")).entrySet()) {
        Map<String, Object> item = new LinkedHashMap<>(map(e.getValue()));
        item.put("__id", e.getKey());
        templates.add(item);
      }
      dataSetTemplates = templates;
    }
    Map<String, Object> page = new LinkedHashMap<>();
    for (int i = start; i < Math.min(start + PAGE, PAGE * PAGES); i++) {
      Map<String, Object> template = dataSetTemplates.get(i % dataSetTemplates.size());
      String exampleId = (String) template.get("__id");
      String id = dataSetId(i);
      Map<String, Object> item = new LinkedHashMap<>(template);
      item.remove("__id");
      item.computeIfPresent("files", (k, v) -> ((String) v).replace(exampleId, id));
      page.put(id, item);
    }
    return write(page);
  }

  /** GET /tenant/schemas/{id} with Accept xed-full: the example schema grown as the class comment says. */
  public static byte[] xedFullSchema() {
    Map<String, Object> schema = map(read("schemaregistry/get-adhoc-schema-xed-full.response.json"));
    Map<String, Object> properties = map(schema.get("properties"));
    Map<String, Object> tenant = map(properties.values().iterator().next());
    Map<String, Object> fields = map(tenant.get("properties"));
    Object stringField = fields.values().iterator().next();
    for (int g = 1; g <= GROUPS; g++) {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("type", "object");
      group.put("meta:xdmType", "object");
      Map<String, Object> groupFields = new LinkedHashMap<>();
      for (int f = 1; f <= FIELDS; f++) {
        groupFields.put(String.format("field%03d", f), new LinkedHashMap<>(map(stringField)));
      }
      group.put("properties", groupFields);
      fields.put(String.format("group%03d", g), group);
    }
    return write(schema);
  }
}
