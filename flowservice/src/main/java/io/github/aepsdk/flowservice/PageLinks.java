package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/** The {@code _links} member of a Flow Service list: {@code {"next":{"href":"…"}}} or {@code {}}. */
@Value.Immutable
public interface PageLinks {

  /** The link to the next page; absent on the last page. */
  Optional<Link> next();

  /** A new builder. */
  static ImmutablePageLinks.Builder builder() {
    return ImmutablePageLinks.builder();
  }
}
