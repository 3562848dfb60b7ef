package io.github.aepsdk.core.error;

import java.util.Optional;

/**
 * Adobe IMS refused to issue an access token ({@code POST /ims/token/v3} answered 4xx/5xx, for
 * example {@code {"error":"invalid_client","error_description":"…"}}), or the token could not be
 * obtained at all. Never contains the client secret.
 */
public class AepAuthenticationException extends AepException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String imsError;

  /** IMS answered {@code status} with error code {@code imsError} (may be null) and a description. */
  public AepAuthenticationException(int status, String imsError, String description) {
    super("Adobe IMS refused the token request (HTTP " + status + (imsError != null ? ", " + imsError : "") + ")"
        + (description != null ? ": " + description : ""));
    this.status = status;
    this.imsError = imsError;
  }

  /** The token request failed without an IMS answer (I/O error). */
  public AepAuthenticationException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.imsError = null;
  }

  /** HTTP status of the IMS answer; 0 when IMS gave no answer. */
  public int status() {
    return status;
  }

  /** The IMS {@code error} code such as {@code invalid_client}, if IMS sent one. */
  public Optional<String> imsError() {
    return Optional.ofNullable(imsError);
  }
}
