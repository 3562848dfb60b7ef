package io.github.aepsdk.core.error;

/**
 * A successful (2xx) answer whose body could not be read into the expected model: malformed JSON,
 * a missing required member, or a wrong type. The message names the JSON path.
 */
public class AepInvalidResponseException extends AepException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;

  /** An unreadable successful answer to {@code method path}. */
  public AepInvalidResponseException(String method, String path, Throwable cause) {
    super(method + " " + path + " succeeded but its body cannot be read: " + cause.getMessage(), cause);
    this.method = method;
    this.path = path;
  }

  /** HTTP method of the call. */
  public String method() {
    return method;
  }

  /** URL path of the call. */
  public String path() {
    return path;
  }
}
