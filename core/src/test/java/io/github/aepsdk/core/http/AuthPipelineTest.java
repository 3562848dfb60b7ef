package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.aepsdk.core.error.AepAuthenticationException;
import io.github.aepsdk.core.error.ForbiddenException;
import io.github.aepsdk.core.error.UnauthorizedException;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.MockIms;
import io.github.aepsdk.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OAuth tokens through the whole client: one IMS request for many threads, the single replay after
 * a 401 {@code 401013}, and IMS refusals surfacing from API calls.
 */
class AuthPipelineTest {
  private static final String FLOW = AepReference.read("examples/flowservice/get-flow.response.json");
  private static final String INVALID_TOKEN = AepReference.read("examples/errors/gateway-401013-oauth-token-invalid.json");
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";

  private MockIms ims;
  private MockAep aep;
  private FlowCalls flows;
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void start() {
    ims = MockIms.start();
    aep = MockAep.startWithIms(ims, b -> b.sleeper(sleeper));
    flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);
  }

  @AfterEach
  void stop() {
    aep.close();
    ims.close();
  }

  @Test
  void thirtyTwoThreadsMakingTwoThousandCallsCauseExactlyOneImsRequest() throws Exception {
    ims.delay(Duration.ofMillis(200));   // the first callers all arrive while the token request is in flight
    Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> tokensSeen = new ConcurrentHashMap<>();
    aep.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        received.computeIfAbsent(request.getUrl().encodedPath(), k -> new AtomicInteger()).incrementAndGet();
        tokensSeen.computeIfAbsent(request.getHeaders().get("Authorization"), k -> new AtomicInteger()).incrementAndGet();
        String id = request.getUrl().pathSegments().get(request.getUrl().pathSize() - 1);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body(FLOW.replace(FLOW_ID, id)).build();
      }
    });

    int threads = 32;
    int calls = 2000;
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<String>>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        go.await();
        List<String> mismatches = new ArrayList<>();
        for (int n = next.getAndIncrement(); n < calls; n = next.getAndIncrement()) {
          String id = "flow-" + n;
          Map<String, Object> flow = flows.getFlow(id);
          @SuppressWarnings("unchecked")
          Map<String, Object> item = ((List<Map<String, Object>>) flow.get("items")).get(0);
          if (!id.equals(item.get("id"))) {
            mismatches.add(id + " answered " + item.get("id"));
          }
        }
        return mismatches;
      }));
    }
    go.countDown();
    for (Future<List<String>> worker : workers) {
      assertThat(worker.get(120, TimeUnit.SECONDS)).as("answers matched their calls").isEmpty();
    }
    pool.shutdown();

    assertThat(ims.requestCount()).as("IMS requests").isEqualTo(1);
    assertThat(aep.server().getRequestCount()).as("platform requests").isEqualTo(calls);
    assertThat(received).hasSize(calls);
    assertThat(received.values()).allSatisfy(count -> assertThat(count.get()).as("each call sent once").isEqualTo(1));
    assertThat(tokensSeen).containsOnlyKeys("Bearer " + MockIms.token(1));
  }

  @Test
  void invalidTokenMidRunCausesOneRefreshAndOneReplay() {
    aep.enqueueJson(200, FLOW).enqueueJson(200, FLOW).enqueueJson(401, INVALID_TOKEN).enqueueJson(200, FLOW).enqueueJson(200, FLOW);

    flows.getFlow(FLOW_ID);
    flows.getFlow(FLOW_ID);
    Map<String, Object> afterReplay = flows.getFlow(FLOW_ID);
    flows.getFlow(FLOW_ID);

    assertThat(afterReplay).containsKey("items");
    assertThat(ims.requestCount()).isEqualTo(2);
    assertThat(aep.server().getRequestCount()).isEqualTo(5);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tokens.add(aep.takeRequest().getHeaders().get("Authorization"));
    }
    String first = "Bearer " + MockIms.token(1);
    String second = "Bearer " + MockIms.token(2);
    assertThat(tokens).containsExactly(first, first, first, second, second);
    assertThat(sleeper.waits()).as("a replay is not a retry: no wait").isEmpty();
  }

  @Test
  void permanentInvalidTokenIsThrownAfterExactlyOneReplay() {
    aep.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json").body(INVALID_TOKEN).build();
      }
    });

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(UnauthorizedException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.errorCode()).hasValue("401013");
          assertThat(e.detail()).hasValue("Oauth token is not valid");
          assertThat(e.attempts()).isEqualTo(2);
          assertThat(e.getMessage()).contains("after 2 attempts");
        });
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
    assertThat(ims.requestCount()).isEqualTo(2);
  }

  @Test
  void postIsReplayedWithTheSameBodyAfterAnInvalidToken() {
    String request = AepReference.read("examples/flowservice/create-flow.request.json");
    aep.enqueueJson(401, INVALID_TOKEN).enqueueJson(201, AepReference.read("examples/flowservice/create-flow.response.json"));

    Map<String, Object> created = flows.createFlow(parse(request));

    assertThat(created).containsEntry("id", "e0bd8463-0913-4ca1-bd84-6309134ca1f6");
    RecordedRequest first = aep.takeRequest();
    RecordedRequest replay = aep.takeRequest();
    assertThat(replay.getBody()).isEqualTo(first.getBody());
    assertThat(replay.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockIms.token(2));
  }

  @Test
  void otherUnauthorizedAnswersAreNotReplayed() {
    aep.enqueue(401, "application/json", "{\"error_code\":\"401001\",\"message\":\"something else\"}");

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(UnauthorizedException.class))
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    assertThat(ims.requestCount()).isEqualTo(1);
  }

  @Test
  void forbiddenIsNeverReplayed() {
    aep.enqueueJson(403, AepReference.read("examples/errors/gateway-403010-oauth-token-missing.json"));

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(ForbiddenException.class))
        .satisfies(e -> assertThat(e.errorCode()).hasValue("403010"));
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void concurrentFirstCallsRejectingTheFirstTokenRefreshItOnce() throws Exception {
    ims.delay(Duration.ofMillis(100));
    String firstToken = "Bearer " + MockIms.token(1);
    aep.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        boolean stale = firstToken.equals(request.getHeaders().get("Authorization"));
        return new MockResponse.Builder().code(stale ? 401 : 200).addHeader("Content-Type", "application/json")
            .body(stale ? INVALID_TOKEN : FLOW).build();
      }
    });

    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Map<String, Object>>> results = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      results.add(pool.submit(() -> {
        go.await();
        return flows.getFlow(FLOW_ID);
      }));
    }
    go.countDown();
    for (Future<Map<String, Object>> r : results) {
      assertThat(r.get(30, TimeUnit.SECONDS)).containsKey("items");
    }
    pool.shutdown();
    assertThat(ims.requestCount()).as("first token plus exactly one refresh").isEqualTo(2);
  }

  @Test
  void staticTokenIsNotReplayedBecauseItCannotChange() {
    try (MockAep fixed = MockAep.start(b -> b.sleeper(sleeper))) {
      fixed.enqueueJson(401, INVALID_TOKEN).enqueueJson(200, FLOW);
      FlowCalls calls = fixed.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);

      assertThatThrownBy(() -> calls.getFlow(FLOW_ID))
          .asInstanceOf(type(UnauthorizedException.class))
          .satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
      assertThat(fixed.server().getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void imsRefusalSurfacesFromSyncAndAsyncApiCallsWithoutReachingThePlatform() {
    String refusal = "{\"error\":\"invalid_client\",\"error_description\":\"invalid client_secret parameter\"}";
    ims.enqueueError(401, refusal).enqueueError(401, refusal).enqueueError(401, refusal);

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(AepAuthenticationException.class))
        .satisfies(e -> {
          assertThat(e.imsError()).hasValue("invalid_client");
          assertThat(e.status()).isEqualTo(401);
        });
    CompletableFuture<Map<String, Object>> retrofitAsync = flows.getFlowAsync(FLOW_ID);
    assertThatThrownBy(() -> retrofitAsync.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(AepAuthenticationException.class);
    CompletableFuture<Map<String, Object>> clientAsync = aep.client().async(c -> flows.getFlow(FLOW_ID));
    assertThatThrownBy(() -> clientAsync.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(AepAuthenticationException.class);

    assertThat(aep.server().getRequestCount()).isZero();
    assertThat(ims.requestCount()).isEqualTo(3);
  }

  private static Map<String, Object> parse(String json) {
    try {
      return io.github.aepsdk.core.json.AepJson.<Map<String, Object>>adapter(Map.class).fromJson(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
