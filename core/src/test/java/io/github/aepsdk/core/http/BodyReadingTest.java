package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.error.AepResponseTooLargeException;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ItemsPage;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

/**
 * How an answer's body reaches the decoder: one with a {@code Content-Length} is read whole first,
 * one without (chunked) as it arrives; both give the same page, and a connection lost part-way
 * through a body is an I/O failure that names the call, never a half-read page, and so is a body
 * that stalls until a timeout or a cancel ends the call.
 */
class BodyReadingTest {
  private static final int FLOWS = 300;
  private static final String PAGE = "{\"items\":["
      + IntStream.range(0, FLOWS)
          .mapToObj(i -> "{\"id\":\"flow-" + i + "\",\"name\":\"Flow number " + i + "\",\"sourceConnectionIds\":[\"s-" + i + "\"]}")
          .collect(Collectors.joining(","))
      + "]}";

  @Test
  void aBodyWithALengthArrivingInSmallPiecesIsDecodedWhole() {
    MockResponse answer = json().body(PAGE).throttleBody(1024, 1, TimeUnit.MILLISECONDS).build();
    assertThat(PAGE.length()).as("many pieces").isGreaterThan(20 * 1024);
    assertThat(listFlows(answer)).isEqualTo(expectedNames());
  }

  @Test
  void aChunkedBodyIsDecodedAsItArrives() {
    MockResponse answer = json().chunkedBody(PAGE, 1024).build();
    assertThat(listFlows(answer)).isEqualTo(expectedNames());
  }

  @Test
  void aConnectionLostPartWayThroughABodyWithALengthIsAnIoFailure() {
    try (MockAep aep = MockAep.start()) {
      aep.server().enqueue(json().body(PAGE).onResponseBody(new SocketEffect.CloseSocket()).build());
      assertThatThrownBy(() -> aep.client().flowService().listFlows())
          .isInstanceOf(AepIoException.class)
          .hasMessage("GET /data/foundation/flowservice/flows failed: java.net.ProtocolException: unexpected end of stream")
          .hasCauseInstanceOf(ProtocolException.class);
      assertThat(aep.server().getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aBodyShorterThanItsContentLengthIsAnIoFailure() {
    MockResponse answer = json().body(PAGE).setHeader("Content-Length", PAGE.length() + 100)
        .onResponseEnd(new SocketEffect.CloseSocket()).build();
    assertThat(listFlowsFailure(b -> {}, answer))
        .isInstanceOf(AepIoException.class)
        .hasMessage("GET /data/foundation/flowservice/flows failed: java.net.ProtocolException: unexpected end of stream");
  }

  /** The read timeout ends a body that stalls part-way and is not mistaken for the call timeout (2 min here). */
  @Test
  void aReadTimeoutWhileABodyIsReadIsAReadTimeout() {
    assertThat(listFlowsFailure(b -> b.readTimeout(Duration.ofSeconds(1)), stalledBody()))
        .isInstanceOf(AepIoException.class)
        .hasMessageStartingWith("GET /data/foundation/flowservice/flows failed: java.net.SocketTimeoutException: ")
        .hasCauseInstanceOf(SocketTimeoutException.class);
  }

  /**
   * The read timeout left at its default, the call timeout: the read's deadline comes a moment after
   * the call's, and the call timeout is what the caller is told, whichever of the two OkHttp's
   * timeout thread gets to first.
   */
  @Test
  void aBodyThatStallsWithTheReadTimeoutAtItsDefaultEndsAtTheCallTimeout() {
    assertThat(listFlowsFailure(b -> b.callTimeout(Duration.ofSeconds(2)), stalledBody()))
        .isInstanceOf(AepIoException.class)
        .hasMessage("GET /data/foundation/flowservice/flows exceeded the call timeout");
  }

  @Test
  void cancellingAnAsyncCallWhoseBodyStallsEndsTheCall() throws Exception {
    CountDownLatch answered = new CountDownLatch(1);
    CountDownLatch idle = new CountDownLatch(1);
    OkHttpClient base = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      answered.countDown();
      return response;
    }).build();
    try (MockAep aep = MockAep.start(b -> b.okHttpClient(base).readTimeout(Duration.ofMinutes(10)))) {
      aep.server().enqueue(stalledBody());
      CompletableFuture<?> page = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlowAsync("f");
      assertThat(answered.await(30, TimeUnit.SECONDS)).as("the answer's headers arrived").isTrue();
      base.dispatcher().setIdleCallback(idle::countDown);

      assertThat(page.cancel(true)).isTrue();
      assertThat(idle.await(30, TimeUnit.SECONDS)).as("the cancelled call ended").isTrue();
      assertThat(page).isCancelled();
    } finally {
      base.dispatcher().executorService().shutdown();
      base.connectionPool().evictAll();
    }
  }

  /** OkHttp unzips a gzipped body and drops its length: it is decoded as it arrives, and the limit counts unzipped bytes. */
  @Test
  void aGzippedBodyIsDecodedAsItArrivesAndItsUnzippedBytesCount() throws Exception {
    Buffer gzipped = new Buffer();
    try (BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
      sink.writeUtf8(PAGE);
    }
    assertThat(listFlows(json().addHeader("Content-Encoding", "gzip").body(gzipped.clone()).build())).isEqualTo(expectedNames());
    assertThat(listFlowsFailure(b -> b.maxResponseBytes(PAGE.length() - 1),
        json().addHeader("Content-Encoding", "gzip").body(gzipped).build()))
        .isInstanceOf(AepResponseTooLargeException.class)
        .hasMessageContaining("(more than " + (PAGE.length() - 1) + " bytes read)");
  }

  private static MockResponse.Builder json() {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json");
  }

  /** A page whose body stalls after its headers, until the call ends. */
  private static MockResponse stalledBody() {
    return json().body(PAGE).onResponseBody(SocketEffect.Stall.INSTANCE).build();
  }

  /** What {@code listFlows()} throws on a client with {@code settings} given {@code answer}; fails the test if it returns. */
  private static Throwable listFlowsFailure(Consumer<AepClient.Builder> settings, MockResponse answer) {
    try (MockAep aep = MockAep.start(settings)) {
      aep.server().enqueue(answer);
      Throwable thrown = catchThrowable(() -> aep.client().flowService().listFlows());
      assertThat(thrown).as("listFlows() failed").isNotNull();
      return thrown;
    }
  }

  private static List<String> listFlows(MockResponse answer) {
    try (MockAep aep = MockAep.start()) {
      aep.server().enqueue(answer);
      ItemsPage<Flow> page = aep.client().flowService().listFlows();
      return page.items().stream().map(flow -> flow.id() + " " + flow.name().orElseThrow()
          + " " + flow.sourceConnectionIds()).collect(Collectors.toList());
    }
  }

  private static List<String> expectedNames() {
    return IntStream.range(0, FLOWS).mapToObj(i -> "flow-" + i + " Flow number " + i + " [s-" + i + "]")
        .collect(Collectors.toList());
  }
}
