package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone jar as a separate process ({@code java -jar}), called over HTTP the way curl would:
 * a token from its IMS endpoint, then the tutorial's calls with Adobe's doc bodies ({@link Tutorial}'s
 * request bodies; JSON trees through {@link Json}). Nothing runs in this JVM but the client.
 */
class StandaloneServerIT {
  private static final Path JAR = Paths.get(System.getProperty("standalone.jar"));
  private static final String SANDBOX = "dev";

  private final HttpClient client = HttpClient.newHttpClient();
  private Server server;
  private Map<String, String> settings;
  private String token;

  @AfterEach
  void stop() {
    if (server != null) {
      server.process.destroyForcibly();
    }
  }

  @Test
  void servesTheTutorialWithATokenFromItsImsThenStopsOnSigterm() throws Exception {
    server = new Server("--port", "0", "--tenant", "acme");
    assertThat(server.nextLine()).startsWith("AEP local platform ").endsWith(" is running; Ctrl-C stops it.");
    settings = server.settings();
    String baseUrl = settings.get("AEP_BASE_URL");
    assertThat(baseUrl).matches("http://localhost:[1-9][0-9]*");
    assertThat(settings).containsEntry("AEP_IMS_URL", baseUrl)
        .containsEntry("AEP_IMS_TOKEN_URL", baseUrl + "/ims/token/v3")
        .containsEntry("AEP_CLIENT_ID", "local-platform-client")
        .containsEntry("AEP_CLIENT_SECRET", "p8e-local-platform-secret")
        .containsEntry("AEP_IMS_ORG_ID", "0A1B2C3D4E5F60718293A4B5@AdobeOrg")
        .containsEntry("AEP_SCOPES", "openid,session,AdobeID,read_organizations,additional_info.projectedProductContext")
        .containsEntry("AEP_TENANT_ID", "acme");

    token = "not-issued-here";
    assertThat(call("GET", "/data/foundation/flowservice/connectionSpecs", null).statusCode()).isEqualTo(401);
    Map<String, Object> issued = Json.map(imsToken());
    assertThat(issued).containsEntry("token_type", "bearer").containsEntry("expires_in", 86399L);
    token = (String) issued.get("access_token");

    String schemaId = Json.string(post(Tutorial.SCHEMAS, Tutorial.schemaRequest(), 201), "$id");
    assertThat(schemaId).startsWith("https://ns.adobe.com/acme/schemas/");
    String dataSetRef = (String) Json.list(post(Tutorial.DATASETS + "?requestDataSource=true",
        Tutorial.dataSetRequest(schemaId), 201)).get(0);
    assertThat(dataSetRef).startsWith("@/dataSets/");
    String dataSetId = dataSetRef.substring("@/dataSets/".length());
    assertThat(Json.at(get(Tutorial.DATASETS + "/" + dataSetId), dataSetId + ".schemaRef.id")).isEqualTo(schemaId);

    String hubSpotConnectionId = created(Tutorial.FLOW_SERVICE + "/connections", Tutorial.hubSpotConnectionRequest());
    String dataLakeConnectionId = created(Tutorial.FLOW_SERVICE + "/connections", Tutorial.dataLakeConnectionRequest());
    assertThat(dataLakeConnectionId).isNotEqualTo(hubSpotConnectionId);
    String sourceConnectionId = created(Tutorial.FLOW_SERVICE + "/sourceConnections",
        Tutorial.sourceConnectionRequest(hubSpotConnectionId));
    assertThat(Json.at(item(get(Tutorial.FLOW_SERVICE + "/sourceConnections/" + sourceConnectionId)), "baseConnectionId"))
        .isEqualTo(hubSpotConnectionId);
    String targetConnectionId = created(Tutorial.FLOW_SERVICE + "/targetConnections",
        Tutorial.targetConnectionRequest(schemaId, dataSetId));
    String mappingSetId = Json.string(post(Tutorial.MAPPING_SETS, Tutorial.mappingSetRequest(schemaId), 200), "id");
    assertThat(mappingSetId).isNotBlank();

    Map<String, Object> flowSpec = item(get(Tutorial.FLOW_SERVICE + "/flowSpecs?property=name==%22CRMToAEP%22"));
    assertThat(flowSpec).containsEntry("name", "CRMToAEP").containsEntry("id", "14518937-270c-4525-bdec-c2ba7cce3860");
    Map<String, Object> flowRequest = Tutorial.flowRequest(sourceConnectionId, targetConnectionId, mappingSetId);
    Tutorial.set(flowRequest, "flowSpec.id", flowSpec.get("id"));
    String flowId = created(Tutorial.FLOW_SERVICE + "/flows", flowRequest);

    Map<String, Object> run = item(get(Tutorial.FLOW_SERVICE + "/runs?property=flowId==" + flowId));
    assertThat(run).containsEntry("flowId", flowId);
    assertThat(Json.at(run, "metrics.statusSummary.status")).isEqualTo("success");
    assertThat(Json.at(run, "metrics.recordSummary")).isEqualTo(Map.of(
        "inputRecordCount", 5L, "outputRecordCount", 4L, "failedRecordCount", 1L));

    // SIGTERM, as a service manager stops it (Process.destroy() would also close the output this test reads)
    assertThat(server.process.toHandle().destroy()).isTrue();
    assertThat(server.process.waitFor(20, TimeUnit.SECONDS)).as("exited").isTrue();
    assertThat(server.remainingOutput()).as("the shutdown hook ran").containsExactly("AEP local platform stopped");
    assertThat(server.process.exitValue()).as("128 + SIGTERM").isEqualTo(143);
  }

