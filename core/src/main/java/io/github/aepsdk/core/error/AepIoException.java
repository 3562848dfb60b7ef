package io.github.aepsdk.core.error;

/**
 * The call did not complete at the transport level (connection refused, reset, timeout). {@link
 * #mayHaveReachedServer()} tells whether the server may have processed the request: if it may, a
 * POST or PATCH must not be replayed blindly.
 */
public class AepIoException extends AepException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final boolean mayHaveReachedServer;

  /** An I/O failure of {@code method path}. */
  public AepIoException(String method, String path, boolean mayHaveReachedServer, Throwable cause) {
    super(method + " " + path + " failed: " + cause, cause);
    this.method = method;
    this.path = path;
    this.mayHaveReachedServer = mayHaveReachedServer;
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
}
