package io.github.aepsdk.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.http.AccessTokenProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer standing in for the AEP gateway, with an {@link AepClient} pointed at it.
 *
 * <pre>{@code
 * try (MockAep aep = MockAep.start()) {
 *   aep.enqueueJson(200, AepReference.read("examples/flowservice/get-flow.response.json"));
 *   Flow flow = aep.client().flowService().getFlow("id");
 *   RecordedRequest request = aep.takeRequest();   // gateway headers already asserted
 * }
 * }</pre>
 */
public final class MockAep implements AutoCloseable {
  public static final String TOKEN = "test-access-token-0123456789abcdef0123456789";
  public static final String API_KEY = "test-client-id";
  public static final String IMS_ORG = "0123456789ABCDEF01234567@AdobeOrg";
  public static final String SANDBOX = "dev";

  private final MockWebServer server;
  private final AepClient client;

  private MockAep(MockWebServer server) {
    this.server = server;
    this.client = AepClient.builder()
        .baseUrl(server.url("/").toString())
        .imsOrgId(IMS_ORG)
        .apiKey(API_KEY)
        .accessTokenProvider(AccessTokenProvider.ofStatic(TOKEN))
        .sandboxName(SANDBOX)
        .build();
  }

  /** Starts a server on loopback and a client for it. */
  public static MockAep start() {
    MockWebServer server = new MockWebServer();
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MockAep(server);
  }

  /** The client that calls this server. */
  public AepClient client() {
    return client;
  }

  /** The underlying server. */
  public MockWebServer server() {
    return server;
  }

  /** Queues an answer with {@code Content-Type: application/json}. */
  public MockAep enqueueJson(int status, String body) {
    return enqueue(status, "application/json", body);
  }

  /** Queues an answer with the given content type. */
  public MockAep enqueue(int status, String contentType, String body) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", contentType).body(body).build());
    return this;
  }

  /**
   * The next request the server received, after asserting the four gateway headers and, when it has
   * a body, {@code Content-Type: application/json} exactly (or {@code application/json-patch+json}).
   */
  public RecordedRequest takeRequest() {
    RecordedRequest request;
    try {
      request = server.takeRequest(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    assertThat(request).as("a request reached the server").isNotNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("x-gw-ims-org-id")).isEqualTo(IMS_ORG);
    assertThat(request.getHeaders().get("x-sandbox-name")).isEqualTo(SANDBOX);
    if (request.getBody() != null && request.getBody().size() > 0) {
      assertThat(request.getHeaders().get("Content-Type")).isIn("application/json", "application/json-patch+json");
    }
    return request;
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
