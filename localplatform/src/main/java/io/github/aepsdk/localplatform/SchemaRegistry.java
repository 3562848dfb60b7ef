package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Schema Registry ({@code /data/foundation/schemaregistry}): tenant classes, field groups
 * ({@code fieldgroups}, and the deprecated {@code mixins} alias), schemas and descriptors, and a
 * read-only {@code global} container with the profile class and its field groups.
 *
 * <p>Checks what the registry checks: the {@code Accept} header of every GET (XDM-1006/1007 for
 * resources, XDM-1008/1009 for descriptors), unique titles (XDM-1521), custom fields under the tenant
 * namespace (XDM-1021), that referenced resources exist (XDM-1010/XDM-1012 404), and that a schema a
 * dataset uses or a class a schema uses is not deleted (400, generic document). Lists page by
 * {@code orderby} + {@code start} + {@code limit} with {@code _page.next}.
 */
final class SchemaRegistry {
  private static final String XED = "application/vnd.adobe.xed+json";
  private static final String XED_ID = "application/vnd.adobe.xed-id+json";
  private static final Set<String> LOOKUP_TYPES = Set.of(XED,
      "application/vnd.adobe.xed-full+json", "application/vnd.adobe.xed-notext+json",
      "application/vnd.adobe.xed-full-notext+json", "application/vnd.adobe.xed-full-desc+json",
      "application/vnd.adobe.xed-deprecatefield+json");
  private static final Set<String> DESCRIPTOR_LIST_TYPES = Set.of("application/vnd.adobe.xdm-id+json",
      "application/vnd.adobe.xdm-link+json", "application/vnd.adobe.xdm+json", "application/vnd.adobe.xdm-v2+json",
      "application/vnd.adobe.xdm-v2-id+json", "application/vnd.adobe.xdm-v2-link+json");

  private final Context ctx;
  private final XdmLibrary library;
  final Router router = new Router();

  SchemaRegistry(Context ctx, XdmLibrary library) {
    this.ctx = ctx;
    this.library = library;
    router
        .on("GET", "global/classes", c -> list(c, new ArrayList<>(library.classes().values()), "classes"))
        .on("GET", "global/classes/{id}", c -> lookup(c, library.globalClass(c.param("id")), "class", c.param("id")))
        .on("GET", "global/fieldgroups", c -> list(c, new ArrayList<>(library.fieldGroups().values()), "fieldgroups"))
        .on("GET", "global/fieldgroups/{id}",
            c -> lookup(c, library.globalFieldGroup(c.param("id")), "fieldgroup", c.param("id")))
        .on("GET", "global/schemas", c -> list(c, new ArrayList<>(), "schemas"))
        .on("GET", "tenant/classes", c -> list(c, new ArrayList<>(c.sandbox.classes.values()), "classes"))
        .on("POST", "tenant/classes", this::createClass)
        .on("GET", "tenant/classes/{id}",
            c -> lookup(c, find(c.sandbox.classes, c.param("id")), "class", c.param("id")))
        .on("DELETE", "tenant/classes/{id}", c -> delete(c, c.sandbox.classes, "class"))
        .on("GET", "tenant/schemas", c -> list(c, new ArrayList<>(c.sandbox.schemas.values()), "schemas"))
        .on("POST", "tenant/schemas", this::createSchema)
        .on("GET", "tenant/schemas/{id}",
            c -> lookup(c, find(c.sandbox.schemas, c.param("id")), "schema", c.param("id")))
        .on("PATCH", "tenant/schemas/{id}", this::patchSchema)
        .on("PUT", "tenant/schemas/{id}", this::replaceSchema)
        .on("DELETE", "tenant/schemas/{id}", c -> delete(c, c.sandbox.schemas, "schema"))
        .on("GET", "tenant/descriptors", this::listDescriptors)
        .on("POST", "tenant/descriptors", this::createDescriptor)
        .on("GET", "tenant/descriptors/{id}", this::getDescriptor)
        .on("DELETE", "tenant/descriptors/{id}", this::deleteDescriptor);
    for (String alias : List.of("fieldgroups", "mixins")) {
      router
          .on("GET", "tenant/" + alias, c -> list(c, new ArrayList<>(c.sandbox.fieldGroups.values()), alias))
          .on("POST", "tenant/" + alias, this::createFieldGroup)
          .on("GET", "tenant/" + alias + "/{id}",
              c -> lookup(c, find(c.sandbox.fieldGroups, c.param("id")), "fieldgroup", c.param("id")))
          .on("DELETE", "tenant/" + alias + "/{id}", c -> delete(c, c.sandbox.fieldGroups, "fieldgroup"));
    }
  }

