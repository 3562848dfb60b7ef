package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /connections/search} (the spec's {@code ConnectionFilterRequest}): which
 * base connections to list and how.
 *
 * <p>All members are optional. {@code limit} is at most 1000 and, as on {@code GET /connections},
 * cannot be combined with {@code count=true}.
 */
@Value.Immutable
public interface ConnectionSearchRequest {

  /**
   * The filter expression. The spec gives neither its grammar nor an example; Flow Service's list
   * filters are {@code property} expressions such as {@code state==enabled}.
   */
  Optional<String> queryString();

  /** Maximum items on the page (1 to 1000). */
  Optional<Integer> limit();

  /** Sort field, {@code -} prefix for descending (for example {@code -createdAt}). */
  Optional<String> orderby();

  /** {@code true} to get only the count ({@link ItemsPage#count()}). */
  Optional<Boolean> count();

  /** @throws IllegalStateException if {@code limit} is out of range or given with {@code count=true} */
  @Value.Check
  default void check() {
    SearchLimits.check(limit(), count());
  }

  /** A search for the base connections matching {@code queryString}. */
  static ConnectionSearchRequest of(String queryString) {
    return builder().queryString(queryString).build();
  }

  /** A new builder. */
  static ImmutableConnectionSearchRequest.Builder builder() {
    return ImmutableConnectionSearchRequest.builder();
  }
}
