package io.github.aepsdk.core.error;

/** HTTP 401 Unauthorized: the access token is missing, expired or invalid (gateway code 401013). */
public class UnauthorizedException extends AepServiceException {
  private static final long serialVersionUID = 1L;

  /** An exception for the parsed {@code error}. */
  public UnauthorizedException(AepError error) {
    super(error);
  }
}
