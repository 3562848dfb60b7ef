package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
    IllegalStateException listenerFailure = new IllegalStateException("the listener broke");

    Throwable e = runWhoseListenerOnTheDatasetsFailure(() -> {
      throw listenerFailure;
    });

    assertThat(e).isInstanceOfSatisfying(IngestionFailedException.class, failed -> {
      assertThat(failed.getCause()).isSameAs(listenerFailure);
      assertThat(failed.failedStep()).isEqualTo(IngestionStep.DATASET);
    });
    assertCarriesTheDatasetsOwnFailure(e);
  }

  @Test
  void theStepsOwnFailureIsKeptWhenTheListenerThrowsAnErrorOnItsFailedEvent() {
    AssertionError listenersOwn = new AssertionError("the listener's own assertion");

    Throwable e = runWhoseListenerOnTheDatasetsFailure(() -> {
      throw listenersOwn;
    });

    assertThat(e).as("an Error is thrown as it is").isSameAs(listenersOwn);
    assertCarriesTheDatasetsOwnFailure(e);
  }

  /** What a run throws whose dataset create is answered 500 and whose listener runs {@code listener} on a FAILED event. */
  private Throwable runWhoseListenerOnTheDatasetsFailure(Runnable listener) {
    p.platform.inject(Fault.serverError(500).untilCleared().on("POST", DATASETS));
    return catchThrowable(() -> p.tutorial().listener(event -> {
      if (event.status() == StepEvent.Status.FAILED) {
        listener.run();
      }
    }).run());
  }

  private static void assertCarriesTheDatasetsOwnFailure(Throwable e) {
    assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(IngestionFailedException.class, own -> {
      assertThat(own.failedStep()).isEqualTo(IngestionStep.DATASET);
      assertThat(own.createMayHaveTakenEffect()).as("a 500 to a create: AEP may have made it").isTrue();
      assertThat(own.getCause()).isInstanceOf(ServerErrorException.class);
      assertThat(((ServerErrorException) own.getCause()).status()).isEqualTo(500);
    });
  }
}
