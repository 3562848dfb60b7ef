package io.github.aepsdk.flowservice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A HAL-style link {@code {"href":"…"}} as Flow Service writes it; {@code href} may be relative, and
 * some answers write the link as its bare target string, which reads the same. A link without
 * {@code href} (for example {@code "next": {}}) leads nowhere: on a list it ends the walk.
 */
@Value.Immutable
public interface Link {

  /** The link target, often relative to the service base path; absent when the link has none. */
  Optional<String> href();

  /**
   * The {@code continuationToken} query parameter of {@link #href()}, if present and not empty,
   * byte-exact: only {@code %XX} escapes are decoded (as UTF-8), a literal {@code +} stays a {@code
   * +} (tokens are often Base64).
   */
  default Optional<String> continuationToken() {
    String href = href().orElse("");
    int query = href.indexOf('?');
    if (query < 0) {
      return Optional.empty();
    }
    int fragment = href.indexOf('#', query);
    String parameters = fragment < 0 ? href.substring(query + 1) : href.substring(query + 1, fragment);
    for (String pair : parameters.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals("continuationToken")) {
        return Optional.of(percentDecode(pair.substring(eq + 1))).filter(token -> !token.isEmpty());
      }
    }
    return Optional.empty();
  }

  /** {@code value} with its {@code %XX} escapes decoded as UTF-8; a malformed escape is kept as it is. */
  private static String percentDecode(String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    for (int i = 0; i < value.length(); i++) {
      int c = value.codePointAt(i);
      int high = c == '%' && i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(value.charAt(i + 2), 16) : -1;
      if (low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] raw = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
        i += Character.charCount(c) - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** A new builder. */
  static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }
}
