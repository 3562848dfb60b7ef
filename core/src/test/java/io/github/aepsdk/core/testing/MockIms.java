package io.github.aepsdk.core.testing;

import io.github.aepsdk.testsupport.AepReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer standing in for Adobe IMS ({@code POST /ims/token/v3}). Each token request is
 * answered with the documented token response ({@code examples/auth/ims-token.response.json}) whose
 * {@code {ACCESS_TOKEN}} is replaced by a new token, {@link #token(int)}; scripted answers queued
 * with {@link #enqueue} come first. Counts the requests it receives.
 */
public final class MockIms implements AutoCloseable {
  /** Client id of the test credential (also the {@code x-api-key}). */
  public static final String CLIENT_ID = MockAep.API_KEY;
  /** Client secret of the test credential; must never show up in messages or logs. */
  public static final String CLIENT_SECRET = "p8e-S3cr3t-Must-Never-Be-Logged-7b1f04c2a9";
  private static final String TOKEN_RESPONSE = AepReference.read("examples/auth/ims-token.response.json");

  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicInteger received = new AtomicInteger();
  private final ConcurrentLinkedQueue<MockResponse> scripted = new ConcurrentLinkedQueue<>();
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private volatile String expiresIn = "86399";
  private volatile Duration delay = Duration.ZERO;

  private MockIms() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        received.incrementAndGet();
        if (!delay.isZero()) {
          TimeUnit.MILLISECONDS.sleep(delay.toMillis());
        }
        MockResponse next = scripted.poll();
        if (next != null) {
          return next;
        }
        if (!"/ims/token/v3".equals(request.getUrl().encodedPath())) {
          return new MockResponse.Builder().code(404).build();
        }
        String token = token(issued.incrementAndGet());
        tokens.add(token);
        String body = TOKEN_RESPONSE.replace("{ACCESS_TOKEN}", token).replace("86399", expiresIn);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json;charset=utf-8").body(body).build();
      }
    });
  }

  /** Starts IMS on loopback. */
  public static MockIms start() {
    MockIms ims = new MockIms();
    try {
      ims.server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ims;
  }

  /** The n-th token this IMS issues (1-based); long enough that masks hide all but its last 4 characters. */
  public static String token(int n) {
    return "eyJhbGciOiJSUzI1NiJ9.ims-access-token-" + n + ".c2lnbmF0dXJl";
  }

  /** The IMS base URL to configure ({@code http://127.0.0.1:port/}). */
  public String url() {
    return server.url("/").toString();
  }

  /** The underlying server. */
  public MockWebServer server() {
    return server;
  }

  /** Requests received so far (token requests and scripted ones). */
  public int requestCount() {
    return received.get();
  }

  /** Tokens issued so far, in order. */
  public List<String> issuedTokens() {
    return List.copyOf(tokens);
  }

  /** Sets the {@code expires_in} of the next token answers (the document's 86399 by default). */
  public MockIms expiresIn(String seconds) {
    this.expiresIn = seconds;
    return this;
  }

  /** Delays every answer, so concurrent callers pile up behind one request. */
  public MockIms delay(Duration delay) {
    this.delay = delay;
    return this;
  }

  /** Queues an answer given before any token answer. */
  public MockIms enqueue(MockResponse response) {
    scripted.add(response);
    return this;
  }

  /** Queues a JSON error answer. */
  public MockIms enqueueError(int status, String json) {
    return enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(json).build());
  }

  /** The next request IMS received. */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached IMS");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
