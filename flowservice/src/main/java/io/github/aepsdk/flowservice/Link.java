package io.github.aepsdk.flowservice;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;

/** A HAL-style link {@code {"href":"…"}} as Flow Service writes it; {@code href} may be relative. */
@Value.Immutable
public interface Link {

  /** The link target, often relative to the service base path. */
  String href();

  /** The {@code continuationToken} query parameter of {@link #href()}, decoded, if present. */
  default Optional<String> continuationToken() {
    String href = href();
    int query = href.indexOf('?');
    if (query < 0) {
      return Optional.empty();
    }
    for (String pair : href.substring(query + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals("continuationToken")) {
        return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  /** A new builder. */
  static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }
}
