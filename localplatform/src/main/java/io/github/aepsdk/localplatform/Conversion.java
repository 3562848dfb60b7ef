package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Data Prep ({@code /data/foundation/conversion}): mapping sets and their mappings. Create answers
 * {@code 200 {id, version, createdDate, modifiedDate, createdBy, modifiedBy}} (epoch ms); {@code
 * PUT} stores a new version; lists answer {@code {data, _page:{count, limit}}}. Both request shapes
 * are accepted: current ({@code outputSchema.schemaRef}, {@code source}/{@code destination}/{@code
 * sourceType}) and legacy ({@code xdmSchema}, {@code sourceAttribute}/{@code destinationXdmPath}).
 *
 * <p>Checks that the output schema exists in the sandbox and that every destination is a field of
 * it. Data Prep publishes no error body, so those errors use the generic problem document; {@code
 * /mappingSets/validate} reports them per mapping as {@code FAILED} with {@code TransformErrorInfo}.
 */
final class Conversion {
  private static final String DEFAULT_CONTENT_TYPE = "application/vnd.adobe.xed-full+json;version=1";

  private final Context ctx;
  private final SchemaRegistry registry;
  final Router router = new Router();

  Conversion(Context ctx, SchemaRegistry registry) {
    this.ctx = ctx;
    this.registry = registry;
    router
        .on("POST", "mappingSets", this::create)
        .on("GET", "mappingSets", this::list)
        .on("POST", "mappingSets/validate", this::validate)
        .on("POST", "mappingSets/preview", this::preview)
        .on("GET", "mappingSets/{id}", this::get)
        .on("PUT", "mappingSets/{id}", this::update)
        .on("GET", "mappingSets/{id}/mappings", this::listMappings)
        .on("GET", "mappingSets/{id}/mappings/{mappingId}", this::getMapping);
  }

  /** A version of a mapping set, or null; {@code version} null means the latest. */
  static Map<String, Object> mappingSet(SandboxState sandbox, String id, Long version) {
    List<Map<String, Object>> versions = sandbox.mappingSets.get(id);
    if (versions == null) {
      return null;
    }
    if (version == null) {
      return versions.get(versions.size() - 1);
    }
    return version >= 0 && version < versions.size() ? versions.get(version.intValue()) : null;
  }

  /** The {@code $id} of the output schema of a stored mapping set or a request body. */
  static String schemaId(Map<String, Object> mappingSet) {
    String id = Json.string(mappingSet, "outputSchema.schemaRef.id");
    return id != null ? id : Json.string(mappingSet, "xdmSchema");
  }

  private Map<String, Map<String, Object>> checkedFields(Call c, Map<String, Object> body) {
    String schemaId = schemaId(body);
    if (schemaId == null) {
      throw Errors.badRequest("A mapping set needs outputSchema.schemaRef.id (or the legacy xdmSchema)");
    }
    Map<String, Object> schema = SchemaRegistry.schema(c.sandbox, schemaId);
    if (schema == null) {
      throw Errors.badRequest("The output schema " + schemaId + " does not exist in sandbox " + c.sandbox.name);
    }
    return registry.fields(c.sandbox, schema);
  }

