package io.github.aepsdk.bench;

import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.localplatform.NoDelayServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * The loopback servers every target talks to, in a process of their own so that their CPU time,
 * allocation and garbage stay out of the client's JMH measurements ({@code -prof gc} counts every
 * thread of the JVM it runs in):
 *
 * <ul>
 *   <li>a {@link MockWebServer} serving the {@link Canned} bodies: {@code GET
 *       /data/foundation/flowservice/flows/{id}}, {@code .../flowservice/flows?limit=100}, {@code
 *       /data/foundation/catalog/dataSets?start=&limit=100} (the 100,000-dataset walk) and {@code
 *       /data/foundation/schemaregistry/tenant/schemas/{id}} with {@code Accept} xed-full. A request
 *       without the four gateway headers gets 401, so every target provably sends them;
 *   <li>a {@link LocalPlatform} (any token accepted, flows not run) for the tutorial benchmarks;
 *   <li>the same with every answer {@value IngestionBench#LATENCY_MILLIS} ms late for the ingestion benchmark.
 * </ul>
 *
 * Prints {@code READY <canned base url> <platform base url> <latency platform base url>} and serves
 * until its standard input closes.
 */
public final class BenchServer {
  private BenchServer() {}

  public static void main(String[] args) throws Exception {
    MockWebServer canned = startCanned();
    // connections and flows enabled at once: the builder's readiness check reads each once and never sleeps
    try (LocalPlatform platform = LocalPlatform.builder().lenientTokens(true).autoRunFlows(false).provisioningReads(0)
        .start();
        LocalPlatform latent = LocalPlatform.builder().lenientTokens(true).autoRunFlows(false).provisioningReads(0)
            .latency(Duration.ofMillis(IngestionBench.LATENCY_MILLIS)).start()) {
      String base = canned.url("/").toString();
      System.out.println("READY " + base.substring(0, base.length() - 1) + " " + platform.baseUrl() + " "
          + latent.baseUrl());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the runner closes our input
      }
    } finally {
      canned.close();
    }
  }

  /** Starts the canned server on a free loopback port. */
  public static MockWebServer startCanned() throws IOException {
    MockWebServer server = new MockWebServer();
    if (!Boolean.getBoolean("bench.server.nagle")) { // -Dbench.server.nagle=true shows the ~40 ms stalls
      server.setServerSocketFactory(new NoDelayServerSocketFactory());
    }
    server.setDispatcher(new CannedDispatcher());
    server.start(InetAddress.getLoopbackAddress(), 0);
    Thread drain = new Thread(() -> {
      // MockWebServer keeps every request for takeRequest(); drop them so memory stays flat
      try {
        while (true) {
          server.takeRequest();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "drain-recorded-requests");
    drain.setDaemon(true);
    drain.start();
    return server;
  }

  /** Routes requests to the canned bodies, built once. */
  static final class CannedDispatcher extends Dispatcher {
    private final MockResponse flow = json(Canned.flow());
    private final MockResponse flows = json(Canned.flowsPage());
    private final MockResponse schema = json(Canned.xedFullSchema());
    private final MockResponse[] dataSetPages = new MockResponse[Canned.PAGES + 1];

    CannedDispatcher() {
      for (int p = 0; p <= Canned.PAGES; p++) {
        dataSetPages[p] = json(Canned.dataSetsPage(p * Canned.PAGE));
      }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      var headers = request.getHeaders();
      if (!("Bearer " + Canned.TOKEN).equals(headers.get("Authorization"))
          || !Canned.API_KEY.equals(headers.get("x-api-key"))
          || !Canned.IMS_ORG.equals(headers.get("x-gw-ims-org-id"))
          || !Canned.SANDBOX.equals(headers.get("x-sandbox-name"))) {
        return error(401, "gateway headers missing");
      }
      HttpUrl url = request.getUrl();
      String path = url.encodedPath();
      if (path.equals("/data/foundation/flowservice/flows/" + Canned.FLOW_ID)) {
        return flow;
      }
      if (path.equals("/data/foundation/flowservice/flows") && "100".equals(url.queryParameter("limit"))) {
        return flows;
      }
      if (path.equals("/data/foundation/catalog/dataSets") && "100".equals(url.queryParameter("limit"))) {
        String start = url.queryParameter("start");
        int s = start == null ? 0 : Integer.parseInt(start);
        if (s % Canned.PAGE != 0 || s < 0) {
          return error(400, "start must be a multiple of 100");
        }
        return dataSetPages[Math.min(s / Canned.PAGE, Canned.PAGES)];
      }
      if (path.startsWith("/data/foundation/schemaregistry/tenant/schemas/")) {
        String accept = headers.get("Accept");
        if (accept == null || !accept.startsWith("application/vnd.adobe.xed-full+json")) {
          return error(406, "Accept must be xed-full");
        }
        if (!url.pathSegments().get(url.pathSize() - 1).equals(Canned.SCHEMA_ID)) {
          return error(404, "no such schema");
        }
        return schema;
      }
      return error(404, "no route for " + request.getMethod() + " " + url);
    }

    private static MockResponse json(byte[] body) {
      return new MockResponse.Builder()
          .setHeader("Content-Type", "application/json")
          .body(new Buffer().write(body))
          .build();
    }

    private static MockResponse error(int code, String message) {
      return new MockResponse.Builder()
          .code(code)
          .setHeader("Content-Type", "application/json")
          .body("{\"error_code\":\"" + code + "\",\"message\":\"" + message + "\"}")
          .build();
    }
  }
}
