package io.github.aepsdk.core.error;

/** HTTP 412 Precondition Failed: a stale {@code If-Match} etag (Flow Service code 1404-412). */
public class PreconditionFailedException extends AepServiceException {
  private static final long serialVersionUID = 1L;

  /** An exception for the parsed {@code error}. */
  public PreconditionFailedException(AepError error) {
    super(error);
  }
}
