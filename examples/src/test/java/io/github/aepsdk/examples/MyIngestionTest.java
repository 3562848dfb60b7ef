package io.github.aepsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.ingestion.IngestionResult;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.MarketingAutomationIngestion;
import io.github.aepsdk.core.ingestion.XdmType;
import io.github.aepsdk.flowservice.ConnectionAuth;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.localplatform.LocalPlatformExtension;
import io.github.aepsdk.localplatform.LocalSandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's JUnit 5 example, as a user would write it: kept here so that it compiles and passes. */
@ExtendWith(LocalPlatformExtension.class)
class MyIngestionTest {
  @Test
  void collectsContacts(LocalSandbox sandbox) {
    try (AepClient aep = AepClient.builder()
        .baseUrl(sandbox.baseUrl()).imsUrl(sandbox.imsUrl())
        .imsOrgId(sandbox.credentials().imsOrgId())
        .oauthServerToServer(sandbox.credentials().clientId(), sandbox.credentials().clientSecret())
        .sandboxName(sandbox.name())
        .build()) {
      MarketingAutomationIngestion.Builder ingestion = MarketingAutomationIngestion.builder(aep)
          .name("HubSpot contacts")
          .createBaseConnection(ConnectionAuth.of("Basic Authentication", Map.of("clientId", "my-app",
              "clientSecret", "my-secret", "accessToken", "my-access-token", "refreshToken", "my-refresh-token")))
          .sourcePath("Hubspot.Contacts")
          .sourceField("Properties_Firstname_Value", XdmType.STRING)
          .sourceField("Added_At", XdmType.DATE_TIME)
          .mapping("Properties_Firstname_Value", "person.name.firstName")
          .mapping("Added_At", "_repo.createDate")
          .deltaColumn(DeltaColumn.of("Added_At"))
          .schedule(ScheduleParams.once(Instant.now()))
          .waitForFirstRun(Duration.ofMinutes(1), Duration.ofSeconds(1))
          .maxFailedRecords(1);          // the local HubSpot account has one contact with a malformed date

      IngestionResult result = ingestion.run();

      String dataSetId = result.resources().require(IngestionStep.DATASET);
      assertThat(sandbox.datasetRecords(dataSetId)).hasSize(4);
      assertThat(sandbox.resourceCounts()).containsEntry("flows", 1).containsEntry("dataSets", 1);
      assertThat(ingestion.plan().upToDate()).isTrue();   // a second run would create nothing
    }
  }
}
