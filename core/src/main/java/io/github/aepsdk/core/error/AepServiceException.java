package io.github.aepsdk.core.error;

import java.util.Optional;

/**
 * AEP answered a call with an HTTP error status. Carries what the gateway or the service said: the
 * AEP error code ({@code 401013}, {@code XDM-1010-404}, {@code FLOW-1439-404}), title, detail,
 * request id, the raw body, and the method and path of the failed call.
 *
 * <p>Subclasses by status: {@link BadRequestException} (400), {@link UnauthorizedException} (401),
 * {@link ForbiddenException} (403), {@link NotFoundException} (404), {@link ConflictException}
 * (409), {@link PreconditionFailedException} (412), {@link RateLimitedException} (429), {@link
 * ServerErrorException} (5xx). Build one from a response with {@link AepErrors#fromResponse}.
 */
public class AepServiceException extends AepException {
  private static final long serialVersionUID = 1L;

  private final AepError error;

  /** An exception for the parsed {@code error}. */
  public AepServiceException(AepError error) {
    super(error.describe());
    this.error = error;
  }

  /** Everything known about the error. */
  public AepError error() {
    return error;
  }

  /**
   * True when a request that changes something (not GET, HEAD or OPTIONS) was answered 500, 502 or
   * 504: the service, or the gateway that timed out waiting for it, may have done the work. A 503
   * (and 429) is sent before the request is processed.
   */
  @Override
  public boolean mayHaveTakenEffect() {
    int status = status();
    return (status == 500 || status == 502 || status == 504) && changesState(method());
  }

  /** HTTP status code. */
  public int status() {
    return error.status();
  }

  /** AEP error code: gateway {@code error_code}, or the code in the problem {@code type}. */
  public Optional<String> errorCode() {
    return error.code();
  }

  /** Short title of the error, if the body had one. */
  public Optional<String> title() {
    return error.title();
  }

  /** Human-readable detail (detail, detailed-message, message or errorMessage). */
  public Optional<String> detail() {
    return error.detail();
  }

  /** The request id for Adobe support ({@code x-request-id} or the body's request id). */
  public Optional<String> requestId() {
    return error.requestId();
  }

  /**
   * The raw error body as received (may be empty): at most its first 1 MB, with the request's
   * credentials masked where the answer echoes them (see {@link AepError#rawBody()}).
   */
  public String rawBody() {
    return error.rawBody();
  }

  /** HTTP method of the failed call. */
  public String method() {
    return error.method();
  }

  /**
   * How many HTTP requests were sent for this call: 1 without retries, more after retries of
   * 429/500/502/503/504 answers (500 only for idempotent methods) or a replay after a token refresh (gateway code 401013).
   */
  public int attempts() {
    return error.attempts();
  }

  /** URL path of the failed call (no host, no query). */
  public String path() {
    return error.path();
  }
}
