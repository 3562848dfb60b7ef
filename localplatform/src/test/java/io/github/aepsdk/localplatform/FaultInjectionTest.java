package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults on request: 429 with Retry-After, 5xx once / N times / until cleared / per method and path, latency, expired tokens. */
class FaultInjectionTest {
  private static final String FLOWS = "/data/foundation/flowservice/flows";
  private static final String DATASETS = "/data/foundation/catalog/dataSets";

  private LocalPlatform platform;
  private Http http;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "prod");
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  @Test
  void rateLimitAnswers429WithRetryAfterOnce() {
    LocalPlatform.InjectedFault fault = platform.inject(Fault.rateLimited(Duration.ofSeconds(2)));

    Http.Res limited = http.get(FLOWS);

    assertThat(limited.code()).isEqualTo(429);
    assertThat(limited.headers().get("Retry-After")).isEqualTo("2");
    assertThat(limited.map()).isEqualTo(Map.of("error_code", "429050", "message", "Too many requests"));
    JsonShape.assertSameShape(AepExamples.json("errors/gateway-401013-oauth-token-invalid.json"), limited.json());
    assertThat(http.get(FLOWS).code()).isEqualTo(200);
    assertThat(fault.hits()).isEqualTo(1);
    assertThat(fault.remaining()).isZero();
  }

  @Test
  void retryAfterIsRoundedUpToWholeSeconds() {
    platform.inject(Fault.rateLimited(Duration.ofMillis(1500)).times(2));

    assertThat(http.get(DATASETS).headers().get("Retry-After")).isEqualTo("2");
    assertThat(http.get(DATASETS).code()).isEqualTo(429);
    assertThat(http.get(DATASETS).code()).isEqualTo(200);
  }

  @Test
  void serverErrorsNTimesUseFlowServicesOwnBodies() {
    platform.inject(Fault.serverError(503).times(2));

    Http.Res first = http.get(FLOWS);
    FlowServiceTest.assertFlowError(first, 503, "1103");
    assertThat(first.map()).containsEntry("title", "Service Unavailable");
    FlowServiceTest.assertFlowError(http.get(FLOWS), 503, "1103");
    assertThat(http.get(FLOWS).code()).isEqualTo(200);
  }

  @Test
  void serverErrorsUntilClearedStopWhenCleared() {
    LocalPlatform.InjectedFault fault = platform.inject(Fault.serverError(500).untilCleared());

    for (int i = 0; i < 3; i++) {
      Http.Res res = http.get(DATASETS);
      assertThat(res.code()).isEqualTo(500);
      JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), res.json());
    }
    FlowServiceTest.assertFlowError(http.get(FLOWS), 500, "1102");
    assertThat(fault.remaining()).isEqualTo(Fault.UNTIL_CLEARED);

    fault.clear();

    assertThat(http.get(DATASETS).code()).isEqualTo(200);
    assertThat(fault.hits()).isEqualTo(4);
    platform.inject(Fault.serverError(502).untilCleared());
    assertThat(http.get(DATASETS).code()).isEqualTo(502);
    platform.clearFaults();
    assertThat(http.get(DATASETS).code()).isEqualTo(200);
  }

  @Test
  void faultsCanBeLimitedToAMethodAndPathPrefix() {
    platform.inject(Fault.serverError(504).once().on("POST", FLOWS));

    assertThat(http.get(FLOWS).code()).isEqualTo(200);
    assertThat(http.post(DATASETS, Json.obj()).code()).isEqualTo(400);
    Http.Res hit = http.post(FLOWS, Json.obj());
    FlowServiceTest.assertFlowError(hit, 504, "1104");
    FlowServiceTest.assertFlowError(http.post(FLOWS, Json.obj()), 400, "1304");
  }

  @Test
  void theImsEndpointIsOnlyAffectedWhenAFaultNamesIt() {
    platform.inject(Fault.serverError(500).untilCleared());
    assertThat(imsToken().code()).isEqualTo(200);

    platform.inject(Fault.serverError(503).on(null, "/ims/"));
    assertThat(imsToken().code()).isEqualTo(503);
    assertThat(imsToken().code()).isEqualTo(200);
  }

  @Test
  void latencyDelaysAnswersUntilCleared() {
    LocalPlatform.InjectedFault latency = platform.inject(Fault.latency(Duration.ofMillis(300)));

    long start = System.nanoTime();
    assertThat(http.get(FLOWS).code()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(latency.hits()).isEqualTo(1);

    platform.clearFaults();
    assertThat(http.get(FLOWS).code()).isEqualTo(200);
    assertThat(latency.hits()).as("a cleared fault delays no answer").isEqualTo(1);
  }

  @Test
  void anExpiredTokenIsRejectedUntilANewOneIsFetched() {
    platform.inject(Fault.expiredToken());

    Http.Res expired = http.get(FLOWS);

    assertThat(expired.code()).isEqualTo(401);
    assertThat(expired.json()).isEqualTo(AepExamples.json("errors/gateway-401013-oauth-token-invalid.json"));
    assertThat(http.get(FLOWS).code()).as("the token stays expired").isEqualTo(401);
    String fresh = imsToken().str("access_token");
    assertThat(http.with("Authorization", "Bearer " + fresh).get(FLOWS).code()).isEqualTo(200);
  }

  @Test
  void faultsAreValidated() {
    assertThatThrownBy(() -> Fault.serverError(404)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.serverError(500).times(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.rateLimited(Duration.ofSeconds(1)).on("GET", "flows"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Fault.serverError(503).times(3).on("get", FLOWS).toString())
        .isEqualTo("Fault[HTTP 503, 3x, GET " + FLOWS + "]");
  }

  @Test
  void aHeldAnswerIsSentWhenTheReleasingCallArrives() {
    LocalPlatform.InjectedFault hold = platform.inject(Fault.heldUntil("get", DATASETS).on("GET", FLOWS));

    CompletableFuture<Http.Res> held = CompletableFuture.supplyAsync(() -> http.get(FLOWS));
    while (hold.hits() == 0) { // the held call has arrived once the fault has hit it
      Thread.onSpinWait();
    }
    assertThat(held).isNotDone();
    assertThat(http.get(DATASETS).code()).isEqualTo(200);

    assertThat(held.join().code()).isEqualTo(200);
    assertThat(platform.recordedCalls()).extracting(c -> c.method() + " " + c.path())
        .containsExactly("GET " + FLOWS, "GET " + DATASETS);
    assertThat(hold.remaining()).isZero();
    assertThat(hold.fault().toString()).isEqualTo("Fault[held until GET " + DATASETS + ", 1x, GET " + FLOWS + "]");
  }

  @Test
  void aReleasingCallThatCameFirstLetsTheAnswerGoAtOnce() {
    platform.inject(Fault.heldUntil(null, DATASETS).on("GET", FLOWS));

    assertThat(http.post(DATASETS, Map.of("name", "d", "schemaRef", Map.of("id", "x"))).code()).isNotZero();

    assertThat(http.get(FLOWS).code()).isEqualTo(200); // not held: returns on this thread
  }

  @Test
  void clearingAHoldSendsTheHeldAnswer() {
    LocalPlatform.InjectedFault hold = platform.inject(Fault.heldUntil("GET", DATASETS).on("GET", FLOWS));

    CompletableFuture<Http.Res> held = CompletableFuture.supplyAsync(() -> http.get(FLOWS));
    while (hold.hits() == 0) {
      Thread.onSpinWait();
    }
    hold.clear();

    assertThat(held.join().code()).isEqualTo(200);
  }

  private Http.Res imsToken() {
    FormBody form = new FormBody.Builder()
        .add("grant_type", "client_credentials")
        .add("client_id", LocalPlatform.CLIENT_ID)
        .add("client_secret", LocalPlatform.CLIENT_SECRET)
        .add("scope", LocalPlatform.SCOPES)
        .build();
    Request request = new Request.Builder().url(platform.imsTokenUrl()).post(form).build();
    try (Response response = Http.CLIENT.newCall(request).execute()) {
      return new Http.Res(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
