package io.github.aepsdk.core.http;

/**
 * Supplies the IMS access token sent as {@code Authorization: Bearer <token>}. Implementations are
 * thread-safe and never print the token in {@code toString()}.
 */
public interface AccessTokenProvider {

  /** A currently valid access token (without the {@code Bearer } prefix). */
  String accessToken();

  /**
   * Tells the provider that the platform rejected {@code token} (gateway code 401013), so the next
   * {@link #accessToken()} must not return it. Providers that cannot refresh ignore this.
   */
  default void invalidate(String token) {}

  /** A provider that always returns {@code token}, for tokens obtained elsewhere. */
  static AccessTokenProvider ofStatic(String token) {
    String checked = HeaderValues.require("accessToken", token);
    return new AccessTokenProvider() {
      @Override
      public String accessToken() {
        return checked;
      }

      @Override
      public String toString() {
        return "StaticAccessTokenProvider[token=" + HeaderValues.mask(checked) + "]";
      }
    };
  }
}
