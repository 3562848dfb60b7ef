package io.github.aepsdk.flowservice;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code scheduleParams} of a flow: when it first runs and how often it repeats.
 *
 * <ul>
 *   <li>{@code startTime}: epoch <b>seconds</b> (not milliseconds);
 *   <li>{@code frequency}: {@code once}, {@code minute}, {@code hour}, {@code day} or {@code week};
 *   <li>{@code interval}: the number of frequency units between runs; at least 15 for {@code
 *       minute}, absent for {@code once};
 *   <li>{@code backfill}: whether the first run also ingests historical data.
 * </ul>
 *
 * <p>Adobe's docs write all four as strings ({@code "startTime": "1591043454"}, {@code "backfill":
 * "true"}); the official spec and the CRMToAEP flow spec's JSON schema type them integer and
 * boolean. Both forms are read; the SDK writes integers and a boolean.
 *
 * <p>The builder accepts what the server accepts; {@link #once(Instant)} and {@link
 * #every(Frequency, int, Instant)} also check the schedule rules before anything is sent.
 */
@Value.Immutable
public interface ScheduleParams {

  /** The first run's time in epoch seconds. */
  long startTime();

  /** The raw frequency, for example {@code "minute"}; see {@link #frequencyValue()}. */
  String frequency();

  /** Units of {@link #frequency()} between runs; absent for {@code once}. */
  Optional<Integer> interval();

  /**
   * Whether the first run ingests historical data: a {@link Boolean} (the docs' {@code "true"} /
   * {@code "false"} strings are converted when read). See {@link #backfillValue()}.
   */
  Optional<Object> backfill();

  /**
   * When the schedule ends, epoch seconds. Declared by the older CRMToAEP flow spec's {@code
   * scheduleSpec} but not by the official spec's {@code ScheduleSpecDTO}; read when present.
   */
  Optional<Long> endTime();

  /** The frequency as a typed value ({@link Frequency#UNKNOWN} for values this SDK does not know). */
  default Frequency frequencyValue() {
    return Frequency.fromWire(frequency());
  }

  /** {@link #backfill()} as a boolean. */
  default Optional<Boolean> backfillValue() {
    return backfill().map(Boolean.class::cast);
  }

  /** {@link #startTime()} as an instant. */
  default Instant startInstant() {
    return Instant.ofEpochSecond(startTime());
  }

  /**
   * Converts a {@code backfill} string ({@code "true"}/{@code "false"}) to a boolean. Called by the
   * builder; not for direct use.
   *
   * @throws IllegalStateException if {@code backfill} is neither a boolean nor such a string
   */
  @Value.Check
  default ScheduleParams normalize() {
    Optional<Object> backfill = backfill();
    if (backfill.isEmpty() || backfill.get() instanceof Boolean) {
      return this;
    }
    Object raw = backfill.get();
    String text = String.valueOf(raw).trim().toLowerCase(Locale.ROOT);
    if (raw instanceof String && (text.equals("true") || text.equals("false"))) {
      return ImmutableScheduleParams.builder().from(this).backfill(Boolean.valueOf(text)).build();
    }
    throw new IllegalStateException("backfill must be a boolean (or \"true\"/\"false\") but was " + raw);
  }

  /**
   * A schedule with a single run at {@code start} (truncated to whole seconds).
   *
   * @throws IllegalArgumentException if {@code start} is before the epoch
   */
  static ScheduleParams once(Instant start) {
    return builder().startTime(epochSeconds(start)).frequency(Frequency.ONCE.wireName()).build();
  }

  /**
   * A schedule that runs every {@code interval} units of {@code frequency}, starting at {@code
   * start} (truncated to whole seconds).
   *
   * @throws IllegalArgumentException if {@code frequency} is {@code ONCE} or {@code UNKNOWN}, if
   *     {@code interval} is below 15 for {@code MINUTE} or below 1 otherwise, or if {@code start} is
   *     before the epoch
   */
  static ScheduleParams every(Frequency frequency, int interval, Instant start) {
    if (frequency == Frequency.ONCE || frequency == Frequency.UNKNOWN) {
      throw new IllegalArgumentException("use once(start) for a single run; every() needs minute, hour, day or week");
    }
    int minimum = frequency == Frequency.MINUTE ? 15 : 1;
    if (interval < minimum) {
      throw new IllegalArgumentException(
          "interval must be at least " + minimum + " for frequency " + frequency.wireName() + " but was " + interval);
    }
    return builder().startTime(epochSeconds(start)).frequency(frequency.wireName()).interval(interval).build();
  }

  private static long epochSeconds(Instant start) {
    if (start.getEpochSecond() < 0) {
      throw new IllegalArgumentException("start must not be before 1970-01-01T00:00:00Z: " + start);
    }
    return start.getEpochSecond();
  }

  /** A new builder. */
  static ImmutableScheduleParams.Builder builder() {
    return ImmutableScheduleParams.builder();
  }
}
