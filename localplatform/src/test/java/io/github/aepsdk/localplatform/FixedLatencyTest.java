package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * {@link LocalPlatform.Builder#latency(Duration)}: a fixed delay of every answer, waited out
 * through a recording sleeper (no wall-clock), outside the platform's lock; and {@link
 * LocalPlatform.Builder#recordAnswers(boolean)}.
 */
class FixedLatencyTest {
  private static final String FLOWS = "/data/foundation/flowservice/flows";

  @Test
  void everyAnswerWaitsTheFixedLatencyAndIsOtherwiseUnchanged() throws IOException {
    List<Long> slept = Collections.synchronizedList(new ArrayList<>());
    try (LocalPlatform platform = LocalPlatform.builder().latency(Duration.ofMillis(50)).sleeper(slept::add).start()) {
      Http http = new Http(platform, "prod");

      assertThat(http.get(FLOWS).code()).isEqualTo(200);
      assertThat(http.with("x-api-key", null).get(FLOWS).code()).as("a refused call").isEqualTo(403);
      assertThat(imsToken(platform)).as("the IMS token endpoint").isEqualTo(200);

      assertThat(slept).containsExactly(50L, 50L, 50L);
      assertThat(platform.requestCount()).isEqualTo(3);
      assertThat(platform.requestCount("prod")).isEqualTo(1);
    }
  }

  @Test
  void noLatencyByDefault() {
    List<Long> slept = Collections.synchronizedList(new ArrayList<>());
    try (LocalPlatform platform = LocalPlatform.builder().sleeper(slept::add).start()) {
      assertThat(new Http(platform, "prod").get(FLOWS).code()).isEqualTo(200);

      assertThat(slept).isEmpty();
    }
  }

  @Test
  void callsMadeAtTheSameTimeWaitTogether() throws Exception {
    CountDownLatch bothWaiting = new CountDownLatch(2);
    List<Boolean> metTheOther = Collections.synchronizedList(new ArrayList<>());
    LocalPlatform.Builder builder = LocalPlatform.builder().latency(Duration.ofMillis(50)).sleeper(millis -> {
      bothWaiting.countDown();
      // a latency waited out under the platform's lock would keep the other call out: this would time out
      metTheOther.add(bothWaiting.await(30, TimeUnit.SECONDS));
    });
    ExecutorService clients = Executors.newFixedThreadPool(2);
    try (LocalPlatform platform = builder.start()) {
      Http http = new Http(platform, "prod");
      Future<Integer> first = clients.submit(() -> http.get(FLOWS).code());
      Future<Integer> second = clients.submit(() -> http.get(FLOWS).code());

      assertThat(first.get()).isEqualTo(200);
      assertThat(second.get()).isEqualTo(200);
      assertThat(metTheOther).containsExactly(true, true);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void latencyIsValidated() {
    assertThatThrownBy(() -> LocalPlatform.builder().latency(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency must not be negative");
    assertThatThrownBy(() -> LocalPlatform.builder().latency(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordedAnswersAreTheBodiesSentExceptIms() throws IOException {
    try (LocalPlatform platform = LocalPlatform.builder().recordAnswers(true).start()) {
      Http http = new Http(platform, "prod");
      Http.Res flows = http.get(FLOWS);
      imsToken(platform);

      List<LocalPlatform.RecordedCall> calls = platform.recordedCalls();
      assertThat(calls).hasSize(2);
      assertThat(calls.get(0).answerBody()).contains(flows.body());
      assertThat(calls.get(1).path()).isEqualTo("/ims/token/v3");
      assertThat(calls.get(1).answerBody()).as("it carries the access token").isEmpty();
    }
  }

  @Test
  void answersAreNotRecordedByDefault() {
    try (LocalPlatform platform = LocalPlatform.start()) {
      new Http(platform, "prod").get(FLOWS);

      assertThat(platform.recordedCalls()).singleElement()
          .satisfies(call -> assertThat(call.answerBody()).isEmpty());
    }
  }

  private static int imsToken(LocalPlatform platform) throws IOException {
    FormBody form = new FormBody.Builder()
        .add("grant_type", "client_credentials")
        .add("client_id", LocalPlatform.CLIENT_ID)
        .add("client_secret", LocalPlatform.CLIENT_SECRET)
        .add("scope", LocalPlatform.SCOPES)
        .build();
    try (Response response = Http.CLIENT.newCall(new Request.Builder().url(platform.imsTokenUrl()).post(form).build())
        .execute()) {
      return response.code();
    }
  }
}
