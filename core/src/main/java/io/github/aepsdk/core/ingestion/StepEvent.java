package io.github.aepsdk.core.ingestion;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** What happened to one {@link IngestionStep}, reported to a {@link ProgressListener}. */
@Value.Immutable
public interface StepEvent {

  /** How a step ended. */
  enum Status {
    /** The step created or looked up its resource. */
    COMPLETED,
    /** A resource with the step's identity existed and matched; it was adopted, nothing was created. */
    ADOPTED,
    /** The resource was given by the caller or by a resumed run; nothing was sent. */
    SKIPPED,
    /** The step failed; the run stops. */
    FAILED
  }

  /** The step. */
  IngestionStep step();

  /** How it ended. */
  Status status();

  /** Id of the resource the step created, looked up or skipped with (absent on failure). */
  Optional<String> resourceId();

  /** Wall time the step took (zero when skipped). */
  Duration duration();

  /** A new builder. */
  static ImmutableStepEvent.Builder builder() {
    return ImmutableStepEvent.builder();
  }
}
