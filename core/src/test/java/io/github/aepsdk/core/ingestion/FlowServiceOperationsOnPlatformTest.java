package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.BadRequestException;
import io.github.aepsdk.core.error.PreconditionFailedException;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.ConnectionSearchRequest;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.ConnectionSpecRequest;
import io.github.aepsdk.flowservice.EntityRef;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowSearchRequest;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.FlowSpecRequest;
import io.github.aepsdk.flowservice.FlowSpecSearchRequest;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.UpdateRunRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Flow Service operations beside the tutorial's (connection test, publish actions, searches,
 * connection and flow spec create/update, run update and re-trigger) through the SDK's client
 * against the local platform, after the builder ran the tutorial there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowServiceOperationsOnPlatformTest {
  private IngestionPlatform ingestion;
  private FlowServiceApi flowService;
  private IngestionResources created;

  @BeforeAll
  void start() {
    ingestion = IngestionPlatform.start();
    AepClient aep = ingestion.aep;
    flowService = aep.flowService();
    created = ingestion.tutorial().run().resources();
  }

  @AfterAll
  void stop() {
    ingestion.close();
  }

  @Test
  void theBaseConnectionTestsAndPublishes() {
    String id = created.require(IngestionStep.BASE_CONNECTION);
    String etag = flowService.getConnection(id).etag().orElseThrow();

    assertThat(flowService.testConnection(id).succeeded()).isTrue();
    EntityRef published = flowService.publishConnection(id);

    assertThat(published.id()).isEqualTo(id);
    assertThat(published.etag()).isNotEqualTo(etag);
    assertThat(flowService.getConnection(id).etag()).contains(published.etag());
    assertThat(flowService.publishSourceConnection(created.require(IngestionStep.SOURCE_CONNECTION)).id())
        .isEqualTo(created.require(IngestionStep.SOURCE_CONNECTION));
    assertThat(flowService.publishTargetConnection(created.require(IngestionStep.TARGET_CONNECTION)).id())
        .isEqualTo(created.require(IngestionStep.TARGET_CONNECTION));
  }

  @Test
  void searchesFindTheTutorialsConnectionAndFlow() {
    ItemsPage<Connection> hubSpot = flowService.searchConnections(
        ConnectionSearchRequest.of("connectionSpec.id==" + ConnectionSpec.HUBSPOT_ID));
    ItemsPage<Flow> flows = flowService.searchFlows(FlowSearchRequest.of("id==" + created.require(IngestionStep.DATAFLOW)));
    ItemsPage<Flow> count = flowService.searchFlows(FlowSearchRequest.builder().count(true).build());

    assertThat(hubSpot.items()).extracting(Connection::id).containsExactly(created.require(IngestionStep.BASE_CONNECTION));
    assertThat(flows.items()).extracting(Flow::id).containsExactly(created.require(IngestionStep.DATAFLOW));
    assertThat(count.count()).contains(1L);
  }

  @Test
  void aConnectionSpecAndAFlowSpecAreCreatedUpdatedAndFound() {
    ConnectionSpec spec = flowService.createConnectionSpec(ConnectionSpecRequest.builder()
        .name("acme-crm").providerId("0ed90a81-07f4-4586-8190-b40eccef1c5a").version("1.0")
        .putAttributes("isSource", true).build());
    ConnectionSpec renamed = flowService.updateConnectionSpec(spec.id(),
        ConnectionSpecRequest.builder().from(ConnectionSpecRequest.from(spec)).name("acme-crm-2").build());

    assertThat(renamed.id()).isEqualTo(spec.id());
    assertThat(flowService.getConnectionSpec(spec.id()).name()).contains("acme-crm-2");

    FlowSpec flowSpec = flowService.createFlowSpec(FlowSpecRequest.builder()
        .from(FlowSpecRequest.from(flowService.getFlowSpec(FlowSpec.CRM_TO_AEP_ID))).name("AcmeToAEP").build());
    FlowSpec extended = flowService.updateFlowSpec(flowSpec.id(), FlowSpecRequest.builder()
        .from(FlowSpecRequest.from(flowSpec)).addSourceConnectionSpecIds(spec.id()).build());

    assertThat(extended.sourceConnectionSpecIds()).endsWith(spec.id());
    assertThat(flowService.searchFlowSpecs(FlowSpecSearchRequest.of("name==AcmeToAEP")).items())
        .extracting(FlowSpec::id).containsExactly(flowSpec.id());
  }

  @Test
  void aRunIsUpdatedWithItsEtagAndASuccessfulRunIsNotRetried() {
    Run run = flowService.listRunsOfFlow(created.require(IngestionStep.DATAFLOW)).items().get(0);

    assertThatThrownBy(() -> flowService.updateRun(run.id(), "\"stale\"", UpdateRunRequest.builder().providerRefId("p").build()))
        .isInstanceOf(PreconditionFailedException.class);
    Run updated = flowService.updateRun(run.id(), run.etag().orElseThrow(),
        UpdateRunRequest.builder().providerRefId("provider-run-7").build());

    assertThat(updated.providerRefId()).contains("provider-run-7");
    assertThat(updated.etag()).isPresent().isNotEqualTo(run.etag());
    assertThatThrownBy(() -> flowService.retriggerRun(run.id())).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("success");
  }
}
