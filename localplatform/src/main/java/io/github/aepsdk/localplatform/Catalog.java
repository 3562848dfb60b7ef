package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalog Service ({@code /data/foundation/catalog}): datasets and the batches flow runs write.
 * Answers are objects keyed by id (API-NOTES §3), also for one lookup; create, PATCH and DELETE
 * answer {@code ["@/dataSets/<id>"]}. Lists take {@code limit} (1–100, default 20), {@code start}
 * (zero-based offset), {@code properties}, {@code orderBy} and the simple {@code name} filter.
 * A dataset that a target connection writes to is not deleted (400). Catalog publishes no error
 * body, so errors use the platform's generic problem document. The other operations of the spec
 * register on the same router from their own classes: batch writes and unique values ({@link
 * CatalogBatches}), dataset PUT, PATCH v2 and credentials ({@link CatalogDataSets}), tags ({@link
 * CatalogTags}) and batched requests ({@link CatalogBatchedRequests}).
 */
final class Catalog {
  private final Context ctx;
  final Router router = new Router();

  Catalog(Context ctx) {
    this.ctx = ctx;
    router
        .on("POST", "dataSets", this::createDataSet)
        .on("GET", "dataSets", this::listDataSets)
        .on("GET", "dataSets/{id}", this::getDataSet)
        .on("PATCH", "dataSets/{id}", this::patchDataSet)
        .on("DELETE", "dataSets/{id}", this::deleteDataSet)
        .on("GET", "batches", this::listBatches)
        .on("GET", "batches/{id}", this::getBatch);
    new CatalogBatches(ctx).addRoutes(router);
    new CatalogDataSets(ctx).addRoutes(router);
    new CatalogTags().addRoutes(router);
    new CatalogBatchedRequests(router).addRoutes(router);
  }

  private Reply createDataSet(Call c) {
    Map<String, Object> body = c.object();
    checkDataSetBody(c, body);
    String id = ctx.ids.catalogId();
    String viewId = ctx.ids.catalogId();
    long now = ctx.now();
    Map<String, Object> dataSet = obj("version", "1.0.0", "imsOrg", ctx.imsOrgId);
    for (Map.Entry<String, Object> e : body.entrySet()) {
      dataSet.putIfAbsent(e.getKey(), Json.copy(e.getValue()));
    }
    dataSet.put("state", "DRAFT");
    dataSet.put("created", now);
    dataSet.put("updated", now);
    dataSet.put("createdClient", c.client);
    dataSet.put("createdUser", c.client);
    dataSet.put("updatedUser", c.client);
    dataSet.put("viewId", viewId);
    dataSet.put("files", "@/dataSets/" + id + "/views/" + viewId + "/files");
    c.sandbox.dataSets.put(id, dataSet);
    return Reply.json(201, arr("@/dataSets/" + id));
  }

  /** What a dataset body must have (create and PUT): a string name, and schemaRef to an existing XDM schema. */
  static void checkDataSetBody(Call c, Map<String, Object> body) {
    Object name = body.get("name");
    if (name != null && !(name instanceof String)) {
      throw Errors.badRequest("'name' must be a string");
    }
    String schemaId = Json.string(body, "schemaRef.id");
    if (schemaId == null) {
      throw Errors.badRequest("A dataset needs schemaRef.id, the $id of its XDM schema");
    }
    String contentType = Json.string(body, "schemaRef.contentType");
    if (contentType == null || !contentType.startsWith("application/vnd.adobe.xed")) {
      throw Errors.badRequest("schemaRef.contentType must be an XDM media type such as"
          + " application/vnd.adobe.xed+json;version=1, was " + contentType);
    }
    if (SchemaRegistry.schema(c.sandbox, schemaId) == null) {
      throw Errors.badRequest("The schema " + schemaId + " referenced by schemaRef.id does not exist in sandbox "
          + c.sandbox.name);
    }
  }

  private Reply listDataSets(Call c) {
    List<Map.Entry<String, Map<String, Object>>> entries = new ArrayList<>(c.sandbox.dataSets.entrySet());
    String names = c.query("name");
    if (names != null) {
      boolean exclude = names.startsWith("!");
      List<String> wanted = List.of((exclude ? names.substring(1) : names).split(","));
      entries.removeIf(e -> wanted.contains(String.valueOf(e.getValue().get("name"))) == exclude);
    }
    String orderBy = c.query("orderBy");
    if (orderBy != null && !orderBy.isBlank()) {
      String first = orderBy.split(",")[0];
      boolean descending = first.startsWith("desc:");
      String field = first.replaceFirst("^(asc|desc):", "");
      Comparator<Map.Entry<String, Map<String, Object>>> order =
          Comparator.comparing(e -> String.valueOf(e.getValue().get(field)));
      entries.sort(descending ? order.reversed() : order);
    }
    return Reply.ok(page(c, entries));
  }

