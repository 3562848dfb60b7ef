package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.util.List;
import java.util.Map;

/**
 * The connection specs and the flow spec the platform knows, with the documented ids (API-NOTES §4)
 * and the shapes the docs show: the HubSpot source, the Data Lake target and the {@code CRMToAEP}
 * flow spec with its schedule, transformation and run JSON schemas. Built in code: the platform
 * reads nothing from the reference material at run time.
 */
final class FlowSpecs {
  static final String PROVIDER_ID = "0ed90a81-07f4-4586-8190-b40eccef1c5a";
  static final String HUBSPOT = "cc6a4487-9e91-433e-a3a3-9cf6626c1806";
  static final String DATA_LAKE = "c604ff05-7f1a-43c0-8e18-33bf874cb11c";
  static final String CRM_TO_AEP = "14518937-270c-4525-bdec-c2ba7cce3860";
  static final String HUBSPOT_AUTH_SPEC = "Basic Authentication";
  static final String JSON_SCHEMA = "http://json-schema.org/draft-07/schema#";

  private FlowSpecs() {}

  /** All connection specs, in listing order (fresh trees). */
  static List<Object> connectionSpecs() {
    return arr(hubSpot(), dataLake());
  }

  /** All flow specs, in listing order (fresh trees). */
  static List<Object> flowSpecs() {
    return arr(crmToAep());
  }

  /** A connection spec by id, or null. */
  static Map<String, Object> connectionSpec(String id) {
    for (Object spec : connectionSpecs()) {
      if (id.equals(Json.string(spec, "id"))) {
        return Json.map(spec);
      }
    }
    return null;
  }

  /** A flow spec by id, or null. */
  static Map<String, Object> flowSpec(String id) {
    for (Object spec : flowSpecs()) {
      if (id.equals(Json.string(spec, "id"))) {
        return Json.map(spec);
      }
    }
    return null;
  }

  /** HubSpot ({@code GET /connectionSpecs?property=name=="hubspot"} in the HubSpot tutorial). */
  static Map<String, Object> hubSpot() {
    return obj(
        "id", HUBSPOT,
        "name", "hubspot",
        "providerId", PROVIDER_ID,
        "version", "1.0",
        "authSpec", arr(obj(
            "name", HUBSPOT_AUTH_SPEC,
            "spec", obj(
                "$schema", JSON_SCHEMA,
                "type", "object",
                "description", "defines auth params required for connecting to HubSpot",
                "properties", obj(
                    "clientId", obj("type", "string",
                        "description", "The client ID associated with your HubSpot application."),
                    "clientSecret", obj("type", "string",
                        "description", "The client secret associated with your HubSpot application.",
                        "format", "password"),
                    "accessToken", obj("type", "string",
                        "description", "The access token obtained when initially authenticating your OAuth integration.",
                        "format", "password"),
                    "refreshToken", obj("type", "string",
                        "description", "The refresh token obtained when initially authenticating your OAuth integration.",
                        "format", "password")),
                "required", arr("clientId", "clientSecret", "accessToken", "refreshToken")))));
  }

  /** The Data Lake target ({@code GET /connectionSpecs?property=id=="c604ff05-…"}). */
  static Map<String, Object> dataLake() {
    return obj(
        "id", DATA_LAKE,
        "name", "Data Lake",
        "providerId", PROVIDER_ID,
        "version", "1.0",
        "targetSpec", obj("spec", obj(
            "$schema", JSON_SCHEMA,
            "type", "object",
            "properties", obj("dataSetId", obj("type", "string")),
            "required", arr("dataSetId"))),
        "permissionsInfo", permissions("Dataset"));
  }

