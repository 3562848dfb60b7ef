package io.github.aepsdk.core.error;

/** HTTP 403 Forbidden: API key, org, product profile or permission problem (gateway codes 403000, 403003, 403010, 403025, 403027). */
public class ForbiddenException extends AepServiceException {
  private static final long serialVersionUID = 1L;

  /** An exception for the parsed {@code error}. */
  public ForbiddenException(AepError error) {
    super(error);
  }
}