  private Reply getDataSet(Call c) {
    Map<String, Object> dataSet = c.sandbox.dataSets.get(c.param("id"));
    if (dataSet == null) {
      throw Errors.notFound("The dataSet " + c.param("id") + " does not exist in sandbox " + c.sandbox.name);
    }
    return Reply.ok(obj(c.param("id"), project(dataSet, c.query("properties"))));
  }

  private Reply patchDataSet(Call c) {
    String id = c.param("id");
    Map<String, Object> dataSet = c.sandbox.dataSets.get(id);
    if (dataSet == null) {
      throw Errors.notFound("The dataSet " + id + " does not exist in sandbox " + c.sandbox.name);
    }
    Map<String, Object> patched;
    if (c.isJsonPatch()) {
      try {
        patched = JsonPatch.apply(dataSet, c.json());
      } catch (JsonPatch.PatchException e) {
        throw Errors.badRequest("Invalid JSON Patch: " + e.getMessage());
      }
    } else {
      if (Json.list(c.json()) != null) {
        throw Errors.badRequest("A JSON Patch array needs Content-Type: application/json-patch+json");
      }
      patched = Json.copy(dataSet);
      patched.putAll(Json.copy(c.object()));
    }
    c.sandbox.dataSets.put(id, updated(patched, dataSet, DATA_SET_OWNED, c, ctx.now()));
    return Reply.ok(arr("@/dataSets/" + id));
  }

  private Reply deleteDataSet(Call c) {
    String id = c.param("id");
    if (!c.sandbox.dataSets.containsKey(id)) {
      return Reply.ok(arr());
    }
    refuseWhileWrittenTo(c.sandbox, id);
    c.sandbox.dataSets.remove(id);
    c.sandbox.records.remove(id);
    return Reply.ok(arr("@/dataSets/" + id));
  }

  /**
   * A dataset that target connections write to ({@code params.dataSetId}) is not deleted: the flows
   * using them would lose their destination. Catalog publishes no error body for this (API-NOTES §6:
   * no Catalog error examples), so the answer is the platform's generic {@code 400 BadRequestError}
   * document, naming the target connections and the flows that use them.
   */
  private static void refuseWhileWrittenTo(SandboxState sandbox, String dataSetId) {
    List<String> targets = new ArrayList<>();
    List<String> flows = new ArrayList<>();
    for (Map<String, Object> target : sandbox.targetConnections.values()) {
      if (dataSetId.equals(Json.string(target, "params.dataSetId"))) {
        targets.add((String) target.get("id"));
      }
    }
    for (Map<String, Object> flow : sandbox.flows.values()) {
      for (Object target : Json.list(flow.get("targetConnectionIds"))) {
        if (targets.contains(String.valueOf(target))) {
          flows.add((String) flow.get("id"));
          break;
        }
      }
    }
    if (!targets.isEmpty()) {
      throw Errors.badRequest("The dataSet " + dataSetId + " cannot be deleted: target connection(s) " + targets
          + " write to it" + (flows.isEmpty() ? "" : ", used by flow(s) " + flows)
          + ". Delete them before deleting the dataSet.");
    }
  }

  private Reply listBatches(Call c) {
    return Reply.ok(page(c, selectBatches(c)));
  }

  /** The batches that the {@code dataSet} and {@code status} filters of the query select, in creation order. */
  static List<Map.Entry<String, Map<String, Object>>> selectBatches(Call c) {
    List<Map.Entry<String, Map<String, Object>>> entries = new ArrayList<>(c.sandbox.batches.entrySet());
    String dataSet = c.query("dataSet");
    if (dataSet != null) {
      entries.removeIf(e -> !dataSetOf(e.getValue()).equals(dataSet));
    }
    String status = c.query("status");
    if (status != null) {
      entries.removeIf(e -> !status.equals(e.getValue().get("status")));
    }
    return entries;
  }

