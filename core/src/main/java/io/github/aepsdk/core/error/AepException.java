package io.github.aepsdk.core.error;

/**
 * Root of every exception the SDK throws. Unchecked. Messages never contain access tokens, client
 * secrets or API keys.
 */
public class AepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public AepException(String message) {
    super(message);
  }

  /** An exception with a message and its cause. */
  public AepException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether AEP may have acted on the failed request although the call failed, so that its outcome
   * is unknown: a request that changes something (POST, PUT, PATCH, DELETE) that timed out or lost
   * its connection after it was sent ({@link AepIoException}), or that was answered 500, 502 or 504
   * (the service, or the gateway in front of it, may have done the work; {@link
   * AepServiceException}). Look the resource up before acting again: never re-send such a create
   * blindly. False for every other failure, and for reads.
   */
  public boolean mayHaveTakenEffect() {
    return false;
  }

  /** Whether {@code method} may change something on the server (anything but GET, HEAD and OPTIONS). */
  static boolean changesState(String method) {
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
  }
}
