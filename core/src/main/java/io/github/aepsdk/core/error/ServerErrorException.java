package io.github.aepsdk.core.error;

/** HTTP 5xx: the service failed (500 may also mean too many simultaneous calls). */
public class ServerErrorException extends AepServiceException {
  private static final long serialVersionUID = 1L;

  /** An exception for the parsed {@code error}. */
  public ServerErrorException(AepError error) {
    super(error);
  }
}
