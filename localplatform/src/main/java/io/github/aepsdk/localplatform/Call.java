package io.github.aepsdk.localplatform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** One request as a handler sees it: method, service-relative path, query, headers, body, sandbox. */
final class Call {
  final String method;
  final List<String> segments;
  final HttpUrl url;
  final Headers headers;
  final String body;
  final SandboxState sandbox;
  /** The client id of the caller (its {@code x-api-key}), recorded as createdBy/createdClient. */
  final String client;
  final Map<String, String> params = new HashMap<>();
  private Object json;
  private boolean parsed;

  Call(String method, List<String> segments, HttpUrl url, Headers headers, String body, SandboxState sandbox,
      String client) {
    this.method = method;
    this.segments = segments;
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.sandbox = sandbox;
    this.client = client;
  }

  /** A path parameter captured by the router ({@code {id}}). */
  String param(String name) {
    return params.get(name);
  }

  /** The first value of a query parameter, or null. */
  String query(String name) {
    return url.queryParameter(name);
  }

  /** All values of a query parameter. */
  List<String> queryAll(String name) {
    return url.queryParameterValues(name);
  }

  /** A header value, or null. */
  String header(String name) {
    return headers.get(name);
  }

  /** The parsed body; a malformed body answers the generic 400. */
  Object json() {
    if (!parsed) {
      if (body == null || body.isBlank()) {
        json = null;
      } else {
        try {
          json = Json.parse(body);
        } catch (IllegalArgumentException e) {
          throw Errors.badRequest("The request body is not valid JSON: " + e.getMessage());
        }
      }
      parsed = true;
    }
    return json;
  }

  /** The body as a JSON object, or the generic 400. */
  Map<String, Object> object() {
    Map<String, Object> map = Json.map(json());
    if (map == null) {
      throw Errors.badRequest("The request body must be a JSON object");
    }
    return map;
  }

  /** True when the Content-Type is {@code application/json-patch+json}. */
  boolean isJsonPatch() {
    String type = header("Content-Type");
    return type != null && type.toLowerCase().startsWith("application/json-patch+json");
  }
}
