package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** {@link LocalPlatform.Builder#onEachCall}: each call as recorded, before its answer leaves the platform. */
class CallObserverTest {
  private static final String CONNECTIONS = "/data/foundation/flowservice/connections";
  private static final OkHttpClient NO_RETRY = Http.CLIENT.newBuilder().retryOnConnectionFailure(false).build();

  @Test
  void theObserverSeesEachCallAsRecordedEvenWhenNoCallIsKept() {
    List<LocalPlatform.RecordedCall> seen = new CopyOnWriteArrayList<>();
    try (LocalPlatform platform = LocalPlatform.builder().recordedCallLimit(0).onEachCall(seen::add).start()) {
      Http http = new Http(platform, "prod").using(NO_RETRY);
      platform.chaos(Chaos.seed(1).rate(1).only(Chaos.Kind.DROPPED_AFTER_ACTING).on("POST", CONNECTIONS));

      assertThatThrownBy(() -> http.post(CONNECTIONS, hubSpotConnection("dropped"))).isInstanceOf(UncheckedIOException.class);
      platform.stopChaos();
      assertThat(http.get(CONNECTIONS + "/nope").code()).isEqualTo(404);

      assertThat(platform.recordedCalls()).isEmpty();
      assertThat(seen).hasSize(2);
      assertThat(seen.get(0).method()).isEqualTo("POST");
      assertThat(seen.get(0).path()).isEqualTo(CONNECTIONS);
      assertThat(seen.get(0).sandbox()).isEqualTo("prod");
      assertThat(seen.get(0).status()).as("the call took effect; its answer was dropped after").isEqualTo(201);
      assertThat(seen.get(0).chaos()).contains(new Chaos.Hit(1, Chaos.Kind.DROPPED_AFTER_ACTING, 0, 0));
      assertThat(seen.get(1).method()).isEqualTo("GET");
      assertThat(seen.get(1).status()).isEqualTo(404);
      assertThat(seen.get(1).chaos()).isEmpty();
    }
  }

  @Test
  void theObserverRunsBeforeTheAnswerIsSent() throws Exception {
    CountDownLatch observed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (LocalPlatform platform = LocalPlatform.builder().onEachCall(call -> {
      observed.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }).start()) {
      Http http = new Http(platform, "prod").using(NO_RETRY);
      CompletableFuture<Http.Res> answer = CompletableFuture.supplyAsync(() -> http.post(CONNECTIONS, hubSpotConnection("held")));

      assertThat(observed.await(30, TimeUnit.SECONDS)).as("the call reached the observer").isTrue();
      assertThat(platform.recordedCalls()).singleElement().satisfies(call -> assertThat(call.status()).isEqualTo(201));
      assertThat(answer).as("no answer while the observer holds the call").isNotDone();
      release.countDown();

      assertThat(answer.get(30, TimeUnit.SECONDS).code()).isEqualTo(201);
    }
  }

  private static Map<String, Object> hubSpotConnection(String name) {
    Map<String, Object> body = AepExamples.object("flowservice/create-base-connection-hubspot.request.json");
    body.put("name", name);
    return body;
  }
}
