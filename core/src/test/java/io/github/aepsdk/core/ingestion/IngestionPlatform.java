package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.ingestion.IngestionResources;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.MarketingAutomationIngestion;
import io.github.aepsdk.core.ingestion.XdmType;
import io.github.aepsdk.core.testing.TimingOutSocketFactory;
import io.github.aepsdk.localplatform.Chaos;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.ConnectionAuth;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.XdmSummary;
import io.github.aepsdk.testsupport.FakeClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link LocalPlatform} and a real {@link AepClient} for it (OAuth Server-to-Server through the
 * platform's IMS, as the example's {@code localClient} does), with a sleeper that records the waits
 * the SDK asks for (retries, readiness polls, first-run polls), moves a {@link FakeClock} shared by
 * the client and the platform on by them, and returns at once: time passes without real waiting.
 *
 * <p>A test class holds one per test as {@code @RegisterExtension final IngestionPlatform p =
 * IngestionPlatform.start();}: it is closed after each test.
 */
final class IngestionPlatform implements AutoCloseable, AfterEachCallback {
  static final String SANDBOX = "prod";
  static final String NAME = "HubSpot contacts";
  /** The resource kinds of {@link LocalPlatform#resourceCounts(String)} an ingestion creates. */
  static final List<String> CREATED_KINDS = List.of(
      "connections", "classes", "schemas", "sourceConnections", "dataSets", "targetConnections", "mappingSets", "flows");
  /** The resource counts of one complete ingestion (two connections: HubSpot and Data Lake; two schemas). */
  static final Map<String, Integer> ONE_OF_EACH = Collections.unmodifiableMap(new TreeMap<>(Map.of(
      "connections", 2, "classes", 1, "schemas", 2, "sourceConnections", 1, "dataSets", 1, "targetConnections", 1,
      "mappingSets", 1, "flows", 1)));
  /** Fixed start of the schedules (epoch seconds 1718000000). */
  static final Instant START = Instant.ofEpochSecond(1_718_000_000L);
  /**
   * The steps whose resource AEP provisions asynchronously (a connection or a flow): on a platform
   * with the default {@code provisioningReads(1)} each waits once for it to be enabled.
   */
  static final Set<IngestionStep> PROVISIONED = Collections.unmodifiableSet(EnumSet.of(IngestionStep.BASE_CONNECTION,
      IngestionStep.SOURCE_CONNECTION, IngestionStep.DATASET_BASE_CONNECTION, IngestionStep.TARGET_CONNECTION,
      IngestionStep.DATAFLOW));
  /** The source side's steps, in the order it takes them; it runs at the same time as the target side. */
  static final List<IngestionStep> SOURCE_SIDE = List.of(IngestionStep.BASE_CONNECTION, IngestionStep.ADHOC_CLASS,
      IngestionStep.ADHOC_SCHEMA, IngestionStep.SOURCE_CONNECTION);
  /** The target side's steps, in the order it takes them. */
  static final List<IngestionStep> TARGET_SIDE = List.of(IngestionStep.TARGET_SCHEMA, IngestionStep.DATASET,
      IngestionStep.DATASET_BASE_CONNECTION, IngestionStep.TARGET_CONNECTION, IngestionStep.MAPPING_SET);
  /** The steps taken once both sides have ended, in order. */
  static final List<IngestionStep> AFTER_SIDES = List.of(IngestionStep.FLOW_SPEC, IngestionStep.DATAFLOW,
      IngestionStep.FIRST_RUN);

  /** The side {@code step} is on ({@link #SOURCE_SIDE}, {@link #TARGET_SIDE}) or {@link #AFTER_SIDES}. */
  static List<IngestionStep> side(IngestionStep step) {
    return SOURCE_SIDE.contains(step) ? SOURCE_SIDE : TARGET_SIDE.contains(step) ? TARGET_SIDE : AFTER_SIDES;
  }

  /** The other side's steps of a side's {@code step}; none for a step after both sides. */
  static List<IngestionStep> otherSide(IngestionStep step) {
    return SOURCE_SIDE.contains(step) ? TARGET_SIDE : TARGET_SIDE.contains(step) ? SOURCE_SIDE : List.of();
  }

