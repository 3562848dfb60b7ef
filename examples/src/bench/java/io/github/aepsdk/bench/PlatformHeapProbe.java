package io.github.aepsdk.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Measures the heap a {@link LocalPlatform} retains while it serves a long run of requests (in this
 * JVM, from two client threads on one kept-alive OkHttp client). It creates a fixed set of resources
 * once (a schema, a dataset, {@value #CONNECTIONS} HubSpot base connections), then sends rounds of
 * ten requests: nine GETs of lists and single resources across the four services and one IMS token
 * request, whose token the thread uses from then on. Before the first round and after every 100,000
 * requests it runs a full GC twice and reads the used heap, which then is what is still reachable.
 * Every answer must be a success (2xx), or the probe fails.
 *
 * <pre>
 * java -Xmx1g -cp &lt;bench class path&gt; io.github.aepsdk.bench.PlatformHeapProbe [requests] [recordedCallLimit]
 * </pre>
 *
 * <p>{@code requests} defaults to 1,000,000; {@code recordedCallLimit} sets {@link
 * LocalPlatform.Builder#recordedCallLimit(int)} (default: the platform's default), e.g. {@code
 * 2147483647} to keep every call as the platform did before the window. The README's "Local
 * platform memory" section gives the command with the class path and the figures. Prints one line:
 * {@code HEAP platform <requests>:<bytes> ... served=<requestCount> recorded=<recordedCalls> seconds=<s>}.
 */
public final class PlatformHeapProbe {
  private static final int CONNECTIONS = 10;
  private static final int SAMPLE_EVERY = 100_000;
  private static final int THREADS = 2;
  private static final String SANDBOX = "prod";
  private static final String HUBSPOT_SPEC = "cc6a4487-9e91-433e-a3a3-9cf6626c1806";
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private final LocalPlatform platform;
  private final OkHttpClient http = new OkHttpClient();
  private final List<String> connectionIds = new ArrayList<>();
  private String dataSetId;
  private String schemaPath;

  private PlatformHeapProbe(LocalPlatform platform) {
    this.platform = platform;
  }

  public static void main(String[] args) throws Exception {
    long requests = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    LocalPlatform platform = args.length > 1
        ? LocalPlatform.builder().recordedCallLimit(Integer.parseInt(args[1])).start()
        : LocalPlatform.start();
    long begin = System.nanoTime();
    StringBuilder out = new StringBuilder("HEAP platform");
    try (platform) {
      PlatformHeapProbe probe = new PlatformHeapProbe(platform);
      probe.createResources(platform.issueAccessToken());
      out.append(" 0:").append(retained());
      for (long sent = 0; sent < requests; ) {
        int batch = (int) Math.min(SAMPLE_EVERY, requests - sent);
        probe.send(batch);
        sent += batch;
        out.append(' ').append(sent).append(':').append(retained());
      }
      out.append(" served=").append(platform.requestCount()).append(" recorded=").append(platform.recordedCalls().size());
    }
    out.append(" seconds=").append((System.nanoTime() - begin) / 1_000_000_000);
    System.out.println(out);
  }

  /** The fixed set of resources the reads then read: created once, so the platform's state stops growing. */
  private void createResources(String token) {
    Map<?, ?> schema = (Map<?, ?>) call("POST", "/data/foundation/schemaregistry/tenant/schemas", token,
        Map.of("type", "object", "title", "Heap probe schema",
            "meta:class", "https://ns.adobe.com/xdm/context/profile",
            "allOf", List.of(Map.of("$ref", "https://ns.adobe.com/xdm/context/profile"))));
    String schemaId = (String) schema.get("$id");
    schemaPath = "/data/foundation/schemaregistry/tenant/schemas/" + URLEncoder.encode(schemaId, StandardCharsets.UTF_8);
    List<?> created = (List<?>) call("POST", "/data/foundation/catalog/dataSets", token, Map.of("name", "heap-probe",
        "schemaRef", Map.of("id", schemaId, "contentType", "application/vnd.adobe.xed+json;version=1")));
    dataSetId = ((String) created.get(0)).substring("@/dataSets/".length());
    for (int i = 0; i < CONNECTIONS; i++) {
      Map<?, ?> connection = (Map<?, ?>) call("POST", "/data/foundation/flowservice/connections", token,
          Map.of("name", "heap probe " + i,
              "auth", Map.of("specName", "Basic Authentication", "params", Map.of("clientId", "id",
                  "clientSecret", "secret", "accessToken", "access", "refreshToken", "refresh")),
              "connectionSpec", Map.of("id", HUBSPOT_SPEC, "version", "1.0")));
      connectionIds.add((String) connection.get("id"));
    }
  }

  /** {@code count} requests from {@link #THREADS} threads, in rounds of nine GETs and one token request. */
  private void send(int count) throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int share = count / THREADS + (t < count % THREADS ? 1 : 0);
      Thread thread = new Thread(() -> {
        try {
          String token = platform.issueAccessToken();
          for (int i = 0; i < share; i++) {
            token = request(i, token);
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a request failed", failure.get());
    }
  }

  /** Request {@code i} of a thread's run; returns the token to use from then on. */
  private String request(int i, String token) {
    String connectionId = connectionIds.get(i / 10 % CONNECTIONS);
    switch (i % 10) {
      case 0:
        return (String) ((Map<?, ?>) ims()).get("access_token");
      case 1:
        call("GET", "/data/foundation/flowservice/connections", token, null);
        break;
      case 2:
        call("GET", "/data/foundation/flowservice/connections/" + connectionId, token, null);
        break;
      case 3:
        call("GET", "/data/foundation/flowservice/connectionSpecs/" + HUBSPOT_SPEC, token, null);
        break;
      case 4:
        call("GET", "/data/foundation/flowservice/connections?limit=3&property=name==%22heap%20probe%201%22", token, null);
        break;
      case 5:
        call("GET", "/data/foundation/catalog/dataSets", token, null);
        break;
      case 6:
        call("GET", "/data/foundation/catalog/dataSets/" + dataSetId, token, null);
        break;
      case 7:
        call("GET", "/data/foundation/schemaregistry/tenant/schemas", token, null,
            "Accept", "application/vnd.adobe.xed-id+json");
        break;
      case 8:
        call("GET", schemaPath, token, null, "Accept", "application/vnd.adobe.xed+json; version=1");
        break;
      default:
        call("GET", "/data/foundation/conversion/mappingSets?limit=10&start=0", token, null);
    }
    return token;
  }

  private Object ims() {
    FormBody form = new FormBody.Builder()
        .add("grant_type", "client_credentials")
        .add("client_id", LocalPlatform.CLIENT_ID)
        .add("client_secret", LocalPlatform.CLIENT_SECRET)
        .add("scope", LocalPlatform.SCOPES)
        .build();
    return execute(new Request.Builder().url(platform.imsTokenUrl()).post(form).build());
  }

  private Object call(String method, String path, String token, Object body, String... headers) {
    Request.Builder request = new Request.Builder().url(platform.baseUrl() + path)
        .header("Authorization", "Bearer " + token)
        .header("x-api-key", LocalPlatform.CLIENT_ID)
        .header("x-gw-ims-org-id", LocalPlatform.IMS_ORG_ID)
        .header("x-sandbox-name", SANDBOX)
        .method(method, body == null ? null : RequestBody.create(JSON.toJson(body), JSON_TYPE));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return execute(request.build());
  }

  private Object execute(Request request) {
    try (Response response = http.newCall(request).execute()) {
      String text = response.body().string();
      if (response.code() >= 300) {
        throw new IllegalStateException(request.method() + " " + request.url() + " answered " + response.code() + " " + text);
      }
      return JSON.fromJson(text);
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.url(), e);
    }
  }

  private static long retained() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
