package io.github.aepsdk.core.ingestion;

import java.util.Optional;
import org.immutables.value.Value;

/** One resource in a {@link TeardownReport}: the step that made it, its id, and why it was kept. */
@Value.Immutable
public interface TeardownItem {

  /** The ingestion step whose resource it is. */
  IngestionStep step();

  /** Its id: Flow Service / Catalog / Data Prep id, or Schema Registry {@code $id}. */
  String id();

  /** For a kept resource, why it was not deleted; empty otherwise. */
  Optional<String> reason();

  /** {@code step}'s resource {@code id}. */
  static TeardownItem of(IngestionStep step, String id) {
    return ImmutableTeardownItem.builder().step(step).id(id).build();
  }

  /** {@code step}'s resource {@code id}, kept for {@code reason}. */
  static TeardownItem kept(IngestionStep step, String id, String reason) {
    return ImmutableTeardownItem.builder().step(step).id(id).reason(reason).build();
  }

  /** E.g. {@code "target dataset 5ed5…"}, with the reason in parentheses when kept. */
  default String describe() {
    return step().label() + " " + id() + reason().map(r -> " (" + r + ")").orElse("");
  }
}
