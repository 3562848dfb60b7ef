package io.github.aepsdk.core.auth;

import io.github.aepsdk.core.http.HeaderValues;
import java.time.Instant;
import java.util.Objects;

/**
 * An IMS access token and when it stops being valid. {@link #toString()} masks the token.
 */
public final class AccessToken {
  private final String value;
  private final Instant obtainedAt;
  private final Instant expiresAt;

  /**
   * A token {@code value} obtained at {@code obtainedAt} that expires at {@code expiresAt}.
   *
   * @throws IllegalArgumentException if the value is blank or holds control characters, or it expires
   *     before it was obtained
   */
  public AccessToken(String value, Instant obtainedAt, Instant expiresAt) {
    this.value = HeaderValues.require("accessToken", value);
    this.obtainedAt = Objects.requireNonNull(obtainedAt, "obtainedAt");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    if (expiresAt.isBefore(obtainedAt)) {
      throw new IllegalArgumentException("expiresAt must not be before obtainedAt");
    }
  }

  /** The token, as sent in {@code Authorization: Bearer <value>}. */
  public String value() {
    return value;
  }

  /** When the SDK asked IMS for it (the start of its lifetime, to be safe). */
  public Instant obtainedAt() {
    return obtainedAt;
  }

  /** {@code obtainedAt + expires_in} seconds. */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessToken && ((AccessToken) o).value.equals(value)
        && ((AccessToken) o).obtainedAt.equals(obtainedAt) && ((AccessToken) o).expiresAt.equals(expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, obtainedAt, expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken[value=" + HeaderValues.mask(value) + ", obtainedAt=" + obtainedAt + ", expiresAt=" + expiresAt + "]";
  }
}
