package io.github.aepsdk.flowservice;

import java.util.Optional;

/** The checks shared by the bodies of the {@code POST …/search} calls. */
final class SearchLimits {
  /** The spec's maximum {@code limit} of a search ({@code ConnectionFilterRequest}, {@code FlowFilterRequest}, …). */
  static final int MAX_LIMIT = 1000;

  private SearchLimits() {}

  /**
   * @throws IllegalStateException if {@code limit} is outside 1..{@value #MAX_LIMIT} or given with
   *     {@code count=true} (Flow Service answers {@code 1401-400} to both together)
   */
  static void check(Optional<Integer> limit, Optional<Boolean> count) {
    limit.ifPresent(l -> {
      if (l < 1 || l > MAX_LIMIT) {
        throw new IllegalStateException("limit must be between 1 and " + MAX_LIMIT + " but was " + l);
      }
      if (count.orElse(false)) {
        throw new IllegalStateException("limit cannot be combined with count=true");
      }
    });
  }
}
