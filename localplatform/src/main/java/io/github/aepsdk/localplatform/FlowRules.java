package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.obj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Flow Service checks on connections and flows, answered with the codes of its error
 * catalogs (help/sources/errors/flow-service-errors.md and sources-errors.md): mandatory fields,
 * known specs, existing references, the flow spec's schedule rules and transformation params, and
 * that the mapping's schema is the target dataset's schema.
 */
final class FlowRules {
  private FlowRules() {}

  static void requireName(Map<String, Object> body) {
    Object name = body.get("name");
    if (!(name instanceof String) || ((String) name).isBlank()) {
      throw mandatory("name");
    }
  }

  static PlatformError mandatory(String field) {
    return Errors.flowBadRequest("1304", "Bad Request",
        "The mandatory field " + field + " is not provided. Please provide the " + field + " and try again.");
  }

  static PlatformError invalidSpec(String detail) {
    return Errors.flowBadRequest("1413", "Invalid request",
        "The spec ID provided is invalid. Please provide a valid spec ID and try again. " + detail);
  }

  /** The connection spec named by {@code connectionSpec.id}, or 1413-400. */
  static Map<String, Object> connectionSpec(Map<String, Object> body) {
    String id = Json.string(body, "connectionSpec.id");
    Map<String, Object> spec = id == null ? null : FlowSpecs.connectionSpec(id);
    if (spec == null) {
      throw invalidSpec("Unknown connectionSpec.id " + id + ".");
    }
    return spec;
  }

  /** Base connections: spec known; for specs with an authSpec, the auth block matches it. */
  static void checkConnection(Map<String, Object> body) {
    requireName(body);
    Map<String, Object> spec = connectionSpec(body);
    List<Object> authSpecs = Json.list(spec.get("authSpec"));
    if (authSpecs == null) {
      return;
    }
    String specName = Json.string(body, "auth.specName");
    Map<String, Object> authSpec = null;
    for (Object candidate : authSpecs) {
      if (Json.string(candidate, "name").equals(specName)) {
        authSpec = Json.map(candidate);
      }
    }
    if (authSpec == null) {
      throw Errors.flowBadRequest("1415", "Invalid request", "The auth spec '" + specName
          + "' could not be found for the connection spec ID " + spec.get("id") + ".");
    }
    Map<String, Object> params = Json.map(Json.at(body, "auth.params"));
    for (Object required : Json.list(Json.at(authSpec, "spec.required"))) {
      Object value = params == null ? null : params.get(required);
      if (!(value instanceof String) || ((String) value).isBlank()) {
        throw mandatory("auth.params." + required);
      }
    }
  }

  /** Source connections: spec known, base connection exists with the same spec, the table exists. */
  static void checkSourceConnection(SandboxState sandbox, Map<String, Object> body) {
    requireName(body);
    Map<String, Object> spec = connectionSpec(body);
    String baseId = Json.string(body, "baseConnectionId");
    if (baseId == null) {
      throw Errors.flowBadRequest("1338", "Bad Request", "The base connection ID can't be null in the source connection"
          + " request. Please provide valid base connection ID.");
    }
    Map<String, Object> base = sandbox.connections.get(baseId);
    if (base == null) {
      throw Errors.flowNotFound("connections", baseId);
    }
    if (!spec.get("id").equals(Json.string(base, "connectionSpec.id"))) {
      throw invalidSpec("The source connection's connectionSpec.id " + spec.get("id")
          + " differs from the connectionSpec.id of its base connection " + baseId + ".");
    }
    if (FlowSpecs.HUBSPOT.equals(spec.get("id"))) {
      String path = Json.string(body, "params.path");
      if (path == null || !HubSpot.TABLES.contains(path)) {
        throw Errors.flowBadRequest("1330", "Bad Request", "No columns were found for table " + path
            + ". Please provide a valid table name and try again.");
      }
    }
  }

