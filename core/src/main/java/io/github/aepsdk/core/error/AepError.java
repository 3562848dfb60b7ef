package io.github.aepsdk.core.error;

import java.io.Serializable;
import java.util.Optional;

/**
 * What an AEP error answer said, independent of its body shape (gateway {@code {error_code,
 * message}}, Schema Registry / Flow Service problem documents, the generic 400 document, or a
 * non-JSON body).
 */
public final class AepError implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String title;
  private final String detail;
  private final String requestId;
  private final String rawBody;
  private final String method;
  private final String path;
  private final int attempts;

  AepError(int status, String code, String title, String detail, String requestId, String rawBody, String method, String path) {
    this(status, code, title, detail, requestId, rawBody, method, path, 1);
  }

  AepError(int status, String code, String title, String detail, String requestId, String rawBody, String method, String path,
      int attempts) {
    this.attempts = Math.max(1, attempts);
    this.status = status;
    this.code = code;
    this.title = title;
    this.detail = detail;
    this.requestId = requestId;
    this.rawBody = rawBody;
    this.method = method;
    this.path = path;
  }

  /** HTTP status. */
  public int status() {
    return status;
  }

  /** AEP error code, e.g. {@code 401013}, {@code XDM-1010-404}, {@code FLOW-1439-404}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Title, if any. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** Detail message, if any. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** Request id, if any. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * The raw body as received (its first 1 MB when it came through an API call), with the
   * credentials of the request (access token, API key, secret members and {@code auth.params} of
   * its body) masked where the answer echoes them.
   */
  public String rawBody() {
    return rawBody;
  }

  /** HTTP method of the call. */
  public String method() {
    return method;
  }

  /** URL path of the call. */
  public String path() {
    return path;
  }

  /**
   * How many HTTP requests the SDK sent for this call before giving up: 1 when the error was not
   * retried; more after retries (429/500/502/503/504) or a replay after a refreshed token (401013).
   */
  public int attempts() {
    return attempts;
  }

  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(path).append(" failed with HTTP ").append(status);
    if (attempts > 1) {
      sb.append(" after ").append(attempts).append(" attempts");
    }
    if (code != null) {
      sb.append(" [").append(oneLine(code, 100)).append(']');
    }
    if (title != null) {
      sb.append(": ").append(oneLine(title, 300));
    }
    if (detail != null && !detail.equals(title)) {
      sb.append(title != null ? " - " : ": ").append(oneLine(detail, 1000));
    }
    if (code == null && title == null && detail == null && !rawBody.isBlank()) {
      // a non-JSON body (an HTML error page from a proxy)
      sb.append(": ").append(oneLine(rawBody, 500));
    }
    if (requestId != null) {
      sb.append(" (request id ").append(oneLine(requestId, 100)).append(')');
    }
    return sb.toString();
  }

  /**
   * What the server said, fit for a one-line message: line breaks, control characters and runs of
   * whitespace collapsed to one space (no forged log lines), at most {@code max} characters.
   */
  private static String oneLine(String text, int max) {
    String line = text.replaceAll("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").strip();
    return line.length() > max ? line.substring(0, max) + "…" : line;
  }

  @Override
  public String toString() {
    return describe();
  }
}
