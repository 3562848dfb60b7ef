package io.github.aepsdk.flowservice;

/**
 * How often a flow runs: the {@code scheduleParams.frequency} of a flow. The wire values are {@code
 * once}, {@code minute}, {@code hour}, {@code day} and {@code week} (the CRMToAEP flow spec's {@code
 * scheduleSpec}); {@link #UNKNOWN} stands for a value this SDK does not know yet.
 */
public enum Frequency {
  /** A single run at {@code startTime}; {@code interval} must be absent. */
  ONCE,
  /** Every {@code interval} minutes; {@code interval} must be at least 15. */
  MINUTE,
  /** Every {@code interval} hours. */
  HOUR,
  /** Every {@code interval} days. */
  DAY,
  /** Every {@code interval} weeks. */
  WEEK,
  /** A frequency this SDK does not know; the raw string is kept by the model. */
  UNKNOWN;

  /** The value sent on the wire: the lower-case constant name ({@code "minute"}). */
  public String wireName() {
    if (this == UNKNOWN) {
      throw new IllegalStateException("UNKNOWN is not a frequency that can be sent");
    }
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The frequency named {@code value} (any case), or {@link #UNKNOWN}. */
  public static Frequency fromWire(String value) {
    return WireNames.match(Frequency.class, value, UNKNOWN);
  }
}