  /**
   * Target connections: the Data Lake, an existing dataset, an existing schema. The Data Lake is named
   * by the connection spec ({@code c604ff05-…}, the current docs) or by a dataset base connection in
   * {@code baseConnectionId} (the 2020 marketing automation tutorial, whose target connection names
   * the marketing automation connection spec and is bound to the dataset base connection). A
   * {@code baseConnectionId} must be a Data Lake base connection, as the tutorial's IMPORTANT note
   * says ("use the dataset base connection ... instead of the third-party source connector's
   * connection id"): another one, such as the source's, is refused with {@code 1307-400} naming its spec.
   */
  static void checkTargetConnection(SandboxState sandbox, Map<String, Object> body) {
    requireName(body);
    String specId = Json.string(body, "connectionSpec.id");
    String baseId = Json.string(body, "baseConnectionId");
    if (baseId != null) {
      Map<String, Object> base = sandbox.connections.get(baseId);
      if (base == null) {
        throw Errors.flowNotFound("connections", baseId);
      }
      String baseSpec = Json.string(base, "connectionSpec.id");
      if (!FlowSpecs.DATA_LAKE.equals(baseSpec)) {
        throw Errors.flowBadRequest("1307", "Bad Request", "The target connection spec ID is not valid=" + baseSpec
            + ". The allowed value is: " + FlowSpecs.DATA_LAKE + ". The base connection " + baseId + " of the target"
            + " connection is not a dataset base connection: use the id of a base connection of the Data Lake"
            + " connection spec, not the source's base connection.");
      }
      if (specId == null || FlowSpecs.connectionSpec(specId) == null) {
        throw invalidSpec("Unknown connectionSpec.id " + specId + ".");
      }
    } else if (!FlowSpecs.DATA_LAKE.equals(specId)) {
      throw Errors.flowBadRequest("1307", "Bad Request", "The target connection spec ID is not valid=" + specId
          + ". The allowed value is: " + FlowSpecs.DATA_LAKE + ".");
    }
    String dataSetId = Json.string(body, "params.dataSetId");
    if (dataSetId == null || dataSetId.isBlank()) {
      throw Errors.flowBadRequest("1325", "Bad Request", "The dataSetId param cannot be null or empty in target"
          + " connection: " + body.get("name") + ". Please provide valid dataSetId param and try again.");
    }
    if (!sandbox.dataSets.containsKey(dataSetId)) {
      throw Errors.flowNotFound("dataSets", dataSetId);
    }
    String schemaId = Json.string(body, "data.schema.id");
    if (schemaId != null && SchemaRegistry.schema(sandbox, schemaId) == null) {
      throw Errors.flowNotFound("schemas", schemaId);
    }
  }

  /**
   * The connection spec a flow sees a connection as: a target connection bound to a dataset base
   * connection writes to the Data Lake whatever spec it names ({@link #checkTargetConnection}); any
   * other connection is of its own {@code connectionSpec.id}.
   */
  private static String flowConnectionSpec(SandboxState sandbox, String kind, Map<String, Object> connection) {
    Map<String, Object> base = kind.equals("target") ? sandbox.connections.get(Json.string(connection, "baseConnectionId")) : null;
    return base != null ? Json.string(base, "connectionSpec.id") : Json.string(connection, "connectionSpec.id");
  }

  /**
   * Flows: spec, connections, transformations and schedule. Returns the schedule normalized to
   * strings, as Flow Service stores and answers it ({@code "startTime": "1612310466"}).
   */
  static Map<String, Object> checkFlow(SandboxState sandbox, Map<String, Object> body) {
    requireName(body);
    String flowSpecId = Json.string(body, "flowSpec.id");
    Map<String, Object> flowSpec = flowSpecId == null ? null : FlowSpecs.flowSpec(flowSpecId);
    if (flowSpec == null) {
      throw invalidSpec("Unknown flowSpec.id " + flowSpecId + ".");
    }
    String targetDataSet = null;
    for (String kind : List.of("source", "target")) {
      List<Object> ids = Json.list(body.get(kind + "ConnectionIds"));
      if (ids == null || ids.isEmpty()) {
        throw Errors.flowBadRequest("1338", "Bad Request", "The " + kind + " connection ID can't be null in"
            + " flowRequest. Please provide valid " + kind + " connection ID in flowRequest.");
      }
      Map<String, Map<String, Object>> store = kind.equals("source") ? sandbox.sourceConnections : sandbox.targetConnections;
      List<Object> allowed = Json.list(flowSpec.get(kind + "ConnectionSpecIds"));
      for (Object id : ids) {
        Map<String, Object> connection = store.get(String.valueOf(id));
        if (connection == null) {
          throw Errors.flowNotFound(kind + "Connections", String.valueOf(id));
        }
        String connectionSpec = flowConnectionSpec(sandbox, kind, connection);
        if (!allowed.contains(connectionSpec)) {
          throw invalidSpec("The flow spec " + flowSpec.get("name") + " does not accept " + kind + " connections of"
              + " connection spec " + connectionSpec + ".");
        }
        if (kind.equals("target")) {
          targetDataSet = Json.string(connection, "params.dataSetId");
        }
      }
    }
    checkTransformations(sandbox, body, flowSpec, targetDataSet);
    return checkSchedule(body.get("scheduleParams"));
  }

