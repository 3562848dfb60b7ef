package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.flowservice.Frequency;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.ScheduleParams;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole life of an ingestion on the local platform, on one fake clock: created by the builder,
 * watched through {@link Ingestion#status()} and {@link Ingestion#runs}, paused and resumed, its
 * schedule and mappings changed (the next run uses the new mapping), and the builder run again with
 * a changed schedule and mapping, which updates both in place.
 */
class IngestionLifeTest {
  private static final String FLOWS = "/data/foundation/flowservice/flows/";

  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  /** The scheduled runs that are due now on the platform's clock, after moving it on by {@code wait}. */
  private List<String> runsAfter(Duration wait) {
    p.clock.advance(wait);
    return p.platform.runScheduledFlows(IngestionPlatform.SANDBOX);
  }

  private static List<String> ids(List<RunReport> reports) {
    return reports.stream().map(r -> r.run().map(Run::id).orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void createWatchPauseResumeRescheduleAndRemap() {
    IngestionResult result = p.tutorial().run();
    Ingestion ingestion = Ingestion.of(p.aep, result);
    String dataSet = result.resources().require(IngestionStep.DATASET);

    IngestionStatus first = ingestion.status();
    assertThat(first.flowId()).isEqualTo(result.flowId());
    assertThat(first.state()).contains("enabled");
    assertThat(first.paused()).isFalse();
    assertThat(first.schedule().map(ScheduleParams::frequencyValue)).contains(Frequency.HOUR);
    assertThat(first.mappingVersion()).contains("0");
    assertThat(first.latestRuns()).singleElement().satisfies(run -> {
      assertThat(run.outcome()).isEqualTo(RunOutcome.PARTIALLY_SUCCEEDED);
      assertThat(run.failedRecordCount()).isEqualTo(1);
      assertThat(run.errors()).anySatisfy(e -> {
        assertThat(e.code()).contains("MAPPER-3700-400");
        assertThat(e.recordCount()).contains(1L);
      });
    });
    assertThat(ids(first.latestRuns())).containsExactly(result.firstRun().orElseThrow().run().orElseThrow().id());
    assertThat(first.resources().ids()).isEqualTo(result.resources().ids());
    Map<IngestionStep, String> found = new EnumMap<>(Ingestion.find(p.aep, IngestionPlatform.NAME).resources().ids());
    assertThat(found).isEqualTo(result.resources().ids());

    // the schedule: every hour from START; the flow was created a few (readiness) minutes after it
    Instant created = p.clock.instant();
    List<String> secondHour = runsAfter(Duration.between(created, IngestionPlatform.START.plus(Duration.ofHours(1))));
    assertThat(secondHour).hasSize(1);
    assertThat(ids(ingestion.status().latestRuns())).as("newest first").startsWith(secondHour.get(0)).hasSize(2);

    ingestion.pause();
    assertThat(ingestion.status().paused()).isTrue();
    assertThat(runsAfter(Duration.ofHours(3))).as("paused").isEmpty();
    ingestion.pause();
    ingestion.resume();
    assertThat(ingestion.status().state()).contains("enabled");
    List<String> afterResume = runsAfter(Duration.ofHours(1));
    assertThat(afterResume).hasSize(1);

    Instant fifthHour = IngestionPlatform.START.plus(Duration.ofHours(5));
    assertThat(ids(ingestion.runs(fifthHour, fifthHour.plus(Duration.ofHours(1))))).containsExactlyElementsOf(afterResume);
    assertThat(ingestion.runs(IngestionPlatform.START.minusSeconds(1), fifthHour.plusSeconds(1))).hasSize(3);

    ScheduleParams daily = ScheduleParams.every(Frequency.DAY, 1, IngestionPlatform.START);
    ingestion.updateSchedule(daily);
    assertThat(ingestion.status().schedule()).contains(daily);
    assertThat(runsAfter(Duration.ofHours(1))).as("the next day has not come").isEmpty();

    List<FieldMapping> remapped = List.of(
        FieldMapping.of("Properties_Firstname_Value", "person.name.middleName"),
        FieldMapping.of("Properties_Lastname_Value", "person.name.lastName"),
        FieldMapping.of("Added_At", "_repo.createDate"));
    assertThat(ingestion.updateMappings(remapped)).isEqualTo("1");
    assertThat(ingestion.updateMappings(remapped)).as("nothing left to do").isEqualTo("1");
    assertThat(ingestion.status().mappingVersion()).contains("1");
    int recordsBefore = p.platform.datasetRecords(IngestionPlatform.SANDBOX, dataSet).size();
    assertThat(runsAfter(Duration.ofDays(1))).hasSize(1);
    List<Map<String, Object>> records = p.platform.datasetRecords(IngestionPlatform.SANDBOX, dataSet);
    assertThat(records.subList(0, recordsBefore)).allSatisfy(r -> assertThat(name(r)).containsKey("firstName"));
    assertThat(records.subList(recordsBefore, records.size())).isNotEmpty().allSatisfy(r -> {
      assertThat(name(r)).containsKey("middleName").doesNotContainKey("firstName");
      assertThat(r).doesNotContainKey("personalEmail");
    });
    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> name(Map<String, Object> record) {
    return (Map<String, Object>) ((Map<String, Object>) record.get("person")).get("name");
  }

  @Test
  void aBuilderRunWithAChangedScheduleAndMappingUpdatesBothInPlaceAndConverges() {
    IngestionResult first = p.tutorial().run();
    long postsBefore = p.posts();
    MarketingAutomationIngestion.Builder changed = p.tutorial()
        .mapping("Properties_Email_Value", "person.name.middleName")
        .schedule(ScheduleParams.every(Frequency.DAY, 1, IngestionPlatform.START));

    IngestionPlan plan = changed.plan();
    IngestionResult second = changed.run();
    IngestionPlan after = changed.plan();

    assertThat(plan.step(IngestionStep.MAPPING_SET).orElseThrow().action()).isEqualTo(PlannedStep.Action.UPDATE);
    PlannedStep flow = plan.step(IngestionStep.DATAFLOW).orElseThrow();
    assertThat(flow.action()).isEqualTo(PlannedStep.Action.UPDATE);
    assertThat(flow.differences()).anySatisfy(d -> assertThat(d).startsWith("schedule is hour every 1"))
        .anySatisfy(d -> assertThat(d).startsWith("transformations is ["));
    assertThat(plan.steps()).filteredOn(s -> s.step() != IngestionStep.MAPPING_SET && s.step() != IngestionStep.DATAFLOW)
        .allSatisfy(s -> assertThat(s.action()).isEqualTo(PlannedStep.Action.EXISTS));
    assertThat(second.steps()).filteredOn(e -> e.status() == StepEvent.Status.UPDATED).extracting(StepEvent::step)
        .containsExactly(IngestionStep.MAPPING_SET, IngestionStep.DATAFLOW);
    assertThat(second.resources().ids()).isEqualTo(first.resources().ids());
    assertThat(second.resources().etags().get(second.flowId())).isNotEqualTo(first.resources().etags().get(first.flowId()));
    assertThat(p.posts()).as("nothing created").isEqualTo(postsBefore);
    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
    assertThat(after.upToDate()).as(after.toString()).isTrue();
    IngestionStatus status = Ingestion.of(p.aep, second).status();
    assertThat(status.schedule().map(ScheduleParams::frequencyValue)).contains(Frequency.DAY);
    assertThat(status.mappingVersion()).contains("1");
    assertThat(p.platform.recordedCalls()).filteredOn(c -> c.method().equals("PATCH") && c.path().startsWith(FLOWS))
        .as("the schedule, then the mapping version").hasSize(2);
  }

  /** The README's "Day two" snippet as written there, on the platform's client. */
  @Test
  void theReadmeDayTwoSnippetRuns() {
    p.tutorial().run();
    AepClient aep = p.aep;

    Ingestion contacts = Ingestion.find(aep, "HubSpot contacts");   // or Ingestion.of(aep, result)
    IngestionStatus status = contacts.status();   // state, schedule, mapping version, latest runs, ids
    for (RunReport run : status.latestRuns()) {   // newest first, judged as the first run is
      System.out.println(run.describe());
    }
    List<RunReport> lastDay = contacts.runs(Instant.now().minus(Duration.ofDays(1)), Instant.now());

    contacts.pause();                             // POST /flows/{id}/action?op=DISABLE: no scheduled runs
    contacts.resume();                            // op=ENABLE: the schedule goes on from its next time
    contacts.updateSchedule(ScheduleParams.every(Frequency.DAY, 1, Instant.now()));
    String version = contacts.updateMappings(List.of(
        FieldMapping.of("Properties_Firstname_Value", "person.name.firstName"),
        FieldMapping.of("Properties_Lastname_Value", "person.name.lastName")));  // the next run uses them

    assertThat(status.latestRuns()).hasSize(1);
    assertThat(lastDay).as("the platform's clock is in 2024").isEmpty();
    assertThat(version).isEqualTo("1");
    assertThat(contacts.status().schedule().map(ScheduleParams::frequencyValue)).contains(Frequency.DAY);

    TeardownReport removed = Ingestion.find(aep, "HubSpot contacts").teardown();
    removed.deleted().forEach(item -> System.out.println("deleted " + item.describe()));
    removed.kept().forEach(item -> System.out.println("kept    " + item.describe()));   // with the reason

    assertThat(removed.deleted()).extracting(TeardownItem::step).containsExactly(IngestionStep.DATAFLOW,
        IngestionStep.TARGET_CONNECTION, IngestionStep.SOURCE_CONNECTION, IngestionStep.DATASET_BASE_CONNECTION,
        IngestionStep.BASE_CONNECTION, IngestionStep.DATASET, IngestionStep.TARGET_SCHEMA, IngestionStep.ADHOC_SCHEMA,
        IngestionStep.ADHOC_CLASS);
    assertThat(removed.kept()).extracting(TeardownItem::step).containsExactly(IngestionStep.MAPPING_SET);
    assertThat(removed.verified()).isTrue();
  }
}
