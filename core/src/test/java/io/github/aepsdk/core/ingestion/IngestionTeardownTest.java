package io.github.aepsdk.core.ingestion;

import static io.github.aepsdk.core.ingestion.IngestionPlatform.NAME;
import static io.github.aepsdk.core.ingestion.IngestionPlatform.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.error.RateLimitedException;
import io.github.aepsdk.core.error.ServerErrorException;
import io.github.aepsdk.core.http.RetryPolicy;
import io.github.aepsdk.flowservice.ConnectionData;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.CreateFlowRequest;
import io.github.aepsdk.flowservice.CreateTargetConnectionRequest;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.flowservice.TargetConnectionParams;
import io.github.aepsdk.flowservice.Transformation;
import io.github.aepsdk.localplatform.Chaos;
import io.github.aepsdk.localplatform.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Teardown} on the local platform: an ingestion created through the builder is removed in
 * dependency order and the sandbox is left as it was (but for the mapping set, which Data Prep
 * cannot delete); a second teardown finds everything gone; faults (a DELETE whose answer is lost, a
 * 429 that outlasts the retries) stop a teardown that a second call finishes; what was removed by
 * hand is skipped; a base connection the user gave is kept; a dataset another flow writes to stops
 * the teardown before anything is deleted.
 */
class IngestionTeardownTest {
  private static final String CATALOG = "/data/foundation/catalog/dataSets/";

  private IngestionPlatform p;
  private Map<String, Integer> before;

  @BeforeEach
  void start() {
    // No automatic runs: a run and its batch are the flow's history, not resources the ingestion made.
    p = IngestionPlatform.start(platform -> platform.autoRunFlows(false));
    before = p.platform.resourceCounts(SANDBOX);
  }

  @AfterEach
  void stop() {
    p.close();
  }