  private static void checkTransformations(SandboxState sandbox, Map<String, Object> body, Map<String, Object> flowSpec,
      String targetDataSet) {
    List<Object> transformations = Json.list(body.get("transformations"));
    if (transformations == null) {
      transformations = List.of();
    }
    List<Object> specs = Json.list(flowSpec.get("transformationSpecs"));
    for (Object item : transformations) {
      String name = Json.string(item, "name");
      boolean known = false;
      for (Object spec : specs) {
        known |= Json.string(spec, "name").equals(name);
      }
      if (!known) {
        throw Errors.flowBadRequest("1312", "Bad Request", "The provided param value " + name
            + " is not a valid input for property=transformations.name. Please provide a valid param value and try again.");
      }
      if ("Copy".equals(name) && Json.string(item, "params.deltaColumn.name") == null) {
        throw Errors.flowBadRequest("1367", "Bad Request", "The delta column is required in copy transformation when"
            + " creating a CRM connector. Please provide delta column and try again.");
      }
      if ("Mapping".equals(name)) {
        checkMapping(sandbox, item, targetDataSet);
      }
    }
  }

  private static void checkMapping(SandboxState sandbox, Object transformation, String targetDataSet) {
    String mappingId = Json.string(transformation, "params.mappingId");
    if (mappingId == null) {
      throw Errors.flowBadRequest("1328", "Bad Request", "The mapping transformation cannot be null when extracting"
          + " mappingId. Please provide valid mapping transformation and try again.");
    }
    Object versionValue = Json.at(transformation, "params.mappingVersion");
    Long version = versionValue == null ? null : Json.wholeNumber(versionValue);
    if (versionValue != null && version == null) {
      throw Errors.flowBadRequest("1412", "Invalid request",
          "Invalid Mapping Version in request. Please provide correct mapping version.");
    }
    if (!sandbox.mappingSets.containsKey(mappingId)) {
      throw Errors.flowBadRequest("1419", "Invalid request", "Error while validating mapping with id " + mappingId
          + ", version " + (version == null ? 0 : version) + ". This could be because of inadequate permissions on"
          + " mapped fields. Please check your mapping or contact your admin.");
    }
    Map<String, Object> mappingSet = Conversion.mappingSet(sandbox, mappingId, version);
    if (mappingSet == null) {
      throw Errors.flowBadRequest("1412", "Invalid request",
          "Invalid Mapping Version in request. Please provide correct mapping version.");
    }
    if (version != null) {
      // stored as the flow spec types it (string), as GET /flows answers it ("mappingVersion": "0")
      Json.map(Json.at(transformation, "params")).put("mappingVersion", Long.toString(version));
    }
    Map<String, Object> dataSet = targetDataSet == null ? null : sandbox.dataSets.get(targetDataSet);
    String datasetSchema = dataSet == null ? null : Json.string(dataSet, "schemaRef.id");
    if (datasetSchema != null && !datasetSchema.equals(Conversion.schemaId(mappingSet))) {
      throw Errors.flowBadRequest("1425", "Invalid request", "Error while matching schema in target dataset "
          + targetDataSet + " with schema in mapping " + mappingId + ". Schema with same id and version must be used"
          + " in both mapping and target dataset.");
    }
  }

