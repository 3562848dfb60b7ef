package io.github.aepsdk.core.error;

/** HTTP 409 Conflict. */
public class ConflictException extends AepServiceException {
  private static final long serialVersionUID = 1L;

  /** An exception for the parsed {@code error}. */
  public ConflictException(AepError error) {
    super(error);
  }
}
