package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Schema Registry ({@code /data/foundation/schemaregistry}): tenant classes, field groups
 * ({@code fieldgroups}, and the deprecated {@code mixins} alias), data types, schemas and descriptors
 * (each with the calls the API offers for it), a read-only {@code global} container with the
 * behaviors, the profile class and its field groups, the union schemas of profile-enabled schemas,
 * {@code /stats}, and the {@code /rpc} calls: export/import, sample data and the audit log of patches.
 *
 * <p>Checks what the registry checks: the {@code Accept} header of every GET (XDM-1006/1007 for
 * resources, XDM-1008/1009 for descriptors), unique titles (XDM-1521), custom fields under the tenant
 * namespace (XDM-1021), that referenced resources exist (XDM-1010/XDM-1012 404), that a schema a
 * dataset uses or a class a schema uses is not deleted (400, generic document), and that imports
 * bring no title or {@code $id} the sandbox has (XDM-3005-400). Lists page by
 * {@code orderby} + {@code start} + {@code limit} with {@code _page.next}, at most {@link
 * #MAX_RESULTS} results per answer.
 */
final class SchemaRegistry {
  /**
   * The most results one list answer holds: Adobe's schemas guide caps list responses at 300 items
   * (API-NOTES §2, §7); {@code limit} (0–500 in the spec) is only a hint, so a larger one still gets
   * 300 and a {@code _page.next} to continue from.
   */
  static final int MAX_RESULTS = 300;
  private static final String XED = "application/vnd.adobe.xed+json";
  private static final String XED_ID = "application/vnd.adobe.xed-id+json";
  private static final Set<String> LOOKUP_TYPES = Set.of(XED,
      "application/vnd.adobe.xed-full+json", "application/vnd.adobe.xed-notext+json",
      "application/vnd.adobe.xed-full-notext+json", "application/vnd.adobe.xed-full-desc+json",
      "application/vnd.adobe.xed-deprecatefield+json");
  private static final Set<String> DESCRIPTOR_LIST_TYPES = Set.of("application/vnd.adobe.xdm-id+json",
      "application/vnd.adobe.xdm-link+json", "application/vnd.adobe.xdm+json", "application/vnd.adobe.xdm-v2+json",
      "application/vnd.adobe.xdm-v2-id+json", "application/vnd.adobe.xdm-v2-link+json");
  /** Export payloads carry this in place of the tenant id (export guide). */
  private static final String TENANT_PLACEHOLDER = "<XDM_TENANTID_PLACEHOLDER>";
  /** The audit log's {@code updatedTime} form (spec example: {@code 02-19-2021 05:43:56}). */
  private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("MM-dd-yyyy HH:mm:ss").withZone(ZoneOffset.UTC);
  /** The stats' {@code meta:created}/{@code meta:updated} form (guide: {@code Sat Feb 02 2019 00:24:30 GMT+0000 (UTC)}). */
  private static final DateTimeFormatter STATS_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss 'GMT+0000 (UTC)'", Locale.ROOT).withZone(ZoneOffset.UTC);

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
    changeRoutes();
    registryRoutes();
  }

  // ---- lookups used by the other services ----

  /** A tenant schema of the sandbox by {@code $id} or {@code meta:altId}, or null. */
  static Map<String, Object> schema(SandboxState sandbox, String id) {
    return find(sandbox.schemas, id);
  }

  /** Any resource visible in the sandbox (tenant first, then global) by {@code $id} or {@code meta:altId}. */
  Map<String, Object> resolve(SandboxState sandbox, String id) {
    for (Map<String, Map<String, Object>> tenant
        : List.of(sandbox.classes, sandbox.fieldGroups, sandbox.schemas, sandbox.dataTypes)) {
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
      int pageSize = limit != null && limit >= 0 ? (int) Math.min(limit, MAX_RESULTS) : MAX_RESULTS;
      if (items.size() > pageSize) {
        items = new ArrayList<>(items.subList(0, pageSize));
        next = items.isEmpty() ? null : sortKey(items.get(items.size() - 1), field);
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
    Map<String, Object> r = classFrom(c, c.object(), null);
    c.sandbox.classes.put((String) r.get("$id"), r);
    return Reply.json(201, Json.copy(r));
  }

  /** A class from a request body; {@code replaced} is the class a PUT rewrites (its ids and creation stay), or null. */
  private Map<String, Object> classFrom(Call c, Map<String, Object> body, Map<String, Object> replaced) {
    Map<String, Object> r = newResource(c, "classes", body, replaced == null ? null : (String) replaced.get("$id"));
    keepIdentity(r, replaced);
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
    keepCreation(r, replaced);
    return r;
  }

  private Reply createFieldGroup(Call c) {
    Map<String, Object> r = fieldGroupFrom(c, c.object(), null);
    c.sandbox.fieldGroups.put((String) r.get("$id"), r);
    return Reply.json(201, Json.copy(r));
  }

  /** A field group from a request body; {@code replaced} as in {@link #classFrom}. */
  private Map<String, Object> fieldGroupFrom(Call c, Map<String, Object> body, Map<String, Object> replaced) {
    Map<String, Object> r = newResource(c, "mixins", body, replaced == null ? null : (String) replaced.get("$id"));
    keepIdentity(r, replaced);
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
    keepCreation(r, replaced);
    return r;
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
    recordChanges(c, patched, c.json());
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
    for (Map<String, Map<String, Object>> resources
        : List.of(sandbox.classes, sandbox.fieldGroups, sandbox.schemas, sandbox.dataTypes)) {
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

  // ---- changes: PUT and PATCH of classes, field groups and data types; data type CRUD; descriptor PUT ----

  private void changeRoutes() {
    router
        .on("PUT", "tenant/classes/{id}", c -> replace(c, c.sandbox.classes, "class",
            (body, old) -> classFrom(c, body, old)))
        .on("PATCH", "tenant/classes/{id}", c -> patch(c, c.sandbox.classes, "class"))
        .on("GET", "global/datatypes", c -> list(c, new ArrayList<>(), "datatypes"))
        .on("GET", "global/datatypes/{id}", c -> lookup(c, null, "datatype", c.param("id")))
        .on("GET", "tenant/datatypes", c -> list(c, new ArrayList<>(c.sandbox.dataTypes.values()), "datatypes"))
        .on("POST", "tenant/datatypes", this::createDataType)
        .on("GET", "tenant/datatypes/{id}",
            c -> lookup(c, find(c.sandbox.dataTypes, c.param("id")), "datatype", c.param("id")))
        .on("PUT", "tenant/datatypes/{id}", c -> replace(c, c.sandbox.dataTypes, "datatype",
            (body, old) -> dataTypeFrom(c, body, old)))
        .on("PATCH", "tenant/datatypes/{id}", c -> patch(c, c.sandbox.dataTypes, "datatype"))
        .on("DELETE", "tenant/datatypes/{id}", c -> delete(c, c.sandbox.dataTypes, "datatype"))
        .on("PUT", "tenant/descriptors/{id}", this::replaceDescriptor);
    for (String alias : List.of("fieldgroups", "mixins")) {
      router
          .on("PUT", "tenant/" + alias + "/{id}", c -> replace(c, c.sandbox.fieldGroups, "fieldgroup",
              (body, old) -> fieldGroupFrom(c, body, old)))
          .on("PATCH", "tenant/" + alias + "/{id}", c -> patch(c, c.sandbox.fieldGroups, "fieldgroup"));
    }
  }

  /** How a PUT rebuilds a resource from its body and the resource it rewrites. */
  private interface Rebuild {
    Map<String, Object> from(Map<String, Object> body, Map<String, Object> replaced);
  }

  /** {@code PUT}: the body rebuilt as on create, under the same ids, version and creation metadata. */
  private Reply replace(Call c, Map<String, Map<String, Object>> resources, String kind, Rebuild rebuild) {
    Map<String, Object> old = find(resources, c.param("id"));
    if (old == null) {
      throw notFound(kind, c.param("id"));
    }
    Map<String, Object> r = rebuild.from(c.object(), old);
    resources.put((String) r.get("$id"), r);
    return Reply.ok(Json.copy(r));
  }

  /** A PUT keeps the {@code $id}, {@code meta:altId} and {@code version} of the resource it rewrites. */
  private static void keepIdentity(Map<String, Object> r, Map<String, Object> replaced) {
    if (replaced != null) {
      for (String fixed : List.of("$id", "meta:altId", "version")) {
        r.put(fixed, replaced.get(fixed));
      }
    }
  }

  /** A PUT keeps who created the resource and when. */
  private static void keepCreation(Map<String, Object> r, Map<String, Object> replaced) {
    if (replaced != null) {
      Map<String, Object> meta = Json.map(r.get("meta:registryMetadata"));
      for (String created : List.of("repo:createdDate", "xdm:createdClientId", "xdm:createdUserId")) {
        meta.put(created, Json.at(replaced, "meta:registryMetadata." + created));
      }
    }
  }

  /**
   * {@code PATCH} of a class, field group or data type: RFC 6902 operations on the raw resource, then
   * the create checks (title unique, references exist, custom fields under the tenant namespace for
   * non-ad-hoc classes and field groups); the minor version goes up and the change is logged.
   */
  private Reply patch(Call c, Map<String, Map<String, Object>> resources, String kind) {
    Map<String, Object> r = find(resources, c.param("id"));
    if (r == null) {
      throw notFound(kind, c.param("id"));
    }
    Object operations = c.json();
    Map<String, Object> patched;
    try {
      patched = JsonPatch.apply(r, operations);
    } catch (JsonPatch.PatchException e) {
      throw Errors.badRequest("Invalid JSON Patch: " + e.getMessage());
    }
    for (String fixed : List.of("$id", "meta:altId", "meta:resourceType", "meta:containerId", "imsOrg",
        "meta:sandboxId", "meta:sandboxType", "meta:tenantNamespace", "meta:datasetNamespace", "meta:registryMetadata")) {
      if (r.containsKey(fixed)) {
        patched.put(fixed, Json.copy(r.get(fixed)));
      }
    }
    if (!(patched.get("title") instanceof String) || ((String) patched.get("title")).isBlank()) {
      throw Errors.badRequest("A " + kind + " needs a non-empty string 'title'");
    }
    requireUniqueTitle(c.sandbox, (String) patched.get("title"), (String) r.get("$id"));
    for (String ref : XdmFields.refs(patched)) {
      if (!ref.startsWith("#") && library.behavior(ref) == null && resolve(c.sandbox, ref) == null) {
        throw notFound(kind, ref);
      }
    }
    boolean adHoc = r.get("meta:datasetNamespace") != null;
    if (!kind.equals("datatype") && !adHoc) {
      requireTenantNamespace(patched);
    }
    XdmFields.decorate(patched.get("properties"));
    Map<String, Object> definitions = Json.map(patched.get("definitions"));
    if (definitions != null) {
      definitions.values().forEach(d -> XdmFields.decorate(Json.at(d, "properties")));
    }
    patched.put("version", bumpMinor(String.valueOf(r.get("version"))));
    Map<String, Object> meta = Json.child(patched, "meta:registryMetadata");
    meta.put("repo:lastModifiedDate", ctx.now());
    meta.put("xdm:lastModifiedClientId", c.client);
    meta.put("xdm:lastModifiedUserId", c.client);
    meta.put("eTag", ctx.ids.hex(64));
    resources.put((String) r.get("$id"), patched);
    recordChanges(c, patched, operations);
    return Reply.ok(Json.copy(patched));
  }

  private Reply createDataType(Call c) {
    Map<String, Object> r = dataTypeFrom(c, c.object(), null);
    c.sandbox.dataTypes.put((String) r.get("$id"), r);
    // the create answer lists the referenced ids in "refs" (data types guide)
    Map<String, Object> answer = Json.copy(r);
    List<Object> refs = arr();
    XdmFields.refs(r).stream().filter(ref -> !ref.startsWith("#")).forEach(refs::add);
    answer.put("refs", refs);
    return Reply.json(201, answer);
  }

  /**
   * A data type from a request body: {@code type} {@code object} (fields in {@code properties} or
   * {@code definitions}) or {@code array} ({@code items}); unlike field groups its fields need not sit
   * under the tenant namespace. {@code replaced} as in {@link #classFrom}.
   */
  private Map<String, Object> dataTypeFrom(Call c, Map<String, Object> body, Map<String, Object> replaced) {
    Object type = body.get("type");
    if (!"object".equals(type) && !"array".equals(type)) {
      throw Errors.badRequest("A datatypes resource needs 'type' object or array");
    }
    Map<String, Object> r = newResource(c, "datatypes", body, replaced == null ? null : (String) replaced.get("$id"));
    keepIdentity(r, replaced);
    r.put("type", type);
    if (Json.list(r.get("allOf")).isEmpty()) {
      r.remove("allOf"); // a data type built from properties answers none (data types guide)
    }
    if (body.get("items") != null) {
      r.put("items", Json.copy(body.get("items")));
    }
    for (String ref : XdmFields.refs(r)) {
      if (!ref.startsWith("#") && resolve(c.sandbox, ref) == null) {
        throw notFound("datatype", ref);
      }
    }
    r.put("meta:extensible", true);
    r.put("meta:abstract", true);
    finish(c, r);
    keepCreation(r, replaced);
    return r;
  }

  /** {@code PUT /tenant/descriptors/{id}}: the body replaces the descriptor under the same {@code @id}. */
  private Reply replaceDescriptor(Call c) {
    Map<String, Object> old = c.sandbox.descriptors.get(c.param("id"));
    if (old == null) {
      throw notFound("descriptor", c.param("id"));
    }
    Map<String, Object> body = c.object();
    if (!(body.get("@type") instanceof String)) {
      throw Errors.badRequest("A descriptor needs a string '@type'");
    }
    Object sourceSchema = body.get("xdm:sourceSchema");
    if (!(sourceSchema instanceof String) || find(c.sandbox.schemas, (String) sourceSchema) == null) {
      throw notFound("schema", String.valueOf(sourceSchema));
    }
    Map<String, Object> d = obj("@id", old.get("@id"));
    d.putAll(Json.copy(body));
    for (String kept : List.of("imsOrg", "version", "meta:containerId", "meta:sandboxId", "meta:sandboxType")) {
      d.put(kept, old.get(kept));
    }
    c.sandbox.descriptors.put((String) d.get("@id"), d);
    return Reply.ok(Json.copy(d));
  }

  // ---- behaviors, unions, stats, export/import, sample data, audit log ----

  private void registryRoutes() {
    router
        .on("GET", "global/behaviors", c -> list(c, new ArrayList<>(library.behaviors().values()), "behaviors"))
        .on("GET", "global/behaviors/{id}", c -> lookup(c, behavior(c.param("id")), "behavior", c.param("id")))
        .on("GET", "tenant/unions", c -> list(c, unions(c.sandbox), "unions"))
        .on("GET", "tenant/unions/{id}", c -> lookup(c, union(c.sandbox, c.param("id")), "union", c.param("id")))
        .on("GET", "stats", this::stats)
        .on("GET", "rpc/export/{id}", this::export)
        .on("POST", "rpc/import", this::importResources)
        .on("GET", "rpc/sampledata/{id}", this::sampleData)
        .on("GET", "rpc/auditlog/{id}", this::auditLog);
  }

  private Map<String, Object> behavior(String id) {
    Map<String, Object> found = library.behavior(id);
    return found != null ? found : find(library.behaviors(), id);
  }

  /**
   * The union schemas: one per class that has at least one schema enabled for Real-Time Customer
   * Profile ({@code meta:immutableTags: ["union"]}), {@code $id} = the class {@code $id} + {@code
   * __union}, composed of the class and every field group of those schemas (unions guide).
   */
  private List<Map<String, Object>> unions(SandboxState sandbox) {
    Map<String, Map<String, Object>> byClass = new LinkedHashMap<>();
    for (Map<String, Object> schema : sandbox.schemas.values()) {
      List<Object> tags = Json.list(schema.get("meta:immutableTags"));
      Object classId = schema.get("meta:class");
      if (tags == null || !tags.contains("union") || !(classId instanceof String)) {
        continue;
      }
      Map<String, Object> union = byClass.computeIfAbsent((String) classId, id -> newUnion(sandbox, id));
      List<Object> allOf = Json.list(union.get("allOf"));
      List<Object> extendsIds = Json.list(union.get("meta:extends"));
      for (String ref : XdmFields.refs(schema)) {
        Map<String, Object> entry = obj("$ref", ref, "type", "object", "meta:xdmType", "object");
        if (!ref.equals(classId) && !allOf.contains(entry)) {
          allOf.add(entry);
          extendsIds.add(ref);
        }
      }
    }
    return new ArrayList<>(byClass.values());
  }

  private Map<String, Object> newUnion(SandboxState sandbox, String classId) {
    Map<String, Object> xdmClass = resolve(sandbox, classId);
    String id = classId + "__union";
    String altId = classId.startsWith("https://ns.adobe.com/") ? XdmLibrary.altId(classId) + "__union" : id;
    Map<String, Object> union = obj(
        "$id", id,
        "meta:altId", altId,
        "meta:resourceType", "unions",
        "version", "1.0",
        "title", xdmClass == null ? classId : xdmClass.get("title"),
        "type", "object",
        "description", xdmClass == null ? "" : xdmClass.getOrDefault("description", ""),
        "allOf", arr(obj("$ref", classId, "type", "object", "meta:xdmType", "object")),
        "meta:class", classId,
        "meta:extends", arr(classId),
        "imsOrg", ctx.imsOrgId,
        "meta:xdmType", "object",
        "meta:containerId", "tenant",
        "meta:sandboxId", sandbox.id,
        "meta:sandboxType", sandbox.type(),
        "meta:tenantNamespace", ctx.tenantNamespace());
    return union;
  }

  private Map<String, Object> union(SandboxState sandbox, String id) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    unions(sandbox).forEach(u -> byId.put((String) u.get("$id"), u));
    return find(byId, id);
  }

  /**
   * {@code GET /stats}: the tenant id, resource counts, recently created and updated resources and
   * the schemas of each class. {@code classUsage} takes the spec's array form (the getting-started
   * guide shows an object keyed by class {@code $id}).
   */
  private Reply stats(Call c) {
    SandboxState sandbox = c.sandbox;
    List<Map<String, Object>> all = new ArrayList<>();
    for (Map<String, Map<String, Object>> resources
        : List.of(sandbox.classes, sandbox.fieldGroups, sandbox.dataTypes, sandbox.schemas)) {
      all.addAll(resources.values());
    }
    Map<String, List<Map<String, Object>>> schemasByClass = new LinkedHashMap<>();
    for (Map<String, Object> schema : sandbox.schemas.values()) {
      if (schema.get("meta:class") instanceof String) {
        schemasByClass.computeIfAbsent((String) schema.get("meta:class"), k -> new ArrayList<>()).add(schema);
      }
    }
    List<Object> classUsage = arr();
    schemasByClass.forEach((classId, schemas) -> {
      Map<String, Object> xdmClass = resolve(sandbox, classId);
      List<Object> summaries = arr();
      schemas.forEach(schema -> summaries.add(obj("$id", schema.get("$id"), "meta:altId", schema.get("meta:altId"),
          "title", schema.get("title"), "description", schema.getOrDefault("description", ""))));
      classUsage.add(obj("$id", classId, "title", xdmClass == null ? classId : xdmClass.get("title"),
          "numberOfSchemas", (long) schemas.size(), "schemas", summaries));
    });
    return Reply.ok(obj(
        "imsOrg", ctx.imsOrgId,
        "tenantId", ctx.tenantId,
        "counts", obj(
            "schemas", (long) sandbox.schemas.size(),
            "mixins", (long) sandbox.fieldGroups.size(),
            "datatypes", (long) sandbox.dataTypes.size(),
            "classes", (long) sandbox.classes.size(),
            "unions", (long) unions(sandbox).size()),
        "recentlyCreatedResources", recent(all, "repo:createdDate", "meta:created"),
        "recentlyUpdatedResources", recent(all, "repo:lastModifiedDate", "meta:updated"),
        "classUsage", classUsage));
  }

  /** The resources newest first by {@code dateMember}, each summarised with its time as {@code timeMember}. */
  private static List<Object> recent(List<Map<String, Object>> resources, String dateMember, String timeMember) {
    List<Map<String, Object>> sorted = new ArrayList<>(resources);
    sorted.sort(Comparator.comparing(
        (Map<String, Object> r) -> sortKey(r, dateMember.equals("repo:createdDate") ? "created" : "updated")).reversed());
    List<Object> out = arr();
    for (Map<String, Object> r : sorted) {
      Object millis = Json.at(r.get("meta:registryMetadata"), dateMember);
      Map<String, Object> item = obj("$id", r.get("$id"), "title", r.get("title"),
          "description", r.getOrDefault("description", ""), "meta:resourceType", r.get("meta:resourceType"),
          timeMember, millis instanceof Long ? STATS_TIME.format(Instant.ofEpochMilli((Long) millis)) : null,
          "version", r.get("version"));
      if (r.get("meta:class") != null) {
        item.put("meta:class", r.get("meta:class"));
      }
      out.add(item);
    }
    return out;
  }

  /**
   * {@code GET /rpc/export/{id}} of a schema, field group or data type: the tenant resources it
   * depends on, then itself, without registry bookkeeping, the tenant id replaced by {@value
   * #TENANT_PLACEHOLDER} (export guide). RPC calls need no {@code Accept}.
   */
  private Reply export(Call c) {
    Map<String, Object> resource = null;
    for (Map<String, Map<String, Object>> resources : List.of(c.sandbox.schemas, c.sandbox.fieldGroups, c.sandbox.dataTypes)) {
      resource = resource != null ? resource : find(resources, c.param("id"));
    }
    if (resource == null) {
      throw notFound("schema", c.param("id"));
    }
    Map<String, Map<String, Object>> ordered = new LinkedHashMap<>();
    collectDependencies(c.sandbox, resource, ordered);
    List<Object> payload = arr();
    for (Map<String, Object> r : ordered.values()) {
      Map<String, Object> exported = Json.copy(r);
      for (String bookkeeping : List.of("imsOrg", "meta:registryMetadata", "meta:containerId", "meta:tenantNamespace")) {
        exported.remove(bookkeeping);
      }
      payload.add(exported);
    }
    return Reply.ok(Json.parse(Json.write(payload).replace(ctx.tenantId, TENANT_PLACEHOLDER)));
  }

  /** Tenant resources referenced ({@code $ref}, anywhere in the tree) by {@code r}, depth first, then {@code r}. */
  private void collectDependencies(SandboxState sandbox, Map<String, Object> r, Map<String, Map<String, Object>> out) {
    if (out.containsKey((String) r.get("$id"))) {
      return;
    }
    List<String> refs = new ArrayList<>();
    collectRefs(r, refs);
    for (String ref : refs) {
      Map<String, Object> target = ref.startsWith("#") ? null : resolve(sandbox, ref.split("#")[0]);
      if (target != null && "tenant".equals(target.get("meta:containerId"))) {
        collectDependencies(sandbox, target, out);
      }
    }
    out.put((String) r.get("$id"), r);
  }

  private static void collectRefs(Object tree, List<String> refs) {
    if (tree instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        if (e.getKey().equals("$ref") && e.getValue() instanceof String) {
          refs.add((String) e.getValue());
        } else {
          collectRefs(e.getValue(), refs);
        }
      }
    } else if (tree instanceof List) {
      ((List<?>) tree).forEach(item -> collectRefs(item, refs));
    }
  }

  /**
   * {@code POST /rpc/import}: an export payload into this sandbox under this org's tenant id. Every
   * {@code $id} and title must be new here, else nothing is imported and the answer is {@code
   * XDM-3005-400} (the spec's importError).
   */
  private Reply importResources(Call c) {
    List<Object> payload = Json.list(Json.parse(Json.write(c.json()).replace(TENANT_PLACEHOLDER, ctx.tenantId)));
    if (payload == null) {
      throw Errors.badRequest("The import payload must be the array an export answers");
    }
    List<Map<String, Object>> resources = new ArrayList<>();
    for (Object item : payload) {
      Map<String, Object> r = Json.map(item);
      if (r == null || !(r.get("$id") instanceof String) || !(r.get("title") instanceof String)
          || store(c.sandbox, r.get("meta:resourceType")) == null) {
        throw Errors.badRequest("Each imported resource needs a string '$id', 'title' and a known 'meta:resourceType'");
      }
      String conflict = resolve(c.sandbox, (String) r.get("$id")) != null ? (String) r.get("$id") : null;
      for (Map<String, Map<String, Object>> existing
          : List.of(c.sandbox.classes, c.sandbox.fieldGroups, c.sandbox.schemas, c.sandbox.dataTypes)) {
        for (Map<String, Object> other : existing.values()) {
          conflict = conflict == null && r.get("title").equals(other.get("title")) ? (String) other.get("$id") : conflict;
        }
      }
      if (conflict != null) {
        String message = "Failed to import resources. Error: Title must be unique. An object " + conflict
            + " already exists with the same title";
        throw Errors.xdm(400, "3005", "Import Resource Failed", message);
      }
      resources.add(r);
    }
    List<Object> imported = arr();
    for (Map<String, Object> r : resources) {
      finish(c, r);
      store(c.sandbox, r.get("meta:resourceType")).put((String) r.get("$id"), r);
      imported.add(Json.copy(r));
    }
    return Reply.ok(imported);
  }

  private static Map<String, Map<String, Object>> store(SandboxState sandbox, Object resourceType) {
    if ("classes".equals(resourceType)) {
      return sandbox.classes;
    } else if ("mixins".equals(resourceType)) {
      return sandbox.fieldGroups;
    } else if ("datatypes".equals(resourceType)) {
      return sandbox.dataTypes;
    } else if ("schemas".equals(resourceType)) {
      return sandbox.schemas;
    }
    return null;
  }

  /**
   * {@code GET /rpc/sampledata/{id}}: one record shaped like the schema's resolved fields, with
   * placeholder values by type as in the sample data guide ({@code "string"}, {@code false}, dates).
   */
  private Reply sampleData(Call c) {
    Map<String, Object> schema = find(c.sandbox.schemas, c.param("id"));
    if (schema == null) {
      throw notFound("schema", c.param("id"));
    }
    return Reply.ok(sampleObject(XdmFields.properties(schema, id -> resolve(c.sandbox, id))));
  }

  private static Map<String, Object> sampleObject(Map<String, Object> properties) {
    Map<String, Object> record = new LinkedHashMap<>();
    properties.forEach((name, definition) -> record.put(name, sampleValue(Json.map(definition))));
    return record;
  }

  private static Object sampleValue(Map<String, Object> field) {
    if (field == null) {
      return "string";
    }
    Map<String, Object> nested = Json.map(field.get("properties"));
    if (nested != null) {
      return sampleObject(nested);
    }
    List<Object> values = Json.list(field.get("enum"));
    if (values != null && !values.isEmpty()) {
      return values.get(0);
    }
    Object type = field.get("type");
    if ("array".equals(type)) {
      return arr(sampleValue(Json.map(field.get("items"))));
    } else if ("boolean".equals(type)) {
      return false;
    } else if ("integer".equals(type)) {
      return 0L;
    } else if ("number".equals(type)) {
      return 0.5;
    } else if ("object".equals(type)) {
      return obj();
    }
    Object format = field.get("format");
    if ("date".equals(format)) {
      return "2018-01-12";
    } else if ("date-time".equals(format)) {
      return "2018-11-12T20:20:39+00:00";
    } else if ("email".equals(format)) {
      return "john.smith@abc.com";
    } else if ("uri-reference".equals(format) || "uri".equals(format)) {
      return "/uri-reference";
    }
    return "string";
  }

  /** {@code GET /rpc/auditlog/{id}}: the logged updates of a tenant resource, most recent first (audit log guide). */
  private Reply auditLog(Call c) {
    Map<String, Object> r = null;
    for (Map<String, Map<String, Object>> resources
        : List.of(c.sandbox.classes, c.sandbox.fieldGroups, c.sandbox.schemas, c.sandbox.dataTypes)) {
      r = r != null ? r : find(resources, c.param("id"));
    }
    if (r == null) {
      throw notFound("schema", c.param("id"));
    }
    List<Object> log = arr();
    List<Map<String, Object>> entries = c.sandbox.auditLog.getOrDefault((String) r.get("$id"), List.of());
    for (int i = entries.size() - 1; i >= 0; i--) {
      log.add(Json.copy(entries.get(i)));
    }
    return Reply.ok(log);
  }

  /** Logs the JSON Patch operations applied to {@code r}, in the spec's audit log shape. */
  private void recordChanges(Call c, Map<String, Object> r, Object operations) {
    List<Object> updates = arr();
    List<Object> ops = Json.list(operations);
    for (Object op : ops == null ? List.of() : ops) {
      Map<String, Object> operation = Json.map(op);
      if (operation != null) {
        updates.add(obj("id", r.get("$id"), "xdmType", r.get("meta:resourceType"), "action", operation.get("op"),
            "path", operation.get("path"), "value", Json.copy(operation.get("value"))));
      }
    }
    c.sandbox.auditLog.computeIfAbsent((String) r.get("$id"), k -> new ArrayList<>()).add(obj(
        "id", r.get("$id"),
        "updatedUser", c.client,
        "imsOrg", ctx.imsOrgId,
        "updatedTime", AUDIT_TIME.format(Instant.ofEpochMilli(ctx.now())),
        "requestId", ctx.ids.hex(32),
        "clientId", c.client,
        "sandBoxId", c.sandbox.id,
        "updates", updates));
  }
}