  @Test
  void versionIsTheOneInTheJarsName() throws Exception {
    String fileName = JAR.getFileName().toString();
    String version = fileName.substring("aep-local-platform-".length(), fileName.length() - "-standalone.jar".length());

    server = new Server("--version");

    assertThat(server.process.waitFor(20, TimeUnit.SECONDS)).as("exited").isTrue();
    assertThat(server.process.exitValue()).isZero();
    assertThat(server.remainingOutput()).containsExactly("aep-local-platform " + version);
  }

  private Object imsToken() {
    String form = "client_id=" + encode(settings.get("AEP_CLIENT_ID"))
        + "&client_secret=" + encode(settings.get("AEP_CLIENT_SECRET"))
        + "&grant_type=client_credentials"
        + "&scope=" + encode(settings.get("AEP_SCOPES"));
    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(settings.get("AEP_IMS_TOKEN_URL")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(answer.statusCode()).as("IMS answer %s", answer.body()).isEqualTo(200);
    return Json.parse(answer.body());
  }

  /** A Flow Service create: 201 with {@code {id, etag}}; the id. */
  private String created(String path, Object body) {
    Map<String, Object> answer = Json.map(post(path, body, 201));
    assertThat(answer).containsOnlyKeys("id", "etag");
    return (String) answer.get("id");
  }

  private Object post(String path, Object body, int expectedStatus) {
    HttpResponse<String> answer = call("POST", path, body);
    assertThat(answer.statusCode()).as("POST %s answered %s", path, answer.body()).isEqualTo(expectedStatus);
    return Json.parse(answer.body());
  }

  private Object get(String path) {
    HttpResponse<String> answer = call("GET", path, null);
    assertThat(answer.statusCode()).as("GET %s answered %s", path, answer.body()).isEqualTo(200);
    return Json.parse(answer.body());
  }

  /** The only item of a Flow Service {@code {"items":[x]}} answer. */
  private static Map<String, Object> item(Object answer) {
    List<Object> items = Json.list(Json.at(answer, "items"));
    assertThat(items).as("items of %s", answer).hasSize(1);
    return Json.map(items.get(0));
  }

  /** A platform call with the four gateway headers, as the tutorial's curl commands send them. */
  private HttpResponse<String> call(String method, String path, Object body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.get("AEP_BASE_URL") + path))
        .header("Authorization", "Bearer " + token)
        .header("x-api-key", settings.get("AEP_CLIENT_ID"))
        .header("x-gw-ims-org-id", settings.get("AEP_IMS_ORG_ID"))
        .header("x-sandbox-name", SANDBOX);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** {@code java -jar <standalone jar> args}; its stdout and stderr, merged, read line by line. */
  private static final class Server {
    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    Server(String... args) throws IOException {
      assertThat(JAR).as("the standalone jar (built by `package`)").exists();
      List<String> command = new ArrayList<>(List.of(
          Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
      command.addAll(List.of(args));
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
      reader = new Thread(this::readOutput, "standalone-output");
      reader.setDaemon(true);
      reader.start();
    }

    private void readOutput() {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("(output unreadable: " + e + ")");
      }
    }

    String nextLine() throws InterruptedException {
      String line = lines.poll(20, TimeUnit.SECONDS);
      assertThat(line).as("a line of output within 20 s").isNotNull();
      return line;
    }

    /** The eight {@code NAME=value} lines after the first line. */
    Map<String, String> settings() throws InterruptedException {
      Map<String, String> settings = new LinkedHashMap<>();
      for (int i = 0; i < 8; i++) {
        String line = nextLine();
        assertThat(line).matches("AEP_[A-Z_]+=\\S+");
        settings.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
      return settings;
    }

    /** The lines not read yet, once the process has exited and its output is closed. */
    List<String> remainingOutput() throws InterruptedException {
      reader.join(TimeUnit.SECONDS.toMillis(20));
      List<String> rest = new ArrayList<>();
      lines.drainTo(rest);
      return rest;
    }
  }
}
