package io.github.aepsdk.core.error;

/** HTTP 429 Too Many Requests. */
public class RateLimitedException extends AepServiceException {
  private static final long serialVersionUID = 1L;

  /** An exception for the parsed {@code error}. */
  public RateLimitedException(AepError error) {
    super(error);
  }
}