  /**
   * Asserts that {@code actual} holds the elements of {@code expected} in the order an ingestion
   * guarantees: each side's in their order in {@code expected}, the two sides interleaved in any way,
   * and those of the steps after both sides last, in their order.
   */
  static <T> void assertPerSideOrder(List<T> actual, List<T> expected, Function<T, IngestionStep> step) {
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    for (List<IngestionStep> side : List.of(SOURCE_SIDE, TARGET_SIDE, AFTER_SIDES)) {
      assertThat(onSide(actual, side, step)).as("in the order of the side of %s", side)
          .containsExactlyElementsOf(onSide(expected, side, step));
    }
    int after = onSide(expected, AFTER_SIDES, step).size();
    assertThat(actual.subList(actual.size() - after, actual.size())).as("after both sides")
        .containsExactlyElementsOf(onSide(expected, AFTER_SIDES, step));
  }

  /** The elements of {@code list} whose step is on {@code side}, in their order. */
  static <T> List<T> onSide(List<T> list, List<IngestionStep> side, Function<T, IngestionStep> step) {
    return list.stream().filter(e -> side.contains(step.apply(e))).collect(Collectors.toList());
  }

  /**
   * The longest a step's duration can be on the shared {@link FakeClock}, which only the SDK's
   * waits move: its own waits, and those of the other side's {@code provisioned} steps, which may
   * fall within it.
   */
  static Duration upToOtherSideWaits(IngestionStep step, Duration own, Set<IngestionStep> provisioned) {
    long others = otherSide(step).stream().filter(provisioned::contains).count();
    return own.plus(READINESS_POLL.multipliedBy(others));
  }

  /** The default readiness poll interval; no retry in these tests waits as long. */
  static final Duration READINESS_POLL = Duration.ofSeconds(30);

  private static final OkHttpClient RAW = new OkHttpClient();

  /**
   * More waits than the tests of one platform ask for (IngestionUnderChaosTest's hundred ingestions
   * ask for hundreds), few enough that a wait without end fails in seconds.
   */
  static final int MAX_WAITS = 5_000;

  final LocalPlatform platform;
  final FakeClock clock = new FakeClock(START);
  final AepClient aep;
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  /**
   * The client's sockets. An answer chaos holds back after acting ({@link
   * Chaos.Kind#TIMEOUT_AFTER_ACTING}) times the client's wait out as soon as the platform has
   * acted (and the answers of the client's other calls to the same method and path have come), with
   * the exception of a read timeout: no test waits for a real read timeout, and no
   * normal answer is slow enough to hit one.
   */
  final TimingOutSocketFactory sockets = new TimingOutSocketFactory();

  private IngestionPlatform(Consumer<LocalPlatform.Builder> platformSettings, Consumer<AepClient.Builder> clientSettings) {
    LocalPlatform.Builder platformBuilder = LocalPlatform.builder().clock(clock).onEachCall(call -> call.chaos()
        .filter(hit -> hit.kind() == Chaos.Kind.TIMEOUT_AFTER_ACTING)
        .ifPresent(hit -> sockets.timeOut(call.method(), call.path())));
    platformSettings.accept(platformBuilder);
    platform = platformBuilder.start();
    LocalPlatform.Credentials credentials = platform.credentials();
    AepClient.Builder client = AepClient.builder()
        .baseUrl(platform.baseUrl())
        .imsUrl(platform.imsUrl())
        .imsOrgId(credentials.imsOrgId())
        .oauthServerToServer(credentials.clientId(), credentials.clientSecret(), credentials.scopes())
        .sandboxName(SANDBOX)
        .okHttpClient(new OkHttpClient.Builder().socketFactory(sockets).build())
        .clock(clock)
        .sleeper(wait -> {
          sleeps.add(wait);
          if (sleeps.size() > MAX_WAITS) { // a wait that never ends fails the test instead of hanging it
            throw new AssertionError("the SDK asked for more than " + MAX_WAITS + " waits: " + wait + " after " + sleeps.get(0));
          }
          clock.advance(wait);
        });
    clientSettings.accept(client);
    aep = client.build();
  }

