package io.github.aepsdk.examples.tutorial;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.ingestion.MarketingAutomationIngestion;
import io.github.aepsdk.core.ingestion.XdmType;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.ScheduleParams;
import java.time.Instant;

/** The marketing-automation tutorial with the SDK's builder. */
public final class TutorialWithBuilder {
  private TutorialWithBuilder() {}

  /** The client for {@code setup}'s org, token and sandbox. */
  public static AepClient connect(TutorialSetup setup) {
    return AepClient.builder()
        .baseUrl(setup.baseUrl())
        .imsOrgId(setup.imsOrgId())
        .apiKey(setup.apiKey())
        .accessTokenProvider(AccessTokenProvider.ofStatic(setup.accessToken()))
        .sandboxName(setup.sandboxName())
        .build();
  }

  /** Runs the tutorial; resource names start with {@code name}; returns the dataflow id. */
  public static String run(AepClient aep, TutorialSetup setup, String name) {
    return MarketingAutomationIngestion.builder(aep)
        .name(name)
        .baseConnectionId(setup.hubSpotConnectionId())
        .sourcePath("Hubspot.Contacts")
        .sourceField("Properties_Firstname_Value", XdmType.STRING)
        .sourceField("Properties_Lastname_Value", XdmType.STRING)
        .sourceField("Added_At", XdmType.DATE_TIME)
        .mapping("Properties_Firstname_Value", "person.name.firstName")
        .mapping("Properties_Lastname_Value", "person.name.lastName")
        .mapping("Added_At", "_repo.createDate")
        .deltaColumn(DeltaColumn.of("Added_At"))
        .schedule(ScheduleParams.once(Instant.now()))
        .run()
        .flowId();
  }

  /** Runs the tutorial on a local platform and prints the dataflow id. */
  public static void main(String[] args) {
    // connections and flows enabled at once, so the builder's readiness polls (every 30 s) find them enabled
    try (LocalPlatform platform = LocalPlatform.builder().provisioningReads(0).start()) {
      TutorialSetup setup = TutorialSetup.on(platform);
      try (AepClient aep = connect(setup)) {
        System.out.println("dataflow " + run(aep, setup, "Tutorial"));
      }
    }
  }
}
