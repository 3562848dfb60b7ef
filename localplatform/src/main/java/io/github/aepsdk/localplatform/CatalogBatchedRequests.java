package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Catalog's batched requests (catalog.yaml, tag Batched requests), on the service's base path
 * itself. {@code POST /} takes an array of {@code resourceItem}s ({@code id}, {@code method},
 * {@code resource} relative to the base path, {@code headers}, {@code body}) and runs each as the
 * individual Catalog call it stands for, in order; it answers 201 with the references those calls
 * answered, e.g. {@code ["@/dataSets/<id>", "@/batches/<id>"]}. A request that fails answers its
 * error, with the item's {@code id} in the detail; the items before it stay done (there is no
 * transaction). {@code GET /} answers {@code serviceResources}, whose members the spec describes
 * only by example: here the {@code dataSet} the sandbox's latest batched request created, if any.
 */
final class CatalogBatchedRequests {
  private final Router catalog;

  CatalogBatchedRequests(Router catalog) {
    this.catalog = catalog;
  }

  void addRoutes(Router router) {
    router
        .on("POST", "", this::create)
        .on("GET", "", this::list);
  }

  private Reply create(Call c) {
    List<Object> items = Json.list(c.json());
    if (items == null || items.isEmpty()) {
      throw Errors.badRequest("A batched request is a non-empty JSON array of {id, method, resource, headers, body}");
    }
    List<Object> refs = new ArrayList<>();
    String createdDataSet = null;
    for (Object item : items) {
      Call one = call(c, item);
      Reply reply;
      try {
        reply = catalog.route(one);
      } catch (PlatformError e) {
        Map<String, Object> error = Json.map(e.reply.body);
        throw Errors.generic(e.reply.status, error == null ? "BadRequestError" : String.valueOf(error.get("title")),
            "Batched request '" + Json.string(item, "id") + "' (" + one.method + " " + Json.string(item, "resource")
                + ") failed: " + (error == null ? "HTTP " + e.reply.status : error.get("detail")));
      }
      List<Object> answered = Json.list(reply.body);
      if (answered != null) {
        for (Object ref : answered) {
          refs.add(ref);
          if ("POST".equals(one.method) && String.valueOf(ref).startsWith("@/dataSets/")) {
            createdDataSet = String.valueOf(ref).substring("@/dataSets/".length());
          }
        }
      }
    }
    if (createdDataSet != null) {
      c.sandbox.batchedRequestDataSet = createdDataSet;
    }
    return Reply.json(201, refs);
  }

  private Reply list(Call c) {
    Catalog.limit(c);
    Catalog.start(c);
    Map<String, Object> resources = obj();
    if (c.sandbox.batchedRequestDataSet != null) {
      resources.put("dataSet", c.sandbox.batchedRequestDataSet);
    }
    return Reply.ok(resources);
  }

  /** The individual call an item stands for, with the batched call's sandbox and client. */
  private static Call call(Call batched, Object item) {
    Map<String, Object> fields = Json.map(item);
    String method = fields == null ? null : Json.string(fields, "method");
    String resource = fields == null ? null : Json.string(fields, "resource");
    int q = resource == null ? -1 : resource.indexOf('?');
    String path = resource == null || !resource.startsWith("/") ? "" : resource.substring(1, q < 0 ? resource.length() : q);
    if (method == null || path.isEmpty()) {
      throw Errors.badRequest("Each batched request needs a method and a resource such as /dataSets, got " + item);
    }
    HttpUrl url = batched.url.newBuilder()
        .encodedPath(batched.url.encodedPath() + path)
        .encodedQuery(q < 0 ? null : resource.substring(q + 1))
        .build();
    Headers.Builder headers = new Headers.Builder();
    Map<String, Object> given = Json.map(fields.get("headers"));
    if (given != null) {
      given.forEach((name, value) -> headers.add(name, String.valueOf(value)));
    }
    Object body = fields.get("body");
    if (body != null && headers.get("Content-Type") == null) {
      headers.add("Content-Type", "application/json");
    }
    List<String> segments = new ArrayList<>(url.pathSegments());
    if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    return new Call(method.toUpperCase(Locale.ROOT), segments.subList(3, segments.size()), url, headers.build(),
        body == null ? "" : Json.write(body), batched.sandbox, batched.client);
  }
}
