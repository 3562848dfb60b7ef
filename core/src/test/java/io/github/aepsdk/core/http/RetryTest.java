package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepException;
import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.error.AepServiceException;
import io.github.aepsdk.core.error.RateLimitedException;
import io.github.aepsdk.core.error.ServerErrorException;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.FakeClock;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.RecordingSleeper;
import io.github.aepsdk.core.testing.RefusingSocketFactory;
import io.github.aepsdk.core.testing.TimingOutSocketFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Retries, backoff, {@code Retry-After}, timeouts and which requests may be sent again. */
class RetryTest {
  private static final String FLOW = AepReference.read("examples/flowservice/get-flow.response.json");
  private static final String CREATED = AepReference.read("examples/flowservice/create-flow.response.json");
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";
  private static final String ETAG = "\"04004fe9-0000-0200-0000-5ebc4c8b0000\"";
  private static final String ISO_DATE_CLOCK = "2024-05-01T12:00:00Z";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final FakeClock clock = new FakeClock(Instant.parse(ISO_DATE_CLOCK));
  private MockAep aep;
  private FlowCalls flows;

  private void start(Consumer<AepClient.Builder> customizer) {
    aep = MockAep.start(b -> customizer.accept(b.sleeper(sleeper).clock(clock)));
    flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);
  }

  private void start() {
    start(b -> {});
  }

  private final TimingOutSocketFactory sockets = new TimingOutSocketFactory();

  /** Starts a client whose waits for an answer {@link #timeOutAnswer} can end as a read timeout does. */
  private void startWithTimeOuts() {
    start(b -> b.okHttpClient(new OkHttpClient.Builder().socketFactory(sockets).build()));
  }

  /**
   * Once the server has received its {@code nth} request from now on ({@code method} {@code path}),
   * ends the client's wait for that request's answer with the {@code SocketTimeoutException} of a
   * read timeout; completes with whether a wait was ended. The answer itself is held for an hour.
   */
  private CompletableFuture<Boolean> timeOutAnswer(int nth, String method, String path) {
    return CompletableFuture.supplyAsync(() -> {
      for (int i = 0; i < nth; i++) {
        aep.takeRequest();
      }
      return sockets.timeOut(method, path);
    });
  }

  @AfterEach
  void stop() {
    if (aep != null) {
      aep.close();
    }
  }

  private static MockResponse status(int code, String... headers) {
    MockResponse.Builder b = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(code == 429 ? "{\"error_code\":\"429001\",\"message\":\"Too many requests\"}" : "{\"title\":\"Service Unavailable\"}");
    for (int i = 0; i < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  @Test
  void tooManyRequestsWithRetryAfterSecondsWaitsThatLongThenSucceeds() {
    start();
    aep.server().enqueue(status(429, "Retry-After", "2"));
    aep.enqueueJson(200, FLOW);

    assertThat(flows.getFlow(FLOW_ID)).containsKey("items");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
    aep.takeRequest();
    aep.takeRequest();
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredAgainstTheClock() {
    start();
    String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(5).atOffset(ZoneOffset.UTC));
    aep.server().enqueue(status(503, "Retry-After", inFiveSeconds));
    aep.enqueueJson(200, FLOW);

    flows.getFlow(FLOW_ID);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterIsCappedByMaxRetryAfter() {
    start(b -> b.retryPolicy(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).build()));
    aep.server().enqueue(status(429, "Retry-After", "3600"));
    aep.server().enqueue(status(429, "Retry-After", "Thu, 01 Jan 2099 00:00:00 GMT"));
    aep.enqueueJson(200, FLOW);

    flows.getFlow(FLOW_ID);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  @Test
  void getSucceedsOnTheThirdAttemptAfterTwo503sWithExponentialBackoff() {
    start();
    aep.server().enqueue(status(503));
    aep.server().enqueue(status(503));
    aep.enqueueJson(200, FLOW);

    assertThat(flows.getFlow(FLOW_ID)).containsKey("items");
    assertThat(aep.server().getRequestCount()).isEqualTo(3);
    List<Duration> waits = sleeper.waits();
    assertThat(waits).hasSize(2);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }

  @Test
  void exhaustedRetriesThrowTheLastErrorWithTheAttemptCount() {
    start();
    aep.server().enqueue(status(503));
    aep.server().enqueue(status(502));
    aep.server().enqueue(status(504).newBuilder().body("{\"title\":\"Gateway Timeout\"}").build());
    aep.enqueueJson(200, FLOW);

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(ServerErrorException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(504);
          assertThat(e.title()).hasValue("Gateway Timeout");
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getMessage()).startsWith("GET " + FlowCalls.FLOWS + "/" + FLOW_ID + " failed with HTTP 504 after 3 attempts");
        });
    assertThat(aep.server().getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void exhaustedRateLimitIsARateLimitedException() {
    start(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(2).build()));
    aep.server().enqueue(status(429, "Retry-After", "1"));
    aep.server().enqueue(status(429, "Retry-After", "1"));

    assertThatThrownBy(() -> flows.createFlow(Map.of("name", "x")))
        .asInstanceOf(type(RateLimitedException.class))
        .satisfies(e -> {
          assertThat(e.attempts()).isEqualTo(2);
          assertThat(e.errorCode()).hasValue("429001");
        });
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void retriesCanBeTurnedOff() {
    start(b -> b.retryPolicy(RetryPolicy.none()));
    aep.server().enqueue(status(503));
    aep.enqueueJson(200, FLOW);

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(ServerErrorException.class))
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  /** method, first answer, whether it is sent again. */
  static Stream<Arguments> whatIsRetried() {
    return Stream.of(
        Arguments.of("GET", 429, true), Arguments.of("GET", 502, true), Arguments.of("GET", 503, true),
        Arguments.of("GET", 504, true), Arguments.of("PUT", 503, true), Arguments.of("PUT", 502, true),
        Arguments.of("DELETE", 504, true), Arguments.of("DELETE", 429, true),
        Arguments.of("POST", 429, true), Arguments.of("POST", 503, true),
        Arguments.of("POST", 502, false), Arguments.of("POST", 504, false),
        Arguments.of("PATCH", 429, true), Arguments.of("PATCH", 503, true),
        Arguments.of("PATCH", 502, false), Arguments.of("PATCH", 504, false),
        Arguments.of("GET", 500, true), Arguments.of("PUT", 500, true), Arguments.of("DELETE", 500, true),
        Arguments.of("GET", 501, false), Arguments.of("POST", 500, false), Arguments.of("PATCH", 500, false),
        Arguments.of("GET", 400, false), Arguments.of("GET", 404, false), Arguments.of("DELETE", 409, false));
  }

  @ParameterizedTest(name = "{0} answered {1}: retried={2}")
  @MethodSource("whatIsRetried")
  void whatIsRetried(String method, int status, boolean retried) {
    start();
    aep.server().enqueue(status(status));
    aep.enqueueJson(200, method.equals("POST") ? CREATED : FLOW);
    Function<FlowCalls, Object> call = call(method);

    if (retried) {
      call.apply(flows);
      assertThat(aep.server().getRequestCount()).isEqualTo(2);
      assertThat(sleeper.waits()).hasSize(1);
      assertThat(aep.takeRequest().getBody()).isEqualTo(aep.takeRequest().getBody());
    } else {
      assertThatThrownBy(() -> call.apply(flows))
          .asInstanceOf(type(AepServiceException.class))
          .satisfies(e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.method()).isEqualTo(method);
            assertThat(e.mayHaveTakenEffect()).as("the service may have acted")
                .isEqualTo((method.equals("POST") || method.equals("PATCH")) && (status == 500 || status == 502 || status == 504)
                    || method.equals("DELETE") && status == 504);
          });
      assertThat(aep.server().getRequestCount()).isEqualTo(1);
      assertThat(sleeper.waits()).isEmpty();
    }
  }

  private static Function<FlowCalls, Object> call(String method) {
    switch (method) {
      case "GET":
        return f -> f.getFlow(FLOW_ID);
      case "PUT":
        return f -> f.put(FLOW_ID, Map.of("name", "n"));
      case "DELETE":
        return f -> f.deleteFlow(FLOW_ID);
      case "POST":
        return f -> f.createFlow(Map.of("name", "n"));
      case "PATCH":
        return f -> f.patchFlow(FLOW_ID, ETAG, List.of(Map.of("op", "add", "path", "/labels", "value", List.of("core/C12"))));
      default:
        throw new IllegalArgumentException(method);
    }
  }

  @Test
  void postThatHitsAReadTimeoutIsNotReplayedAndTheExceptionSaysSo() {
    startWithTimeOuts();
    aep.server().enqueue(new MockResponse.Builder().code(201).headersDelay(1, TimeUnit.HOURS)
        .addHeader("Content-Type", "application/json").body(CREATED).build());
    aep.enqueueJson(201, CREATED);
    CompletableFuture<Boolean> timedOut = timeOutAnswer(1, "POST", FlowCalls.FLOWS);

    assertThatThrownBy(() -> flows.createFlow(Map.of("name", "n")))
        .asInstanceOf(type(AepIoException.class))
        .satisfies(e -> {
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo(FlowCalls.FLOWS);
          assertThat(e.mayHaveReachedServer()).isTrue();
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.getMessage())
              .contains("timed out waiting for the server after the request was sent")
              .contains("not retried: POST is not idempotent and the request may have reached the server");
          assertThat(e.getCause()).isInstanceOf(java.net.SocketTimeoutException.class);
        });
    assertThat(timedOut.join()).isTrue();
    assertThat(aep.server().getRequestCount()).as("the server saw the POST once").isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void getAnswered500IsRetriedWithinTheAttemptBudgetAndSaysNothingWasChanged() {
    start();
    aep.server().enqueue(status(500));
    aep.server().enqueue(status(500));
    aep.server().enqueue(status(500).newBuilder().body("{\"title\":\"Internal Server Error\"}").build());
    aep.enqueueJson(200, FLOW);

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(ServerErrorException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.mayHaveTakenEffect()).as("a GET changes nothing").isFalse();
        });
    assertThat(aep.server().getRequestCount()).as("bounded by maxAttempts").isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void post504IsNotReplayedAndIsMarkedLikeATimeoutAfterSending() {
    startWithTimeOuts();
    aep.server().enqueue(status(504));
    aep.server().enqueue(new MockResponse.Builder().code(201).headersDelay(1, TimeUnit.HOURS)
        .addHeader("Content-Type", "application/json").body(CREATED).build());
    aep.server().enqueue(status(503));
    aep.enqueueJson(201, CREATED);
    CompletableFuture<Boolean> timedOut = timeOutAnswer(2, "POST", FlowCalls.FLOWS);

    AepException gatewayTimeout = catchAep(() -> flows.createFlow(Map.of("name", "n")));
    AepException readTimeout = catchAep(() -> flows.createFlow(Map.of("name", "n")));
    assertThat(timedOut.join()).isTrue();

    assertThat(gatewayTimeout).isInstanceOf(ServerErrorException.class);
    assertThat(readTimeout).isInstanceOf(AepIoException.class);
    assertThat(List.of(gatewayTimeout, readTimeout)).allSatisfy(e -> assertThat(e.mayHaveTakenEffect()).isTrue());
    assertThat(flows.createFlow(Map.of("name", "n"))).as("a 503 is sent again: the gateway did not pass it on")
        .containsEntry("id", "e0bd8463-0913-4ca1-bd84-6309134ca1f6");
    assertThat(aep.server().getRequestCount()).isEqualTo(4);
  }

  private static AepException catchAep(Runnable call) {
    try {
      call.run();
    } catch (AepException e) {
      return e;
    }
    throw new AssertionError("no AepException");
  }

  @Test
  void getThatHitsAReadTimeoutIsRetried() {
    startWithTimeOuts();
    aep.server().enqueue(new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.HOURS)
        .addHeader("Content-Type", "application/json").body(FLOW).build());
    aep.enqueueJson(200, FLOW);
    CompletableFuture<Boolean> timedOut = timeOutAnswer(1, "GET", FlowCalls.FLOWS + "/" + FLOW_ID);

    assertThat(flows.getFlow(FLOW_ID)).containsKey("items");
    assertThat(timedOut.join()).isTrue();
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
  }

  /**
   * Flow Service calls to {@link #aep}'s server through the same pipeline an {@link AepClient}
   * builds, on an OkHttp client whose connects {@code sockets} refuses first.
   */
  private FlowCalls through(RefusingSocketFactory sockets, Duration callTimeout, RetryPolicy policy) {
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).callTimeout(callTimeout).build();
    OkHttpClient scoped = AepHttp.scoped(http, AccessTokenProvider.ofStatic(MockAep.TOKEN), MockAep.API_KEY, MockAep.IMS_ORG,
        MockAep.SANDBOX, AepHttp.Options.builder().sleeper(sleeper).clock(clock).retryPolicy(policy).build());
    return AepHttp.service(scoped, aep.server().url("/"), FlowCalls.BASE_PATH, FlowCalls.class);
  }

  @Test
  void postIsRetriedWhenTheConnectionWasRefusedBecauseItNeverReachedTheServer() {
    start();
    RefusingSocketFactory sockets = RefusingSocketFactory.first(1);
    aep.enqueueJson(201, CREATED);

    Map<String, Object> created = through(sockets, Duration.ZERO, RetryPolicy.defaults()).createFlow(Map.of("name", "n"));

    assertThat(created).containsEntry("id", "e0bd8463-0913-4ca1-bd84-6309134ca1f6");
    assertThat(sockets.refused()).isEqualTo(1);
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void refusedOnEveryAttemptSaysItNeverReachedTheServerAndHowOftenItTried() {
    start();
    RefusingSocketFactory sockets = RefusingSocketFactory.always();
    FlowCalls calls = through(sockets, Duration.ZERO, RetryPolicy.defaults());

    assertThatThrownBy(() -> calls.patchFlow(FLOW_ID, ETAG, List.of()))
        .asInstanceOf(type(AepIoException.class))
        .satisfies(e -> {
          assertThat(e.mayHaveReachedServer()).isFalse();
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getMessage()).startsWith("PATCH " + FlowCalls.FLOWS + "/" + FLOW_ID + " could not connect")
              .endsWith("on attempt 3; giving up after 3 attempts");
        });
    assertThat(sockets.refused()).isEqualTo(3);
    assertThat(aep.server().getRequestCount()).isZero();
    assertThat(sleeper.waits()).hasSize(2);
  }

  /**
   * The second attempt's answer never comes before the call timeout (OkHttp's, on real time) ends the
   * call: the first attempt and its retry both count against it. No window: a call that took the 3 s
   * before the retry would end on the first attempt, which no loopback exchange does.
   */
  @Test
  void callTimeoutBoundsTheWholeCallRetriesIncluded() {
    start(b -> b.callTimeout(Duration.ofSeconds(3))
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ZERO).build()));
    aep.server().enqueue(status(503));
    aep.server().enqueue(status(503).newBuilder().headersDelay(1, TimeUnit.HOURS).build());

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(AepIoException.class))
        .satisfies(e -> assertThat(e.getMessage()).contains("not retried: the call was cancelled or exceeded its call timeout"));
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ZERO);
  }

  /**
   * With the read timeout at its default (the call timeout) an answer that never comes ends the call
   * at the call timeout, once: no read timeout first and no retry, and a GET did not take effect.
   */
  @Test
  void anAnswerThatNeverComesWithTheReadTimeoutAtItsDefaultEndsAtTheCallTimeoutUnretried() {
    start(b -> b.callTimeout(Duration.ofSeconds(2)));
    aep.server().enqueue(status(200).newBuilder().headersDelay(1, TimeUnit.HOURS).build());

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(AepIoException.class))
        .satisfies(e -> {
          assertThat(e.getMessage()).startsWith("GET " + FlowCalls.FLOWS + "/" + FLOW_ID + " ")
              .endsWith(" on attempt 1; not retried: the call was cancelled or exceeded its call timeout");
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.mayHaveReachedServer()).isTrue();
          assertThat(e.mayHaveTakenEffect()).isFalse();
        });
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aRetryAfterLongerThanWhatIsLeftOfTheCallTimeoutIsNotWaitedFor() {
    start(b -> b.callTimeout(Duration.ofSeconds(5)));
    aep.server().enqueue(status(503, "Retry-After", "30"));
    aep.enqueueJson(200, FLOW);

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(ServerErrorException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(sleeper.waits()).as("no wait that would outlast the call").isEmpty();
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBackoffLongerThanWhatIsLeftOfTheCallTimeoutIsNotWaitedFor() {
    start();
    FlowCalls calls = through(RefusingSocketFactory.always(), Duration.ofSeconds(2),
        RetryPolicy.builder().baseDelay(Duration.ofSeconds(5)).maxDelay(Duration.ofSeconds(5)).build());

    assertThatThrownBy(() -> calls.getFlow(FLOW_ID))
        .asInstanceOf(type(AepIoException.class))
        .satisfies(e -> {
          assertThat(e.mayHaveReachedServer()).isFalse();
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.getMessage()).contains(" could not connect").contains(" ms would exceed the call timeout");
        });
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void asyncCallsShareTheRetries() throws Exception {
    start();
    aep.server().enqueue(status(503));
    aep.enqueueJson(200, FLOW);
    aep.server().enqueue(status(429, "Retry-After", "3"));
    aep.enqueueJson(200, FLOW);

    assertThat(flows.getFlowAsync(FLOW_ID).get(10, TimeUnit.SECONDS)).containsKey("items");
    assertThat(aep.client().async(c -> flows.getFlow(FLOW_ID)).get(10, TimeUnit.SECONDS)).containsKey("items");
    assertThat(aep.server().getRequestCount()).isEqualTo(4);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(1)).isEqualTo(Duration.ofSeconds(3));
  }

  /**
   * The call runs on an executor of the test's, so the test knows when it has ended: if the cancel
   * did not reach the request, the read timeout would end the attempt and a retry would follow first.
   */
  @Test
  void cancellingAnAsyncCallCancelsItsRequestAndItsRetries() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    start(b -> b.readTimeout(Duration.ofSeconds(1)).asyncExecutor(executor));
    aep.server().enqueue(new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.HOURS)
        .addHeader("Content-Type", "application/json").body(FLOW).build());
    aep.enqueueJson(200, FLOW);

    CompletableFuture<Map<String, Object>> future = aep.client().async(c -> flows.getFlow(FLOW_ID));
    aep.takeRequest();                       // the request is in flight
    assertThat(future.cancel(true)).isTrue();
    executor.shutdown();
    assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).as("the cancelled call ended").isTrue();

    assertThat(future).isCancelled();
    assertThat(sleeper.waits()).as("no retry after cancel").isEmpty();
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void backoffDoublesFromTheBaseDelayUpToTheCapWithAtMostAQuarterJitter() {
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(500)).maxDelay(Duration.ofSeconds(8)).build();
    assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(2, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(4, 0)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoff(5, 0)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoff(6, 0)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoff(200, 0)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoff(1, 0.999999)).isBetween(Duration.ofMillis(375), Duration.ofMillis(376));
    assertThat(RetryPolicy.builder().baseDelay(Duration.ZERO).build().backoff(3, 0.5)).isZero();
  }

  @Test
  void retryPolicySettingsAreChecked() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(9)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not exceed maxDelay");
    RetryPolicy p = RetryPolicy.builder().maxAttempts(5).maxRetryAfter(Duration.ofSeconds(5)).build();
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(3);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  static Stream<Arguments> retryAfterValues() {
    Instant now = Instant.parse(ISO_DATE_CLOCK);
    return Stream.of(
        Arguments.of("2", Duration.ofSeconds(2)),
        Arguments.of("0", Duration.ZERO),
        Arguments.of("Wed, 01 May 2024 12:00:30 GMT", Duration.ofSeconds(30)),
        Arguments.of("Wed, 01 May 2024 11:59:00 GMT", Duration.ZERO),
        Arguments.of("-1", null),
        Arguments.of("1.5", null),
        Arguments.of("soon", null));
  }

  @ParameterizedTest
  @MethodSource("retryAfterValues")
  void retryAfterIsSecondsOrAnHttpDate(String header, Duration expected) {
    assertThat(RetryInterceptor.parseRetryAfter(header, Instant.parse(ISO_DATE_CLOCK))).isEqualTo(expected);
  }}
