package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code deltaColumn} of a {@code Copy} transformation or a run: the column that separates new
 * from already ingested records, for example {@code {"name": "updatedAt", "dateFormat":
 * "YYYY-MM-DD", "timezone": "UTC"}}. CRM and database sources require it.
 */
@Value.Immutable
public interface DeltaColumn {

  /** The column name. */
  String name();

  /** The column's date format, for example {@code "YYYY-MM-DD"}. */
  Optional<String> dateFormat();

  /** The column's time zone, for example {@code "UTC"}. */
  Optional<String> timezone();

  /** A delta column called {@code name}. */
  static DeltaColumn of(String name) {
    return builder().name(name).build();
  }

  /** A new builder. */
  static ImmutableDeltaColumn.Builder builder() {
    return ImmutableDeltaColumn.builder();
  }
}