  /** On a platform with the default settings. */
  static IngestionPlatform start() {
    return start(platform -> { });
  }

  /** On a platform with these settings on top of the defaults. */
  static IngestionPlatform start(Consumer<LocalPlatform.Builder> platformSettings) {
    return start(platformSettings, client -> { });
  }

  /** On a platform and with a client with these settings on top of the defaults. */
  static IngestionPlatform start(Consumer<LocalPlatform.Builder> platformSettings, Consumer<AepClient.Builder> clientSettings) {
    return new IngestionPlatform(platformSettings, clientSettings);
  }

  /** The waits other than the readiness polls: the retries'. */
  List<Duration> retrySleeps() {
    synchronized (sleeps) {
      return sleeps.stream().filter(d -> !d.equals(READINESS_POLL)).collect(Collectors.toList());
    }
  }

  /** The GET requests of one Flow Service resource, {@code /data/foundation/flowservice/<collection>/<id>}. */
  long lookups(String collection, String id) {
    String path = "/data/foundation/flowservice/" + collection + "/" + id;
    return platform.recordedCalls().stream().filter(c -> c.method().equals("GET") && c.path().equals(path)).count();
  }

  /** A raw call's answer: its status and body text. */
  static final class Answer {
    final int status;
    final String body;

    Answer(int status, String body) {
      this.status = status;
      this.body = body;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /**
   * One raw call to the platform, bypassing the SDK, with the four gateway headers for {@code
   * sandbox} (and {@code headers}, name then value).
   */
  Answer send(Request.Builder request, String sandbox, String... headers) {
    request.header("Authorization", "Bearer " + platform.issueAccessToken())
        .header("x-api-key", platform.credentials().clientId())
        .header("x-gw-ims-org-id", platform.credentials().imsOrgId())
        .header("x-sandbox-name", sandbox);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = RAW.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HubSpot credentials of the example (step 0 creates a base connection with them). */
  static ConnectionAuth hubSpotAuth() {
    return ConnectionAuth.of("Basic Authentication", Map.of(
        "clientId", "local-hubspot-app", "clientSecret", "local-hubspot-secret",
        "accessToken", "local-hubspot-access", "refreshToken", "local-hubspot-refresh"));
  }

  /**
   * The example's ingestion ({@link #tutorialSteps()}); it waits for the first run and allows its
   * one failed record (the contact with a malformed {@code Added_At}).
   */
  MarketingAutomationIngestion.Builder tutorial() {
    return tutorialSteps().waitForFirstRun(Duration.ofSeconds(10), Duration.ofSeconds(1)).maxFailedRecords(1);
  }

  /**
   * The example's ingestion in the tutorial's form ({@link RequestForm#TUTORIAL_2020}, the form that
   * takes every step, the dataset base connection included): explicit source fields, base connection
   * created, hourly schedule, no wait. Tests of the current docs' form set it.
   */
  MarketingAutomationIngestion.Builder tutorialSteps() {
    return MarketingAutomationIngestion.builder(aep)
        .name(NAME)
        .requestForm(RequestForm.TUTORIAL_2020)
        .createBaseConnection(hubSpotAuth())
        .sourcePath("Hubspot.Contacts")
        .sourceField("Properties_Firstname_Value", XdmType.STRING)
        .sourceField("Properties_Lastname_Value", XdmType.STRING)
        .sourceField("Properties_Email_Value", XdmType.STRING)
        .sourceField("Added_At", XdmType.DATE_TIME)
        .mapping("Properties_Firstname_Value", "person.name.firstName")
        .mapping("Properties_Lastname_Value", "person.name.lastName")
        .mapping("Properties_Email_Value", "personalEmail.address")
        .mapping("Added_At", "_repo.createDate")
        .deltaColumn(DeltaColumn.builder().name("Added_At").dateFormat("YYYY-MM-DD").timezone("UTC").build())
        .schedule(ScheduleParams.builder().startTime(START.getEpochSecond()).frequency("hour").interval(1).build());
  }

  /** A HubSpot base connection created through the API. */
  String createHubSpotBaseConnection() {
    return aep.flowService().createConnection(CreateConnectionRequest.builder()
        .name("HubSpot account")
        .description("created by the test")
        .auth(hubSpotAuth())
        .connectionSpec(SpecRef.of(io.github.aepsdk.flowservice.ConnectionSpec.HUBSPOT_ID, "1.0"))
        .build()).id();
  }

  /** The POST requests the platform received for {@link #SANDBOX} so far: the creates (and validations) sent. */
  long posts() {
    return platform.recordedCalls().stream()
        .filter(c -> c.method().equals("POST") && c.path().startsWith("/data/foundation/") && SANDBOX.equals(c.sandbox()))
        .count();
  }

  /** Resource counts of the kinds an ingestion creates. */
  Map<String, Integer> createdKindCounts() {
    Map<String, Integer> all = platform.resourceCounts(SANDBOX);
    Map<String, Integer> counts = new TreeMap<>();
    CREATED_KINDS.forEach(kind -> counts.put(kind, all.get(kind)));
    return counts;
  }

  /**
   * The ids of the resources an ingestion creates that exist on the platform, by kind, listed
   * through the SDK (tenant classes and schemas only; the global XDM library is not created).
   */
  Map<String, Set<String>> platformIds() {
    Map<String, Set<String>> ids = new TreeMap<>();
    ids.put("connections", aep.flowService().listConnections().autoPager()
        .stream().map(Connection::id).collect(toSet()));
    ids.put("classes", aep.schemaRegistry().listClasses(Container.TENANT, "title", null, null, null).autoPager()
        .stream().map(XdmSummary::id).collect(toSet()));
    ids.put("schemas", aep.schemaRegistry().listSchemas(Container.TENANT, "title", null, null, null).autoPager()
        .stream().map(XdmSummary::id).collect(toSet()));
    ids.put("sourceConnections", aep.flowService().listSourceConnections().autoPager()
        .stream().map(SourceConnection::id).collect(toSet()));
    ids.put("dataSets", aep.catalog().listDataSets(CatalogQuery.none().page(0, 100)).autoPager()
        .stream().map(CatalogEntry::id).collect(toSet()));
    ids.put("targetConnections", aep.flowService().listTargetConnections().autoPager()
        .stream().map(TargetConnection::id).collect(toSet()));
    ids.put("mappingSets", aep.conversion().listMappingSets(100, 0).autoPager()
        .stream().map(m -> m.id().orElseThrow()).collect(toSet()));
    ids.put("flows", aep.flowService().listFlows().autoPager()
        .stream().map(Flow::id).collect(toSet()));
    return ids;
  }

  /** The ids of {@code resources} by platform resource kind, in the shape of {@link #platformIds()}. */
  static Map<String, Set<String>> idsByKind(IngestionResources resources) {
    Map<String, Set<String>> ids = new TreeMap<>();
    CREATED_KINDS.forEach(kind -> ids.put(kind, new TreeSet<>()));
    resources.ids().forEach((step, id) -> {
      String kind = kind(step);
      if (kind != null) {
        ids.get(kind).add(id);
      }
    });
    return ids;
  }

  /** The platform resource kind a step creates; null for the flow spec lookup and the first run. */
  static String kind(IngestionStep step) {
    switch (step) {
      case BASE_CONNECTION:
      case DATASET_BASE_CONNECTION:
        return "connections";
      case ADHOC_CLASS:
        return "classes";
      case ADHOC_SCHEMA:
      case TARGET_SCHEMA:
        return "schemas";
      case SOURCE_CONNECTION:
        return "sourceConnections";
      case DATASET:
        return "dataSets";
      case TARGET_CONNECTION:
        return "targetConnections";
      case MAPPING_SET:
        return "mappingSets";
      case DATAFLOW:
        return "flows";
      default:
        return null;
    }
  }

  private static java.util.stream.Collector<String, ?, Set<String>> toSet() {
    return Collectors.toCollection(TreeSet::new);
  }

  @Override
  public void close() {
    aep.close();
    platform.close();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }
}
