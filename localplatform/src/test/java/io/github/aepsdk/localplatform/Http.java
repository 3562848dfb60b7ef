package io.github.aepsdk.localplatform;

import io.github.aepsdk.testsupport.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Plain OkHttp calls to a {@link LocalPlatform} with the four gateway headers set (a token the
 * platform issued, its client id and org, and a sandbox). Each header can be overridden or removed.
 * Every answer of a platform API is checked against the official spec of its service ({@link
 * ContractValidator#assertResponseValid}), whatever the request was.
 */
final class Http {
  static final OkHttpClient CLIENT = new OkHttpClient();

  private final LocalPlatform platform;
  private final Map<String, String> gateway = new LinkedHashMap<>();
  private OkHttpClient client = CLIENT;

  Http(LocalPlatform platform, String sandbox) {
    this.platform = platform;
    gateway.put("Authorization", "Bearer " + platform.issueAccessToken());
    gateway.put("x-api-key", platform.credentials().clientId());
    gateway.put("x-gw-ims-org-id", platform.credentials().imsOrgId());
    gateway.put("x-sandbox-name", sandbox);
  }

  /** A copy with a gateway header changed ({@code null} removes it). */
  Http with(String header, String value) {
    Http copy = new Http(platform, gateway.get("x-sandbox-name"));
    copy.gateway.clear();
    copy.gateway.putAll(gateway);
    copy.client = client;
    if (value == null) {
      copy.gateway.remove(header);
    } else {
      copy.gateway.put(header, value);
    }
    return copy;
  }

  /** A copy that sends with {@code client} (e.g. one with a short read timeout). */
  Http using(OkHttpClient client) {
    Http copy = with("x-sandbox-name", gateway.get("x-sandbox-name"));
    copy.client = client;
    return copy;
  }

  /** A copy for another sandbox (same token). */
  Http sandbox(String sandbox) {
    return with("x-sandbox-name", sandbox);
  }

  Res get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  Res post(String path, Object body, String... headers) {
    return send("POST", path, "application/json", body, headers);
  }

  Res put(String path, Object body, String... headers) {
    return send("PUT", path, "application/json", body, headers);
  }

  Res patch(String path, Object body, String... headers) {
    return send("PATCH", path, "application/json", body, headers);
  }

  Res delete(String path, String... headers) {
    return send("DELETE", path, null, null, headers);
  }

  /**
   * One call. {@code body} is a JSON tree or a raw string; {@code headers} are name/value pairs
   * added after the gateway headers ({@code "Content-Type", "…"} overrides the type).
   */
  Res send(String method, String path, String contentType, Object body, String... headers) {
    Request.Builder request = new Request.Builder().url(platform.baseUrl() + path);
    gateway.forEach(request::header);
    String type = contentType;
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Content-Type")) {
        type = headers[i + 1];
      } else {
        request.header(headers[i], headers[i + 1]);
      }
    }
    RequestBody requestBody = null;
    if (body != null) {
      String text = body instanceof String ? (String) body : Json.write(body);
      requestBody = RequestBody.create(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          type == null ? null : MediaType.get(type));
    }
    request.method(method, requestBody);
    try (Response response = client.newCall(request.build()).execute()) {
      Res res = new Res(response.code(), response.headers(), response.body().string());
      String rawPath = response.request().url().encodedPath();
      ContractValidator.Spec.forPath(rawPath).ifPresent(spec -> ContractValidator.assertResponseValid(
          spec, method, rawPath, res.code, response.header("Content-Type"), res.body));
      return res;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer: status, headers, body text and its JSON tree. */
  static final class Res {
    private final int code;
    private final Headers headers;
    private final String body;

    Res(int code, Headers headers, String body) {
      this.code = code;
      this.headers = headers;
      this.body = body;
    }

    int code() {
      return code;
    }

    Headers headers() {
      return headers;
    }

    String body() {
      return body;
    }

    Object json() {
      return body.isEmpty() ? null : Json.parse(body);
    }

    Map<String, Object> map() {
      return Json.map(json());
    }

    List<Object> list() {
      return Json.list(json());
    }

    /** The string at a dotted path of the body. */
    String str(String dottedPath) {
      return Json.string(json(), dottedPath);
    }

    /** The only item of a Flow Service {@code {"items":[x]}} answer. */
    Map<String, Object> item() {
      List<Object> items = Json.list(map().get("items"));
      if (items == null || items.size() != 1) {
        throw new AssertionError("expected one item in " + body);
      }
      return Json.map(items.get(0));
    }

    @Override
    public String toString() {
      return code + " " + body;
    }
  }
}
