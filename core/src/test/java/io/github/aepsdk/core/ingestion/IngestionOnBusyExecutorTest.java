package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An ingestion run from a task of the client's own executor ({@code aep.async(c -> ….run())}) when
 * that executor has no other thread free: the side and the checks meant for the executor cannot
 * start there, so the thread that needs them runs them itself instead of waiting for ever (a queue)
 * or failing (an executor that refuses the task).
 */
class IngestionOnBusyExecutorTest {
  private IngestionPlatform p;
  private ExecutorService executor;

  @AfterEach
  void stop() {
    p.close();
    executor.shutdownNow();
  }

  private void runFromTheExecutor() {
    IngestionResult result = p.aep.async(c -> p.tutorial().run()).join();

    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(result.resources()));
  }

  @Test
  void aSingleThreadExecutorThatQueuesTasks() {
    executor = Executors.newSingleThreadExecutor();
    p = IngestionPlatform.start(platform -> { }, client -> client.asyncExecutor(executor));

    runFromTheExecutor();
  }

  @Test
  void aSingleThreadExecutorThatRefusesTasksWhileBusy() {
    executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>());
    p = IngestionPlatform.start(platform -> { }, client -> client.asyncExecutor(executor));

    runFromTheExecutor();
  }
}
