package io.github.aepsdk.core.http;

/**
 * Request tag: this POST has no side effect on the server (the IMS token request), so it may be
 * retried like a GET.
 */
final class RetrySafePost {
  static final RetrySafePost INSTANCE = new RetrySafePost();

  private RetrySafePost() {}
}
