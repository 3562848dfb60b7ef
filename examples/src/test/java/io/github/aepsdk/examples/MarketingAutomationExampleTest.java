package io.github.aepsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.flowservice.ConnectionAuth;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The main example: on the embedded platform it succeeds; with incomplete AEP settings it fails fast. */
class MarketingAutomationExampleTest {
  private static final Pattern STEP_LINE = Pattern.compile(
      "\\[ ?(\\d+)/12\\] (.+?) +COMPLETED (\\S+) \\((\\d+) ms\\)");
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<String> lines() {
    return List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  @Test
  void onTheEmbeddedPlatformItPrintsTheStepsItTakesAndTheFirstRunsReport() {
    int status = MarketingAutomationExample.run(Map.of(), out);

    List<String> printed = lines();
    assertThat(status).as(String.join("\n", printed)).isZero();
    // the platform answers "enabling" once for each new connection and flow: one WAITING line before each;
    // the source side (steps 1-4) and the target side (5-9) run at the same time, each in its order
    List<String> waiting = printed.stream().filter(l -> l.contains(" WAITING ")).collect(Collectors.toList());
    assertThat(waiting).extracting(l -> l.substring(0, 7))
        .containsExactlyInAnyOrder("[ 1/12]", "[ 4/12]", "[ 8/12]", "[11/12]")
        .endsWith("[11/12]")
        .containsSubsequence("[ 1/12]", "[ 4/12]");
    List<String> all = printed.stream().filter(l -> !l.contains(" WAITING ")).collect(Collectors.toList());
    assertThat(all.get(0)).matches("No AEP_CLIENT_ID set: running on the embedded local platform at http://\\S+:\\d+");
    // the current docs' form (the default): no dataset base connection, so step 7 is neither planned nor taken
    assertThat(all.subList(1, 12)).containsExactly("Plan (GET requests only):",
        "  base connection          CREATE", "  ad-hoc class             CREATE", "  ad-hoc schema            CREATE",
        "  source connection        CREATE", "  target schema            CREATE", "  target dataset           CREATE",
        "  target connection        CREATE", "  mapping set              CREATE",
        "  flow spec lookup         EXISTS  14518937-270c-4525-bdec-c2ba7cce3860", "  dataflow                 CREATE");
    List<String> lines = all.subList(11, all.size());
    assertThat(lines).hasSize(17);
    List<IngestionStep> steps = new ArrayList<>(List.of(IngestionStep.values()));
    steps.remove(IngestionStep.DATASET_BASE_CONNECTION);
    String[] ids = new String[IngestionStep.values().length];
    List<IngestionStep> printedSteps = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Matcher m = STEP_LINE.matcher(lines.get(1 + i));
      assertThat(m.matches()).as(lines.get(1 + i)).isTrue();
      IngestionStep step = IngestionStep.values()[Integer.parseInt(m.group(1)) - 1];
      assertThat(m.group(2)).isEqualTo(step.label());
      printedSteps.add(step);
      ids[step.ordinal()] = m.group(3);
    }
    assertInSideOrder(printedSteps, steps);
    assertThat(ids[IngestionStep.BASE_CONNECTION.ordinal()]).matches(UUID);
    assertThat(ids[IngestionStep.ADHOC_CLASS.ordinal()])
        .matches("https://ns\\.adobe\\.com/" + LocalPlatform.DEFAULT_TENANT_ID + "/classes/[0-9a-f]{32}");
    assertThat(ids[IngestionStep.ADHOC_SCHEMA.ordinal()])
        .matches("https://ns\\.adobe\\.com/" + LocalPlatform.DEFAULT_TENANT_ID + "/schemas/[0-9a-f]{32}");
    assertThat(ids[IngestionStep.TARGET_SCHEMA.ordinal()])
        .matches("https://ns\\.adobe\\.com/" + LocalPlatform.DEFAULT_TENANT_ID + "/schemas/[0-9a-f]{32}");
    assertThat(ids[IngestionStep.DATASET.ordinal()]).matches("[0-9a-f]{24}");
    assertThat(ids[IngestionStep.MAPPING_SET.ordinal()]).matches("[0-9a-f]{32}");
    assertThat(ids[IngestionStep.FLOW_SPEC.ordinal()]).isEqualTo("14518937-270c-4525-bdec-c2ba7cce3860");
    for (IngestionStep step : List.of(IngestionStep.SOURCE_CONNECTION,
        IngestionStep.TARGET_CONNECTION, IngestionStep.DATAFLOW, IngestionStep.FIRST_RUN)) {
      assertThat(ids[step.ordinal()]).as(step.label()).matches(UUID);
    }
    assertThat(lines.get(12)).isEqualTo("Done: dataflow " + ids[IngestionStep.DATAFLOW.ordinal()] + " created.");
    // the run says success, but the contact with a malformed Added_At failed: within maxFailedRecords(1)
    assertThat(lines.subList(13, 17)).containsExactly(
        "First run " + ids[IngestionStep.FIRST_RUN.ordinal()]
            + ": PARTIALLY_SUCCEEDED (status success), records read 5, written 4, failed 1",
        "  promotionActivity CONNECTOR-2001-500 \"Error occurred at promotion activity.\"",
        "  promotionActivity INGEST-1212-400 \"Encountered 1 errors in the data. Successfully ingested 4 rows."
            + " Review the associated diagnostic files for additional details.\"",
        "  promotionActivity MAPPER-3700-400 \"Mapper Transform Error\" (1 record)");
  }