  @Test
  void aCreatedIngestionIsRemovedInDependencyOrderAndTheSandboxIsAsBefore() {
    IngestionResult result = p.tutorialSteps().run();

    TeardownReport report = Ingestion.of(p.aep, result).teardown();

    assertThat(report.ingestionName()).isEqualTo(NAME);
    assertThat(report.deleted()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER));
    assertThat(report.alreadyGone()).isEmpty();
    assertThat(report.kept()).containsExactly(TeardownItem.kept(IngestionStep.MAPPING_SET,
        result.resources().require(IngestionStep.MAPPING_SET), "Data Prep's API has no DELETE for mapping sets"));
    assertThat(report.verified()).isTrue();
    assertThat(report.stillPresent()).isEmpty();
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
    assertThat(deletes()).containsExactly(
        "DELETE /data/foundation/flowservice/flows/" + result.resources().require(IngestionStep.DATAFLOW),
        "DELETE /data/foundation/flowservice/targetConnections/" + result.resources().require(IngestionStep.TARGET_CONNECTION),
        "DELETE /data/foundation/flowservice/sourceConnections/" + result.resources().require(IngestionStep.SOURCE_CONNECTION),
        "DELETE /data/foundation/flowservice/connections/" + result.resources().require(IngestionStep.DATASET_BASE_CONNECTION),
        "DELETE /data/foundation/flowservice/connections/" + result.resources().require(IngestionStep.BASE_CONNECTION),
        "DELETE " + CATALOG + result.resources().require(IngestionStep.DATASET),
        "DELETE /data/foundation/schemaregistry/tenant/schemas/" + encoded(result.resources().require(IngestionStep.TARGET_SCHEMA)),
        "DELETE /data/foundation/schemaregistry/tenant/schemas/" + encoded(result.resources().require(IngestionStep.ADHOC_SCHEMA)),
        "DELETE /data/foundation/schemaregistry/tenant/classes/" + encoded(result.resources().require(IngestionStep.ADHOC_CLASS)));
  }

  @Test
  void theIngestionIsFoundByItsNameAloneAndASecondTeardownFindsEverythingGone() {
    IngestionResult result = p.tutorialSteps().run();

    TeardownReport byName = Ingestion.find(p.aep, NAME).teardown();
    TeardownReport again = Ingestion.of(p.aep, result).teardown();

    assertThat(byName.deleted()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER));
    assertThat(again.deleted()).isEmpty();
    assertThat(again.alreadyGone()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER));
    assertThat(again.kept()).extracting(TeardownItem::step).containsExactly(IngestionStep.MAPPING_SET);
    assertThatThrownBy(() -> Ingestion.find(p.aep, NAME)).as("only the mapping set, which Data Prep cannot delete, is left")
        .isInstanceOf(IngestionNotFoundException.class);
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void aDeleteWhoseAnswerIsLostIsReadBackAndASecondTeardownFinishes() {
    IngestionResult result = p.tutorialSteps().run();
    String dataSet = result.resources().require(IngestionStep.DATASET);
    // The DELETE is carried out, but its answer (and the read that follows it) never come.
    p.platform.chaos(heldAnswers(null, CATALOG + dataSet));

    assertThatThrownBy(() -> Ingestion.of(p.aep, result).teardown())
        .isInstanceOfSatisfying(AepIoException.class, e -> {
          assertThat(e.method()).isEqualTo("DELETE");
          assertThat(e.mayHaveReachedServer()).isTrue();
          assertThat(e.getSuppressed()).singleElement().isInstanceOf(AepIoException.class);
        });
    assertThat(p.platform.resourceCount(SANDBOX, "dataSets")).as("the lost DELETE took effect").isZero();
    assertThat(p.platform.resourceCount(SANDBOX, "schemas")).isEqualTo(2);
    List<String> held = p.platform.recordedCalls().stream().filter(c -> c.chaos().isPresent())
        .map(c -> c.method() + " " + c.status()).collect(Collectors.toList());
    List<String> deleteThenRead = new ArrayList<>();
    for (int i = 0; i < RetryPolicy.defaults().maxAttempts(); i++) {
      deleteThenRead.add(0, "DELETE 200");
      deleteThenRead.add("GET 404");
    }
    assertThat(held).as("the DELETE and its retries, then the read and its retries").isEqualTo(deleteThenRead);
    assertThat(p.sockets.timedOut()).as("each wait for a held answer timed out").isEqualTo(held.size());

    p.platform.stopChaos();
    TeardownReport second = Ingestion.of(p.aep, result).teardown();

    assertThat(second.alreadyGone()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER.subList(0, 6)));
    assertThat(second.deleted()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER.subList(6, 9)));
    assertThat(second.verified()).isTrue();
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void aDeleteWhoseLostAnswerIsFollowedByAGoodReadCountsAsDeleted() {
    IngestionResult result = p.tutorialSteps().run();
    String flow = result.resources().require(IngestionStep.DATAFLOW);
    p.platform.chaos(heldAnswers("DELETE", "/data/foundation/flowservice/flows/" + flow));

    int callsBefore = p.platform.recordedCalls().size();

    TeardownReport report = Ingestion.of(p.aep, result).teardown();

    assertThat(report.deleted()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER));
    List<String> flowCalls = p.platform.recordedCalls().subList(callsBefore, p.platform.recordedCalls().size()).stream()
        .filter(c -> c.path().equals("/data/foundation/flowservice/flows/" + flow)).map(c -> c.method() + " " + c.status())
        .collect(Collectors.toList());
    // The DELETE acted; its answer and those of the retries (404) never came; a read found it gone, and so did the check.
    assertThat(flowCalls).first().isEqualTo("DELETE 204");
    assertThat(flowCalls.subList(1, flowCalls.size() - 2)).isNotEmpty().containsOnly("DELETE 404");
    assertThat(flowCalls.subList(flowCalls.size() - 2, flowCalls.size())).containsExactly("GET 404", "GET 404");
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void aResourceRemovedByHandWhileItsDeleteWaitsIsAlreadyGone() {
    List<Runnable> byHand = new ArrayList<>();
    p.close();
    p = IngestionPlatform.start(platform -> platform.autoRunFlows(false), client -> client.sleeper(wait -> {
      p.clock.advance(wait);
      byHand.forEach(Runnable::run);
      byHand.clear();
    }));
    before = p.platform.resourceCounts(SANDBOX);
    IngestionResult result = p.tutorialSteps().run();
    String targetSchema = result.resources().require(IngestionStep.TARGET_SCHEMA);
    p.platform.inject(Fault.rateLimited(Duration.ofSeconds(1))
        .on("DELETE", "/data/foundation/schemaregistry/tenant/schemas/" + encoded(targetSchema)));
    byHand.add(() -> p.aep.schemaRegistry().deleteSchema(targetSchema)); // during the wait for the retry

    TeardownReport report = Ingestion.of(p.aep, result).teardown();

    assertThat(report.alreadyGone()).containsExactly(TeardownItem.of(IngestionStep.TARGET_SCHEMA, targetSchema));
    assertThat(report.deleted()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER.stream()
        .filter(step -> step != IngestionStep.TARGET_SCHEMA).collect(Collectors.toList())));
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void rateLimitedDeletesAreRetriedAndOnesThatOutlastTheRetriesFinishOnASecondTeardown() {
    IngestionResult result = p.tutorialSteps().run();
    p.platform.inject(Fault.rateLimited(Duration.ofSeconds(3)).on("DELETE", "/data/foundation/flowservice/sourceConnections/"));
    p.platform.inject(Fault.rateLimited(Duration.ofSeconds(4)).untilCleared().on("DELETE", "/data/foundation/schemaregistry/"));
    p.sleeps.clear();

    assertThatThrownBy(() -> Ingestion.of(p.aep, result).teardown())
        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.method()).isEqualTo("DELETE"));
    assertThat(p.retrySleeps()).as("Retry-After honoured").startsWith(Duration.ofSeconds(3), Duration.ofSeconds(4));
    assertThat(p.platform.resourceCount(SANDBOX, "sourceConnections")).isZero();
    assertThat(p.platform.resourceCount(SANDBOX, "schemas")).isEqualTo(2);

    p.platform.clearFaults();
    TeardownReport second = Ingestion.find(p.aep, NAME).teardown();

    assertThat(second.deleted()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER.subList(6, 9)));
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void aServerErrorOnADeleteThatOutlastsTheRetriesIsThrownAfterAReadAndASecondTeardownFinishes() {
    IngestionResult result = p.tutorialSteps().run();
    String flow = result.resources().require(IngestionStep.DATAFLOW);
    p.platform.inject(Fault.serverError(500).untilCleared().on("DELETE", "/data/foundation/flowservice/flows/"));

    assertThatThrownBy(() -> Ingestion.of(p.aep, result).teardown())
        .isInstanceOfSatisfying(ServerErrorException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.path()).isEqualTo("/data/foundation/flowservice/flows/" + flow);
        });
    assertThat(p.aep.flowService().getFlow(flow).id()).as("read back: still there").isEqualTo(flow);
    assertThat(deletes()).as("the DELETE and its retries, nothing after it")
        .hasSize(RetryPolicy.defaults().maxAttempts()).containsOnly("DELETE /data/foundation/flowservice/flows/" + flow);

    p.platform.clearFaults();
    TeardownReport second = Ingestion.of(p.aep, result).teardown();

    assertThat(second.deleted()).containsExactlyElementsOf(items(result.resources(), Teardown.ORDER));
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void anIngestionHalfRemovedByHandIsFinished() {
    IngestionResult result = p.tutorialSteps().run();
    IngestionResources r = result.resources();
    p.aep.flowService().deleteFlow(r.require(IngestionStep.DATAFLOW));
    p.aep.flowService().deleteTargetConnection(r.require(IngestionStep.TARGET_CONNECTION));
    p.aep.catalog().deleteDataSet(r.require(IngestionStep.DATASET));
    p.aep.schemaRegistry().deleteSchema(r.require(IngestionStep.TARGET_SCHEMA));

    TeardownReport report = Ingestion.of(p.aep, NAME, r).teardown();

    EnumSet<IngestionStep> byHand = EnumSet.of(IngestionStep.DATAFLOW, IngestionStep.TARGET_CONNECTION,
        IngestionStep.DATASET, IngestionStep.TARGET_SCHEMA);
    assertThat(report.alreadyGone()).containsExactlyElementsOf(items(r, Teardown.ORDER.stream()
        .filter(byHand::contains).collect(Collectors.toList())));
    assertThat(report.deleted()).containsExactlyElementsOf(items(r, Teardown.ORDER.stream()
        .filter(step -> !byHand.contains(step)).collect(Collectors.toList())));
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void aBaseConnectionTheUserGaveIsKept() {
    String given = p.createHubSpotBaseConnection();
    before = p.platform.resourceCounts(SANDBOX);
    IngestionResult result = p.tutorialSteps().createBaseConnection(null).baseConnectionId(given).run();
    String reason = "not '" + NAME + ": base connection': not created by the ingestion";

    TeardownReport withIds = Ingestion.of(p.aep, result).teardown();

    assertThat(withIds.kept()).containsExactly(
        TeardownItem.kept(IngestionStep.BASE_CONNECTION, given, "named 'HubSpot account', " + reason),
        TeardownItem.kept(IngestionStep.MAPPING_SET, result.resources().require(IngestionStep.MAPPING_SET),
            "Data Prep's API has no DELETE for mapping sets"));
    assertThat(withIds.deleted()).extracting(TeardownItem::step).doesNotContain(IngestionStep.BASE_CONNECTION);
    assertThat(p.aep.flowService().getConnection(given).name()).contains("HubSpot account");
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void aBaseConnectionTheUserGaveIsKeptWhenTheIngestionIsFoundByName() {
    String given = p.createHubSpotBaseConnection();
    before = p.platform.resourceCounts(SANDBOX);
    p.tutorialSteps().createBaseConnection(null).baseConnectionId(given).run();

    TeardownReport byName = Ingestion.find(p.aep, NAME).teardown();

    assertThat(byName.kept()).first().isEqualTo(TeardownItem.kept(IngestionStep.BASE_CONNECTION, given,
        "named 'HubSpot account', not '" + NAME + ": base connection': not created by the ingestion"));
    assertThat(p.aep.flowService().getConnection(given).id()).isEqualTo(given);
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(beforeWithMappingSet());
  }

  @Test
  void aDatasetAnotherFlowWritesToStopsTheTeardownBeforeAnythingIsDeleted() {
    IngestionResources r = p.tutorialSteps().run().resources();
    String otherTarget = p.aep.flowService().createTargetConnection(CreateTargetConnectionRequest.builder()
        .name("Other target")
        .data(ConnectionData.ofSchema(io.github.aepsdk.flowservice.SchemaRef.of(
            r.require(IngestionStep.TARGET_SCHEMA), io.github.aepsdk.flowservice.SchemaRef.XED_FULL_V1)))
        .params(TargetConnectionParams.ofDataSet(r.require(IngestionStep.DATASET)))
        .connectionSpec(SpecRef.of(ConnectionSpec.DATA_LAKE_ID, "1.0"))
        .build()).id();
    Flow flow = p.aep.flowService().getFlow(r.require(IngestionStep.DATAFLOW));
    String otherFlow = p.aep.flowService().createFlow(CreateFlowRequest.builder()
        .name("Other flow")
        .flowSpec(flow.flowSpec().orElseThrow())
        .addSourceConnectionIds(r.require(IngestionStep.SOURCE_CONNECTION))
        .addTargetConnectionIds(otherTarget)
        .transformations(flow.transformations())
        .scheduleParams(flow.scheduleParams().orElseThrow())
        .build()).id();
    Map<String, Integer> withOthers = p.platform.resourceCounts(SANDBOX);

    assertThatThrownBy(() -> Ingestion.of(p.aep, NAME, r).teardown())
        .isInstanceOfSatisfying(TeardownRefusedException.class, e -> {
          assertThat(e.users()).containsEntry(TeardownItem.of(IngestionStep.DATASET, r.require(IngestionStep.DATASET)),
              List.of("flow " + otherFlow + " 'Other flow'", "target connection " + otherTarget + " 'Other target'"));
          assertThat(e.users()).containsEntry(
              TeardownItem.of(IngestionStep.SOURCE_CONNECTION, r.require(IngestionStep.SOURCE_CONNECTION)),
              List.of("flow " + otherFlow + " 'Other flow'"));
          assertThat(e.users()).containsEntry(TeardownItem.of(IngestionStep.TARGET_SCHEMA, r.require(IngestionStep.TARGET_SCHEMA)),
              List.of("target connection " + otherTarget + " 'Other target'"));
          assertThat(e.users()).hasSize(3);
          assertThat(e.existing()).startsWith(items(r, Teardown.ORDER).toArray(new TeardownItem[0]));
          assertThat(e.getMessage()).contains("nothing was deleted", "target dataset " + r.require(IngestionStep.DATASET)
              + " is used by flow " + otherFlow + " 'Other flow', target connection " + otherTarget + " 'Other target'");
        });
    assertThat(deletes()).isEmpty();
    assertThat(p.platform.resourceCounts(SANDBOX)).isEqualTo(withOthers);
  }

  @Test
  void anotherSchemaOnTheAdHocClassStopsTheTeardownBeforeAnythingIsDeleted() {
    IngestionResources r = p.tutorialSteps().run().resources();
    String adHocClass = r.require(IngestionStep.ADHOC_CLASS);
    String other = p.aep.schemaRegistry().createSchema(io.github.aepsdk.schemaregistry.CreateSchemaRequest.of(
        "Other schema", "on the ingestion's ad-hoc class", adHocClass, List.of())).id().orElseThrow();

    assertThatThrownBy(() -> Ingestion.find(p.aep, NAME).teardown())
        .isInstanceOfSatisfying(TeardownRefusedException.class, e -> assertThat(e.users())
            .containsExactly(Map.entry(TeardownItem.of(IngestionStep.ADHOC_CLASS, adHocClass), List.of("schema " + other + " 'Other schema'"))));
    assertThat(deletes()).isEmpty();
  }

  /**
   * The mapping set a teardown keeps still carries the ingestion's identity, on the deleted target
   * schema: a run of the same ingestion afterwards points it at its new target schema (a new
   * version) instead of stopping on it, and a further run finds everything up to date.
   */
  @Test
  void aRunAfterTheTeardownRecreatesTheIngestionAndReusesTheKeptMappingSet() {
    IngestionResult first = p.tutorialSteps().run();
    String mappingSet = first.resources().require(IngestionStep.MAPPING_SET);
    Ingestion.of(p.aep, first).teardown();

    PlannedStep planned = p.tutorialSteps().plan().step(IngestionStep.MAPPING_SET).orElseThrow();
    IngestionResult again = p.tutorialSteps().run();

    assertThat(planned.action()).isEqualTo(PlannedStep.Action.UPDATE);
    assertThat(planned.differences()).containsExactly("output schema is "
        + first.resources().require(IngestionStep.TARGET_SCHEMA) + ", the ingestion's is not created yet");
    assertThat(again.resources().id(IngestionStep.MAPPING_SET)).contains(mappingSet);
    String newSchema = again.resources().require(IngestionStep.TARGET_SCHEMA);
    assertThat(p.aep.conversion().getMappingSet(mappingSet).targetSchemaId()).contains(newSchema);
    assertThat(p.aep.flowService().getFlow(again.flowId()).transformations())
        .anySatisfy(t -> assertThat(t.params().mappingVersion()).contains("1"));
    assertThat(p.tutorialSteps().plan().upToDate()).isTrue();
    assertThat(p.platform.resourceCounts(SANDBOX).get("mappingSets")).isEqualTo(before.getOrDefault("mappingSets", 0) + 1);
  }

  // ---- helpers ----

  /** Every answer to {@code method} (null: any) on paths from {@code pathPrefix} held back after the platform acted. */
  private static Chaos heldAnswers(String method, String pathPrefix) {
    return Chaos.seed(1).rate(1).only(Chaos.Kind.TIMEOUT_AFTER_ACTING).on(method, pathPrefix);
  }

  /** The sandbox's resource counts before the ingestion, with the one mapping set a teardown keeps. */
  private Map<String, Integer> beforeWithMappingSet() {
    Map<String, Integer> expected = new TreeMap<>(before);
    expected.merge("mappingSets", 1, Integer::sum);
    return expected;
  }

  /** {@code steps}' resources of {@code resources}, in that order. */
  private static List<TeardownItem> items(IngestionResources resources, List<IngestionStep> steps) {
    List<TeardownItem> items = new ArrayList<>();
    steps.forEach(step -> items.add(TeardownItem.of(step, resources.require(step))));
    return items;
  }

  /** The DELETE requests of the sandbox, as {@code "DELETE <path>"}. */
  private List<String> deletes() {
    return p.platform.recordedCalls().stream()
        .filter(c -> c.method().equals("DELETE") && SANDBOX.equals(c.sandbox()))
        .map(c -> c.method() + " " + c.path()).collect(Collectors.toList());
  }

  private static String encoded(String xdmId) {
    return io.github.aepsdk.schemaregistry.XdmId.of(xdmId).encoded();
  }
}
