package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.util.Map;

/**
 * The dataset operations beyond {@link Catalog}'s create, lookup, list, PATCH and DELETE
 * (catalog.yaml, tags Datasets and V2 Datasets): {@code PUT /dataSets/{id}} (replace), {@code PATCH
 * /v2/dataSets/{id}} (deep merge, creating missing intermediate objects) and {@code GET
 * /dataSets/{id}/credentials}. Writes answer {@code ["@/dataSets/<id>"]}; Catalog's own members
 * ({@link Catalog#DATA_SET_OWNED}) cannot be changed. Errors use the generic problem document.
 */
final class CatalogDataSets {
  private final Context ctx;

  CatalogDataSets(Context ctx) {
    this.ctx = ctx;
  }

  void addRoutes(Router router) {
    router
        .on("PUT", "dataSets/{id}", this::replace)
        .on("PATCH", "v2/dataSets/{id}", this::updateV2)
        .on("GET", "dataSets/{id}/credentials", this::credentials);
  }

  /** Replaces the dataset's members with the body's, checked as on create; {@code state} stays. */
  private Reply replace(Call c) {
    String id = c.param("id");
    Map<String, Object> dataSet = existing(c, id);
    Map<String, Object> body = c.object();
    Catalog.checkDataSetBody(c, body);
    Map<String, Object> next = Json.copy(body);
    next.remove("version");
    next.put("state", dataSet.get("state"));
    c.sandbox.dataSets.put(id, Catalog.updated(next, dataSet, Catalog.DATA_SET_OWNED, c, ctx.now()));
    return Reply.ok(arr("@/dataSets/" + id));
  }

  /** Merges the body into the dataset at any depth: objects merge member by member, other values replace. */
  private Reply updateV2(Call c) {
    String id = c.param("id");
    Map<String, Object> dataSet = existing(c, id);
    if (Json.list(c.json()) != null) {
      throw Errors.badRequest("PATCH /v2/dataSets/{id} takes a JSON object of the members to change");
    }
    Map<String, Object> next = Json.copy(dataSet);
    merge(next, c.object());
    c.sandbox.dataSets.put(id, Catalog.updated(next, dataSet, Catalog.DATA_SET_OWNED, c, ctx.now()));
    return Reply.ok(arr("@/dataSets/" + id));
  }

  private static void merge(Map<String, Object> target, Map<String, Object> changes) {
    for (Map.Entry<String, Object> e : changes.entrySet()) {
      Map<String, Object> change = Json.map(e.getValue());
      Map<String, Object> current = Json.map(target.get(e.getKey()));
      if (change != null && current != null) {
        merge(current, change);
      } else {
        target.put(e.getKey(), Json.copy(e.getValue()));
      }
    }
  }

  /**
   * The dataset's storage coordinates ({@code dataSetCredentials}), shaped like the spec's
   * examples: {@code path} under the dataset service, {@code stagePath} for an existing {@code
   * batchId}, and {@code credentials} naming the caller's client with a key made for the dataset.
   */
  private Reply credentials(Call c) {
    String id = c.param("id");
    existing(c, id);
    Map<String, Object> answer = obj("dataSetId", id,
        "path", "https://platform.adobe.io/data/foundation/dataset/datasets/" + id + "/");
    String batchId = c.query("batchId");
    if (batchId != null) {
      if (!c.sandbox.batches.containsKey(batchId)) {
        throw Errors.badRequest("The batch " + batchId + " does not exist in sandbox " + c.sandbox.name);
      }
      answer.put("stagePath", "platformdataset/stage/" + batchId);
    }
    answer.put("credentials", obj("clientId", c.client, "clientKey", ctx.ids.hex(32)));
    return Reply.ok(answer);
  }

  private static Map<String, Object> existing(Call c, String id) {
    Map<String, Object> dataSet = c.sandbox.dataSets.get(id);
    if (dataSet == null) {
      throw Errors.notFound("The dataSet " + id + " does not exist in sandbox " + c.sandbox.name);
    }
    return dataSet;
  }
}
