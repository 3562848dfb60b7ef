package io.github.aepsdk.core.error;

/**
 * The call did not complete at the transport level (connection refused, reset, timeout). {@link
 * #mayHaveReachedServer()} tells whether the server may have processed the request: if it may, a
 * POST or PATCH must not be replayed blindly, and the SDK does not replay it. The message says how
 * many attempts were made and, when the SDK stopped early, why it did not retry.
 */
public class AepIoException extends AepException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final boolean mayHaveReachedServer;
  private final int attempts;

  /** An I/O failure of {@code method path} on the first and only attempt. */
  public AepIoException(String method, String path, boolean mayHaveReachedServer, Throwable cause) {
    this(method, path, mayHaveReachedServer, 1, method + " " + path + " failed: " + cause, cause);
  }

  /**
   * An I/O failure of {@code method path} after {@code attempts} attempts, with a message that
   * explains it (never containing credentials).
   */
  public AepIoException(String method, String path, boolean mayHaveReachedServer, int attempts, String message, Throwable cause) {
    super(message, cause);
    this.method = method;
    this.path = path;
    this.mayHaveReachedServer = mayHaveReachedServer;
    this.attempts = Math.max(1, attempts);
  }

  /** HTTP method of the failed call. */
  public String method() {
    return method;
  }

  /** URL path of the failed call (no query, no host). */
  public String path() {
    return path;
  }

  /** False only when the request provably never reached the server (for example connection refused). */
  public boolean mayHaveReachedServer() {
    return mayHaveReachedServer;
  }

  /**
   * True when the request changes something (not GET, HEAD or OPTIONS) and {@link
   * #mayHaveReachedServer() may have reached the server}: a timeout after sending, a dropped
   * connection.
   */
  @Override
  public boolean mayHaveTakenEffect() {
    return mayHaveReachedServer && changesState(method);
  }

  /** How many times the request was sent (or tried to be sent) before this failure was thrown. */
  public int attempts() {
    return attempts;
  }
}
