package io.github.aepsdk.core.error;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.github.aepsdk.core.json.AepJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;

/**
 * Turns an AEP error answer into the typed exception for its status. Reads every documented shape
 * (API-NOTES §6):
 *
 * <ul>
 *   <li>gateway: {@code {"error_code":"401013","message":"…"}};
 *   <li>Schema Registry / Flow Service problem documents: {@code {type: ".../XDM-1010-404", title,
 *       status, detail, report:{detailed-message, request-id | registryRequestId}}}, and Flow
 *       Service's {@code errorMessage} / {@code errorDetails};
 *   <li>the generic 400 {@code {type, status, title: "BadRequestError", detail}};
 *   <li>anything else, including non-JSON bodies: status and raw body.
 * </ul>
 */
public final class AepErrors {
  private static final Pattern CODE_IN_TYPE = Pattern.compile("/((?:XDM|FLOW|[A-Z]+)-\\d+-\\d{3})$");
  private static final JsonAdapter<Object> ANY = AepJson.adapter(Object.class);

  private AepErrors() {}

  /**
   * The exception for an error answer.
   *
   * @param status HTTP status (≥ 400)
   * @param body the raw body, possibly empty
   * @param requestIdHeader the {@code x-request-id} header, or null
   * @param method HTTP method of the call
   * @param path URL path of the call
   */
  public static AepServiceException fromResponse(int status, String body, String requestIdHeader, String method, String path) {
    return fromResponse(status, body, requestIdHeader, method, path, 1);
  }

  /**
   * The exception for an error answer that came after {@code attempts} HTTP requests (retries
   * included); see {@link AepServiceException#attempts()}.
   */
  public static AepServiceException fromResponse(
      int status, String body, String requestIdHeader, String method, String path, int attempts) {
    AepError error = parse(status, body == null ? "" : body, requestIdHeader, method, path, attempts);
    return forStatus(error);
  }

  /** The exception class that matches {@code error.status()}. */
  public static AepServiceException forStatus(AepError error) {
    switch (error.status()) {
      case 400:
        return new BadRequestException(error);
      case 401:
        return new UnauthorizedException(error);
      case 403:
        return new ForbiddenException(error);
      case 404:
        return new NotFoundException(error);
      case 409:
        return new ConflictException(error);
      case 412:
        return new PreconditionFailedException(error);
      case 429:
        return new RateLimitedException(error);
      default:
        return error.status() >= 500 ? new ServerErrorException(error) : new AepServiceException(error);
    }
  }

  /** A not-found error for a lookup that answered 200 with an empty {@code items} array. */
  public static NotFoundException emptyItems(String body, String requestIdHeader, String method, String path) {
    return new NotFoundException(new AepError(404, null, "Not Found",
        "the service answered 200 with an empty items array", requestIdHeader, body, method, path));
  }

  static AepError parse(int status, String body, String requestIdHeader, String method, String path) {
    return parse(status, body, requestIdHeader, method, path, 1);
  }

  static AepError parse(int status, String body, String requestIdHeader, String method, String path, int attempts) {
    Map<?, ?> json = asObject(body);
    if (json == null) {
      return new AepError(status, null, null, null, requestIdHeader, body, method, path, attempts);
    }
    Map<?, ?> report = json.get("report") instanceof Map ? (Map<?, ?>) json.get("report") : Map.of();
    String code = string(json.get("error_code"));
    if (code == null) {
      code = codeFromType(string(json.get("type")));
    }
    if (code == null) {
      code = string(json.get("code"));
    }
    String title = string(json.get("title"));
    String detail = first(string(json.get("detail")), string(report.get("detailed-message")),
        string(json.get("message")), string(json.get("errorMessage")), string(json.get("error_description")));
    String requestId = first(requestIdHeader, string(report.get("request-id")), string(report.get("registryRequestId")),
        string(json.get("requestId")));
    return new AepError(status, code, title, detail, requestId, body, method, path, attempts);
  }

  private static Map<?, ?> asObject(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      Object parsed = ANY.fromJson(JsonReader.of(new Buffer().writeUtf8(body)));
      if (parsed instanceof Map) {
        return (Map<?, ?>) parsed;
      }
      if (parsed instanceof List && !((List<?>) parsed).isEmpty() && ((List<?>) parsed).get(0) instanceof Map) {
        return (Map<?, ?>) ((List<?>) parsed).get(0);
      }
      return null;
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  private static String codeFromType(String type) {
    if (type == null) {
      return null;
    }
    Matcher m = CODE_IN_TYPE.matcher(type);
    return m.find() ? m.group(1) : null;
  }

  private static String string(Object value) {
    if (value == null) {
      return null;
    }
    String s = String.valueOf(value);
    return s.isBlank() ? null : s;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
