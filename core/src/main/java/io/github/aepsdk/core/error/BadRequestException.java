package io.github.aepsdk.core.error;

/** HTTP 400 Bad Request. */
public class BadRequestException extends AepServiceException {
  private static final long serialVersionUID = 1L;

  /** An exception for the parsed {@code error}. */
  public BadRequestException(AepError error) {
    super(error);
  }
}
