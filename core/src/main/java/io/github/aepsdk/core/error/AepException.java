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
}
