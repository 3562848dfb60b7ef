package io.github.aepsdk.testsupport;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusTypeIs;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.atlassian.oai.validator.util.OpenApiLoader;
import com.atlassian.oai.validator.whitelist.StatusType;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.fge.jsonpatch.JsonPatch;
import com.github.fge.jsonpatch.JsonPatchException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a request the SDK sent (as MockWebServer recorded it) and the canned answer a test gave
 * against Adobe's official OpenAPI specs in {@code shared/aep-reference/openapi}, configured as
 * SPEC-VALIDATION.md §6 recommends (patched specs, deterministic strict levels, narrow
 * whitelist rules), plus the checks the specs cannot express: the four gateway headers on every
 * call, an exact {@code Content-Type} on every body, and the service base path.
 *
 * <pre>{@code
 * aep.enqueueJson(200, body);
 * aep.client().flowService().getFlow(id);
 * ContractValidator.assertValid(Spec.FLOW_SERVICE, aep.takeRequest(), 200, "application/json", body);
 * }</pre>
 *
 * Each spec is loaded once per JVM (about a second each) on first use.
 */
public final class ContractValidator {

  /** The four specs, with the base path every call of that service must start with. */
  public enum Spec {
    FLOW_SERVICE("flow-service", "/data/foundation/flowservice"),
    SCHEMA_REGISTRY("schema-registry", "/data/foundation/schemaregistry"),
    CATALOG("catalog", "/data/foundation/catalog"),
    DATA_PREP("data-prep", "/data/foundation/conversion");

    final String file;
    final String basePath;

    Spec(String file, String basePath) {
      this.file = file;
      this.basePath = basePath;
    }

    /** The base path of the service, e.g. {@code /data/foundation/flowservice}. */
    public String basePath() {
      return basePath;
    }

    /** The service whose base path {@code rawPath} is under, if any. */
    public static Optional<Spec> forPath(String rawPath) {
      return Arrays.stream(values()).filter(spec -> rawPath.startsWith(spec.basePath + "/")).findFirst();
    }
  }

  /** Key of the custom check: a request with a body must say what it is. */
  static final String CONTENT_TYPE_MISSING = "aep.request.contentType.missing";
  /** Key of the custom check: the body's Content-Type must be exactly one the SDK sends. */
  static final String CONTENT_TYPE_NOT_EXACT = "aep.request.contentType.notExact";
  /** Key of the custom check: a gateway header is missing or malformed. */
  static final String GATEWAY_HEADER = "aep.request.header.gateway";
  /** Key of the custom check: the raw path does not start with the service base path. */
  static final String BASE_PATH = "aep.request.path.basePath";

  /** The gateway headers every AEP call carries (API-NOTES §1). */
  static final List<String> GATEWAY_HEADERS = List.of("Authorization", "x-api-key", "x-gw-ims-org-id", "x-sandbox-name");

  /** Body media types the SDK may send; json-patch only where the operation declares it. */
  static final String JSON = "application/json";
  static final String JSON_PATCH = "application/json-patch+json";

  /**
   * Schema Registry answers GETs in vendor media types (API-NOTES §2) that its Swagger 2 spec does
   * not declare (D-SR-2); added as response content keys so Accept and the body are checked.
   */
  private static final List<String> SR_VENDOR_TYPES = List.of(
      "application/vnd.adobe.xed+json",
      "application/vnd.adobe.xed-id+json",
      "application/vnd.adobe.xed-full+json",
      "application/vnd.adobe.xed-notext+json",
      "application/vnd.adobe.xed-full-notext+json",
      "application/vnd.adobe.xed-full-desc+json",
      "application/vnd.adobe.xed-deprecatefield+json",
      "application/vnd.adobe.xdm+json",
      "application/vnd.adobe.xdm-id+json",
      "application/vnd.adobe.xdm-link+json",
      "application/vnd.adobe.xdm-v2+json",
      "application/vnd.adobe.xdm-v2-id+json",
      "application/vnd.adobe.xdm-v2-link+json");

  private static final Logger LOG = LoggerFactory.getLogger(ContractValidator.class);
  private static final Map<Spec, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  private ContractValidator() {}

