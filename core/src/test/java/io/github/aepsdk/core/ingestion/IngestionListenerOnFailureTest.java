package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.core.error.ServerErrorException;
import io.github.aepsdk.localplatform.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A listener that throws on the {@code FAILED} event of a step: {@code run()} throws the listener's
 * failure as {@link ProgressListener} says, and the step's own failure (AEP's answer, whether the
 * create may have taken effect) is kept with it as suppressed instead of being lost, an {@link Error}
 * of the listener's included.
 */
class IngestionListenerOnFailureTest {
  private static final String DATASETS = "/data/foundation/catalog/dataSets";

  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  @Test
  void theStepsOwnFailureIsKeptWhenTheListenerThrowsOnItsFailedEvent() {
    p.platform.inject(Fault.serverError(500).untilCleared().on("POST", DATASETS));
    IllegalStateException listenerFailure = new IllegalStateException("the listener broke");

    IngestionFailedException e = catchThrowableOfType(() -> p.tutorial().listener(event -> {
      if (event.status() == StepEvent.Status.FAILED) {
        throw listenerFailure;
      }
    }).run(), IngestionFailedException.class);

    assertThat(e.getCause()).isSameAs(listenerFailure);
    assertThat(e.failedStep()).isEqualTo(IngestionStep.DATASET);
    assertThat(e.getSuppressed()).singleElement().satisfies(stepFailure -> {
      assertThat(stepFailure).isInstanceOf(IngestionFailedException.class);
      IngestionFailedException own = (IngestionFailedException) stepFailure;
      assertThat(own.failedStep()).isEqualTo(IngestionStep.DATASET);
      assertThat(own.createMayHaveTakenEffect()).as("a 500 to a create: AEP may have made it").isTrue();
      assertThat(own.getCause()).isInstanceOf(ServerErrorException.class);
      assertThat(((ServerErrorException) own.getCause()).status()).isEqualTo(500);
    });
  }

  @Test
  void theStepsOwnFailureIsKeptWhenTheListenerThrowsAnErrorOnItsFailedEvent() {
    p.platform.inject(Fault.serverError(500).untilCleared().on("POST", DATASETS));
    AssertionError listenersOwn = new AssertionError("the listener's own assertion");

    Throwable e = catchThrowable(() -> p.tutorial().listener(event -> {
      if (event.status() == StepEvent.Status.FAILED) {
        throw listenersOwn;
      }
    }).run());

    assertThat(e).as("an Error is thrown as it is").isSameAs(listenersOwn);
    assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(IngestionFailedException.class, own -> {
      assertThat(own.failedStep()).isEqualTo(IngestionStep.DATASET);
      assertThat(own.createMayHaveTakenEffect()).isTrue();
      assertThat(((ServerErrorException) own.getCause()).status()).isEqualTo(500);
    });
  }
}
