package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seeded random faults: reproducible from the seed, each kind with its real effect, IMS on request. */
class ChaosTest {
  private static final String FS = "/data/foundation/flowservice";
  private static final String CONNECTIONS = FS + "/connections";
  private static final String DATASETS = "/data/foundation/catalog/dataSets";
  /** No silent retry of a dropped call, so one call of the test is one call of the platform. */
  private static final OkHttpClient NO_RETRY = Http.CLIENT.newBuilder().retryOnConnectionFailure(false).build();
  /** A read timeout far shorter than the answer delays used with it (seconds). */
  private static final OkHttpClient IMPATIENT = NO_RETRY.newBuilder().readTimeout(Duration.ofMillis(200)).build();

  private LocalPlatform platform;
  private Http http;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    http = new Http(platform, "prod").using(NO_RETRY);
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  // ---- reproducible ----

  @Test
  void theSameSeedGivesTheSameFaultsToTheSameCalls() {
    // Answers delayed past a timeout have their own test; here every outcome is known without a timeout.
    Chaos chaos = Chaos.seed(42).rate(0.5).latency(Duration.ofMillis(5)).weight(Chaos.Kind.TIMEOUT_AFTER_ACTING, 0);

    List<String> first = outcomes(platform, chaos, 200);
    List<Optional<Chaos.Hit>> firstHits = hits(platform);
    try (LocalPlatform other = LocalPlatform.builder().chaos(chaos).start()) {
      List<String> second = outcomes(other, null, 200);

      assertThat(second).isEqualTo(first);
      assertThat(hits(other)).isEqualTo(firstHits);
    }
    assertThat(firstHits.stream().filter(Optional::isPresent).count()).as("about half").isBetween(70L, 130L);
    assertThat(firstHits.stream().flatMap(Optional::stream).map(Chaos.Hit::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Chaos.Kind.RATE_LIMITED, Chaos.Kind.SERVER_ERROR, Chaos.Kind.LATENCY,
            Chaos.Kind.DROPPED_AFTER_ACTING, Chaos.Kind.GATEWAY_ERROR_AFTER_ACTING);
    assertThat(first).contains("200", "429", "500", "502", "503", "504", "IOException");
    assertThat(firstHits.stream().flatMap(Optional::stream).map(Chaos.Hit::call))
        .as("hits are numbered by call").allMatch(n -> firstHits.get((int) (n - 1)).isPresent());
  }

  @Test
  void anotherSeedGivesOtherFaults() {
    outcomes(platform, Chaos.seed(42).rate(0.5).only(Chaos.Kind.RATE_LIMITED, Chaos.Kind.SERVER_ERROR), 200);
    List<Optional<Chaos.Hit>> seed42 = hits(platform);
    try (LocalPlatform other = LocalPlatform.start()) {
      outcomes(other, Chaos.seed(43).rate(0.5).only(Chaos.Kind.RATE_LIMITED, Chaos.Kind.SERVER_ERROR), 200);

      assertThat(hits(other)).hasSize(200).isNotEqualTo(seed42);
    }
  }

  @Test
  void settingChaosAgainRestartsItsSequence() {
    Chaos chaos = Chaos.seed(9).rate(0.5).only(Chaos.Kind.SERVER_ERROR);
    List<String> first = outcomes(platform, chaos, 50);
    List<String> again = outcomes(platform, chaos, 50);

    assertThat(again).isEqualTo(first).contains("200", "500", "502", "503", "504");
  }

  @Test
  void rateZeroGivesNoFaultsAndStopChaosEndsThem() {
    assertThat(outcomes(platform, Chaos.seed(1).rate(0), 200)).containsOnly("200");
    assertThat(platform.recordedCalls()).hasSize(200).allMatch(c -> c.chaos().isEmpty());

    platform.chaos(Chaos.seed(1).rate(1).only(Chaos.Kind.RATE_LIMITED));
    assertThat(http.get(DATASETS).code()).isEqualTo(429);
    platform.stopChaos();
    assertThat(outcomes(platform, null, 20)).containsOnly("200");
  }

  // ---- each kind, with its real effect ----

  @Test
  void rateLimitedAnswers429WithRetryAfterBeforeActing() {
    platform.chaos(Chaos.seed(3).rate(1).only(Chaos.Kind.RATE_LIMITED).retryAfter(Duration.ofMillis(1500)));

    Http.Res res = http.post(CONNECTIONS, hubSpotConnection("limited"));

    assertThat(res.code()).isEqualTo(429);
    assertThat(res.headers().get("Retry-After")).isEqualTo("2");
    assertThat(res.map()).isEqualTo(Map.of("error_code", "429050", "message", "Too many requests"));
    assertThat(platform.resourceCount("prod", "connections")).as("not acted on").isZero();
    LocalPlatform.RecordedCall call = platform.recordedCalls().get(0);
    assertThat(call.status()).isEqualTo(429);
    assertThat(call.chaos()).contains(new Chaos.Hit(1, Chaos.Kind.RATE_LIMITED, 429, 0));
  }

  @Test
  void serverErrorsAnswerTheServicesOwnBodiesBeforeActing() {
    platform.chaos(Chaos.seed(5).rate(1).only(Chaos.Kind.SERVER_ERROR));
    Set<Integer> seen = new TreeSet<>();

    for (int i = 0; i < 20; i++) {
      Http.Res res = http.post(CONNECTIONS, hubSpotConnection("c" + i));
      int status = platform.recordedCalls().get(i).chaos().orElseThrow().status();
      seen.add(status);
      if (status == 502) {
        assertThat(res.code()).isEqualTo(502);
        JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), res.json());
      } else {
        FlowServiceTest.assertFlowError(res, status, status == 500 ? "1102" : status == 503 ? "1103" : "1104");
      }
    }
    Http.Res catalog = http.get(DATASETS);
    assertThat(catalog.code()).isBetween(500, 504);
    JsonShape.assertSameShape(AepExamples.json("errors/platform-400-content-type-missing.json"), catalog.json());

