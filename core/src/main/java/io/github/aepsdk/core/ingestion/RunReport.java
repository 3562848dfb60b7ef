package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.flowservice.ErrorDetail;
import io.github.aepsdk.flowservice.RecordSummary;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.RunActivity;
import io.github.aepsdk.flowservice.RunMetrics;
import io.github.aepsdk.flowservice.RunStatus;
import io.github.aepsdk.flowservice.StatusExtensions;
import io.github.aepsdk.flowservice.StatusSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The health of a dataflow run: its {@link RunOutcome}, its record counts and every error it
 * reported, each with the activity it came from. Built from a run as {@code GET /runs} answers it
 * ({@link #of(Run)}); an ingestion's wait for the first run returns one ({@link
 * IngestionResult#firstRun()}) or throws it ({@link IngestionRunFailedException#report()}).
 *
 * <p>Adobe's monitoring doc ("Monitor dataflows using the Flow Service API") shows a run whose
 * {@code metrics.statusSummary.status} is {@code success} while one of its 100 records failed: the
 * failure is only in {@code metrics.recordSummary.failedRecordCount}, in the run's {@code
 * metrics.statusSummary.errors} ({@code CONNECTOR-2001-500}) and in the errors nested in its
 * activities ({@code activities[].statusSummary.extensions.errors}: {@code INGEST-1212-400}, {@code
 * MAPPER-3700-400} with a {@code recordCount}). The outcome therefore looks at all of them.
 */
@Value.Immutable
public interface RunReport {

  /** How the run went. */
  RunOutcome outcome();

  /** The run as last read, with every metric AEP sent; absent when the flow had no run yet. */
  Optional<Run> run();

  /** Records read ({@code metrics.recordSummary.inputRecordCount}; 0 when AEP gives none). */
  long inputRecordCount();

  /** Records written ({@code metrics.recordSummary.outputRecordCount}; 0 when AEP gives none). */
  long outputRecordCount();

  /**
   * Records that failed: {@code metrics.recordSummary.failedRecordCount}, or the sum of the
   * errors' {@link RunError#recordCount() record counts} when that is larger (a run summary that
   * omits the count does not hide the records its errors name).
   */
  long failedRecordCount();

  /**
   * Every error the run reported: first those only the run's own {@code
   * metrics.statusSummary.errors} lists, then per activity, in order, its {@code
   * statusSummary.errors} and the nested {@code statusSummary.extensions.errors}. A run-level error
   * that an activity repeats (same code and message) is listed once, with the activity.
   */
  List<RunError> errors();

  /**
   * One line, e.g. {@code run 9830…: PARTIALLY_SUCCEEDED (status success), records read 100,
   * written 99, failed 1}; then one line per error, indented.
   */
  default String describe() {
    StringBuilder sb = new StringBuilder(run().map(r -> "run " + r.id() + ": ").orElse("no run: "))
        .append(outcome());
    run().ifPresent(r -> sb.append(" (status ").append(r.metrics().flatMap(RunMetrics::statusSummary)
        .flatMap(StatusSummary::status).orElse("none")).append(')'));
    sb.append(", records read ").append(inputRecordCount()).append(", written ").append(outputRecordCount())
        .append(", failed ").append(failedRecordCount());
    errors().forEach(e -> sb.append("\n  ").append(e.describe()));
    return sb.toString();
  }

  /** The report of a flow that has no run yet: {@link RunOutcome#STILL_RUNNING}, no counts. */
  static RunReport noRun() {
    return ImmutableRunReport.builder().outcome(RunOutcome.STILL_RUNNING)
        .inputRecordCount(0).outputRecordCount(0).failedRecordCount(0).build();
  }

  /**
   * The report of {@code run}: {@link RunOutcome#STILL_RUNNING} while its status is not terminal
   * ({@link RunStatus#isTerminal()}); {@link RunOutcome#FAILED} when the status is {@code failed},
   * or records failed and AEP says none was written; {@link RunOutcome#PARTIALLY_SUCCEEDED} when
   * records failed, any error was reported, or the status is {@code partialSuccess} or {@code
   * partialFailure}; {@link RunOutcome#SUCCEEDED} otherwise.
   */
  static RunReport of(Run run) {
    Optional<RecordSummary> records = run.metrics().flatMap(RunMetrics::recordSummary);
    List<RunError> errors = errorsOf(run);
    long failed = Math.max(records.flatMap(RecordSummary::failedRecordCount).orElse(0L),
        errors.stream().mapToLong(e -> e.recordCount().orElse(0L)).sum());
    boolean noneWritten = records.flatMap(RecordSummary::outputRecordCount).filter(n -> n == 0).isPresent();
    RunStatus status = run.statusValue();
    RunOutcome outcome;
    if (!status.isTerminal()) {
      outcome = RunOutcome.STILL_RUNNING;
    } else if (status == RunStatus.FAILED || (failed > 0 && noneWritten)) {
      outcome = RunOutcome.FAILED;
    } else if (failed > 0 || !errors.isEmpty() || status == RunStatus.PARTIAL_SUCCESS
        || status == RunStatus.PARTIAL_FAILURE) {
      outcome = RunOutcome.PARTIALLY_SUCCEEDED;
    } else {
      outcome = RunOutcome.SUCCEEDED;
    }
    return ImmutableRunReport.builder().outcome(outcome).run(run)
        .inputRecordCount(records.flatMap(RecordSummary::inputRecordCount).orElse(0L))
        .outputRecordCount(records.flatMap(RecordSummary::outputRecordCount).orElse(0L))
        .failedRecordCount(failed)
        .errors(errors)
        .build();
  }

  private static List<RunError> errorsOf(Run run) {
    List<RunError> ofActivities = new ArrayList<>();
    for (RunActivity activity : run.activities()) {
      Optional<StatusSummary> status = activity.statusSummary();
      List<ErrorDetail> details = new ArrayList<>(status.map(StatusSummary::errors).orElse(List.of()));
      details.addAll(status.flatMap(StatusSummary::extensions).map(StatusExtensions::errors).orElse(List.of()));
      details.forEach(d -> ofActivities.add(error(activity.id(), d)));
    }
    List<RunError> all = run.metrics().flatMap(RunMetrics::statusSummary).map(StatusSummary::errors).orElse(List.of())
        .stream()
        .map(d -> error(Optional.empty(), d))
        .filter(e -> ofActivities.stream().noneMatch(a -> a.code().equals(e.code()) && a.message().equals(e.message())))
        .collect(Collectors.toCollection(ArrayList::new));
    all.addAll(ofActivities);
    return all;
  }

  private static RunError error(Optional<String> activity, ErrorDetail detail) {
    return RunError.builder().activity(activity).code(detail.code()).message(detail.message())
        .recordCount(detail.recordCount()).build();
  }
}
