package io.github.aepsdk.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.http.AepHttp;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.core.testing.RecordingSleeper;
import io.github.aepsdk.core.testing.RefusingSocketFactory;
import io.github.aepsdk.flowservice.SingleItem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Error answers travel through the SDK's real HTTP stack (gateway headers, Retrofit, the call
 * adapter and {@link AepErrors}) into typed exceptions that name the method and path of the call.
 * The calls go through a small Flow Service shaped interface wired exactly as {@code AepClient}
 * wires the service APIs ({@link AepHttp#scoped}, {@link AepHttp#service}).
 */
class AepErrorsWireTest {
  private static final String FLOW_ID = "84224def-1e2a-4d95-9ea2-132d697ed2aa";
  private static final String FLOW_PATH = "/data/foundation/flowservice/flows/" + FLOW_ID;

  /** The shapes of Flow Service calls, for driving the error pipeline. */
  interface FlowCalls {
    @SingleItem
    @GET("flows/{id}")
    Map<String, Object> getFlow(@Path("id") String id);

    @SingleItem
    @GET("flows/{id}")
    CompletableFuture<Map<String, Object>> getFlowAsync(@Path("id") String id);

    @POST("flows")
    Map<String, Object> createFlow(@Body Map<String, Object> flow);

    @PATCH("flows/{id}")
    Map<String, Object> patchFlow(@Path("id") String id, @Header("If-Match") String etag, @Body List<Map<String, Object>> patch);

    @DELETE("flows/{id}")
    Void deleteFlow(@Path("id") String id);
  }

  private MockAep aep;
  private OkHttpClient http;
  private FlowCalls flows;

  @BeforeEach
  void start() {
    aep = MockAep.start();
    http = new OkHttpClient();
    flows = calls(aep.server().url("/"));
  }

  @AfterEach
  void stop() {
    aep.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private FlowCalls calls(HttpUrl base) {
    OkHttpClient scoped = AepHttp.scoped(http, AccessTokenProvider.ofStatic(MockAep.TOKEN), MockAep.API_KEY, MockAep.IMS_ORG, MockAep.SANDBOX);
    return AepHttp.service(scoped, base, "data/foundation/flowservice/", FlowCalls.class);
  }

  @Test
  void flowNotFoundBodyBecomesNotFoundExceptionWithMethodAndPath() {
    String body = AepReference.read("examples/errors/flowservice-FLOW-1439-404-not-found.json");
    aep.server().enqueue(new MockResponse.Builder().code(404)
        .addHeader("Content-Type", "application/json").addHeader("x-request-id", "req-7f3a").body(body).build());

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(NotFoundException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo(FLOW_PATH);
          assertThat(e.errorCode()).hasValue("FLOW-1439-404");
          assertThat(e.title()).hasValue("Resource not found");
          assertThat(e.detail().orElseThrow()).startsWith("The requested flows resource " + FLOW_ID + " is not found.");
          assertThat(e.requestId()).hasValue("req-7f3a");
          assertThat(e.rawBody()).isEqualTo(body);
          assertThat(e.getMessage()).startsWith("GET " + FLOW_PATH + " failed with HTTP 404 [FLOW-1439-404]: Resource not found");
        });

    RecordedRequest request = aep.takeRequest();
    ContractValidator.assertValid(Spec.FLOW_SERVICE, request, 404, "application/json", body);
  }

  @Test
  void asyncCallCompletesExceptionallyWithTheSameException() {
    aep.enqueueJson(403, AepReference.read("examples/errors/flowservice-FLOW-2120-403-forbidden.json"));

    CompletableFuture<Map<String, Object>> future = flows.getFlowAsync(FLOW_ID);

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .asInstanceOf(type(ForbiddenException.class))
        .satisfies(e -> {
          assertThat(e.errorCode()).hasValue("FLOW-2120-403");
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo(FLOW_PATH);
          assertThat(e.requestId()).hasValue("{REQUEST_ID}");
        });
    aep.takeRequest();
  }

  @Test
  void gatewayErrorOnPostBecomesForbiddenWithGatewayCode() {
    aep.enqueueJson(403, AepReference.read("examples/errors/gateway-403000-api-key-required.json"));

    assertThatThrownBy(() -> flows.createFlow(Map.of("name", "x")))
        .asInstanceOf(type(ForbiddenException.class))
        .satisfies(e -> {
          assertThat(e.errorCode()).hasValue("403000");
          assertThat(e.detail()).hasValue("Api Key is required");
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo("/data/foundation/flowservice/flows");
        });
    aep.takeRequest();
  }

  @Test
  void staleEtagBecomesPreconditionFailed() {
    aep.enqueueJson(412, AepReference.read("examples/errors/flowservice-etag-mismatch.json"));

    assertThatThrownBy(() -> flows.patchFlow(FLOW_ID, "\"a200a2a3-0000-0200-0000-123178f90000\"",
            List.of(Map.of("op", "replace", "path", "/name", "value", "n"))))
        .asInstanceOf(type(PreconditionFailedException.class))
        .satisfies(e -> {
          assertThat(e.method()).isEqualTo("PATCH");
          assertThat(e.path()).isEqualTo(FLOW_PATH);
          assertThat(e.detail().orElseThrow()).startsWith("Supplied version=[").contains("does not match the current version");
        });
    assertThat(aep.takeRequest().getHeaders().get("If-Match")).isEqualTo("\"a200a2a3-0000-0200-0000-123178f90000\"");
  }

  @Test
  void htmlErrorPageBecomesServerErrorWithStatus() {
    aep.enqueue(500, "text/html", "<html><head><title>500 Internal Server Error</title></head><body>oops</body></html>");

    assertThatThrownBy(() -> flows.createFlow(Map.of("name", "x")))
        .asInstanceOf(type(ServerErrorException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.errorCode()).isEmpty();
          assertThat(e.getMessage()).startsWith("POST /data/foundation/flowservice/flows failed with HTTP 500")
              .contains("500 Internal Server Error");
        });
    aep.takeRequest();
  }

  @Test
  void emptyErrorBodyBecomesExceptionWithStatus() {
    aep.server().enqueue(new MockResponse.Builder().code(404).build());

    assertThatThrownBy(() -> flows.deleteFlow(FLOW_ID))
        .asInstanceOf(type(NotFoundException.class))
        .satisfies(e -> {
          assertThat(e.getMessage()).isEqualTo("DELETE " + FLOW_PATH + " failed with HTTP 404");
          assertThat(e.rawBody()).isEmpty();
        });
    aep.takeRequest();
  }

  @Test
  void emptyItemsOnALookupIsNotFound() {
    aep.enqueueJson(200, "{\"items\":[]}");

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(NotFoundException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo(FLOW_PATH);
        });
    aep.takeRequest();
  }

  @Test
  void unreadableSuccessBodyIsAnInvalidResponse() {
    aep.enqueueJson(200, "{\"items\":[{\"id\":\"x\",}]}");

    assertThatThrownBy(() -> flows.getFlow(FLOW_ID))
        .asInstanceOf(type(AepInvalidResponseException.class))
        .satisfies(e -> {
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo(FLOW_PATH);
          assertThat(e.getMessage()).startsWith("GET " + FLOW_PATH + " succeeded but its body cannot be read");
        });
    aep.takeRequest();
  }

  @Test
  void refusedConnectionIsAnIoErrorThatNeverReachedTheServer() {
    RefusingSocketFactory sockets = RefusingSocketFactory.always();
    OkHttpClient refusing = http.newBuilder().socketFactory(sockets).build();
    RecordingSleeper sleeper = new RecordingSleeper();
    FlowCalls unreachable = AepHttp.service(AepHttp.scoped(refusing, AccessTokenProvider.ofStatic(MockAep.TOKEN),
        MockAep.API_KEY, MockAep.IMS_ORG, MockAep.SANDBOX, AepHttp.Options.builder().sleeper(sleeper).build()),
        aep.server().url("/"), "data/foundation/flowservice/", FlowCalls.class);

    assertThatThrownBy(() -> unreachable.getFlow(FLOW_ID))
        .asInstanceOf(type(AepIoException.class))
        .satisfies(e -> {
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo(FLOW_PATH);
          assertThat(e.mayHaveReachedServer()).isFalse();
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
        });
    assertThat(sockets.refused()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(aep.server().getRequestCount()).isZero();
  }
}
