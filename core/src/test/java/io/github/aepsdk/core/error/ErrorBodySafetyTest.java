package io.github.aepsdk.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aepsdk.core.http.FlowCalls;
import io.github.aepsdk.core.http.RetryPolicy;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.MockAep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

/**
 * Error answers are untrusted text: their size, their line breaks and whatever they echo of the
 * request must not turn into giant, multi-line or credential-carrying exception messages.
 */
class ErrorBodySafetyTest {
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";
  private static final String HUBSPOT_SECRET = "hubspot-client-secret-5678";
  private static final String HUBSPOT_REFRESH_TOKEN = "hubspot-refresh-token-efgh";

  private static AepServiceException fail(MockAep aep, Runnable call) {
    return catchThrowableOfType(AepServiceException.class, call::run);
  }

  @Test
  void aLongErrorDetailGivesABoundedMessage() {
    String detail = "x".repeat(500_000);
    try (MockAep aep = MockAep.start(b -> b.retryPolicy(RetryPolicy.none()))) {   // a GET answered 500 is retried
      aep.enqueueJson(500, "{\"title\":\"Internal error\",\"detail\":\"" + detail + "\"}");
      AepServiceException e = fail(aep, () -> aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID));

      assertThat(e).isInstanceOf(ServerErrorException.class);
      assertThat(e.getMessage()).hasSizeLessThan(1_500).startsWith("GET /data/foundation/flowservice/flows/" + FLOW_ID
          + " failed with HTTP 500: Internal error - xxx").endsWith("x…");
      assertThat(e.detail()).contains(detail);
    }
  }

  @Test
  void aGiantErrorBodyIsCutAtOneMegabyte() {
    try (MockAep aep = MockAep.start(b -> b.retryPolicy(RetryPolicy.none()))) {   // a GET answered 500 is retried
      aep.enqueueJson(500, "{\"title\":\"Internal error\",\"detail\":\"" + "y".repeat(5_000_000) + "\"}");
      AepServiceException e = fail(aep, () -> aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID));

      assertThat(e.getMessage()).hasSizeLessThan(700).contains("failed with HTTP 500: {\"title\":\"Internal error\"");
      assertThat(e.rawBody()).hasSize(1024 * 1024 + "…(truncated at 1048576 bytes)".length())
          .endsWith("yyy…(truncated at 1048576 bytes)");
    }
  }

  @Test
  void anErrorBodyThatNeverEndsIsReadNoFurtherThanItsFirstMegabyte() {
    // Retrofit reads an error body whole before the call adapter keeps its first megabyte: this one never ends
    MockResponseBody endless = new MockResponseBody() {
      @Override
      public long getContentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        byte[] chunk = "z".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        while (true) { // until the client closes the connection
          sink.writeUtf8(Integer.toHexString(chunk.length)).writeUtf8("\r\n").write(chunk).writeUtf8("\r\n").flush();
        }
      }
    };
    try (MockAep aep = MockAep.start(b -> b.retryPolicy(RetryPolicy.none()).callTimeout(Duration.ofSeconds(30)))) {
      aep.server().enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/plain")
          .setHeader("Transfer-Encoding", "chunked").body(endless).build());
      AepServiceException e = fail(aep, () -> aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID));

      assertThat(e).isInstanceOf(ServerErrorException.class);
      assertThat(e.rawBody()).hasSize(1024 * 1024 + "…(truncated at 1048576 bytes)".length())
          .endsWith("zzz…(truncated at 1048576 bytes)");
    }
  }

  @Test
  void aGiantHtmlErrorPageIsBoundedToo() {
    try (MockAep aep = MockAep.start()) {
      aep.enqueue(502, "text/html", "<html>" + "<p>bad gateway</p>\n".repeat(200_000) + "</html>");
      AepServiceException e = fail(aep, () -> aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH)
          .createFlow(Map.of("name", "x")));

      assertThat(e.getMessage()).hasSizeLessThan(700).contains("<html><p>bad gateway</p> <p>bad gateway</p>");
      assertThat(e.rawBody()).hasSizeLessThan(1024 * 1024 + 100);
    }
  }

  @Test
  void lineBreaksInTheAnswerCannotForgeLogLines() {
    String forged = "Resource not found\r\n2024-05-01 12:00:00 INFO  [main] login ok user=admin\u2028\u0085next";
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(404, "{\"type\":\"https://ns.adobe.com/aep/errors/FLOW-1439-404\",\"title\":\"Not\\nfound\","
          + "\"report\":{\"detailed-message\":" + AepJson.adapter(String.class).toJson(forged) + ",\"request-id\":\"r-1\\r\\nX\"}}");
      AepServiceException e = fail(aep, () -> aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH).getFlow(FLOW_ID));

      assertThat(e.getMessage())
          .doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028").doesNotContain("\u0085")
          .endsWith("failed with HTTP 404 [FLOW-1439-404]: Not found - Resource not found 2024-05-01 12:00:00 INFO [main]"
              + " login ok user=admin next (request id r-1 X)");
      assertThat(e.detail()).contains(forged);
    }
  }

  @Test
  void credentialsTheAnswerEchoesAreMasked() throws IOException {
    String request = AepReference.read("examples/flowservice/create-base-connection-hubspot.request.json")
        .replace("{CLIENT_SECRET}", HUBSPOT_SECRET).replace("{REFRESH_TOKEN}", HUBSPOT_REFRESH_TOKEN);
    Map<String, Object> connection = AepJson.<Map<String, Object>>adapter(Map.class).fromJson(request);
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(400, "{\"type\":\"https://ns.adobe.com/aep/errors/FLOW-1003-400\",\"title\":\"Bad request\","
          + "\"detail\":\"test connection failed for clientSecret=" + HUBSPOT_SECRET + " refreshToken=" + HUBSPOT_REFRESH_TOKEN
          + " with token " + MockAep.TOKEN + " and key " + MockAep.API_KEY + "\"}");
      AepServiceException e = fail(aep, () -> aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH)
          .createConnection(connection));

      String everything = e.getMessage() + "\n" + e.rawBody() + "\n" + e.detail().orElseThrow() + "\n" + e.error();
      for (String secret : new String[] {HUBSPOT_SECRET, HUBSPOT_REFRESH_TOKEN, MockAep.TOKEN, MockAep.API_KEY}) {
        assertThat(everything).doesNotContain(secret);
      }
      assertThat(e.getMessage()).endsWith("[FLOW-1003-400]: Bad request - test connection failed for clientSecret=██"
          + " refreshToken=██ with token ██ and key ██");
      assertThat(e.errorCode()).contains("FLOW-1003-400");
    }
  }
}
