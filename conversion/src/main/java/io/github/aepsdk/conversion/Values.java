package io.github.aepsdk.conversion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Conversions shared by the typed views of the models. */
final class Values {
  private Values() {}

  /** Epoch milliseconds from a number, a numeric string or an ISO-8601 date-time string. */
  static Optional<Long> epochMillis(Optional<Object> raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Object value = raw.get();
    if (value instanceof BigDecimal) {
      return Optional.of(((BigDecimal) value).longValue());
    }
    if (value instanceof Number) {
      return Optional.of(((Number) value).longValue());
    }
    if (value instanceof String) {
      String text = ((String) value).trim();
      if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
        try {
          return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException tooLarge) {
          return Optional.empty();
        }
      }
      try {
        return Optional.of(Instant.parse(text).toEpochMilli());
      } catch (DateTimeParseException notInstant) {
        try {
          return Optional.of(OffsetDateTime.parse(text).toInstant().toEpochMilli());
        } catch (DateTimeParseException notDate) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
