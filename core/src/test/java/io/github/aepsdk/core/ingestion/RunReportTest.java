package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.squareup.moshi.Types;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.ErrorDetail;
import io.github.aepsdk.flowservice.ImmutableStatusSummary;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.RecordSummary;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.RunActivity;
import io.github.aepsdk.flowservice.RunMetrics;
import io.github.aepsdk.flowservice.StatusExtensions;
import io.github.aepsdk.flowservice.StatusSummary;
import io.github.aepsdk.testsupport.AepReference;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A run's outcome comes from its status, record counts and errors, top-level and nested in activities. */
class RunReportTest {

  @Test
  void theMonitoringDocsSuccessRunWithOneFailedRecordIsPartiallySucceeded() throws IOException {
    ItemsPage<Run> page = AepJson.<ItemsPage<Run>>adapter(Types.newParameterizedType(ItemsPage.class, Run.class))
        .fromJson(AepReference.read("examples/flowservice/list-runs.response.json"));
    Run run = page.items().get(0);

    RunReport report = RunReport.of(run);

    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIALLY_SUCCEEDED);
    assertThat(report.run()).contains(run);
    assertThat(report.inputRecordCount()).isEqualTo(100);
    assertThat(report.outputRecordCount()).isEqualTo(99);
    assertThat(report.failedRecordCount()).isEqualTo(1);
    // the run-level CONNECTOR-2001-500 is the promotion activity's own: listed once, with the activity
    assertThat(report.errors())
        .extracting(e -> e.activity().orElse(null), e -> e.code().orElse(null), e -> e.recordCount().orElse(null))
        .containsExactly(
            tuple("promotionActivity", "CONNECTOR-2001-500", null),
            tuple("promotionActivity", "INGEST-1212-400", null),
            tuple("promotionActivity", "MAPPER-3700-400", 1L));
    assertThat(report.describe()).isEqualTo("run 9830305a-985f-47d0-b030-5a985fd7d004: PARTIALLY_SUCCEEDED"
        + " (status success), records read 100, written 99, failed 1\n"
        + "  promotionActivity CONNECTOR-2001-500 \"Error occurred at promotion activity.\"\n"
        + "  promotionActivity INGEST-1212-400 \"Encountered 1 errors in the data. Successfully ingested 99 rows."
        + " Review the associated diagnostic files for additional details.\"\n"
        + "  promotionActivity MAPPER-3700-400 \"Mapper Transform Error\" (1 record)");
  }

  @ParameterizedTest(name = "{0}, {1} of {2} written, {3} errors -> {4}")
  @CsvSource({
      "success,        100, 100, 0, SUCCEEDED",
      "completed,      100, 100, 0, SUCCEEDED",
      "success,        100,  99, 0, PARTIALLY_SUCCEEDED",
      "success,        100, 100, 1, PARTIALLY_SUCCEEDED",
      "partialSuccess, 100, 100, 0, PARTIALLY_SUCCEEDED",
      "partialFailure, 100,  50, 0, PARTIALLY_SUCCEEDED",
      "success,        100,   0, 0, FAILED",
      "failed,         100, 100, 0, FAILED",
      "inProgress,       0,   0, 0, STILL_RUNNING",
      "scheduled,        0,   0, 0, STILL_RUNNING",
      "hibernating,      0,   0, 0, STILL_RUNNING"})
  void theOutcomeComesFromStatusCountsAndErrors(String status, long read, long written, int errors, RunOutcome outcome) {
    ImmutableStatusSummary.Builder summary = StatusSummary.builder().status(status);
    for (int i = 0; i < errors; i++) {
      summary.addErrors(ErrorDetail.builder().code("CONNECTOR-2001-500").message("Error occurred.").build());
    }
    Run run = Run.builder().id("r-1")
        .metrics(RunMetrics.builder().statusSummary(summary.build()).recordSummary(RecordSummary.builder()
            .inputRecordCount(read).outputRecordCount(written).failedRecordCount(read - written).build()).build())
        .build();

    assertThat(RunReport.of(run).outcome()).isEqualTo(outcome);
  }

  @Test
  void errorsOnlyTheRunListsComeFirstWithoutAnActivityAndTheirRecordsCountWhenTheSummaryHasNone() {
    Run run = Run.builder().id("r-2")
        .metrics(RunMetrics.builder().statusSummary(StatusSummary.builder().status("success")
            .addErrors(ErrorDetail.builder().code("CONNECTOR-2001-500").message("Error occurred at promotion activity.").build())
            .build()).build())
        .addActivities(RunActivity.builder().id("promotionActivity").statusSummary(StatusSummary.builder().status("success")
            .extensions(StatusExtensions.builder().addErrors(ErrorDetail.builder()
                .code("MAPPER-3700-400").message("Mapper Transform Error").recordCount(3L).build()).build())
            .build()).build())
        .build();

    RunReport report = RunReport.of(run);

    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIALLY_SUCCEEDED);
    assertThat(report.failedRecordCount()).isEqualTo(3);
    assertThat(report.errors()).extracting(RunError::describe).containsExactly(
        "CONNECTOR-2001-500 \"Error occurred at promotion activity.\"",
        "promotionActivity MAPPER-3700-400 \"Mapper Transform Error\" (3 records)");
  }

  @Test
  void aFlowWithoutARunIsStillRunning() {
    RunReport report = RunReport.noRun();

    assertThat(report.outcome()).isEqualTo(RunOutcome.STILL_RUNNING);
    assertThat(report.run()).isEmpty();
    assertThat(report.errors()).isEmpty();
    assertThat(report.describe()).isEqualTo("no run: STILL_RUNNING, records read 0, written 0, failed 0");
  }
}
