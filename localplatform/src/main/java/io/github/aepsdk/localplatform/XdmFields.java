package io.github.aepsdk.localplatform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves an XDM resource into the fields it has: every {@code properties} block reachable
 * through {@code allOf} references (classes, field groups, behaviors, global or tenant) and the
 * resource's own {@code definitions} and {@code properties}, merged as the {@code xed-full} view
 * shows them, plus an index from dotted paths ({@code person.name.firstName}) to field definitions.
 */
final class XdmFields {
  private XdmFields() {}

  /** The {@code $ref} targets in {@code allOf} (also under the key {@code "$ref "} some spec examples use). */
  static List<String> refs(Map<String, Object> resource) {
    List<String> refs = new ArrayList<>();
    List<Object> allOf = Json.list(resource.get("allOf"));
    if (allOf != null) {
      for (Object item : allOf) {
        Map<String, Object> entry = Json.map(item);
        if (entry == null) {
          continue;
        }
        Object ref = entry.containsKey("$ref") ? entry.get("$ref") : entry.get("$ref ");
        if (ref instanceof String) {
          refs.add(((String) ref).trim());
        }
      }
    }
    return refs;
  }

  /** The merged {@code properties} tree of {@code resource}; {@code resolver} finds referenced resources by {@code $id}. */
  static Map<String, Object> properties(Map<String, Object> resource, Function<String, Map<String, Object>> resolver) {
    Map<String, Object> merged = new LinkedHashMap<>();
    collect(resource, resolver, merged, new HashSet<>());
    return merged;
  }

  private static void collect(Map<String, Object> resource, Function<String, Map<String, Object>> resolver,
      Map<String, Object> into, Set<String> visited) {
    for (String ref : refs(resource)) {
      if (ref.startsWith("#")) {
        continue;
      }
      Map<String, Object> target = resolver.apply(ref);
      if (target != null && visited.add(ref)) {
        collect(target, resolver, into, visited);
      }
    }
    Map<String, Object> definitions = Json.map(resource.get("definitions"));
    if (definitions != null) {
      for (Object definition : definitions.values()) {
        merge(into, Json.map(Json.at(definition, "properties")));
      }
    }
    List<Object> allOf = Json.list(resource.get("allOf"));
    if (allOf != null) {
      for (Object item : allOf) {
        merge(into, Json.map(Json.at(item, "properties")));
      }
    }
    merge(into, Json.map(resource.get("properties")));
  }

  private static void merge(Map<String, Object> into, Map<String, Object> properties) {
    if (properties == null) {
      return;
    }
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      Map<String, Object> existing = Json.map(into.get(e.getKey()));
      Map<String, Object> incoming = Json.map(e.getValue());
      if (existing != null && incoming != null && existing.get("properties") != null
          && incoming.get("properties") != null) {
        Map<String, Object> combined = Json.copy(existing);
        merge(Json.child(combined, "properties"), Json.map(incoming.get("properties")));
        into.put(e.getKey(), combined);
      } else {
        into.put(e.getKey(), Json.copy(e.getValue()));
      }
    }
  }

  /** Dotted path → field definition, for every field and object in a merged properties tree. */
  static Map<String, Map<String, Object>> index(Map<String, Object> properties) {
    Map<String, Map<String, Object>> index = new LinkedHashMap<>();
    index(properties, "", index);
    return index;
  }

  private static void index(Map<String, Object> properties, String prefix, Map<String, Map<String, Object>> index) {
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      Map<String, Object> field = Json.map(e.getValue());
      if (field == null) {
        continue;
      }
      String path = prefix + e.getKey();
      index.put(path, field);
      Map<String, Object> children = Json.map(field.get("properties"));
      if (children != null) {
        index(children, path + ".", index);
      }
    }
  }

  /**
   * The XDM type the registry reports for a JSON Schema field: {@code int} for {@code integer}, the
   * format for {@code date} and {@code date-time} strings, else the JSON type (data types guide and the
   * spec's createDataTypeResponse: {@code "type": "integer", "meta:xdmType": "int"}).
   */
  static String xdmType(String type, Object format) {
    if ("integer".equals(type)) {
      return "int";
    }
    return "string".equals(type) && ("date".equals(format) || "date-time".equals(format)) ? (String) format : type;
  }

  /** Adds {@code meta:xdmType} (see {@link #xdmType}) to every field of a properties tree, as the registry does. */
  static void decorate(Object properties) {
    Map<String, Object> props = Json.map(properties);
    if (props == null) {
      return;
    }
    for (Object value : props.values()) {
      Map<String, Object> field = Json.map(value);
      if (field == null) {
        continue;
      }
      if (field.get("type") instanceof String && !field.containsKey("meta:xdmType")) {
        field.put("meta:xdmType", xdmType((String) field.get("type"), field.get("format")));
      }
      decorate(field.get("properties"));
    }
  }

  /** A copy of a tree without {@code title} and {@code description} members below the top level. */
  static Object withoutText(Object tree, boolean topLevel) {
    Map<String, Object> map = Json.map(tree);
    if (map != null) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : map.entrySet()) {
        if (!topLevel && (e.getKey().equals("title") || e.getKey().equals("description"))
            && e.getValue() instanceof String) {
          continue;
        }
        copy.put(e.getKey(), withoutText(e.getValue(), false));
      }
      return copy;
    }
    List<Object> list = Json.list(tree);
    if (list != null) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(withoutText(v, false)));
      return copy;
    }
    return tree;
  }
}
