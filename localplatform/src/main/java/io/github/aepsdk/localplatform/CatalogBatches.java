package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catalog batches written through the API (catalog.yaml, tag Batches): {@code POST /batches},
 * {@code POST /batches/{id}} (the caller picks the id), {@code PUT}, {@code PATCH} and {@code
 * DELETE /batches/{id}}, and {@code GET /batches/uniques/{FIELD}}. Lookups and lists are {@link
 * Catalog}'s. Writes answer {@code ["@/batches/<id>"]}; create and PUT need {@code status}
 * (spec {@code batchRequest}), one of the spec's batch statuses; related datasets must exist.
 * Errors use the generic problem document, as the rest of Catalog.
 */
final class CatalogBatches {
  /** The spec's {@code batchStatus} values. */
  private static final List<String> STATUSES = List.of("processing", "success", "failure", "queued", "retrying", "stalled",
      "aborted", "abandoned", "inactive", "failed", "loading", "loaded", "staged", "active", "staging", "deleted");

  /** The members of a batch that only Catalog writes. */
  private static final List<String> OWNED = List.of("imsOrg", "created", "createdClient", "createdUser");

  private final Context ctx;

  CatalogBatches(Context ctx) {
    this.ctx = ctx;
  }

  void addRoutes(Router router) {
    router
        .on("POST", "batches", c -> create(c, ctx.ids.batchId()))
        .on("POST", "batches/{id}", this::createWithId)
        .on("PUT", "batches/{id}", this::replace)
        .on("PATCH", "batches/{id}", this::update)
        .on("DELETE", "batches/{id}", this::delete)
        .on("GET", "batches/uniques/{field}", this::uniques);
  }

  private Reply createWithId(Call c) {
    String id = c.param("id");
    if (c.sandbox.batches.containsKey(id)) {
      throw Errors.badRequest("The batch " + id + " already exists in sandbox " + c.sandbox.name);
    }
    return create(c, id);
  }

  private Reply create(Call c, String id) {
    Map<String, Object> body = checked(c, true);
    long now = ctx.now();
    Map<String, Object> batch = obj("imsOrg", ctx.imsOrgId, "created", now, "createdClient", c.client,
        "createdUser", c.client, "updatedUser", c.client, "updated", now, "version", "1.0.0");
    for (Map.Entry<String, Object> e : body.entrySet()) {
      batch.putIfAbsent(e.getKey(), Json.copy(e.getValue()));
    }
    c.sandbox.batches.put(id, batch);
    return Reply.json(201, arr("@/batches/" + id));
  }

  private Reply replace(Call c) {
    String id = c.param("id");
    Map<String, Object> batch = existing(c, id);
    Map<String, Object> next = Json.copy(checked(c, true));
    next.remove("version");
    c.sandbox.batches.put(id, Catalog.updated(next, batch, OWNED, c, ctx.now()));
    return Reply.ok(arr("@/batches/" + id));
  }

  private Reply update(Call c) {
    String id = c.param("id");
    Map<String, Object> batch = existing(c, id);
    if (Json.list(c.json()) != null) {
      throw Errors.badRequest("PATCH /batches/{id} takes a JSON object of the members to change (batchPatchRequest)");
    }
    Map<String, Object> next = Json.copy(batch);
    next.putAll(Json.copy(checked(c, false)));
    c.sandbox.batches.put(id, Catalog.updated(next, batch, OWNED, c, ctx.now()));
    return Reply.ok(arr("@/batches/" + id));
  }

  private Reply delete(Call c) {
    String id = c.param("id");
    existing(c, id);
    c.sandbox.batches.remove(id);
    return Reply.ok(arr("@/batches/" + id));
  }

  /**
   * The distinct values of one member over the batches the {@code dataSet}/{@code status} filters
   * select, as strings, {@code limit} (1–100, default 20) of them from {@code start}. {@code batch} gives the batch
   * ids and {@code dataSet} the related dataset ids, as the spec's filters of those names do.
   */
  private Reply uniques(Call c) {
    String field = c.param("field");
    long limit = Catalog.limit(c);
    long start = Catalog.start(c);
    Set<String> values = new LinkedHashSet<>();
    for (Map.Entry<String, Map<String, Object>> e : Catalog.selectBatches(c)) {
      Object value = "batch".equals(field) ? e.getKey()
          : "dataSet".equals(field) ? Catalog.dataSetOf(e.getValue())
          : e.getValue().get(field);
      if (value != null && !(value instanceof Map) && !(value instanceof List) && !"".equals(value)) {
        values.add(String.valueOf(value));
      }
    }
    List<Object> out = new ArrayList<>();
    values.stream().skip(start).limit(limit).forEach(out::add);
    return Reply.ok(out);
  }

  private static Map<String, Object> existing(Call c, String id) {
    Map<String, Object> batch = c.sandbox.batches.get(id);
    if (batch == null) {
      throw Errors.notFound("The batch " + id + " does not exist in sandbox " + c.sandbox.name);
    }
    return batch;
  }

  /** The body as an object, with a known {@code status} (required when {@code needsStatus}) and existing related datasets. */
  private static Map<String, Object> checked(Call c, boolean needsStatus) {
    Map<String, Object> body = c.object();
    Object status = body.get("status");
    if (status == null && needsStatus) {
      throw Errors.badRequest("A batch needs a status, one of " + STATUSES);
    }
    if (status != null && !STATUSES.contains(status)) {
      throw Errors.badRequest("Unknown batch status '" + status + "'; expected one of " + STATUSES);
    }
    List<Object> related = body.containsKey("relatedObjects") ? Json.list(body.get("relatedObjects")) : List.of();
    if (related == null) {
      throw Errors.badRequest("relatedObjects must be an array of {type, id}");
    }
    for (Object r : related) {
      if ("dataSet".equals(Json.string(r, "type")) && !c.sandbox.dataSets.containsKey(Json.string(r, "id"))) {
        throw Errors.badRequest("The dataSet " + Json.string(r, "id") + " related to the batch does not exist in sandbox "
            + c.sandbox.name);
      }
    }
    return body;
  }
}
