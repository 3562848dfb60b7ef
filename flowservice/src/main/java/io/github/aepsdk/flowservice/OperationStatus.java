package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code status} of an entity's last operation: {@code {"value": "completed", "errors": []}}. */
@Value.Immutable
public interface OperationStatus {

  /** The raw status, for example {@code "completed"}; see {@link #statusValue()}. */
  Optional<String> value();

  /** Errors of the operation; empty when it succeeded. */
  List<ErrorDetail> errors();

  /** Further status details. */
  Map<String, Object> properties();

  /** The status as a typed value ({@link RunStatus#UNKNOWN} if absent or new). */
  default RunStatus statusValue() {
    return RunStatus.fromWire(value().orElse(null));
  }

  /** A new builder. */
  static ImmutableOperationStatus.Builder builder() {
    return ImmutableOperationStatus.builder();
  }
}