  /**
   * Asserts that {@code request} and the answer {@code status}/{@code responseContentType}/{@code
   * responseBody} both follow {@code spec}. Request and response are validated separately; the
   * error lists every message with its key and JSON pointers, under "request" or "response".
   *
   * @param responseContentType the Content-Type the canned answer had, or null if none
   * @param responseBody the canned body, or null/empty if none
   */
  public static void assertValid(
      Spec spec, RecordedRequest request, int status, String responseContentType, String responseBody) {
    Result result = validate(spec, request, status, responseContentType, responseBody);
    result.logTolerated();
    result.assertNoErrors();
  }

  /** Asserts that {@code request} follows {@code spec} (see {@link #assertValid}). */
  public static void assertRequestValid(Spec spec, RecordedRequest request) {
    Result result = validate(spec, request, null, null, null);
    result.logTolerated();
    result.assertNoErrors();
  }

  /** Validates without asserting; {@code status == null} skips the response. */
  static Result validate(Spec spec, RecordedRequest recorded, Integer status, String responseContentType, String responseBody) {
    if (recorded == null) {
      throw new AssertionError("no request was recorded (did the call reach the server?)");
    }
    OpenApiInteractionValidator validator = validator(spec);
    String target = rawTarget(recorded);
    int q = target.indexOf('?');
    String rawPath = q < 0 ? target : target.substring(0, q);
    String rawQuery = q < 0 ? null : target.substring(q + 1);
    Request.Method method = Request.Method.valueOf(recorded.getMethod().toUpperCase(Locale.ROOT));

    SimpleRequest.Builder builder = new SimpleRequest.Builder(method, rawPath);
    Headers headers = recorded.getHeaders();
    for (String name : headers.names()) {
      builder.withHeader(name, headers.values(name));
    }
    for (Map.Entry<String, List<String>> param : parseQuery(rawQuery).entrySet()) {
      builder.withQueryParam(param.getKey(), param.getValue());
    }
    String body = bodyText(recorded);
    if (body != null) {
      builder.withBody(body);
    }
    SimpleRequest request = builder.build();

    List<Message> requestMessages = new ArrayList<>(harnessChecks(spec, rawPath, headers, body));
    requestMessages.addAll(validator.validateRequest(request).getMessages());

    List<Message> responseMessages = status == null ? List.of()
        : responseMessages(validator, rawPath, method, status, responseContentType, responseBody);
    return new Result(spec, method + " " + target, requestMessages, responseMessages);
  }

  /**
   * Asserts that an answer follows the spec of the service its path belongs to: {@code status},
   * {@code contentType} and {@code body} against what the operation {@code method rawPath} declares.
   * The request is not checked: this is for answers the SDK did not shape, such as the local
   * platform's answers to any request, invalid ones included.
   *
   * @param rawPath the raw (percent-encoded) path, without the query
   */
  public static void assertResponseValid(
      Spec spec, String method, String rawPath, int status, String contentType, String body) {
    Request.Method parsed = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    Result result = new Result(spec, method + " " + rawPath, List.of(),
        responseMessages(validator(spec), rawPath, parsed, status, contentType, body));
    result.logTolerated();
    result.assertNoErrors();
  }

