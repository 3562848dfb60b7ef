package io.github.aepsdk.core.ingestion;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A resource found by a step's identity: its id, its Flow Service etag, how it differs from the
 * step's, and, when every difference is one AEP lets change in place, the update that removes them.
 */
final class Existing {
  final String id;
  final Optional<String> etag;
  final List<String> differences;
  /** Updates the resource in place and answers its new Flow Service etag, if any; null when it cannot be. */
  final Supplier<Optional<String>> update;

  private Existing(String id, Optional<String> etag, List<String> differences, Supplier<Optional<String>> update) {
    this.id = id;
    this.etag = etag;
    this.differences = differences;
    this.update = update;
  }

  static Existing of(String id, Optional<String> etag, Differences differences) {
    return new Existing(id, etag, differences.list(), null);
  }

  /** The resource, which {@code update} brings to what the step would create; only when every difference is one in place. */
  static Existing updatable(String id, Optional<String> etag, Differences differences, Supplier<Optional<String>> update) {
    if (!differences.onlyInPlace()) {
      throw new IllegalStateException("not every difference can be updated in place: " + differences.list());
    }
    return new Existing(id, etag, differences.list(), update);
  }
}
