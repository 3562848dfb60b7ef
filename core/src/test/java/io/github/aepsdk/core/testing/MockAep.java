package io.github.aepsdk.core.testing;

import io.github.aepsdk.testsupport.AepReference;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.http.AccessTokenProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
  private final MockIms ims;

  private MockAep(MockWebServer server, MockIms ims, Consumer<AepClient.Builder> customizer) {
    this.server = server;
    this.ims = ims;
    AepClient.Builder builder = AepClient.builder()
        .baseUrl(server.url("/").toString())
        .imsOrgId(IMS_ORG)
        .sandboxName(SANDBOX);
    if (ims != null) {
      builder.oauthServerToServer(MockIms.CLIENT_ID, MockIms.CLIENT_SECRET, "openid", "AdobeID", "read_organizations")
          .imsUrl(ims.url());
    } else {
      builder.apiKey(API_KEY).accessTokenProvider(AccessTokenProvider.ofStatic(TOKEN));
    }
    customizer.accept(builder);
    this.client = builder.build();
  }

  /** Starts a server on loopback and a client for it (static token {@link #TOKEN}). */
  public static MockAep start() {
    return start(b -> {});
  }

  /**
   * Starts a server on loopback and a client for it (static token {@link #TOKEN}) after {@code
   * customizer} has adjusted the client builder (retries, timeouts, logging, clock, sleeper…).
   */
  public static MockAep start(Consumer<AepClient.Builder> customizer) {
    return new MockAep(startServer(), null, customizer);
  }

  /**
   * Starts a server on loopback and a client for it that gets its tokens from {@code ims} with
   * OAuth Server-to-Server ({@link MockIms#CLIENT_ID}, {@link MockIms#CLIENT_SECRET}), after {@code
   * customizer} has adjusted the client builder. {@link #takeRequest()} then accepts any token
   * {@code ims} issued.
   */
  public static MockAep startWithIms(MockIms ims, Consumer<AepClient.Builder> customizer) {
    return new MockAep(startServer(), ims, customizer);
  }

  private static MockWebServer startServer() {
    MockWebServer server = new MockWebServer();
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
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
    if (ims == null) {
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    } else {
      assertThat(request.getHeaders().get("Authorization")).startsWith("Bearer ");
      assertThat(ims.issuedTokens()).contains(request.getHeaders().get("Authorization").substring("Bearer ".length()));
    }
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
