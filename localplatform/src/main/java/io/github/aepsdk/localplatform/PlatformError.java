package io.github.aepsdk.localplatform;

/** Thrown by handlers to answer with an error body at once; carries the {@link Reply}. */
final class PlatformError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final transient Reply reply;

  PlatformError(Reply reply) {
    super("HTTP " + reply.status, null, false, false);
    this.reply = reply;
  }
}