  private static List<Message> responseMessages(OpenApiInteractionValidator validator, String rawPath, Request.Method method,
      int status, String contentType, String body) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    if (contentType != null) {
      response.withContentType(contentType);
    }
    if (body != null && !body.isEmpty()) {
      response.withBody(body);
    }
    return validator.validateResponse(rawPath, method, response.build()).getMessages();
  }

  /** The request target as sent on the wire: raw (still percent-encoded) path and query. */
  private static String rawTarget(RecordedRequest recorded) {
    String target = recorded.getTarget();
    if (target.startsWith("/")) {
      return target;
    }
    String query = recorded.getUrl().encodedQuery();
    return recorded.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  /**
   * Harness rule 2 (SPEC-VALIDATION §2): split on {@code &}, then on the first {@code =} only
   * (values contain {@code ==}), and URL-decode names and values.
   */
  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String bodyText(RecordedRequest recorded) {
    ByteString body = recorded.getBody();
    return body == null || body.size() == 0 ? null : body.utf8();
  }

  /** The checks the specs cannot express (SPEC-VALIDATION §2, §3, §5b D-FS-8). */
  private static List<Message> harnessChecks(Spec spec, String rawPath, Headers headers, String body) {
    List<Message> messages = new ArrayList<>();
    for (String name : GATEWAY_HEADERS) {
      List<String> values = headers.values(name);
      if (values.isEmpty() || values.get(0).isBlank()) {
        messages.add(error(GATEWAY_HEADER, "Gateway header '" + name + "' is missing (every AEP call needs it)"));
      } else if (values.size() > 1) {
        messages.add(error(GATEWAY_HEADER, "Gateway header '" + name + "' is sent " + values.size() + " times"));
      }
    }
    String authorization = headers.get("Authorization");
    if (authorization != null && !authorization.matches("Bearer \\S+")) {
      messages.add(error(GATEWAY_HEADER, "Authorization must be 'Bearer <token>'"));
    }
    if (!rawPath.startsWith(spec.basePath + "/")) {
      messages.add(error(BASE_PATH, "Raw path '" + rawPath + "' does not start with the service base path " + spec.basePath + "/"));
    }
    String contentType = headers.get("Content-Type");
    if (body != null && contentType != null && !contentType.equals(JSON) && !contentType.equals(JSON_PATCH)) {
      messages.add(error(CONTENT_TYPE_NOT_EXACT,
          "Content-Type '" + contentType + "' is not exactly " + JSON + " (or " + JSON_PATCH + " where the operation declares it)"));
    }
    return messages;
  }

  private static Message error(String key, String text) {
    return Message.create(key, text).build();
  }

  /** Custom request validation: a request with a body must carry a Content-Type (D-FS-8). */
  private static final CustomRequestValidator CONTENT_TYPE_REQUIRED = (request, operation) -> {
    boolean hasBody = request.getRequestBody().map(b -> b.hasBody()).orElse(false);
    if (hasBody && request.getContentType().map(String::isBlank).orElse(true)) {
      return ValidationReport.singleton(error(CONTENT_TYPE_MISSING,
          "A request with a body must carry Content-Type: application/json (" + operation.getMethod() + " "
              + operation.getApiPath().original() + ")"));
    }
    return ValidationReport.empty();
  };

  static OpenApiInteractionValidator validator(Spec spec) {
    return VALIDATORS.computeIfAbsent(spec, ContractValidator::build);
  }

  private static OpenApiInteractionValidator build(Spec spec) {
    OpenAPI api = load(spec);
    LevelResolver levels = LevelResolver.create()
        .withLoader(null) // ignore swagger.* system properties and .swagger-validator files
        .withDefaultLevel(Level.ERROR)
        .withLevel("validation.request.parameter.query.unexpected", Level.ERROR)
        // Response schemas miss many fields the API returns (D-FS-9, D-DP, D-SR); requests stay strict.
        .withLevel("validation.response.body.schema.additionalProperties", Level.IGNORE)
        .build();
    return OpenApiInteractionValidator.createFor(api)
        .withLevelResolver(levels)
        .withWhitelist(whitelist(spec))
        .withCustomRequestValidation(CONTENT_TYPE_REQUIRED)
        .build();
  }

  /** The whitelist rules of SPEC-VALIDATION §6 (plus D-CAT-4, D-FS-10 to D-FS-12, D-FS-15, D-FS-20), each scoped to its spec, key and fields. */
  private static ValidationErrorsWhitelist whitelist(Spec spec) {
    ValidationErrorsWhitelist whitelist = ValidationErrorsWhitelist.create()
        // Error answers: the specs leave out statuses the API really returns (no 404 at all in Flow
        // Service, D-FS-9) and declare most error statuses without a body, while AEP answers each with
        // its error body (API-NOTES §6, examples/errors). A 4xx/5xx answer's body is not checked here,
        // nor an error answer to a call no operation declares (404 for an unknown path, 405 for a method).
        .withRule("error bodies", allOf(
            anyOf(messageHasKey("validation.response.status.unknown"), messageHasKey("validation.response.body.unexpected"),
                messageHasKey("validation.request.path.missing"), messageHasKey("validation.request.operation.notAllowed")),
            anyOf(responseStatusTypeIs(StatusType.CLIENT_ERROR), responseStatusTypeIs(StatusType.SERVER_ERROR))));
    if (spec == Spec.CATALOG) {
      // D-CAT-2: every create-dataset doc sends ?requestDataSource=true, which POST /dataSets does not declare.
      whitelist = whitelist.withRule("D-CAT-2", allOf(
          methodIs(HttpMethod.POST), pathContainsSubstring("/dataSets"),
          messageHasKey("validation.request.parameter.query.unexpected"),
          messageContainsSubstring("'requestDataSource'")));
      // D-CAT-4: batchResponse.relatedObjects[].type enumerates batch/dataSet/dataSetFile/dataSetView/transform,
      // while the spec's own GET /batches examples (and the SDK's typed view with UNKNOWN) use more kinds
      // (expressionBlock, service, serviceDefinition). Only that member of batch answers is tolerated.
      whitelist = whitelist.withRule("D-CAT-4", allOf(
          methodIs(HttpMethod.GET), pathContainsSubstring("/batches"),
          messageHasKey("validation.response.body.schema.enum"),
          messageContainsSubstring("/relatedObjects/"), messageContainsSubstring("/type']")));
    }
    if (spec == Spec.SCHEMA_REGISTRY) {
      // D-SR-15: GET /descriptors answers by Accept (acceptDescriptors): xdm+json lists descriptor objects
      // grouped by @type, xdm-id+json their ids and xdm-link+json their paths, but listDescriptorsResponse
      // types every group's items as descriptor objects. Only string items of a descriptor list pass.
      whitelist = whitelist.withRule("D-SR-15", allOf(
          methodIs(HttpMethod.GET), pathContainsSubstring("/descriptors"),
          messageHasKey("validation.response.body.schema.type"),
          messageContainsSubstring("Instance type (string)"), messageContainsSubstring("(allowed: [\"object\"])")));
      // D-SR-16: statsResponse.classUsage is an array of {$id, title, numberOfSchemas, schemas}, while the
      // getting-started guide's GET /stats answer maps each class $id to its schemas. Only an object there.
      whitelist = whitelist.withRule("D-SR-16", allOf(
          methodIs(HttpMethod.GET), pathContainsSubstring("/stats"),
          messageHasKey("validation.response.body.schema.type"),
          messageContainsSubstring("[Path '/classUsage']"), messageContainsSubstring("Instance type (object)")));
      // D-SR-17: the audit log's updates[].value is typed string, while the spec's own example and the audit
      // log guide carry numbers and field definitions (any JSON value). Only that member of audit log answers.
      whitelist = whitelist.withRule("D-SR-17", allOf(
          methodIs(HttpMethod.GET), pathContainsSubstring("/rpc/auditlog/"),
          messageHasKey("validation.response.body.schema.type"),
          messageContainsSubstring("/updates/"), messageContainsSubstring("/value']")));
      // D-SR-24: PUT and PATCH /tenant/mixins/{id} (replaceMixin, updateMixin) declare their 200 answer
      // without a schema although it "returns the details of the updated mixin", as the /fieldgroups
      // equivalents do. Only a body on those two answers.
      whitelist = whitelist.withRule("D-SR-24", allOf(
          anyOf(methodIs(HttpMethod.PUT), methodIs(HttpMethod.PATCH)), pathContainsSubstring("/tenant/mixins/"),
          messageHasKey("validation.response.body.unexpected"), responseStatusIs(200)));
    }
    if (spec == Spec.FLOW_SERVICE) {
      // D-FS-1: the docs send and return the schedule and run-window times and backfill as strings
      // ("1591043454", "true") where the spec types them integer/boolean, and interval as an integer
      // (per the flow spec's own JSON schema) where ScheduleSpecDTO says string. Which side is right
      // is unknown without the live API; only these fields and only these instance types pass.
      whitelist = whitelist.withRule("D-FS-1", allOf(
          anyOf(messageHasKey("validation.request.body.schema.type"), messageHasKey("validation.response.body.schema.type")),
          anyOf(
              allOf(messageContainsSubstring("Instance type (string)"), anyOf(
                  messageContainsSubstring("/scheduleParams/startTime']"),
                  messageContainsSubstring("/scheduleParams/backfill']"),
                  messageContainsSubstring("/params/windowStartTime']"),
                  messageContainsSubstring("/params/windowEndTime']"))),
              allOf(messageContainsSubstring("Instance type (integer)"),
                  messageContainsSubstring("/scheduleParams/interval']")))));
      // D-FS-10: the spec declares the list filter `property` as style form with explode=false (one
      // comma-joined value), but a comma inside a filter means OR (`id==a,b`) and the docs combine
      // filters with AND by repeating the parameter (sort-and-filter.md "Combining filters", the runs
      // time-range example). Only the repetition of `property` on GET lists is tolerated.
      whitelist = whitelist.withRule("D-FS-10", allOf(
          methodIs(HttpMethod.GET),
          messageHasKey("validation.request.parameter.collection.invalidFormat"),
          messageContainsSubstring("Parameter 'property'")));
      // D-FS-11: explore's `objectType` enum is upper case (ROOT, TABLE, …) while every explore
      // tutorial sends lower case (`objectType=root`, `objectType=table`). Only those values on /explore.
      whitelist = whitelist.withRule("D-FS-11", allOf(
          methodIs(HttpMethod.GET), pathContainsSubstring("/explore"),
          messageHasKey("validation.request.parameter.schema.enum"),
          anyOf(messageContainsSubstring("(\"root\")"), messageContainsSubstring("(\"table\")"),
              messageContainsSubstring("(\"folder\")"), messageContainsSubstring("(\"file\")"))));
      // D-FS-15: postStateTransition (POST /flows/{id}/action) marks `subOp` (APPLY, ROLLBACK, PROGRESS)
      // as a required query parameter, while Adobe's enable/disable examples ("Update destination
      // dataflows": POST /flows/{FLOW_ID}/action?op=enable) send `op` alone. Only a missing subOp there.
      whitelist = whitelist.withRule("D-FS-15", allOf(
          methodIs(HttpMethod.POST), pathContainsSubstring("/action"),
          messageHasKey("validation.request.parameter.query.missing"),
          messageContainsSubstring("'subOp'")));

      // D-FS-20: the action `op` enums are upper case (PUBLISH, RE_TRIGGER) while the drafts tutorial
      // publishes with `op=publish` and the retry tutorial retries with `op=re-trigger`. Only those two
      // values, only on POST …/action.
      whitelist = whitelist.withRule("D-FS-20", allOf(
          methodIs(HttpMethod.POST), pathContainsSubstring("/action"),
          messageHasKey("validation.request.parameter.schema.enum"),
          anyOf(messageContainsSubstring("(\"publish\")"), messageContainsSubstring("(\"re-trigger\")"))));
      // D-FS-12: the explore answer is declared as an array of items, which objectType=root gives; for
      // objectType=table the docs (explore/tabular.md, marketing-automation.md) answer an object
      // {format, schema: {columns}}. Only an object where GET /explore declares an array is tolerated.
      whitelist = whitelist.withRule("D-FS-12", allOf(
          methodIs(HttpMethod.GET), pathContainsSubstring("/explore"),
          messageHasKey("validation.response.body.schema.type"),
          messageContainsSubstring("Instance type (object)"), messageContainsSubstring("(allowed: [\"array\"])")));
    }
    return whitelist;
  }

  /**
   * SPEC-VALIDATION §6 load pipeline: YAML → RFC 6902 fixes → the library's own loader.
   *
   * <p>Defects found beyond SPEC-VALIDATION.md are fixed the same way (RFC 6902, with {@code test}
   * operations so a spec change breaks loudly), from the resources {@code more-fixes/<spec>.json}
   * beside this class; they belong upstream in {@code openapi-fixes}.
   *
   * <p>{@code data-prep.json}: D-DP-7: the spec's {@code JsonSchema} (the {@code jsonSchema} of an
   * expanded mapping set) types the JSON Schema keywords {@code default}, {@code minimum}, {@code
   * maximum} and the {@code enum} items as {@code object}, while they hold any JSON value (Adobe's
   * GET /mappingSets/{id} example: {@code "minimum": 1}, {@code "default": "not_specified"}, string
   * enums). Untyped here; the {@code test} operations fail loudly if the spec changes.
   *
   * <p>{@code flow-service.json}: defects the SDK's wire tests found beyond SPEC-VALIDATION §5b/§5c:
   * <ul>
   *   <li>D-FS-18: {@code GET /connections/{id}/configs}, {@code GET /connectionSpecs/{id}/explore}
   *       and {@code GET /connectionSpecs/{id}/configs} declare the explore array ({@code
   *       ExploreConnectionResponse}), while each operation's own example answers {@code {"items":
   *       [{"columnName", "columnType"}]}}; declared as that envelope.
   *   <li>D-FS-19: {@code POST /connections/{id}/action} declares {@code subOp} required, while the
   *       drafts tutorial publishes a base connection with {@code op=publish} alone; made optional.
   *   <li>D-FS-21: the connection spec and flow spec bodies and answers model JSON Schema documents
   *       "by example" (as D-FS-7), and the spec's own examples break them: {@code
   *       Create/UpdateConnectionSpecRequest} type {@code attributes} values as objects, {@code
   *       authSpec[].spec} as access keys and {@code permissionsInfo} values as arrays; {@code
   *       Create/UpdateFlowSpecRequest} declare {@code transformationSpecDTOS} (mapping params) and the
   *       schedule, option and run <em>values</em> instead of the sections every flow spec carries;
   *       the answers type {@code permissionsInfo.manage/view} as arrays (examples: objects), {@code
   *       sourceSpec.attributes.uiAttributes.*} as strings (examples: {@code {"key": …}}), {@code
   *       notification.flowRun} as a non-null object (example: null) and a flow spec's {@code
   *       scheduleSpec.spec} member for member (example: {@code "not": null}). The bodies are
   *       declared as open objects with the required {@code name} and {@code providerId}; those answer
   *       members are left untyped.
   * </ul>
   *
   * <p>{@code catalog.json}: defects the SDK's wire tests found beyond SPEC-VALIDATION §5b:
   * <ul>
   *   <li>D-CAT-5: free-form objects are declared {@code type: object, properties: {}} without
   *       {@code additionalProperties}, so every member is rejected: batch {@code metrics} ("metric
   *       names are determined by the producer"; batchPatchRequest's own example {@code {"foo":
   *       1337}}), related-object {@code metrics}, dataset {@code observableSchema} (a JSON Schema),
   *       and the batched request item's {@code headers} (its example {@code {"if-match":
   *       "1.0.6"}}) and {@code body}. Declared open.
   *   <li>D-CAT-6: {@code tagsResponse} puts {@code additionalProperties} (the aggregated value
   *       arrays) inside {@code properties}, declaring a member literally named {@code
   *       additionalProperties}; its own example keys the values by namespace ({@code
   *       adobe/pqs/databases}). Moved to the schema keyword.
   *   <li>D-CAT-7: {@code datasetPatchRequestV2.tags} names two namespaces as properties, while
   *       every other Catalog schema declares tags as a map of namespace to string arrays; other
   *       namespaces (e.g. {@code unifiedProfile}) were rejected. Declared as that map.
   * </ul>
   *
   * <p>{@code schema-registry.json}: defects the SDK's wire tests found beyond SPEC-VALIDATION §5b:
   * <ul>
   *   <li>D-SR-8: {@code listFieldGroupsResponse.results} has {@code items} but no {@code type:
   *       array} (as D-SR-5 for classes), so the converter makes it an object.
   *   <li>D-SR-9: {@code singleFieldGroupResponse} types {@code meta:createdDate} as object; the
   *       spec's own lookupFieldGroupResponse example has the string {@code "2020-08-10"}.
   *   <li>D-SR-10: descriptor versions: {@code createDescriptor.xdm:sourceVersion} and the
   *       relationship descriptor's {@code xdm:destinationVersion} are typed string, while
   *       lookupDescriptorResponse types {@code xdm:sourceVersion} integer and every example (the
   *       spec's own, the descriptors guide) sends the number {@code 1}.
   *   <li>D-SR-11: {@code createDescriptor} declares only {@code @type} and the three {@code
   *       xdm:source*} members, although "the required request payload fields vary based on the
   *       {@code @type}"; the guide's identity descriptor body ({@code xdm:namespace}, {@code
   *       xdm:property}, {@code xdm:isPrimary}) and the spec's own example ({@code xdm:description})
   *       are then rejected. The members of the spec's identity, friendly-name, reference and
   *       relationship descriptor answers are declared on it.
   *   <li>D-SR-12: the friendly-name descriptor types {@code xdm:title}/{@code xdm:description}
   *       string; its own example and the guide send language maps ({@code {"en_us": "…"}}).
   *   <li>D-SR-13: {@code createFieldGroup.definitions} is free-form (field definitions by name),
   *       but the converted schema rejects every member, the spec's own example's included.
   *   <li>D-SR-14: the shared list parameter {@code property} is a single string, while the schemas
   *       and unions guides send it repeated, ANDed ({@code
   *       ?property=meta:immutableTags==union&property=meta:class==…}); declared as a repeated
   *       ({@code collectionFormat: multi}) string array.
   *   <li>D-SR-11/12, continued: the language maps of {@code xdm:title}/{@code xdm:description} take any
   *       language key ({@code en_us}, …) with a string value.
   *   <li>D-SR-18: {@code POST /tenant/datatypes} declares the lookup {@code Accept} header required,
   *       the only create that does; the data types guide's create request sends none, and the SDK
   *       sends none on any create. Removed from that operation.
   *   <li>D-SR-19: {@code createDataType.properties} and {@code items} hold field definitions by name
   *       (as D-SR-13), but the converted schema rejects every member, the spec's own example's
   *       included.
   *   <li>D-SR-20: members given only an {@code example} in {@code allOf} overlays become {@code type:
   *       object} after conversion (as D-SR-6): {@code description} of replaceDataType, replaceClass and
   *       putDataTypeResponse, {@code version} of putDataTypeResponse, patchDataTypeResponse and
   *       updateFieldGroupResponse, and replaceClass's {@code allOf} (an array, items open as D-SR-3).
   *   <li>D-SR-21: {@code listDataTypesResponse.results} has {@code items} but no {@code type: array}
   *       (as D-SR-5/8), and the data type answers type {@code meta:createdDate} object (as D-SR-9).
   *   <li>D-SR-22: {@code patchDataType}'s JSON Patch {@code value} is an object without members (as
   *       D-SR-7 for schemas), while the data types guide sends a string (a new description) and a
   *       field definition object; made any JSON value.
   *   <li>D-SR-23: {@code importExportPayload} items are objects without members, which the validator
   *       closes; every exported resource (the spec's own example) is then rejected. Opened.
   * </ul>
   */
  static OpenAPI load(Spec spec) {
    try {
      JsonNode tree = new YAMLMapper().readTree(AepReference.file("openapi/" + spec.file + ".yaml").toFile());
      JsonNode fixes = new ObjectMapper().readTree(AepReference.file("openapi-fixes/" + spec.file + ".json").toFile());
      JsonNode patched = JsonPatch.fromJson(fixes).apply(tree);
      URL moreFixes = ContractValidator.class.getResource("more-fixes/" + spec.file + ".json");
      if (moreFixes != null) {
        patched = JsonPatch.fromJson(new ObjectMapper().readTree(moreFixes)).apply(patched);
      }
      ParseOptions po = new ParseOptions();
      po.setResolve(true);
      po.setResolveFully(true);
      po.setResolveCombinators(true);
      OpenAPI api = new OpenApiLoader().loadApi(SpecSource.inline(new ObjectMapper().writeValueAsString(patched)), List.of(), po);
      if (spec == Spec.SCHEMA_REGISTRY) {
        addVendorMediaTypes(api);
        untypeJsonPatchValues(api);
      }
      return api;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JsonPatchException e) {
      throw new IllegalStateException("openapi-fixes/" + spec.file + ".json no longer applies to the spec: " + e.getMessage(), e);
    }
  }

  /** D-SR-2: every response that declares application/json also accepts the vendor types. */
  private static void addVendorMediaTypes(OpenAPI api) {
    for (PathItem item : api.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        if (operation.getResponses() == null) {
          continue;
        }
        for (ApiResponse response : operation.getResponses().values()) {
          Content content = response.getContent();
          MediaType json = content == null ? null : content.get(JSON);
          if (json != null) {
            for (String vendor : SR_VENDOR_TYPES) {
              content.putIfAbsent(vendor, json);
            }
          }
        }
      }
    }
  }

  /**
   * D-SR-7 after conversion: the Swagger 2 converter turns the patched "any JSON value" {@code value}
   * of JSON Patch items back into {@code type: object}; make it untyped again (SPEC-VALIDATION §4.3).
   */
  private static void untypeJsonPatchValues(OpenAPI api) {
    int found = 0;
    for (PathItem item : api.getPaths().values()) {
      Operation patch = item.getPatch();
      RequestBody body = patch == null ? null : patch.getRequestBody();
      if (body == null || body.getContent() == null) {
        continue;
      }
      for (MediaType media : body.getContent().values()) {
        Schema<?> schema = media.getSchema();
        if (schema instanceof ArraySchema && ((ArraySchema) schema).getItems() != null) {
          @SuppressWarnings("rawtypes") // swagger-models declares the raw type
          Map<String, Schema> properties = ((ArraySchema) schema).getItems().getProperties();
          Schema<?> value = properties == null ? null : properties.get("value");
          if (value != null) {
            value.setType(null);
            found++;
          }
        }
      }
    }
    if (found == 0) {
      throw new IllegalStateException("Schema Registry spec: no JSON Patch 'value' schema found to untype (spec changed?)");
    }
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      Schema<?> patchSchema = api.getComponents().getSchemas().get("patchSchema");
      if (patchSchema instanceof ArraySchema && ((ArraySchema) patchSchema).getItems().getProperties() != null) {
        Schema<?> value = (Schema<?>) ((ArraySchema) patchSchema).getItems().getProperties().get("value");
        if (value != null) {
          value.setType(null);
        }
      }
    }
  }

  /** The messages of one validation, split by side. */
  static final class Result {
    final Spec spec;
    final String call;
    final List<Message> request;
    final List<Message> response;

    Result(Spec spec, String call, List<Message> request, List<Message> response) {
      this.spec = spec;
      this.call = call;
      this.request = request;
      this.response = response;
    }

    /** Error messages of the request side. */
    List<Message> requestErrors() {
      return errors(request);
    }

    /** Error messages of the response side. */
    List<Message> responseErrors() {
      return errors(response);
    }

    /** Messages that a whitelist rule or level turned off, for review. */
    List<Message> ignored() {
      List<Message> out = new ArrayList<>();
      for (Message m : request) {
        if (m.getLevel() != Level.ERROR) {
          out.add(m);
        }
      }
      for (Message m : response) {
        if (m.getLevel() != Level.ERROR) {
          out.add(m);
        }
      }
      return out;
    }

    private static List<Message> errors(List<Message> messages) {
      List<Message> out = new ArrayList<>();
      for (Message m : messages) {
        if (m.getLevel() == Level.ERROR) {
          out.add(m);
        }
      }
      return out;
    }

    /** Tolerated messages at debug level, for review (-Dorg.slf4j.simpleLogger.log.io.github.aepsdk.core.testing=debug). */
    void logTolerated() {
      if (LOG.isDebugEnabled()) {
        for (Message m : ignored()) {
          LOG.debug("{} tolerated: {}", call, describe(m));
        }
      }
    }

    void assertNoErrors() {
      List<Message> req = requestErrors();
      List<Message> res = responseErrors();
      if (req.isEmpty() && res.isEmpty()) {
        return;
      }
      StringBuilder sb = new StringBuilder()
          .append(call).append(" does not follow the ").append(spec).append(" spec: ")
          .append(req.size()).append(" request error(s), ").append(res.size()).append(" response error(s)\n");
      describe(sb, "request", req);
      describe(sb, "response", res);
      List<Message> ignored = ignored();
      if (!ignored.isEmpty()) {
        sb.append("(also tolerated:)\n");
        describe(sb, "tolerated", ignored);
      }
      throw new AssertionError(sb.toString());
    }

    private static void describe(StringBuilder sb, String side, List<Message> messages) {
      for (Message m : messages) {
        sb.append("  ").append(side).append(": ").append(describe(m)).append('\n');
        for (Message nested : m.getNestedMessages()) {
          sb.append("      nested: ").append(describe(nested)).append('\n');
        }
      }
    }

    static String describe(Message m) {
      StringBuilder sb = new StringBuilder().append('[').append(m.getKey()).append("] ").append(m.getMessage());
      m.getContext().flatMap(MessageContext::getPointers).ifPresent(p ->
          sb.append(" (instance ").append(p.getInstance()).append(", schema ").append(p.getSchema()).append(')'));
      m.getContext().flatMap(MessageContext::getAppliedWhitelistRule).ifPresent(r ->
          sb.append(" {whitelisted by ").append(r.getName()).append('}'));
      if (m.getLevel() != Level.ERROR) {
        sb.append(" {level ").append(m.getLevel()).append('}');
      }
      return sb.toString();
    }
  }
}
