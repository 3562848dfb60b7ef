package io.github.aepsdk.flowservice;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code lastOperation} of a flow or connection: the last create/update the server applied,
 * with its progress, for example {@code {"started": 1614122316652, "updated": 1614122324830,
 * "percentCompleted": 100.0, "status": {"value": "completed"}, "ops": [ … ], "operation":
 * "update"}}.
 */
@Value.Immutable
public interface LastOperation {

  /** When the operation started, epoch milliseconds. */
  Optional<Long> started();

  /** When the operation was last updated, epoch milliseconds ({@code 0} if never). */
  Optional<Long> updated();

  /** Progress in percent, 0 to 100. */
  Optional<Double> percentCompleted();

  /** The operation's status. */
  Optional<OperationStatus> status();

  /** The JSON Patch operations of an update. */
  List<PatchOperation> ops();

  /** The kind of operation, for example {@code "create"}, {@code "update"} or {@code "draft_create"}. */
  Optional<String> operation();

  /** A new builder. */
  static ImmutableLastOperation.Builder builder() {
    return ImmutableLastOperation.builder();
  }
}
