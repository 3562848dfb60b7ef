package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code params} of a source connection: what to read. Tabular sources take the {@code path}
 * of a table found by exploring the base connection (for example {@code "Hubspot.Contacts"}).
 *
 * <p>Open-ended: the connection spec's {@code sourceSpec} defines further params (such as {@code
 * tableName} or {@code columns}); they are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface SourceConnectionParams {

  /** The path of the table or file to read. */
  Optional<String> path();

  /** Params not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** Params that read the table or file at {@code path}. */
  static SourceConnectionParams ofPath(String path) {
    return builder().path(path).build();
  }

  /** A new builder. */
  static ImmutableSourceConnectionParams.Builder builder() {
    return ImmutableSourceConnectionParams.builder();
  }
}
