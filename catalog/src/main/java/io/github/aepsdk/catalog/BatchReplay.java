package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Marks a batch that replays (restates) earlier batches (spec {@code replay}). */
@Value.Immutable
public interface BatchReplay {

  /** Ids of the batches this replay replaces. */
  List<String> predecessors();

  /** External ids of the batches this replay replaces. */
  List<String> predecessorsByExternalId();

  /** {@code ALL} or {@code IMMEDIATE} (the default): which predecessors are listed. */
  Optional<String> predecessorListingType();

  /** Why the batch was replayed, e.g. deletion of privacy data. */
  Optional<String> reason();

  /** A new builder. */
  static ImmutableBatchReplay.Builder builder() {
    return ImmutableBatchReplay.builder();
  }
}