  /**
   * The flow spec's schedule rules ({@link FlowSpecs#scheduleSchema()}): {@code startTime} and
   * {@code frequency} required; {@code once} takes neither {@code interval} nor {@code backfill};
   * other frequencies need {@code interval}, at least 15 for {@code minute} and 1 otherwise. Numbers
   * may come as JSON numbers or numeric strings, {@code backfill} as boolean or "true"/"false"
   * (the docs send both forms).
   */
  static Map<String, Object> checkSchedule(Object scheduleParams) {
    Map<String, Object> schedule = Json.map(scheduleParams);
    if (schedule == null || schedule.isEmpty()) {
      throw Errors.flowBadRequest("1317", "Bad Request", "The provided schedule params are empty but should not be"
          + " empty. Please provide valid schedule params and try again.");
    }
    Map<String, Object> normalized = new LinkedHashMap<>();
    Long startTime = requiredWhole(schedule, "startTime");
    normalized.put("startTime", Long.toString(startTime));
    Object frequencyValue = schedule.get("frequency");
    if (frequencyValue == null) {
      throw missing("frequency");
    }
    String frequency = String.valueOf(frequencyValue).toLowerCase(Locale.ROOT);
    if (!List.of("once", "minute", "hour", "day", "week").contains(frequency)) {
      throw Errors.flowBadRequest("1397", "Bad Request", "The provided frequency : " + frequencyValue
          + " is invalid. Please provide a valid frequency and try again.");
    }
    normalized.put("frequency", frequency);
    if (frequency.equals("once")) {
      if (schedule.get("interval") != null) {
        throw Errors.flowBadRequest("1361", "Bad Request", "Interval is not allowed with one time ingestion. Please"
            + " remove interval or change frequency and then try again.");
      }
      if (schedule.get("backfill") != null) {
        throw Errors.flowBadRequest("1364", "Bad Request", "The backfill flag is not allowed when frequency is set to"
            + " once. Please remove the backfill flag when frequency is set to once and try again.");
      }
    } else {
      long interval = requiredWhole(schedule, "interval");
      long minimum = frequency.equals("minute") ? 15 : 1;
      if (interval < minimum) {
        if (minimum == 1) {
          throw Errors.flowBadRequest("1394", "Bad Request", "The minimum value for a parameter interval is one."
              + " Please provide a valid interval and try again.");
        }
        throw Errors.flowBadRequest("1362", "Bad Request", "Interval cannot be less than " + minimum
            + ". Please provide a valid interval value and try again.");
      }
      normalized.put("interval", Long.toString(interval));
      Object backfill = schedule.get("backfill");
      if (backfill != null) {
        String text = String.valueOf(backfill);
        if (!text.equals("true") && !text.equals("false")) {
          throw invalidValue(backfill, "backfill");
        }
        normalized.put("backfill", text);
      }
    }
    for (Map.Entry<String, Object> e : schedule.entrySet()) {
      if (!normalized.containsKey(e.getKey()) && e.getValue() != null) {
        if (!e.getKey().equals("endTime")) {
          throw Errors.flowBadRequest("1451", "Invalid request", "Invalid params " + e.getKey()
              + " provided in scheduleParams.");
        }
        normalized.put(e.getKey(), Long.toString(requiredWhole(schedule, e.getKey())));
      }
    }
    return normalized;
  }

  private static long requiredWhole(Map<String, Object> schedule, String name) {
    Object value = schedule.get(name);
    if (value == null) {
      throw missing(name);
    }
    Long whole = Json.wholeNumber(value);
    if (whole == null) {
      throw invalidValue(value, name);
    }
    return whole;
  }

  private static PlatformError missing(String param) {
    return Errors.flowBadRequest("1359", "Bad Request", "The param " + param
        + " is missing in the request. Please provide a valid " + param + " and try again.");
  }

  private static PlatformError invalidValue(Object value, String property) {
    return Errors.flowBadRequest("1312", "Bad Request", "The provided param value " + value
        + " is not a valid input for property=" + property + ". Please provide a valid param value and try again.");
  }

  /** Connection auth as answered: the spec name and the params that are not secrets ({@code format: password}). */
  static Map<String, Object> publicAuth(Map<String, Object> spec, Object auth) {
    Map<String, Object> authMap = Json.map(auth);
    if (authMap == null) {
      return null;
    }
    Map<String, Object> out = obj("specName", authMap.get("specName"));
    Map<String, Object> params = Json.map(authMap.get("params"));
    if (params != null) {
      Map<String, Object> visible = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : params.entrySet()) {
        boolean secret = false;
        for (Object authSpec : Json.list(spec.getOrDefault("authSpec", List.of()))) {
          secret |= "password".equals(Json.string(authSpec, "spec.properties." + e.getKey() + ".format"));
        }
        if (!secret) {
          visible.put(e.getKey(), Json.copy(e.getValue()));
        }
      }
      out.put("params", visible);
    }
    return out;
  }
}