  @Test
  void runTwiceAgainstOnePlatformTheSecondRunPlansNothingToCreateAndCreatesNothing() {
    try (LocalPlatform platform = LocalPlatform.builder().provisioningReads(0).start()) {
      Map<String, String> env = Map.of(
          "AEP_CLIENT_ID", LocalPlatform.CLIENT_ID,
          "AEP_CLIENT_SECRET", LocalPlatform.CLIENT_SECRET,
          "AEP_IMS_ORG_ID", LocalPlatform.IMS_ORG_ID,
          "AEP_IMS_URL", platform.imsUrl(),
          "AEP_BASE_URL", platform.baseUrl(),
          "AEP_BASE_CONNECTION_ID", hubSpotConnection(platform));
      assertThat(MarketingAutomationExample.run(env, out)).as(bytes.toString(StandardCharsets.UTF_8)).isZero();
      Map<String, Integer> made = platform.resourceCounts("prod");
      long posts = posts(platform);
      bytes.reset();

      int second = MarketingAutomationExample.run(env, out);

      List<String> lines = lines();
      assertThat(second).as(String.join("\n", lines)).isZero();
      assertThat(posts(platform)).as("POST requests of the second run").isEqualTo(posts);
      assertThat(platform.resourceCounts("prod")).isEqualTo(made);
      assertThat(lines.subList(1, 12)).first().isEqualTo("Plan (GET requests only):");
      assertThat(lines.subList(2, 12)).allSatisfy(line -> assertThat(line).contains(" EXISTS "));
      List<String> stepLines = lines.subList(12, 23);
      List<IngestionStep> printedSteps = stepLines.stream()
          .map(line -> IngestionStep.values()[Integer.parseInt(line.substring(1, 3).trim()) - 1]).collect(Collectors.toList());
      List<IngestionStep> steps = new ArrayList<>(List.of(IngestionStep.values()));
      steps.remove(IngestionStep.DATASET_BASE_CONNECTION);
      assertInSideOrder(printedSteps, steps);
      for (int i = 0; i < stepLines.size(); i++) {
        IngestionStep step = printedSteps.get(i);
        String expected = step == IngestionStep.BASE_CONNECTION ? "SKIPPED"
            : step == IngestionStep.FLOW_SPEC || step == IngestionStep.FIRST_RUN ? "COMPLETED" : "ADOPTED";
        assertThat(stepLines.get(i).substring(33, 43).trim()).as(step.label()).isEqualTo(expected);
      }
      assertThat(lines.get(23)).endsWith(" existed already.");
    }
  }

  /**
   * Asserts that {@code printed} are the {@code documented} steps in the order the ingestion keeps: the
   * source side's (steps 1-4) and the target side's (5-9) each in order, the two interleaved in any
   * way, and the flow spec lookup, dataflow and first run last.
   */
  private static void assertInSideOrder(List<IngestionStep> printed, List<IngestionStep> documented) {
    assertThat(printed).containsExactlyInAnyOrderElementsOf(documented);
    int sourceSideEnd = IngestionStep.SOURCE_CONNECTION.ordinal();
    int targetSideEnd = IngestionStep.MAPPING_SET.ordinal();
    assertThat(printed.stream().filter(s -> s.ordinal() <= sourceSideEnd)).isSorted();
    assertThat(printed.stream().filter(s -> s.ordinal() > sourceSideEnd && s.ordinal() <= targetSideEnd)).isSorted();
    List<IngestionStep> after = documented.stream().filter(s -> s.ordinal() > targetSideEnd).collect(Collectors.toList());
    assertThat(printed.subList(printed.size() - after.size(), printed.size())).containsExactlyElementsOf(after);
  }

