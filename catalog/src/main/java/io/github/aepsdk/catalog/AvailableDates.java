package io.github.aepsdk.catalog;

import java.util.Optional;
import org.immutables.value.Value;

/** The date range of the data in a batch, in epoch <b>seconds</b> (spec {@code availableDates}). */
@Value.Immutable
public interface AvailableDates {

  /** The oldest data in the batch, epoch seconds. */
  Optional<Long> startDate();

  /** The most recent data in the batch, epoch seconds. */
  Optional<Long> endDate();

  /** A new builder. */
  static ImmutableAvailableDates.Builder builder() {
    return ImmutableAvailableDates.builder();
  }
}
