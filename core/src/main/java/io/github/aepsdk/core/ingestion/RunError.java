package io.github.aepsdk.core.ingestion;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One error a dataflow run reported, for example {@code MAPPER-3700-400} "Mapper Transform Error"
 * for 1 record in activity {@code promotionActivity}. Part of a {@link RunReport}.
 */
@Value.Immutable
public interface RunError {

  /**
   * The id of the activity that reported it (for example {@code "promotionActivity"}); absent for
   * an error only the run's own {@code metrics.statusSummary.errors} lists.
   */
  Optional<String> activity();

  /** The error code, for example {@code "MAPPER-3700-400"}. */
  Optional<String> code();

  /** The message, for example {@code "Mapper Transform Error"}. */
  Optional<String> message();

  /** How many records the error concerns, when AEP says ({@code recordCount}). */
  Optional<Long> recordCount();

  /** One line, e.g. {@code promotionActivity MAPPER-3700-400 "Mapper Transform Error" (1 record)}. */
  default String describe() {
    StringBuilder sb = new StringBuilder();
    activity().ifPresent(a -> sb.append(a).append(' '));
    sb.append(code().orElse("(no code)"));
    message().ifPresent(m -> sb.append(" \"").append(m).append('"'));
    recordCount().ifPresent(n -> sb.append(" (").append(n).append(n == 1 ? " record)" : " records)"));
    return sb.toString();
  }

  /** A new builder. */
  static ImmutableRunError.Builder builder() {
    return ImmutableRunError.builder();
  }
}
