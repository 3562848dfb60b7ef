package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.flowservice.RecordSummary;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.RunMetrics;
import io.github.aepsdk.flowservice.StatusSummary;
import org.junit.jupiter.api.Test;

/**
 * A scheduled run that found no new records (read 0, written 0, failed 0) succeeded: "nothing
 * written" makes a run failed only when records failed.
 */
class RunReportEmptyRunTest {

  @Test
  void aRunThatFoundNoNewRecordsSucceeded() {
    Run run = Run.builder().id("r-empty")
        .metrics(RunMetrics.builder().statusSummary(StatusSummary.builder().status("success").build())
            .recordSummary(RecordSummary.builder().inputRecordCount(0L).outputRecordCount(0L).failedRecordCount(0L).build())
            .build())
        .build();

    RunReport report = RunReport.of(run);

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(report.failedRecordCount()).isZero();
    assertThat(report.describe()).isEqualTo("run r-empty: SUCCEEDED (status success), records read 0, written 0, failed 0");
  }
}
