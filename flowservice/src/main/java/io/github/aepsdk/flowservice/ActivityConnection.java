package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A connection an activity of a run read from ({@code sourceInfo}) or wrote to ({@code
 * targetInfo}), with references to what it produced: {@code {"id": "…", "type":
 * "TargetConnection", "reference": {"type": "Batch", "ids": ["01EF01X41KJD82Y9ZX6ET54PCZ"]}}}.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface ActivityConnection {

  /** The connection id. */
  Optional<String> id();

  /** The kind of connection, for example {@code "SourceConnection"} or {@code "TargetConnection"}. */
  Optional<String> type();

  /** What the activity produced there, for example Catalog batch ids. */
  Optional<ActivityReference> reference();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableActivityConnection.Builder builder() {
    return ImmutableActivityConnection.builder();
  }
}
