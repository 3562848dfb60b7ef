package io.github.aepsdk.core.error;

/** HTTP 404 Not Found, also thrown when a Flow Service lookup answers an empty {@code items} array. */
public class NotFoundException extends AepServiceException {
  private static final long serialVersionUID = 1L;

  /** An exception for the parsed {@code error}. */
  public NotFoundException(AepError error) {
    super(error);
  }
}