  /** {@code CRMToAEP}: the flow spec of CRM sources such as HubSpot into the data lake. */
  static Map<String, Object> crmToAep() {
    return obj(
        "id", CRM_TO_AEP,
        "name", "CRMToAEP",
        "providerId", PROVIDER_ID,
        "version", "1.0",
        "attributes", obj(
            "isSourceFlow", true,
            "flacValidationSupported", true,
            "frequency", "batch",
            "notification", obj("category", "sources", "flowRun", obj("enabled", true))),
        "sourceConnectionSpecIds", arr(HUBSPOT),
        "targetConnectionSpecIds", arr(DATA_LAKE),
        "permissionsInfo", permissions("EnterpriseSource"),
        "optionSpec", obj(
            "name", "OptionSpec",
            "spec", obj(
                "$schema", JSON_SCHEMA,
                "type", "object",
                "properties", obj(
                    "errorDiagnosticsEnabled", obj(
                        "title", "Error diagnostics.",
                        "description", "Flag to enable detailed and sample error diagnostics summary.",
                        "type", "boolean",
                        "default", false),
                    "partialIngestionPercent", obj(
                        "title", "Partial ingestion threshold.",
                        "description", "Percentage which defines the threshold of errors allowed before the run is marked as failed.",
                        "type", "number",
                        "exclusiveMinimum", 0L)))),
        "transformationSpecs", arr(
            obj("name", "Copy", "spec", obj(
                "$schema", JSON_SCHEMA,
                "type", "object",
                "properties", obj("deltaColumn", obj(
                    "type", "object",
                    "properties", obj(
                        "name", obj("type", "string"),
                        "dateFormat", obj("type", "string"),
                        "timezone", obj("type", "string")),
                    "required", arr("name"))),
                "required", arr("deltaColumn"))),
            obj("name", "Mapping", "spec", obj(
                "$schema", JSON_SCHEMA,
                "type", "object",
                "description", "defines various params required for different mapping from source to target",
                "properties", obj(
                    "mappingId", obj("type", "string"),
                    "mappingVersion", obj("type", "string"))))),
        "scheduleSpec", obj(
            "name", "PeriodicSchedule",
            "type", "Periodic",
            "spec", scheduleSchema()),
        "runSpec", obj(
            "name", "ProviderParams",
            "spec", obj(
                "$schema", JSON_SCHEMA,
                "type", "object",
                "description", "defines various params required for creating flow run.",
                "properties", obj(
                    "startTime", obj("type", "integer", "description",
                        "An integer that defines the start time of the run. The value is represented in Unix epoch time."),
                    "windowStartTime", obj("type", "integer", "description",
                        "An integer that defines the start time of the window against which data is to be pulled. The value is represented in Unix epoch time."),
                    "windowEndTime", obj("type", "integer", "description",
                        "An integer that defines the end time of the window against which data is to be pulled. The value is represented in Unix epoch time."),
                    "deltaColumn", obj(
                        "type", "object",
                        "description", "The delta column is required to partition the data and separate newly ingested data from historic data.",
                        "properties", obj(
                            "name", obj("type", "string"),
                            "dateFormat", obj("type", "string"),
                            "timezone", obj("type", "string")),
                        "required", arr("name"))),
                "required", arr("startTime", "windowStartTime", "windowEndTime", "deltaColumn"))));
  }

  /**
   * The schedule JSON schema: {@code startTime} (epoch seconds) and {@code frequency} required;
   * {@code once} forbids {@code interval} and {@code backfill}; other frequencies require {@code
   * interval}, at least 15 for {@code minute} and at least 1 otherwise. {@link FlowRules} enforces it.
   */
  static Map<String, Object> scheduleSchema() {
    return obj(
        "$schema", JSON_SCHEMA,
        "type", "object",
        "properties", obj(
            "startTime", obj("description", "epoch time", "type", "integer"),
            "frequency", obj("type", "string", "enum", arr("once", "minute", "hour", "day", "week")),
            "interval", obj("type", "integer"),
            "backfill", obj("type", "boolean", "default", true)),
        "required", arr("startTime", "frequency"),
        "if", obj("properties", obj("frequency", obj("const", "once"))),
        "then", obj("allOf", arr(
            obj("not", obj("required", arr("interval"))),
            obj("not", obj("required", arr("backfill"))))),
        "else", obj(
            "required", arr("interval"),
            "if", obj("properties", obj("frequency", obj("const", "minute"))),
            "then", obj("properties", obj("interval", obj("minimum", 15L))),
            "else", obj("properties", obj("interval", obj("minimum", 1L)))));
  }

  private static Map<String, Object> permissions(String name) {
    return obj(
        "view", arr(obj("@type", "lowLevel", "name", name, "permissions", arr("read"))),
        "manage", arr(obj("@type", "lowLevel", "name", name, "permissions", arr("write"))));
  }
}