  private Reply getBatch(Call c) {
    Map<String, Object> batch = c.sandbox.batches.get(c.param("id"));
    if (batch == null) {
      throw Errors.notFound("The batch " + c.param("id") + " does not exist in sandbox " + c.sandbox.name);
    }
    return Reply.ok(obj(c.param("id"), project(batch, c.query("properties"))));
  }

  /** Creates the batch a flow run wrote into {@code dataSetId}; returns its id. */
  String createBatch(SandboxState sandbox, String dataSetId, String client, long started, long completed,
      long recordCount, long failedRecordCount, long size) {
    String id = ctx.ids.batchId();
    sandbox.batches.put(id, obj(
        "imsOrg", ctx.imsOrgId,
        "created", started,
        "createdClient", client,
        "createdUser", client,
        "updatedUser", client,
        "updated", completed,
        "status", recordCount == 0 && failedRecordCount > 0 ? "failed" : "success",
        "recordCount", recordCount,
        "failedRecordCount", failedRecordCount,
        "size", size,
        "errors", arr(),
        "version", "1.0.0",
        "started", started,
        "completed", completed,
        "relatedObjects", arr(obj("type", "dataSet", "id", dataSetId))));
    return id;
  }

  /** The members of a dataset that only Catalog writes; an update keeps them. */
  static final List<String> DATA_SET_OWNED = List.of("imsOrg", "created", "createdClient", "createdUser", "viewId", "files");

  /**
   * {@code next}, the new state of {@code previous}, with the members in {@code owned} taken from
   * {@code previous}, {@code updated}/{@code updatedUser} set and the patch version bumped.
   */
  static Map<String, Object> updated(Map<String, Object> next, Map<String, Object> previous, List<String> owned,
      Call c, long now) {
    for (String fixed : owned) {
      if (previous.containsKey(fixed)) {
        next.put(fixed, previous.get(fixed));
      } else {
        next.remove(fixed);
      }
    }
    next.put("updated", now);
    next.put("updatedUser", c.client);
    next.put("version", bumpPatch(String.valueOf(previous.get("version"))));
    return next;
  }

  static String dataSetOf(Map<String, Object> batch) {
    List<Object> related = Json.list(batch.get("relatedObjects"));
    if (related != null) {
      for (Object r : related) {
        if ("dataSet".equals(Json.string(r, "type"))) {
          return String.valueOf(Json.string(r, "id"));
        }
      }
    }
    return "";
  }

  /** {@code start} (offset) and {@code limit} (1–100, default 20) over id-keyed entries. */
  static Map<String, Object> page(Call c, List<Map.Entry<String, Map<String, Object>>> entries) {
    long limit = limit(c);
    long start = start(c);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = (int) Math.min(start, entries.size()); i < entries.size() && out.size() < limit; i++) {
      out.put(entries.get(i).getKey(), project(entries.get(i).getValue(), c.query("properties")));
    }
    return out;
  }

  /** The {@code limit} query parameter: 1–100, default 20; otherwise the generic 400. */
  static long limit(Call c) {
    if (c.query("limit") == null) {
      return 20;
    }
    Long given = Json.wholeNumber(c.query("limit"));
    if (given == null || given < 1 || given > 100) {
      throw Errors.badRequest("limit must be an integer from 1 to 100, was " + c.query("limit"));
    }
    return given;
  }

  /** The {@code start} query parameter: a zero-based offset, default 0; otherwise the generic 400. */
  static long start(Call c) {
    if (c.query("start") == null) {
      return 0;
    }
    Long given = Json.wholeNumber(c.query("start"));
    if (given == null || given < 0) {
      throw Errors.badRequest("start must be a non-negative integer, was " + c.query("start"));
    }
    return given;
  }

  /** {@code properties=a,b}: only those top-level members ({@code {}} when the object has none of them). */
  static Map<String, Object> project(Map<String, Object> object, String properties) {
    if (properties == null || properties.isBlank()) {
      return Json.copy(object);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String p : properties.split(",")) {
      if (object.containsKey(p.trim())) {
        out.put(p.trim(), Json.copy(object.get(p.trim())));
      }
    }
    return out;
  }

  private static String bumpPatch(String version) {
    String[] parts = version.split("\\.");
    try {
      parts[parts.length - 1] = Integer.toString(Integer.parseInt(parts[parts.length - 1]) + 1);
      return String.join(".", parts);
    } catch (NumberFormatException e) {
      return version;
    }
  }
}
