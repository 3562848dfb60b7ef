package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /flowSpecs/search} (the spec's {@code FlowSpecFilterRequest}): which flow
 * specs to list and how.
 *
 * <p>All members are optional. {@code limit} is at most 1000 and cannot be combined with {@code
 * count=true}.
 */
@Value.Immutable
public interface FlowSpecSearchRequest {

  /**
   * The filter expression. The spec gives neither its grammar nor an example; Flow Service's list
   * filters are {@code property} expressions such as {@code state==enabled}.
   */
  Optional<String> queryString();

  /** Maximum items on the page (1 to 1000). */
  Optional<Integer> limit();

  /** Sort field, {@code -} prefix for descending. */
  Optional<String> orderby();

  /** {@code true} to get only the count ({@link ItemsPage#count()}). */
  Optional<Boolean> count();

  /** A member to group the listed flow specs by. */
  Optional<String> groupByProperty();

  /** The members each listed flow spec should carry, comma-separated. */
  Optional<String> projectionFields();

  /** @throws IllegalStateException if {@code limit} is out of range or given with {@code count=true} */
  @Value.Check
  default void check() {
    SearchLimits.check(limit(), count());
  }

  /** A search for the flow specs matching {@code queryString}. */
  static FlowSpecSearchRequest of(String queryString) {
    return builder().queryString(queryString).build();
  }

  /** A new builder. */
  static ImmutableFlowSpecSearchRequest.Builder builder() {
    return ImmutableFlowSpecSearchRequest.builder();
  }
}