  private Map<String, Object> build(Call c, Map<String, Object> body, String id, long version, long created,
      String createdBy) {
    Map<String, Map<String, Object>> fields = checkedFields(c, body);
    List<Mapper.Rule> rules = Mapper.rules(body.get("mappings"));
    List<String> problems = new ArrayList<>();
    for (Mapper.Rule rule : rules) {
      String problem = Mapper.problem(rule, fields);
      if (problem != null) {
        problems.add(problem);
      }
    }
    if (!problems.isEmpty()) {
      throw Errors.badRequest("Invalid mapping set: " + String.join("; ", problems));
    }
    long now = ctx.now();
    String schemaId = schemaId(body);
    String contentType = Json.string(body, "outputSchema.schemaRef.contentType");
    if (contentType == null) {
      contentType = body.get("xdmVersion") instanceof String ? (String) body.get("xdmVersion") : DEFAULT_CONTENT_TYPE;
    }
    List<Object> mappings = arr();
    List<Object> given = Json.list(body.get("mappings"));
    for (int i = 0; i < rules.size(); i++) {
      Mapper.Rule rule = rules.get(i);
      Map<String, Object> in = Json.map(given.get(i));
      Map<String, Object> m = obj(
          "id", ctx.ids.hex(32),
          "version", 0L,
          "createdDate", now,
          "modifiedDate", now,
          "createdBy", c.client,
          "modifiedBy", c.client,
          "sourceType", rule.storedSourceType(),
          "source", rule.source,
          "destination", rule.destination);
      for (String optional : List.of("name", "description", "identityGroup", "namespaceCode")) {
        if (in.get(optional) != null) {
          m.put(optional, in.get(optional));
        }
      }
      m.put("identity", Boolean.TRUE.equals(in.get("identity")));
      m.put("primaryIdentity", Boolean.TRUE.equals(in.get("primaryIdentity")));
      m.put("matchScore", new BigDecimal("0.0"));
      m.put("functionVersion", 1L);
      m.put("sourceAttribute", rule.source);
      m.put("destinationXdmPath", rule.destination);
      mappings.add(m);
    }
    Map<String, Object> schemaRef = obj("id", schemaId, "contentType", contentType);
    Map<String, Object> set = obj(
        "id", id,
        "version", version,
        "createdDate", created,
        "modifiedDate", now,
        "createdBy", createdBy,
        "modifiedBy", c.client);
    if (body.get("name") instanceof String) {
      set.put("name", body.get("name"));
    }
    set.put("outputSchema", obj("schemaRef", Json.copy(schemaRef)));
    set.put("mappings", mappings);
    set.put("status", "DRAFT");
    set.put("strictMapping", false);
    set.put("allowNullValues", false);
    set.put("xdmVersion", contentType);
    set.put("schemaRef", schemaRef);
    set.put("xdmSchema", schemaId);
    return set;
  }

  private static Map<String, Object> summary(Map<String, Object> set) {
    return obj(
        "id", set.get("id"),
        "version", set.get("version"),
        "createdDate", set.get("createdDate"),
        "modifiedDate", set.get("modifiedDate"),
        "createdBy", set.get("createdBy"),
        "modifiedBy", set.get("modifiedBy"));
  }

  private Reply create(Call c) {
    String id = ctx.ids.hex(32);
    Map<String, Object> set = build(c, c.object(), id, 0L, ctx.now(), c.client);
    List<Map<String, Object>> versions = new ArrayList<>();
    versions.add(set);
    c.sandbox.mappingSets.put(id, versions);
    return Reply.ok(summary(set));
  }

  private Reply update(Call c) {
    String id = c.param("id");
    List<Map<String, Object>> versions = c.sandbox.mappingSets.get(id);
    if (versions == null) {
      throw notFound(c, id);
    }
    Map<String, Object> first = versions.get(0);
    Map<String, Object> set = build(c, c.object(), id, versions.size(), (Long) first.get("createdDate"),
        (String) first.get("createdBy"));
    versions.add(set);
    return Reply.ok(view(c, set));
  }

  private Reply get(Call c) {
    Long version = null;
    if (c.query("version") != null) {
      version = Json.wholeNumber(c.query("version"));
      if (version == null) {
        throw Errors.badRequest("version must be a whole number, was " + c.query("version"));
      }
    }
    Map<String, Object> set = mappingSet(c.sandbox, c.param("id"), version);
    if (set == null) {
      throw notFound(c, c.param("id") + (version == null ? "" : " version " + version));
    }
    return Reply.ok(view(c, set));
  }

  /** A stored set as answered; with {@code expandSchema=true} the output schema's JSON schema is included. */
  private Map<String, Object> view(Call c, Map<String, Object> set) {
    Map<String, Object> view = Json.copy(set);
    if ("true".equalsIgnoreCase(c.query("expandSchema"))) {
      Map<String, Object> schema = SchemaRegistry.schema(c.sandbox, schemaId(set));
      if (schema != null) {
        Map<String, Object> full = registry.full(c.sandbox, schema);
        Map<String, Object> jsonSchema = obj("title", full.get("title"), "description", full.get("description"),
            "type", "object", "properties", full.get("properties"), "version", full.get("version"),
            "imsOrg", full.get("imsOrg"), "$id", full.get("$id"));
        jsonSchema.values().removeIf(v -> v == null);
        Map<String, Object> output = Json.child(view, "outputSchema");
        Map<String, Object> reordered = obj("jsonSchema", jsonSchema);
        reordered.putAll(output);
        view.put("outputSchema", reordered);
      }
    }
    return view;
  }

