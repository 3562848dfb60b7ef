package io.github.aepsdk.core.ingestion;

import static io.github.aepsdk.core.ingestion.IngestionPlatform.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.RunStatus;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.testsupport.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ingestion judges the dataflow's first run by its {@link RunReport}, not by its status, and
 * reports each poll while it waits. Waits run on a clock the sleeper moves: nothing really waits.
 */
class IngestionFirstRunTest {
  private static final String REVIEW = " Review the associated diagnostic files for additional details.";
  /** The errors of the tutorial's run: the contact with a malformed Added_At fails mapping. */
  private static final Tuple[] ONE_RECORD_FAILED = {
      tuple("promotionActivity", "CONNECTOR-2001-500", "Error occurred at promotion activity.", null),
      tuple("promotionActivity", "INGEST-1212-400", "Encountered 1 errors in the data. Successfully ingested 4 rows." + REVIEW, null),
      tuple("promotionActivity", "MAPPER-3700-400", "Mapper Transform Error", 1L)};

  private IngestionPlatform p;
  private final List<StepEvent> events = new ArrayList<>();

  @AfterEach
  void stop() {
    p.close();
  }

  private static List<Tuple> errors(RunReport report) {
    List<Tuple> tuples = new ArrayList<>();
    report.errors().forEach(e -> tuples.add(tuple(e.activity().orElse(null), e.code().orElse(null),
        e.message().orElse(null), e.recordCount().orElse(null))));
    return tuples;
  }

  private List<StepEvent> firstRunEvents() {
    return events.stream().filter(e -> e.step() == IngestionStep.FIRST_RUN).collect(java.util.stream.Collectors.toList());
  }

  private static StepEvent event(StepEvent.Status status, String runId, RunStatus runStatus, Duration since) {
    return StepEvent.builder().step(IngestionStep.FIRST_RUN).status(status).resourceId(Optional.ofNullable(runId))
        .runStatus(Optional.ofNullable(runStatus)).duration(since).build();
  }