  /** A HubSpot base connection created on {@code platform} through the SDK, as a user would have one on AEP. */
  private static String hubSpotConnection(LocalPlatform platform) {
    try (AepClient aep = AepClient.builder().baseUrl(platform.baseUrl()).imsUrl(platform.imsUrl())
        .imsOrgId(LocalPlatform.IMS_ORG_ID).oauthServerToServer(LocalPlatform.CLIENT_ID, LocalPlatform.CLIENT_SECRET)
        .sandboxName("prod").build()) {
      return aep.flowService().createConnection(CreateConnectionRequest.builder().name("HubSpot account")
          .auth(ConnectionAuth.of("Basic Authentication", Map.of("clientId", "a", "clientSecret", "b",
              "accessToken", "c", "refreshToken", "d")))
          .connectionSpec(SpecRef.of(ConnectionSpec.HUBSPOT_ID, "1.0")).build()).id();
    }
  }

  private static long posts(LocalPlatform platform) {
    return platform.recordedCalls().stream().filter(c -> c.method().equals("POST") && "prod".equals(c.sandbox())).count();
  }

  @Test
  void withOnlyAepClientIdItFailsBeforeAnyRequestAndNamesEveryMissingVariable() {
    // nothing is built or sent: the defaults would reach platform.adobe.io and Adobe IMS
    int status = MarketingAutomationExample.run(Map.of("AEP_CLIENT_ID", "my-client-id"), out);

    assertThat(status).isEqualTo(1);
    assertThat(lines()).containsExactly(
        "AEP_CLIENT_ID is set, so the example runs against AEP, but these environment variables are not set: "
            + "AEP_IMS_ORG_ID, AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN), "
            + "AEP_BASE_CONNECTION_ID (an existing HubSpot base connection)",
        "Set them, or unset AEP_CLIENT_ID to run on the embedded local platform. Nothing was sent.");

    // the same with the gateway and IMS on a local platform: it receives nothing
    try (LocalPlatform platform = LocalPlatform.start()) {
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      int second = MarketingAutomationExample.run(Map.of("AEP_CLIENT_ID", "my-client-id",
          "AEP_IMS_URL", platform.imsUrl(), "AEP_BASE_URL", platform.baseUrl()),
          new PrintStream(again, true, StandardCharsets.UTF_8));

      assertThat(second).isEqualTo(1);
      assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(bytes.toString(StandardCharsets.UTF_8));
      assertThat(platform.requestCount()).isZero();
    }
  }

  @Test
  void withoutTheBaseConnectionIdItFailsBeforeAnyRequest() {
    try (LocalPlatform platform = LocalPlatform.start()) {
      int status = MarketingAutomationExample.run(Map.of(
          "AEP_CLIENT_ID", LocalPlatform.CLIENT_ID,
          "AEP_CLIENT_SECRET", LocalPlatform.CLIENT_SECRET,
          "AEP_IMS_ORG_ID", LocalPlatform.IMS_ORG_ID,
          "AEP_IMS_URL", platform.imsUrl(),
          "AEP_BASE_URL", platform.baseUrl()), out);

      assertThat(status).isEqualTo(1);
      assertThat(lines()).containsExactly(
          "AEP_CLIENT_ID is set, so the example runs against AEP, but these environment variables are not set: "
              + "AEP_BASE_CONNECTION_ID (an existing HubSpot base connection)",
          "Set them, or unset AEP_CLIENT_ID to run on the embedded local platform. Nothing was sent.");
      assertThat(platform.requestCount()).isZero();
    }
  }

  @Test
  void aMalformedBaseConnectionIdIsRejectedBeforeAnyRequest() {
    try (LocalPlatform platform = LocalPlatform.start()) {
      int status = MarketingAutomationExample.run(Map.of(
          "AEP_CLIENT_ID", LocalPlatform.CLIENT_ID,
          "AEP_CLIENT_SECRET", LocalPlatform.CLIENT_SECRET,
          "AEP_IMS_ORG_ID", LocalPlatform.IMS_ORG_ID,
          "AEP_IMS_URL", platform.imsUrl(),
          "AEP_BASE_URL", platform.baseUrl(),
          "AEP_BASE_CONNECTION_ID", "my-hubspot-connection"), out);

      assertThat(status).isEqualTo(1);
      assertThat(lines()).containsExactly(
          "Running against AEP at " + platform.baseUrl() + ", sandbox prod",
          "Invalid input, nothing was created:",
          "  - baseConnectionId 'my-hubspot-connection' is malformed "
              + "(expected a UUID such as c6d4ee17-6752-4e83-94ee-1767522e83fa)");
      assertThat(platform.requestCount()).isZero();
    }
  }
}
