package io.github.aepsdk.core.error;

import java.io.IOException;

/**
 * A successful (2xx) answer larger than the client's limit ({@code
 * AepClient.Builder#maxResponseBytes(long)}): the SDK stopped reading it once the limit was passed
 * (or at once, when its {@code Content-Length} said so), so an answer of any size cannot exhaust
 * the heap. Nothing of the answer is returned.
 */
public class AepResponseTooLargeException extends AepInvalidResponseException {
  private static final long serialVersionUID = 1L;

  private final long maxBytes;

  /** The answer to {@code method path} passed {@code maxBytes}; {@code seen} says how that became known. */
  public AepResponseTooLargeException(String method, String path, long maxBytes, String seen) {
    super(method, path, new IOException("the answer is larger than the limit of " + maxBytes + " bytes (" + seen
        + "); raise AepClient.Builder.maxResponseBytes if such answers are expected"));
    this.maxBytes = maxBytes;
  }

  /** The limit, in bytes, that the answer passed. */
  public long maxBytes() {
    return maxBytes;
  }
}
