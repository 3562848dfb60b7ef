package io.github.aepsdk.core.ingestion;

import java.util.List;
import java.util.Optional;

/** A resource found by a step's identity: its id, its Flow Service etag, and how it differs from the step's. */
final class Existing {
  final String id;
  final Optional<String> etag;
  final List<String> differences;

  private Existing(String id, Optional<String> etag, List<String> differences) {
    this.id = id;
    this.etag = etag;
    this.differences = differences;
  }

  static Existing of(String id, Optional<String> etag, Differences differences) {
    return new Existing(id, etag, differences.list());
  }
}