  private Reply list(Call c) {
    long limit = number(c, "limit", 10);
    long start = number(c, "start", 0);
    List<Map<String, Object>> latest = new ArrayList<>();
    for (List<Map<String, Object>> versions : c.sandbox.mappingSets.values()) {
      latest.add(versions.get(versions.size() - 1));
    }
    String name = c.query("name");
    if (name != null) {
      latest.removeIf(s -> !name.equals(s.get("name")));
    }
    List<Object> data = arr();
    for (int i = (int) Math.min(start, latest.size()); i < latest.size() && data.size() < limit; i++) {
      data.add(Json.copy(latest.get(i)));
    }
    return Reply.ok(obj("data", data, "_page", obj("count", (long) data.size(), "limit", limit)));
  }

  private static long number(Call c, String name, long defaultValue) {
    if (c.query(name) == null) {
      return defaultValue;
    }
    Long value = Json.wholeNumber(c.query(name));
    if (value == null || value < 0) {
      throw Errors.badRequest(name + " must be a non-negative integer, was " + c.query(name));
    }
    return value;
  }

  private Reply validate(Call c) {
    Map<String, Object> body = c.object();
    Map<String, Map<String, Object>> fields = checkedFields(c, body);
    List<Object> results = arr();
    for (Mapper.Rule rule : Mapper.rules(body.get("mappings"))) {
      String problem = Mapper.problem(rule, fields);
      results.add(problem == null
          ? obj("status", "SUCCESS", "errors", null)
          : obj("status", "FAILED", "errors", arr(Mapper.error(rule, problem))));
    }
    return Reply.ok(obj("validationResponse", results));
  }

  private Reply preview(Call c) {
    Map<String, Object> body = c.object();
    Map<String, Object> mappingSet = Json.map(body.get("mappingSet"));
    if (mappingSet == null) {
      throw Errors.badRequest("A preview needs 'mappingSet' (an object) and 'data'");
    }
    Map<String, Map<String, Object>> fields = checkedFields(c, mappingSet);
    List<Mapper.Rule> rules = Mapper.rules(mappingSet.get("mappings"));
    List<Object> records = Json.list(body.get("data"));
    if (records == null) {
      if (Json.map(body.get("data")) == null) {
        throw Errors.badRequest("'data' must be an array of records or one record");
      }
      records = arr(body.get("data"));
    }
    List<Object> out = arr();
    for (Object record : records) {
      Map<String, Object> row = Json.map(record);
      if (row == null) {
        throw Errors.badRequest("every record in 'data' must be an object");
      }
      Mapper.Result result = Mapper.apply(rules, row, fields);
      out.add(obj("data", result.data, "errors", result.errors.isEmpty() ? null : result.errors));
    }
    return Reply.ok(out);
  }

  private Reply listMappings(Call c) {
    Map<String, Object> set = mappingSet(c.sandbox, c.param("id"), null);
    if (set == null) {
      throw notFound(c, c.param("id"));
    }
    return Reply.ok(Json.copy(set.get("mappings")));
  }

  private Reply getMapping(Call c) {
    Map<String, Object> set = mappingSet(c.sandbox, c.param("id"), null);
    if (set == null) {
      throw notFound(c, c.param("id"));
    }
    for (Object m : Json.list(set.get("mappings"))) {
      if (c.param("mappingId").equals(Json.string(m, "id"))) {
        return Reply.ok(Json.copy(m));
      }
    }
    throw Errors.notFound("The mapping " + c.param("mappingId") + " does not exist in mapping set " + c.param("id"));
  }

  private static PlatformError notFound(Call c, String what) {
    return Errors.notFound("The mapping set " + what + " does not exist in sandbox " + c.sandbox.name);
  }
}
