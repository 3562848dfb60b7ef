package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ItemsPage;
import java.net.ProtocolException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * How an answer's body reaches the decoder: one with a {@code Content-Length} is read whole first,
 * one without (chunked) as it arrives; both give the same page, and a connection lost part-way
 * through a body is an I/O failure that names the call, never a half-read page.
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

  private static MockResponse.Builder json() {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json");
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
