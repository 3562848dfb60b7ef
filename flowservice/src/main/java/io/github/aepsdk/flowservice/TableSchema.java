package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code schema} of an explored table: its {@code columns}.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface TableSchema {

  /** The columns, in source order. */
  List<TableColumn> columns();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableTableSchema.Builder builder() {
    return ImmutableTableSchema.builder();
  }
}
