package io.github.aepsdk.core.http;

/**
 * How much of each HTTP exchange the SDK logs (through SLF4J, at INFO level, logger {@code
 * io.github.aepsdk.http} unless another one is configured). Whatever the level, the values of
 * {@code Authorization}, {@code x-api-key}, cookies, the IMS token request (client secret) and
 * the IMS token response (access token) are never written; in bodies, JSON members whose names
 * suggest a secret ({@code password}, {@code secret}, {@code token}, {@code apiKey}, …), every value
 * of a connection's {@code auth.params}, and the request's credentials echoed by its answer are
 * masked.
 */
public enum HttpLogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, URL, status, duration, attempt number, retries and token refreshes. */
  BASIC,
  /** {@link #BASIC} plus request and response headers, secrets masked. */
  HEADERS,
  /** {@link #HEADERS} plus JSON bodies (secrets masked, truncated to 8 KB). */
  BODY
}
