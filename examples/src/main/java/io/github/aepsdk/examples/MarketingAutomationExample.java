package io.github.aepsdk.examples;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.ingestion.IngestionFailedException;
import io.github.aepsdk.core.ingestion.IngestionPlan;
import io.github.aepsdk.core.ingestion.IngestionResult;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.IngestionValidationException;
import io.github.aepsdk.core.ingestion.MarketingAutomationIngestion;
import io.github.aepsdk.core.ingestion.PlannedStep;
import io.github.aepsdk.core.ingestion.StepEvent;
import io.github.aepsdk.core.ingestion.XdmType;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.flowservice.ConnectionAuth;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.ScheduleParams;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tutorial "Collect marketing automation data through source connectors and APIs" end to end:
 * HubSpot contacts into an XDM Individual Profile dataset, through {@link
 * MarketingAutomationIngestion}.
 *
 * <p>With no (or a blank) {@code AEP_CLIENT_ID} in the environment it starts the embedded {@link LocalPlatform}
 * and runs there, creating the HubSpot base connection first (step 0). With the variables of {@link
 * AepClient#fromEnv()} plus {@code AEP_BASE_CONNECTION_ID} (an existing HubSpot base connection) it
 * runs against AEP. Prints the plan ({@code plan()}: what exists, what will be created), then one
 * line per step (and one per wait while AEP enables a new connection or flow) and a summary with
 * the first run's report (outcome, record counts, one line per error). Run again, it adopts what
 * the first run made and creates nothing;
 * on failure, prints the failed step, why, and the resources that exist, and exits with status 1. A
 * first run with more than one failed record is a failure.
 */
public final class MarketingAutomationExample {

  private MarketingAutomationExample() {}

  /** Runs the example; the exit status is 0 on success. */
  public static void main(String[] args) {
    System.exit(run(System.getenv(), System.out));
  }

  /** Runs the example with {@code env} as the environment, printing to {@code out}; returns the exit status. */
  public static int run(Map<String, String> env, PrintStream out) {
    boolean local = env.getOrDefault("AEP_CLIENT_ID", "").isBlank();
    if (!local) {
      List<String> missing = missingAepVariables(env);
      if (!missing.isEmpty()) {
        out.println("AEP_CLIENT_ID is set, so the example runs against AEP, but these environment variables are not set: "
            + String.join(", ", missing));
        out.println("Set them, or unset AEP_CLIENT_ID to run on the embedded local platform. Nothing was sent.");
        return 1;
      }
    }
    try (LocalPlatform platform = local ? LocalPlatform.start() : null;
        AepClient aep = local ? localClient(platform) : AepClient.fromEnv(env)) {
      out.println(local
          ? "No AEP_CLIENT_ID set: running on the embedded local platform at " + platform.baseUrl()
          : "Running against AEP at " + env.getOrDefault("AEP_BASE_URL", AepClient.DEFAULT_BASE_URL)
              + ", sandbox " + aep.sandboxName());
      MarketingAutomationIngestion.Builder ingestion = MarketingAutomationIngestion.builder(aep)
          .sourcePath("Hubspot.Contacts")
          .sourceField("Properties_Firstname_Value", XdmType.STRING)
          .sourceField("Properties_Lastname_Value", XdmType.STRING)
          .sourceField("Added_At", XdmType.DATE_TIME)
          .sourceField("Portal_Id", XdmType.STRING)
          .mapping("Properties_Firstname_Value", "person.name.firstName")
          .mapping("Properties_Lastname_Value", "person.name.lastName")
          .mapping("Added_At", "_repo.createDate")
          .deltaColumn(DeltaColumn.builder().name("Added_At").dateFormat("YYYY-MM-DD").timezone("UTC").build())
          .schedule(ScheduleParams.once(Instant.now()))
          .waitForFirstRun(Duration.ofMinutes(local ? 1 : 30), Duration.ofSeconds(local ? 0 : 30).plusMillis(100))
          // more failed records stop the run with IngestionRunFailedException (default 0); the local
          // HubSpot account has one contact with a malformed Added_At
          .maxFailedRecords(1)
          .listener(event -> out.println(line(event)));
      if (local) {
        ingestion.createBaseConnection(ConnectionAuth.of("Basic Authentication", Map.of(
            "clientId", "local-hubspot-app", "clientSecret", "local-hubspot-secret",
            "accessToken", "local-hubspot-access", "refreshToken", "local-hubspot-refresh")))
            // the local platform enables a new connection or flow on its second read: no need for 30 s
            .waitUntilEnabled(Duration.ofMinutes(1), Duration.ofMillis(100));
      } else {
        ingestion.baseConnectionId(env.get("AEP_BASE_CONNECTION_ID"));
      }
      IngestionPlan plan = ingestion.plan();
      out.println("Plan (GET requests only):");
      plan.steps().forEach(step -> out.println(line(step)));
      IngestionResult result = ingestion.run();
      out.println(summary(result));
      return 0;
    } catch (IngestionValidationException e) {
      out.println("Invalid input, nothing was created:");
      e.problems().forEach(p -> out.println("  - " + p));
      return 1;
    } catch (IngestionFailedException e) { // a failed step, a conflict, or a first run with failed records
      out.println("FAILED: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      out.println("FAILED: " + e.getMessage());
      return 1;
    }
  }

  private static AepClient localClient(LocalPlatform platform) {
    LocalPlatform.Credentials credentials = platform.credentials();
    return AepClient.builder()
        .baseUrl(platform.baseUrl())
        .imsUrl(platform.imsUrl())
        .imsOrgId(credentials.imsOrgId())
        .oauthServerToServer(credentials.clientId(), credentials.clientSecret(), credentials.scopes())
        .sandboxName("prod")
        .build();
  }

  /**
   * The variables a run against AEP needs that {@code env} lacks, checked before the client is built
   * so that all of them are named at once and nothing is sent.
   */
  private static List<String> missingAepVariables(Map<String, String> env) {
    List<String> missing = new ArrayList<>();
    if (blank(env, "AEP_IMS_ORG_ID")) {
      missing.add("AEP_IMS_ORG_ID");
    }
    if (blank(env, "AEP_CLIENT_SECRET") && blank(env, "AEP_ACCESS_TOKEN")) {
      missing.add("AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN)");
    }
    if (blank(env, "AEP_BASE_CONNECTION_ID")) {
      missing.add("AEP_BASE_CONNECTION_ID (an existing HubSpot base connection)");
    }
    return missing;
  }

  private static boolean blank(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank();
  }

  static String line(StepEvent event) {
    return String.format("[%2d/%d] %-24s %-9s %s (%d ms)",
        event.step().ordinal() + 1, event.step().getDeclaringClass().getEnumConstants().length,
        event.step().label(), event.status(), event.resourceId().orElse("-"), event.duration().toMillis());
  }

  static String line(PlannedStep step) {
    return String.format("  %-24s %-7s %s%s", step.step().label(), step.action(), step.resourceId().orElse(""),
        step.differences().isEmpty() ? "" : " (" + String.join("; ", step.differences()) + ")").stripTrailing();
  }

  static String summary(IngestionResult result) {
    boolean adopted = result.steps().stream()
        .anyMatch(e -> e.step() == IngestionStep.DATAFLOW && e.status() == StepEvent.Status.ADOPTED);
    boolean updated = result.steps().stream()
        .anyMatch(e -> e.step() == IngestionStep.DATAFLOW && e.status() == StepEvent.Status.UPDATED);
    StringBuilder sb = new StringBuilder("Done: dataflow ").append(result.flowId())
        .append(adopted ? " existed already." : updated ? " existed already and was updated." : " created.");
    result.firstRun().ifPresent(report -> sb.append("\nFirst ").append(report.describe()));
    return sb.toString();
  }
}
