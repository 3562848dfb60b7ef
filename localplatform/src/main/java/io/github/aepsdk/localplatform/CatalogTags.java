package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.obj;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /tags/{tagNamespace}} (catalog.yaml, tag Tags): the values of one tag namespace
 * aggregated over the sandbox's datasets, and the datasets that carry it, shaped like the spec's
 * example ({@code tagsResponse}): {@code {"objectType": {"datasets": ["@/DataSet/<id>", …]},
 * "<namespace>": [values…]}}. Only datasets are aggregated, the one collection the example shows.
 * A namespace no dataset uses answers the generic 404.
 */
final class CatalogTags {

  void addRoutes(Router router) {
    router.on("GET", "tags/{namespace}", this::listTags);
  }

  private Reply listTags(Call c) {
    String namespace = c.param("namespace");
    List<Object> tagged = new ArrayList<>();
    Set<Object> values = new LinkedHashSet<>();
    for (Map.Entry<String, Map<String, Object>> e : c.sandbox.dataSets.entrySet()) {
      Map<String, Object> tags = Json.map(e.getValue().get("tags"));
      List<Object> namespaceValues = tags == null ? null : Json.list(tags.get(namespace));
      if (namespaceValues != null) {
        tagged.add("@/DataSet/" + e.getKey());
        values.addAll(namespaceValues);
      }
    }
    if (tagged.isEmpty()) {
      throw Errors.notFound("No dataSet in sandbox " + c.sandbox.name + " has tags in the namespace " + namespace);
    }
    return Reply.ok(obj("objectType", obj("datasets", tagged), namespace, new ArrayList<>(values)));
  }
}