  @Test
  void byDefaultASuccessRunWithAFailedRecordStopsTheIngestionWithTheReport() {
    p = IngestionPlatform.start();

    IngestionRunFailedException e = catchThrowableOfType(IngestionRunFailedException.class,
        () -> p.tutorialSteps().waitForFirstRun(Duration.ofSeconds(10), Duration.ofSeconds(1)).listener(events::add).run());

    assertThat(e.failedStep()).isEqualTo(IngestionStep.FIRST_RUN);
    RunReport report = e.report();
    Run run = report.run().orElseThrow();
    assertThat(run.statusValue()).isEqualTo(RunStatus.SUCCESS);
    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIALLY_SUCCEEDED);
    assertThat(List.of(report.inputRecordCount(), report.outputRecordCount(), report.failedRecordCount()))
        .containsExactly(5L, 4L, 1L);
    assertThat(errors(report)).containsExactly(ONE_RECORD_FAILED);
    assertThat(e.getMessage()).startsWith("Step 'first run': failed records: 1, more than maxFailedRecords(0) allows.\n"
        + "run " + run.id() + ": PARTIALLY_SUCCEEDED (status success), records read 5, written 4, failed 1\n"
        + "  promotionActivity CONNECTOR-2001-500 \"Error occurred at promotion activity.\"\n"
        + "  promotionActivity INGEST-1212-400 \"Encountered 1 errors in the data. Successfully ingested 4 rows." + REVIEW + "\"\n"
        + "  promotionActivity MAPPER-3700-400 \"Mapper Transform Error\" (1 record)\n"
        + "Resources that exist: base connection=");
    // every resource stays and is named
    assertThat(e.resources().ids()).hasSize(11);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(e.resources()));
    assertThat(firstRunEvents()).extracting(StepEvent::status, StepEvent::resourceId, StepEvent::runStatus)
        .containsExactly(tuple(StepEvent.Status.FAILED, Optional.of(run.id()), Optional.of(RunStatus.SUCCESS)));
  }

  @Test
  void aThresholdThatAllowsTheFailedRecordLetsRunReturnTheReport() {
    p = IngestionPlatform.start();

    IngestionResult result = p.tutorialSteps().waitForFirstRun(Duration.ofSeconds(10), Duration.ofSeconds(1)).maxFailedRecords(1)
        .listener(events::add).run();

    RunReport report = result.firstRun().orElseThrow();
    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIALLY_SUCCEEDED);
    assertThat(report.failedRecordCount()).isEqualTo(1);
    assertThat(errors(report)).containsExactly(ONE_RECORD_FAILED);
    assertThat(report.run().orElseThrow().flowId()).contains(result.flowId());
    assertThat(firstRunEvents()).extracting(StepEvent::status, StepEvent::resourceId, StepEvent::runStatus)
        .containsExactly(tuple(StepEvent.Status.COMPLETED, report.run().map(Run::id), Optional.of(RunStatus.SUCCESS)));
    assertThat(result.steps()).isEqualTo(events);
  }

  @Test
  void aRunWhoseRecordsAllFailIsFailedWhateverTheThreshold() {
    p = IngestionPlatform.start();
    MarketingAutomationIngestion.Builder emailsAsDates = MarketingAutomationIngestion.builder(p.aep)
        .name("E-mails as dates")
        .createBaseConnection(IngestionPlatform.hubSpotAuth())
        .sourcePath("Hubspot.Contacts")
        .sourceField("Properties_Email_Value", XdmType.STRING)
        .sourceField("Added_At", XdmType.DATE_TIME)
        .mapping("Properties_Email_Value", "_repo.createDate") // no e-mail address is a date-time
        .deltaColumn(DeltaColumn.of("Added_At"))
        .schedule(ScheduleParams.builder().startTime(IngestionPlatform.START.getEpochSecond()).frequency("hour").interval(1).build())
        .waitForFirstRun(Duration.ofSeconds(10), Duration.ofSeconds(1))
        .maxFailedRecords(5);

    IngestionRunFailedException e = catchThrowableOfType(IngestionRunFailedException.class, emailsAsDates::run);

    RunReport report = e.report();
    assertThat(report.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(report.run().orElseThrow().statusValue()).isEqualTo(RunStatus.FAILED);
    assertThat(List.of(report.inputRecordCount(), report.outputRecordCount(), report.failedRecordCount()))
        .containsExactly(5L, 0L, 5L);
    assertThat(errors(report)).containsExactly(
        tuple("promotionActivity", "CONNECTOR-2001-500", "Error occurred at promotion activity.", null),
        tuple("promotionActivity", "INGEST-1212-400", "Encountered 5 errors in the data. Successfully ingested 0 rows." + REVIEW, null),
        tuple("promotionActivity", "MAPPER-3700-400", "Mapper Transform Error", 5L));
    assertThat(e.getMessage()).startsWith("Step 'first run': the first run FAILED.\n");
    assertThat(p.platform.datasetRecords(SANDBOX, e.resources().require(IngestionStep.DATASET))).isEmpty();
  }

  @Test
  void eachPollOfARunInProgressIsAWaitingEventThenTheEndedRunCompletes() {
    p = IngestionPlatform.start(platform -> platform.provisioningReads(0).runDuration(Duration.ofMinutes(1)));

    IngestionResult result = p.tutorial().waitForFirstRun(Duration.ofMinutes(30), Duration.ofSeconds(30))
        .listener(events::add).run();

    String runId = result.firstRun().orElseThrow().run().orElseThrow().id();
    assertThat(firstRunEvents()).containsExactly(
        event(StepEvent.Status.WAITING, runId, RunStatus.IN_PROGRESS, Duration.ZERO),
        event(StepEvent.Status.WAITING, runId, RunStatus.IN_PROGRESS, Duration.ofSeconds(30)),
        event(StepEvent.Status.COMPLETED, runId, RunStatus.SUCCESS, Duration.ofSeconds(60)));
    assertThat(p.sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    assertThat(result.firstRun().orElseThrow().outcome()).isEqualTo(RunOutcome.PARTIALLY_SUCCEEDED);
    assertThat(result.steps()).isEqualTo(events);
  }

  @Test
  void aRunThatDoesNotEndIsStillRunningWhenTheWaitTimesOutAndTheLastWaitEndsAtTheTimeout() {
    p = IngestionPlatform.start(platform -> platform.provisioningReads(0).runDuration(Duration.ofDays(1)));

    IngestionRunFailedException e = catchThrowableOfType(IngestionRunFailedException.class,
        () -> p.tutorial().waitForFirstRun(Duration.ofMinutes(2), Duration.ofSeconds(45)).listener(events::add).run());

    RunReport report = e.report();
    String runId = report.run().orElseThrow().id();
    assertThat(report.outcome()).isEqualTo(RunOutcome.STILL_RUNNING);
    assertThat(report.run().orElseThrow().statusValue()).isEqualTo(RunStatus.IN_PROGRESS);
    assertThat(report.errors()).isEmpty();
    assertThat(e.getMessage()).startsWith("Step 'first run': the first run had not ended when the wait for it ended.\n"
        + "run " + runId + ": STILL_RUNNING (status inProgress), records read 0, written 0, failed 0\n"
        + "Resources that exist: ");
    assertThat(firstRunEvents()).containsExactly(
        event(StepEvent.Status.WAITING, runId, RunStatus.IN_PROGRESS, Duration.ZERO),
        event(StepEvent.Status.WAITING, runId, RunStatus.IN_PROGRESS, Duration.ofSeconds(45)),
        event(StepEvent.Status.WAITING, runId, RunStatus.IN_PROGRESS, Duration.ofSeconds(90)),
        event(StepEvent.Status.FAILED, runId, RunStatus.IN_PROGRESS, Duration.ofSeconds(120)));
    assertThat(p.sleeps).containsExactly(Duration.ofSeconds(45), Duration.ofSeconds(45), Duration.ofSeconds(30));
  }

  @Test
  void aFlowThatHasNotRunYetIsWaitedForWithoutARun() {
    p = IngestionPlatform.start(platform -> platform.provisioningReads(0).autoRunFlows(false));

    IngestionRunFailedException e = catchThrowableOfType(IngestionRunFailedException.class,
        () -> p.tutorial().waitForFirstRun(Duration.ofMinutes(1), Duration.ofSeconds(30)).listener(events::add).run());

    assertThat(e.report()).isEqualTo(RunReport.noRun());
    assertThat(firstRunEvents()).containsExactly(
        event(StepEvent.Status.WAITING, null, null, Duration.ZERO),
        event(StepEvent.Status.WAITING, null, null, Duration.ofSeconds(30)),
        event(StepEvent.Status.FAILED, null, null, Duration.ofSeconds(60)));
  }
}