    assertThat(seen).containsExactly(500, 502, 503, 504);
    assertThat(platform.resourceCount("prod", "connections")).as("not acted on").isZero();
  }

  @Test
  void latencyDelaysTheAnswerByTheRecordedDelay() {
    platform.chaos(Chaos.seed(11).rate(1).only(Chaos.Kind.LATENCY).latency(Duration.ofMillis(40)));

    for (int i = 0; i < 10; i++) {
      long start = System.nanoTime();
      assertThat(http.get(DATASETS).code()).isEqualTo(200);
      long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      Chaos.Hit hit = platform.recordedCalls().get(i).chaos().orElseThrow();
      assertThat(hit.kind()).isEqualTo(Chaos.Kind.LATENCY);
      assertThat(hit.delayMillis()).isBetween(1L, 40L);
      assertThat(elapsedMillis).isGreaterThanOrEqualTo(hit.delayMillis());
    }
    assertThat(platform.recordedCalls().stream().map(c -> c.chaos().orElseThrow().delayMillis()).distinct().count())
        .as("drawn, not fixed").isGreaterThan(1);
  }

  @Test
  void anAnswerDelayedPastTheClientsTimeoutFollowsACallThatTookEffect() {
    platform.chaos(Chaos.seed(1).rate(1).only(Chaos.Kind.TIMEOUT_AFTER_ACTING).answerDelay(Duration.ofSeconds(5)));

    assertThatThrownBy(() -> http.using(IMPATIENT).post(CONNECTIONS, hubSpotConnection("slow")))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(InterruptedIOException.class);
    platform.stopChaos();

    LocalPlatform.RecordedCall call = awaitCall(0);
    assertThat(call.status()).isEqualTo(201);
    assertThat(call.chaos()).contains(new Chaos.Hit(1, Chaos.Kind.TIMEOUT_AFTER_ACTING, 0, 5000));
    assertThat(connectionNames()).containsExactly("slow");
  }

  @Test
  void aDroppedConnectionFollowsACallThatTookEffect() {
    platform.chaos(Chaos.seed(1).rate(1).only(Chaos.Kind.DROPPED_AFTER_ACTING).on("POST", FS + "/"));

    assertThatThrownBy(() -> http.post(CONNECTIONS, hubSpotConnection("dropped")))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);

    assertThat(connectionNames()).as("GETs are not matched").containsExactly("dropped");
    LocalPlatform.RecordedCall call = platform.recordedCalls().get(0);
    assertThat(call.status()).isEqualTo(201);
    assertThat(call.chaos()).contains(new Chaos.Hit(1, Chaos.Kind.DROPPED_AFTER_ACTING, 0, 0));
    assertThat(platform.recordedCalls().get(1).chaos()).isEmpty();
  }

  @Test
  void gatewayErrorsReplaceTheAnswerOfACallThatTookEffect() {
    platform.chaos(Chaos.seed(2).rate(1).only(Chaos.Kind.GATEWAY_ERROR_AFTER_ACTING).on("POST", FS + "/"));
    Set<Integer> seen = new TreeSet<>();

    for (int i = 0; i < 8; i++) {
      Http.Res res = http.post(CONNECTIONS, hubSpotConnection("c" + i));
      seen.add(res.code());
      if (res.code() == 502) {
        assertThat(res.map()).isEqualTo(Map.of("type", "/placeholder/type/uri", "status", 502L, "title", "Bad Gateway",
            "detail", "Injected fault: HTTP 502"));
      } else {
        assertThat(res.str("type")).isEqualTo("https://ns.adobe.com/aep/errors/FLOW-1104-504");
        assertThat(res.str("title")).isEqualTo("Gateway Timeout");
      }
      LocalPlatform.RecordedCall call = platform.recordedCalls().get(i);
      assertThat(call.status()).as("the platform's own answer").isEqualTo(201);
      assertThat(call.chaos().orElseThrow().status()).isEqualTo(res.code());
    }

    assertThat(seen).containsExactly(502, 504);
    assertThat(connectionNames()).containsExactlyInAnyOrder("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7");
  }

  // ---- which calls ----

  @Test
  void imsIsOnlyIncludedOnRequest() {
    platform.chaos(Chaos.seed(4).rate(1).only(Chaos.Kind.RATE_LIMITED));
    assertThat(imsToken(platform).code()).isEqualTo(200);
    assertThat(http.get(DATASETS).code()).isEqualTo(429);
    assertThat(platform.recordedCalls()).extracting(LocalPlatform.RecordedCall::chaos)
        .containsExactly(Optional.empty(), Optional.of(new Chaos.Hit(1, Chaos.Kind.RATE_LIMITED, 429, 0)));

    try (LocalPlatform withIms = LocalPlatform.builder()
        .chaos(Chaos.seed(4).rate(1).only(Chaos.Kind.RATE_LIMITED).includeIms(true)).start()) {
      Http.Res res = imsToken(withIms);

      assertThat(res.code()).isEqualTo(429);
      assertThat(res.headers().get("Retry-After")).isEqualTo("1");
      assertThat(withIms.recordedCalls().get(0).chaos()).contains(new Chaos.Hit(1, Chaos.Kind.RATE_LIMITED, 429, 0));
    }
  }

  @Test
  void aMethodAndPathPrefixNarrowTheCallsAndTheirNumbering() {
    platform.chaos(Chaos.seed(6).rate(1).only(Chaos.Kind.RATE_LIMITED).on("GET", DATASETS));

    assertThat(http.get(CONNECTIONS).code()).isEqualTo(200);
    assertThat(http.post(DATASETS, Json.obj()).code()).isEqualTo(400);
    assertThat(http.get(DATASETS).code()).isEqualTo(429);
    assertThat(platform.recordedCalls().get(2).chaos()).contains(new Chaos.Hit(1, Chaos.Kind.RATE_LIMITED, 429, 0));
  }

  @Test
  void chaosBeforeActingComesBeforeTargetedFaultsAndAfterActingAfterThem() {
    platform.chaos(Chaos.seed(8).rate(1).only(Chaos.Kind.RATE_LIMITED));
    LocalPlatform.InjectedFault fault = platform.inject(Fault.serverError(503));
    assertThat(http.get(DATASETS).code()).isEqualTo(429);
    assertThat(fault.hits()).as("never reached").isZero();

    platform.chaos(Chaos.seed(8).rate(1).only(Chaos.Kind.GATEWAY_ERROR_AFTER_ACTING));
    Http.Res res = http.get(DATASETS);

    assertThat(res.code()).isIn(502, 504);
    assertThat(fault.hits()).isEqualTo(1);
    assertThat(platform.recordedCalls().get(1).status()).as("the targeted fault's answer, replaced").isEqualTo(503);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> Chaos.seed(1).rate(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Chaos.seed(1).rate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Chaos.seed(1).weight(Chaos.Kind.LATENCY, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Chaos.seed(1).only()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Chaos.seed(1).latency(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Chaos.seed(1).answerDelay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Chaos.seed(1).on("GET", "data")).isInstanceOf(IllegalArgumentException.class);
    Chaos chaos = Chaos.seed(7).rate(0.25).weight(Chaos.Kind.RATE_LIMITED, 3).weight(Chaos.Kind.LATENCY, 0)
        .on("post", FS).includeIms(true);
    assertThat(chaos.weight(Chaos.Kind.RATE_LIMITED)).isEqualTo(3);
    assertThat(chaos.method()).isEqualTo("POST");
    assertThat(chaos).hasToString("Chaos[seed 7, rate 0.25, RATE_LIMITED=3 SERVER_ERROR=1 TIMEOUT_AFTER_ACTING=1"
        + " DROPPED_AFTER_ACTING=1 GATEWAY_ERROR_AFTER_ACTING=1, POST " + FS + " + IMS]");
  }

  // ---- helpers ----

  /** Sets {@code chaos} (unless null) and makes {@code calls} GETs of datasets; each outcome is a status or an exception name. */
  private static List<String> outcomes(LocalPlatform target, Chaos chaos, int calls) {
    if (chaos != null) {
      target.chaos(chaos);
    }
    Http client = new Http(target, "prod").using(NO_RETRY);
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      try {
        outcomes.add(Integer.toString(client.get(DATASETS).code()));
      } catch (UncheckedIOException e) {
        outcomes.add(e.getCause().getClass().getSimpleName());
      }
    }
    return outcomes;
  }

  private static List<Optional<Chaos.Hit>> hits(LocalPlatform target) {
    return target.recordedCalls().stream().map(LocalPlatform.RecordedCall::chaos).collect(Collectors.toList());
  }

  /**
   * The recorded call at {@code index}, once the platform has taken it. The platform records a call
   * when it has handled it, under the lock its handling holds, so this waits for the handling to end;
   * the 10 s are only a guard against a call that never arrives.
   */
  private LocalPlatform.RecordedCall awaitCall(int index) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (platform.recordedCalls().size() <= index) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("call " + index + " never reached the platform");
      }
      Thread.onSpinWait();
    }
    return platform.recordedCalls().get(index);
  }

  private List<Object> connectionNames() {
    List<Object> names = new ArrayList<>();
    for (Object item : Json.list(http.get(CONNECTIONS).map().get("items"))) {
      names.add(Json.map(item).get("name"));
    }
    return names;
  }

  private static Map<String, Object> hubSpotConnection(String name) {
    Map<String, Object> body = AepExamples.object("flowservice/create-base-connection-hubspot.request.json");
    body.put("name", name);
    return body;
  }

  private static Http.Res imsToken(LocalPlatform target) {
    FormBody form = new FormBody.Builder()
        .add("grant_type", "client_credentials")
        .add("client_id", LocalPlatform.CLIENT_ID)
        .add("client_secret", LocalPlatform.CLIENT_SECRET)
        .add("scope", LocalPlatform.SCOPES)
        .build();
    Request request = new Request.Builder().url(target.imsTokenUrl()).post(form).build();
    try (Response response = NO_RETRY.newCall(request).execute()) {
      return new Http.Res(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
