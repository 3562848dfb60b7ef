package io.github.aepsdk.localplatform;

import java.util.LinkedHashMap;
import java.util.Map;

/** An answer of the platform: status, extra headers and a JSON body (null for no body). */
final class Reply {
  final int status;
  final Object body;
  final Map<String, String> headers = new LinkedHashMap<>();

  private Reply(int status, Object body) {
    this.status = status;
    this.body = body;
  }

  /** An answer with a JSON body. */
  static Reply json(int status, Object body) {
    return new Reply(status, body);
  }

  /** {@code 200} with a JSON body. */
  static Reply ok(Object body) {
    return new Reply(200, body);
  }

  /** An answer without a body (for example {@code 204 No Content}). */
  static Reply empty(int status) {
    return new Reply(status, null);
  }

  /** This answer with one more header. */
  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
