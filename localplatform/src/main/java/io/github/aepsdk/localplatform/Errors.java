package io.github.aepsdk.localplatform;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * The error bodies AEP answers with (API-NOTES §6, examples/errors): the gateway's {@code
 * {error_code, message}}, Flow Service and Schema Registry problem documents, and the platform's
 * generic 400 document that is also used where a service publishes no error body (Catalog, Data Prep).
 */
final class Errors {
  private static final DateTimeFormatter XDM_TIMESTAMP = DateTimeFormatter.ofPattern("MM-dd-yyyy HH:mm:ss");

  private Errors() {}

  /** Gateway error, e.g. {@code 401 {"error_code":"401013","message":"Oauth token is not valid"}}. */
  static PlatformError gateway(int status, String code, String message) {
    return new PlatformError(Reply.json(status, Json.obj("error_code", code, "message", message)));
  }

  /**
   * Flow Service problem document ({@code examples/errors/flowservice-FLOW-1439-404-not-found.json}):
   * {@code type} ends with {@code FLOW-<code>-<status>}, {@code report} carries the detailed message
   * and a request id, {@code errorMessage}/{@code errorDetails} repeat the message.
   *
   * @param extraReport further members of {@code report} (for not-found: {@code id}, {@code type})
   */
  static PlatformError flow(int status, String code, String title, String message, Map<String, Object> extraReport) {
    Map<String, Object> report = Json.obj("detailed-message", message);
    if (extraReport != null) {
      report.putAll(extraReport);
    }
    report.put("request-id", UUID.randomUUID().toString());
    return new PlatformError(Reply.json(status, Json.obj(
        "type", "https://ns.adobe.com/aep/errors/FLOW-" + code + "-" + status,
        "title", title,
        "status", (long) status,
        "report", report,
        "errorMessage", message,
        "errorDetails", message)));
  }

  /** A Flow Service {@code 400 Invalid request} / {@code Bad Request} problem document. */
  static PlatformError flowBadRequest(String code, String title, String message) {
    return flow(400, code, title, message, null);
  }

  /**
   * Flow Service not-found document, worded like {@code FLOW-1439-404}: "The requested {type}
   * resource {id} is not found. Verify the resource ID before trying again."
   */
  static PlatformError flowNotFound(String type, String id) {
    String message = "The requested " + type + " resource " + id
        + " is not found. Verify the resource ID before trying again.";
    return flow(404, "1439", "Resource not found", message, Json.obj("id", id, "type", type));
  }

  /**
   * Schema Registry problem document ({@code examples/errors/schemaregistry-*.json}): {@code type}
   * {@code http://ns.adobe.com/aep/errors/XDM-<code>-<status>}, {@code report} with {@code
   * registryRequestId}, {@code timestamp} ({@code MM-dd-yyyy HH:mm:ss}, UTC), {@code detailed-message}
   * and empty {@code sub-errors}; {@code detail} repeats the message.
   */
  static PlatformError xdm(int status, String code, String title, String message) {
    Map<String, Object> report = Json.obj(
        "registryRequestId", UUID.randomUUID().toString(),
        "timestamp", ZonedDateTime.now(ZoneOffset.UTC).format(XDM_TIMESTAMP),
        "detailed-message", message,
        "sub-errors", Json.arr());
    return new PlatformError(Reply.json(status, Json.obj(
        "type", "http://ns.adobe.com/aep/errors/XDM-" + code + "-" + status,
        "title", title,
        "status", (long) status,
        "report", report,
        "detail", message)));
  }

  /**
   * The platform's generic problem document ({@code examples/errors/platform-400-content-type-missing.json}):
   * {@code {type:"/placeholder/type/uri", status, title, detail}}. Used for malformed requests and by
   * Catalog and Data Prep, whose own error bodies are not published.
   */
  static PlatformError generic(int status, String title, String detail) {
    return new PlatformError(Reply.json(status, Json.obj(
        "type", "/placeholder/type/uri",
        "status", (long) status,
        "title", title,
        "detail", detail)));
  }

  /** {@code 400 BadRequestError} in the generic shape. */
  static PlatformError badRequest(String detail) {
    return generic(400, "BadRequestError", detail);
  }

  /** {@code 404 NotFoundError} in the generic shape. */
  static PlatformError notFound(String detail) {
    return generic(404, "NotFoundError", detail);
  }
}