  // ---- lookups used by the other services ----

  /** A tenant schema of the sandbox by {@code $id} or {@code meta:altId}, or null. */
  static Map<String, Object> schema(SandboxState sandbox, String id) {
    return find(sandbox.schemas, id);
  }

  /** Any resource visible in the sandbox (tenant first, then global) by {@code $id} or {@code meta:altId}. */
  Map<String, Object> resolve(SandboxState sandbox, String id) {
    for (Map<String, Map<String, Object>> tenant : List.of(sandbox.classes, sandbox.fieldGroups, sandbox.schemas)) {
      Map<String, Object> found = find(tenant, id);
      if (found != null) {
        return found;
      }
    }
    Map<String, Object> global = library.any(id);
    if (global == null) {
      global = library.globalClass(id);
    }
    return global != null ? global : library.globalFieldGroup(id);
  }

  /** Dotted field path → field definition of a schema (all classes and field groups merged). */
  Map<String, Map<String, Object>> fields(SandboxState sandbox, Map<String, Object> schema) {
    return XdmFields.index(XdmFields.properties(schema, id -> resolve(sandbox, id)));
  }

  /** The {@code xed-full} view of a resource: {@code allOf} and {@code definitions} resolved into {@code properties}. */
  Map<String, Object> full(SandboxState sandbox, Map<String, Object> resource) {
    Map<String, Object> full = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : resource.entrySet()) {
      if (e.getKey().equals("allOf") || e.getKey().equals("definitions") || e.getKey().equals("refs")) {
        continue;
      }
      full.put(e.getKey(), Json.copy(e.getValue()));
    }
    full.put("properties", XdmFields.properties(resource, id -> resolve(sandbox, id)));
    return full;
  }

  private static Map<String, Object> find(Map<String, Map<String, Object>> resources, String id) {
    if (id == null) {
      return null;
    }
    Map<String, Object> found = resources.get(id);
    if (found != null) {
      return found;
    }
    for (Map<String, Object> r : resources.values()) {
      if (id.equals(r.get("meta:altId"))) {
        return r;
      }
    }
    return null;
  }

  // ---- Accept header ----

  private static String mediaType(String accept) {
    return accept == null ? "" : accept.split(";")[0].trim().toLowerCase(Locale.ROOT);
  }

  private static boolean hasVersion(String accept) {
    if (accept == null) {
      return false;
    }
    String[] parts = accept.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].trim().split("=", 2);
      if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("version") && !kv[1].trim().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static void requireListAccept(Call c) {
    String accept = c.header("Accept");
    String media = mediaType(accept);
    if (!(media.equals(XED) || media.equals(XED_ID)) || hasVersion(accept)) {
      String message = "The supplied Accept header is not valid: " + (accept == null ? "" : accept)
          + " - A valid Accept value should look like application/vnd.adobe.{xed|xdm}+json";
      throw Errors.xdm(400, "1006", "Accept header invalid", message);
    }
  }

  private static String requireLookupAccept(Call c) {
    String accept = c.header("Accept");
    String media = mediaType(accept);
    if (!LOOKUP_TYPES.contains(media) || !hasVersion(accept)) {
      String message = "The supplied Accept header is not valid: " + (accept == null ? "" : accept)
          + " - A valid Accept value should look like application/vnd.adobe.{xed|xdm}+json; version=1"
          + " (Version should be specified)";
      throw Errors.xdm(400, "1007", "Accept header invalid", message);
    }
    return media;
  }

  // ---- GET ----

  private Reply lookup(Call c, Map<String, Object> resource, String kind, String id) {
    String media = requireLookupAccept(c);
    if (resource == null) {
      throw notFound(kind, id);
    }
    Map<String, Object> view;
    if (media.contains("-full")) {
      view = full(c.sandbox, resource);
    } else {
      view = Json.copy(resource);
    }
    if (media.contains("notext")) {
      view = Json.map(XdmFields.withoutText(view, true));
    }
    return Reply.ok(view);
  }

  private Reply list(Call c, List<Map<String, Object>> resources, String collection) {
    requireListAccept(c);
    boolean summaries = mediaType(c.header("Accept")).equals(XED_ID);
    List<Map<String, Object>> items = filter(resources, c.queryAll("property"));
    String orderby = c.query("orderby");
    String next = null;
    if (orderby != null && !orderby.isBlank()) {
      String first = orderby.split(",")[0].trim();
      boolean descending = first.startsWith("-");
      String field = first.replaceFirst("^[-+]", "");
      Comparator<Map<String, Object>> order = Comparator.comparing(r -> sortKey(r, field));
      items.sort(descending ? order.reversed() : order);
      String start = c.query("start");
      if (start != null) {
        List<Map<String, Object>> after = new ArrayList<>();
        for (Map<String, Object> r : items) {
          int cmp = sortKey(r, field).compareTo(start);
          if (descending ? cmp < 0 : cmp > 0) {
            after.add(r);
          }
        }
        items = after;
      }
      Long limit = Json.wholeNumber(c.query("limit"));
      if (limit != null && limit >= 0 && items.size() > limit) {
        items = new ArrayList<>(items.subList(0, limit.intValue()));
        next = sortKey(items.get(items.size() - 1), field);
      }
    }
    List<Object> results = new ArrayList<>();
    for (Map<String, Object> r : items) {
      results.add(summaries
          ? obj("$id", r.get("$id"), "meta:altId", r.get("meta:altId"), "version", r.get("version"), "title", r.get("title"))
          : Json.copy(r));
    }
    // linksBasic.next: "A URI for the next page in the response, if one exists", null on the last page.
    Map<String, Object> links = obj("next", next == null ? null : ctx.baseUrl + c.url.encodedPath()
        + "?orderby=" + orderby + "&start=" + next + (c.query("limit") == null ? "" : "&limit=" + c.query("limit")));
    if (collection.equals("schemas")) {
      links.put("global_schemas", obj("href", ctx.baseUrl + "/data/foundation/schemaregistry/global/schemas"));
    }
    return Reply.ok(obj(
        "results", results,
        "_page", obj("orderby", orderby == null ? "updated" : orderby, "next", next, "count", (long) results.size()),
        "_links", links));
  }

  private static String sortKey(Map<String, Object> resource, String field) {
    if (field.equals("updated") || field.equals("created")) {
      Object date = Json.at(resource.get("meta:registryMetadata"),
          field.equals("updated") ? "repo:lastModifiedDate" : "repo:createdDate");
      return String.format("%020d", date instanceof Long ? (Long) date : 0L);
    }
    Object value = resource.get(field);
    return value == null ? "" : String.valueOf(value);
  }

  /** {@code property=name==value}, {@code name!=value} or a bare {@code name} (exists); arrays match by membership. */
  private static List<Map<String, Object>> filter(List<Map<String, Object>> resources, List<String> properties) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : resources) {
      boolean keep = true;
      for (String property : properties) {
        boolean negate = property.contains("!=");
        String[] parts = property.split(negate ? "!=" : "==", 2);
        Object value = r.get(parts[0].trim());
        boolean match;
        if (parts.length == 1) {
          match = value != null;
        } else {
          String wanted = parts[1].trim();
          List<Object> list = Json.list(value);
          match = list != null ? list.contains(wanted) : wanted.equals(String.valueOf(value));
        }
        keep &= negate != match;
      }
      if (keep) {
        out.add(r);
      }
    }
    return out;
  }

  // ---- create ----

  private Map<String, Object> newResource(Call c, String resourceType, Map<String, Object> body) {
    return newResource(c, resourceType, body, null);
  }

  /** A resource from a request body; {@code replacing} is the {@code $id} a PUT replaces (its title may stay). */
  private Map<String, Object> newResource(Call c, String resourceType, Map<String, Object> body, String replacing) {
    Object title = body.get("title");
    if (!(title instanceof String) || ((String) title).isBlank()) {
      throw Errors.badRequest("A " + resourceType + " resource needs a non-empty string 'title'");
    }
    requireUniqueTitle(c.sandbox, (String) title, replacing);
    String hex = ctx.ids.hex(32);
    Map<String, Object> r = obj(
        "$id", "https://ns.adobe.com/" + ctx.tenantId + "/" + resourceType + "/" + hex,
        "meta:altId", ctx.tenantNamespace() + "." + resourceType + "." + hex,
        "meta:resourceType", resourceType,
        "version", "1.0",
        "title", title,
        "type", "object");
    if (body.get("description") != null) {
      r.put("description", body.get("description"));
    }
    if (body.get("definitions") != null) {
      Map<String, Object> definitions = Json.copy(Json.map(body.get("definitions")));
      if (definitions != null) {
        definitions.values().forEach(d -> XdmFields.decorate(Json.at(d, "properties")));
      }
      r.put("definitions", definitions);
    }
    List<Object> allOf = arr();
    List<Object> given = Json.list(body.get("allOf"));
    if (given != null) {
      for (Object item : given) {
        Map<String, Object> entry = Json.copy(Json.map(item));
        if (entry == null) {
          throw Errors.badRequest("allOf entries must be objects");
        }
        XdmFields.decorate(entry.get("properties"));
        if (entry.get("properties") != null || entry.get("$ref") != null) {
          entry.putIfAbsent("type", "object");
          entry.putIfAbsent("meta:xdmType", "object");
        }
        allOf.add(entry);
      }
    }
    r.put("allOf", allOf);
    if (body.get("properties") != null) {
      Map<String, Object> properties = Json.copy(Json.map(body.get("properties")));
      XdmFields.decorate(properties);
      r.put("properties", properties);
    }
    return r;
  }

  private void finish(Call c, Map<String, Object> r) {
    r.put("imsOrg", ctx.imsOrgId);
    r.put("meta:xdmType", "object");
    long now = ctx.now();
    r.put("meta:registryMetadata", obj(
        "repo:createdDate", now,
        "repo:lastModifiedDate", now,
        "xdm:createdClientId", c.client,
        "xdm:lastModifiedClientId", c.client,
        "xdm:createdUserId", c.client,
        "xdm:lastModifiedUserId", c.client,
        "eTag", ctx.ids.hex(64),
        "meta:globalLibVersion", "1.27.4"));
    r.put("meta:containerId", "tenant");
    r.put("meta:sandboxId", c.sandbox.id);
    r.put("meta:sandboxType", c.sandbox.type());
    r.put("meta:tenantNamespace", ctx.tenantNamespace());
  }

  private Reply createClass(Call c) {
    Map<String, Object> body = c.object();
    Map<String, Object> r = newResource(c, "classes", body);
    List<String> refs = XdmFields.refs(r);
    List<Object> extendsIds = arr();
    for (String ref : refs) {
      if (ref.startsWith("#")) {
        continue;
      }
      if (library.behavior(ref) == null && resolve(c.sandbox, ref) == null) {
        throw notFound("class", ref);
      }
      extendsIds.add(ref);
    }
    String hex = ((String) r.get("$id")).substring(((String) r.get("$id")).lastIndexOf('/') + 1);
    if (refs.contains(XdmLibrary.ADHOC)) {
      renameAdhocNamespace(r, "_" + hex);
    } else {
      requireTenantNamespace(r);
    }
    r.put("meta:abstract", true);
    r.put("meta:extensible", true);
    r.put("meta:extends", extendsIds);
    finish(c, r);
    if (refs.contains(XdmLibrary.ADHOC)) {
      r.put("meta:datasetNamespace", "_" + hex);
    }
    c.sandbox.classes.put((String) r.get("$id"), r);
    return Reply.json(201, Json.copy(r));
  }

  private Reply createFieldGroup(Call c) {
    Map<String, Object> body = c.object();
    Map<String, Object> r = newResource(c, "mixins", body);
    for (String ref : XdmFields.refs(r)) {
      if (!ref.startsWith("#") && library.behavior(ref) == null && resolve(c.sandbox, ref) == null) {
        throw notFound("fieldgroup", ref);
      }
    }
    requireTenantNamespace(r);
    r.put("meta:extensible", true);
    r.put("meta:abstract", true);
    if (body.get("meta:intendedToExtend") != null) {
      r.put("meta:intendedToExtend", Json.copy(body.get("meta:intendedToExtend")));
    }
    finish(c, r);
    c.sandbox.fieldGroups.put((String) r.get("$id"), r);
    return Reply.json(201, Json.copy(r));
  }

  private Reply createSchema(Call c) {
    Map<String, Object> body = c.object();
    Map<String, Object> r = newResource(c, "schemas", body);
    applySchemaComposition(c.sandbox, r, body);
    finish(c, r);
    c.sandbox.schemas.put((String) r.get("$id"), r);
    // only the create answer lists the referenced ids in "refs" (lookups and PATCH answers do not)
    Map<String, Object> answer = new LinkedHashMap<>();
    r.forEach((k, v) -> {
      answer.put(k, Json.copy(v));
      if (k.equals("allOf")) {
        List<Object> refs = arr();
        XdmFields.refs(r).forEach(refs::add);
        answer.put("refs", refs);
      }
    });
    return Reply.json(201, answer);
  }

  /** Checks the references of a schema and derives meta:class, meta:extends, refs (and the ad-hoc dataset namespace). */
  private void applySchemaComposition(SandboxState sandbox, Map<String, Object> r, Map<String, Object> body) {
    List<String> refs = XdmFields.refs(r);
    if (refs.isEmpty()) {
      throw Errors.badRequest("A schema must reference a class in allOf");
    }
    String classId = null;
    List<Object> fieldGroupIds = arr();
    for (String ref : refs) {
      Map<String, Object> target = resolve(sandbox, ref);
      if (target == null) {
        throw notFound(ref.contains("/classes/") || ref.contains("/context/") ? "class" : "fieldgroup", ref);
      }
      if ("classes".equals(target.get("meta:resourceType"))) {
        if (classId != null && !classId.equals(target.get("$id"))) {
          throw Errors.badRequest("A schema can reference only one class; found " + classId + " and " + ref);
        }
        classId = (String) target.get("$id");
      } else {
        fieldGroupIds.add(target.get("$id"));
      }
    }
    if (classId == null) {
      throw Errors.badRequest("A schema must reference a class in allOf");
    }
    Map<String, Object> xdmClass = resolve(sandbox, classId);
    List<Object> extendsIds = arr();
    extendsIds.addAll(fieldGroupIds);
    List<Object> classExtends = Json.list(xdmClass.get("meta:extends"));
    if (classExtends != null) {
      extendsIds.addAll(classExtends);
    }
    extendsIds.add(classId);
    r.put("meta:extensible", false);
    r.put("meta:abstract", false);
    r.put("meta:extends", extendsIds);
    r.put("meta:class", classId);
    if (xdmClass.get("meta:datasetNamespace") != null) {
      r.put("meta:datasetNamespace", xdmClass.get("meta:datasetNamespace"));
    }
    if (body.get("meta:immutableTags") != null) {
      r.put("meta:immutableTags", Json.copy(body.get("meta:immutableTags")));
    }
  }

  // ---- patch / delete ----

  private Reply patchSchema(Call c) {
    Map<String, Object> schema = find(c.sandbox.schemas, c.param("id"));
    if (schema == null) {
      throw notFound("schema", c.param("id"));
    }
    Map<String, Object> patched;
    try {
      patched = JsonPatch.apply(schema, c.json());
    } catch (JsonPatch.PatchException e) {
      throw Errors.badRequest("Invalid JSON Patch: " + e.getMessage());
    }
    for (String fixed : List.of("$id", "meta:altId", "meta:resourceType", "meta:containerId", "imsOrg",
        "meta:sandboxId", "meta:sandboxType", "meta:tenantNamespace")) {
      patched.put(fixed, schema.get(fixed));
    }
    if (!(patched.get("title") instanceof String)) {
      throw Errors.badRequest("A schema needs a string 'title'");
    }
    requireUniqueTitle(c.sandbox, (String) patched.get("title"), (String) schema.get("$id"));
    for (String ref : XdmFields.refs(patched)) {
      if (resolve(c.sandbox, ref) == null) {
        throw notFound("fieldgroup", ref);
      }
    }
    if (patched.get("allOf") != null && Json.list(patched.get("allOf")) == null) {
      throw Errors.badRequest("allOf must be an array");
    }
    XdmFields.decorate(patched.get("properties"));
    List<Object> allOf = Json.list(patched.get("allOf"));
    if (allOf != null) {
      for (Object entry : allOf) {
        Map<String, Object> item = Json.map(entry);
        if (item != null && (item.get("$ref") != null || item.get("properties") != null)) {
          XdmFields.decorate(item.get("properties"));
          item.putIfAbsent("type", "object");
          item.putIfAbsent("meta:xdmType", "object");
        }
      }
    }
    patched.put("version", bumpMinor(String.valueOf(schema.get("version"))));
    Map<String, Object> meta = Json.child(patched, "meta:registryMetadata");
    meta.put("repo:lastModifiedDate", ctx.now());
    meta.put("xdm:lastModifiedClientId", c.client);
    meta.put("eTag", ctx.ids.hex(64));
    c.sandbox.schemas.put((String) schema.get("$id"), patched);
    return Reply.ok(Json.copy(patched));
  }

  /** {@code PUT}: a new body under the same ids; the docs' example answers it with an unchanged version. */
  private Reply replaceSchema(Call c) {
    Map<String, Object> schema = find(c.sandbox.schemas, c.param("id"));
    if (schema == null) {
      throw notFound("schema", c.param("id"));
    }
    Map<String, Object> body = c.object();
    Map<String, Object> r = newResource(c, "schemas", body, (String) schema.get("$id"));
    for (String fixed : List.of("$id", "meta:altId", "version")) {
      r.put(fixed, schema.get(fixed));
    }
    applySchemaComposition(c.sandbox, r, body);
    finish(c, r);
    Map<String, Object> meta = Json.map(r.get("meta:registryMetadata"));
    meta.put("repo:createdDate", Json.at(schema, "meta:registryMetadata.repo:createdDate"));
    meta.put("xdm:createdClientId", Json.at(schema, "meta:registryMetadata.xdm:createdClientId"));
    meta.put("xdm:createdUserId", Json.at(schema, "meta:registryMetadata.xdm:createdUserId"));
    c.sandbox.schemas.put((String) schema.get("$id"), r);
    return Reply.ok(Json.copy(r));
  }

  private static String bumpMinor(String version) {
    String[] parts = version.split("\\.");
    try {
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return parts[0] + "." + (minor + 1);
    } catch (NumberFormatException e) {
      return version;
    }
  }

  private Reply delete(Call c, Map<String, Map<String, Object>> resources, String kind) {
    Map<String, Object> r = find(resources, c.param("id"));
    if (r == null) {
      throw notFound(kind, c.param("id"));
    }
    refuseWhileUsed(c.sandbox, kind, (String) r.get("$id"));
    resources.remove((String) r.get("$id"));
    return Reply.empty(204);
  }

  /**
   * A schema that datasets use ({@code schemaRef.id}) or a class that schemas use ({@code
   * meta:class}) is not deleted. The registry's code for this is not published (examples/errors holds
   * none), so rather than invent an {@code XDM-} code the answer is the platform's documented generic
   * {@code 400 BadRequestError} document, naming the users.
   */
  private static void refuseWhileUsed(SandboxState sandbox, String kind, String id) {
    List<String> users = new ArrayList<>();
    if (kind.equals("schema")) {
      sandbox.dataSets.forEach((dataSetId, dataSet) -> {
        if (id.equals(Json.string(dataSet, "schemaRef.id"))) {
          users.add(dataSetId);
        }
      });
    } else if (kind.equals("class")) {
      sandbox.schemas.values().forEach(schema -> {
        if (id.equals(schema.get("meta:class"))) {
          users.add((String) schema.get("$id"));
        }
      });
    }
    if (!users.isEmpty()) {
      String what = kind.equals("schema") ? "dataset(s)" : "schema(s)";
      throw Errors.badRequest("The " + kind + " " + id + " cannot be deleted: it is used by " + what + " " + users
          + ". Delete them first.");
    }
  }

  // ---- descriptors ----

  private Reply createDescriptor(Call c) {
    Map<String, Object> body = c.object();
    if (!(body.get("@type") instanceof String)) {
      throw Errors.badRequest("A descriptor needs a string '@type'");
    }
    Object sourceSchema = body.get("xdm:sourceSchema");
    if (!(sourceSchema instanceof String) || find(c.sandbox.schemas, (String) sourceSchema) == null) {
      throw notFound("schema", String.valueOf(sourceSchema));
    }
    Map<String, Object> d = obj("@id", ctx.ids.hex(40));
    d.putAll(Json.copy(body));
    d.put("imsOrg", ctx.imsOrgId);
    d.put("version", "1");
    d.put("meta:containerId", "tenant");
    d.put("meta:sandboxId", c.sandbox.id);
    d.put("meta:sandboxType", c.sandbox.type());
    c.sandbox.descriptors.put((String) d.get("@id"), d);
    return Reply.json(201, Json.copy(d));
  }

  private Reply listDescriptors(Call c) {
    String accept = c.header("Accept");
    String media = mediaType(accept);
    if (!DESCRIPTOR_LIST_TYPES.contains(media)) {
      String message = "The supplied Accept header is not valid: " + (accept == null ? "" : accept)
          + " - A valid Accept value should look like application/vnd.adobe.xdm-id+json";
      throw Errors.xdm(400, "1008", "Accept header invalid", message);
    }
    List<Map<String, Object>> items = filter(new ArrayList<>(c.sandbox.descriptors.values()), c.queryAll("property"));
    boolean ids = media.endsWith("id+json");
    boolean links = media.endsWith("link+json");
    if (media.contains("-v2")) {
      List<Object> results = new ArrayList<>();
      for (Map<String, Object> d : items) {
        results.add(ids ? d.get("@id") : links ? "/descriptors/" + d.get("@id") : Json.copy(d));
      }
      return Reply.ok(obj("results", results,
          "_page", obj("orderby", c.query("orderby"), "next", null, "count", (long) results.size()),
          "_links", obj("next", null)));
    }
    Map<String, Object> grouped = new LinkedHashMap<>();
    for (Map<String, Object> d : items) {
      List<Object> group = Json.list(grouped.computeIfAbsent((String) d.get("@type"), k -> arr()));
      group.add(ids ? d.get("@id") : links ? "/descriptors/" + d.get("@id") : Json.copy(d));
    }
    return Reply.ok(grouped);
  }

  private Reply getDescriptor(Call c) {
    String accept = c.header("Accept");
    if (accept != null && !mediaType(accept).equals("application/vnd.adobe.xdm+json")) {
      String message = "The supplied Accept header is not valid: " + accept
          + " - A valid Accept value should look like application/vnd.adobe.xdm+json";
      throw Errors.xdm(400, "1009", "Accept header invalid", message);
    }
    Map<String, Object> d = c.sandbox.descriptors.get(c.param("id"));
    if (d == null) {
      throw notFound("descriptor", c.param("id"));
    }
    return Reply.ok(Json.copy(d));
  }

  private Reply deleteDescriptor(Call c) {
    if (c.sandbox.descriptors.remove(c.param("id")) == null) {
      throw notFound("descriptor", c.param("id"));
    }
    return Reply.empty(204);
  }

  // ---- checks ----

  private void requireUniqueTitle(SandboxState sandbox, String title, String exceptId) {
    for (Map<String, Map<String, Object>> resources : List.of(sandbox.classes, sandbox.fieldGroups, sandbox.schemas)) {
      for (Map<String, Object> r : resources.values()) {
        if (title.equals(r.get("title")) && !r.get("$id").equals(exceptId)) {
          String message = "Object titles must be unique. An object " + r.get("$id") + " already exists with the same title";
          throw Errors.xdm(400, "1521", "Title not unique", message);
        }
      }
    }
  }

  /** Custom fields of tenant classes and field groups must sit under {@code _<tenantId>} (XDM-1021-400). */
  private void requireTenantNamespace(Map<String, Object> r) {
    List<Map<String, Object>> blocks = new ArrayList<>();
    Map<String, Object> definitions = Json.map(r.get("definitions"));
    if (definitions != null) {
      definitions.values().forEach(d -> blocks.add(Json.map(Json.at(d, "properties"))));
    }
    List<Object> allOf = Json.list(r.get("allOf"));
    if (allOf != null) {
      allOf.forEach(item -> blocks.add(Json.map(Json.at(item, "properties"))));
    }
    blocks.add(Json.map(r.get("properties")));
    for (Map<String, Object> block : blocks) {
      if (block == null) {
        continue;
      }
      for (String field : block.keySet()) {
        if (!field.equals(ctx.tenantNamespace())) {
          String message = "A custom field is defined under an invalid namespace. All custom fields must be defined"
              + " under a top-level field named " + ctx.tenantNamespace() + ".";
          throw Errors.xdm(400, "1021", "Namespace validation error", message);
        }
      }
    }
  }

  /** Ad-hoc classes: the {@code _adhoc} placeholder becomes the class's own namespace {@code _<hex>}. */
  private static void renameAdhocNamespace(Map<String, Object> r, String namespace) {
    List<Object> allOf = Json.list(r.get("allOf"));
    if (allOf == null) {
      return;
    }
    for (Object item : allOf) {
      Map<String, Object> properties = Json.map(Json.at(item, "properties"));
      if (properties != null && properties.containsKey("_adhoc")) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        properties.forEach((k, v) -> renamed.put(k.equals("_adhoc") ? namespace : k, v));
        properties.clear();
        properties.putAll(renamed);
      }
    }
  }

  private static PlatformError notFound(String kind, String id) {
    String message = "The requested " + kind + " resource " + id + " with version 1 is not found.";
    return Errors.xdm(404, "schema".equals(kind) ? "1012" : "1010", "Resource not found", message);
  }
}
