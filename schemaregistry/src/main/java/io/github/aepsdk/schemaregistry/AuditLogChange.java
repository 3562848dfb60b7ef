package io.github.aepsdk.schemaregistry;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change of an {@link AuditLogEntry}: which resource changed ({@link #id()}, {@link
 * #xdmType()}), how ({@link #action()}, for example {@code add}, {@code replace}, {@code remove}),
 * where (a JSON Pointer, {@link #path()}) and the value involved. The spec types {@code value} as
 * a string; its own example and the guide carry numbers and field objects (D-SR-17), so {@link
 * #value()} is any JSON value. Open-ended.
 */
@Value.Immutable
public interface AuditLogChange {

  /** The {@code $id} of the changed resource: the one looked up or one it depends on. */
  Optional<String> id();

  /** The kind of the changed resource, for example {@code schemas} or {@code classes}. */
  Optional<String> xdmType();

  /** The kind of change, for example {@code add}, {@code replace} or {@code remove}. */
  Optional<String> action();

  /** The JSON Pointer of the changed field, for example {@code /meta:usageCount}. */
  Optional<String> path();

  /** The value assigned or removed: any JSON value ({@code String}, {@code Long}, {@code Boolean}, {@code Map}, {@code List}). */
  Optional<Object> value();

  /** Members this model does not declare, kept as read. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableAuditLogChange.Builder builder() {
    return ImmutableAuditLogChange.builder();
  }
}
