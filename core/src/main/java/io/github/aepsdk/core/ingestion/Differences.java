package io.github.aepsdk.core.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What differs between a resource found by its identity and what the ingestion's step would create. */
final class Differences {
  private final List<String> found = new ArrayList<>();
  /** How many of {@link #found} AEP lets change in place. */
  private int inPlace;

  /**
   * Notes a difference when {@code actual} (a value or an {@code Optional}) is not {@code wanted};
   * a {@code null} wanted value is a resource the ingestion has not created yet.
   */
  Differences check(String what, Object actual, Object wanted) {
    Object value = actual instanceof Optional ? ((Optional<?>) actual).orElse(null) : actual;
    if (!Objects.equals(value, wanted)) {
      found.add(what + " is " + (value == null ? "none" : value) + ", the ingestion's "
          + (wanted == null ? "is not created yet" : "is " + wanted));
    }
    return this;
  }

  /**
   * As {@link #check}, for a value AEP lets change in place (the mappings, the dataflow's schedule
   * and mapping version).
   */
  Differences checkInPlace(String what, Object actual, Object wanted) {
    int before = found.size();
    check(what, actual, wanted);
    inPlace += found.size() - before;
    return this;
  }

  /** Whether there are differences and every one can be changed in place. */
  boolean onlyInPlace() {
    return !found.isEmpty() && inPlace == found.size();
  }

  /** Notes a difference described in full by {@code description} (for values that must not be shown). */
  Differences note(String description) {
    found.add(description);
    return this;
  }

  /** The differences noted, in order; empty when the resource matches. */
  List<String> list() {
    return List.copyOf(found);
  }
}
