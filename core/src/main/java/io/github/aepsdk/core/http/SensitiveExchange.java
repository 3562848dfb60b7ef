package io.github.aepsdk.core.http;

/**
 * Request tag: neither the request body nor the response body of this exchange may be logged (the
 * IMS token request carries the client secret, its answer the access token).
 */
final class SensitiveExchange {
  static final SensitiveExchange INSTANCE = new SensitiveExchange();

  private SensitiveExchange() {}
}
