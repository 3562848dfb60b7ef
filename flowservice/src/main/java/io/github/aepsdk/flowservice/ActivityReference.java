package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What an activity produced in a connection: {@code {"type": "Batch", "ids": ["…"]}}. */
@Value.Immutable
public interface ActivityReference {

  /** The kind of reference, for example {@code "Batch"} (Catalog batch ids) or {@code "AdfRunId"}. */
  Optional<String> type();

  /** The referenced ids. */
  List<String> ids();

  /** A new builder. */
  static ImmutableActivityReference.Builder builder() {
    return ImmutableActivityReference.builder();
  }
}
