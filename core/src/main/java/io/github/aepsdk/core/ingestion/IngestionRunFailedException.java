package io.github.aepsdk.core.ingestion;

/**
 * The ingestion created (or adopted) every resource, but the dataflow's first run did not go well
 * enough: it {@link RunOutcome#FAILED failed}, had not ended when the wait for it ended ({@link
 * RunOutcome#STILL_RUNNING}), or {@link RunOutcome#PARTIALLY_SUCCEEDED partially succeeded} with more
 * failed records than {@link MarketingAutomationIngestion.Builder#maxFailedRecords(long)} allows.
 * {@link #report()} says how the run went and which errors it met; {@link #resources()} holds every
 * resource, which stays in place. The failed step is {@link IngestionStep#FIRST_RUN}.
 */
public class IngestionRunFailedException extends IngestionFailedException {
  private static final long serialVersionUID = 1L;

  private final transient RunReport report;

  /** The first run went as {@code report} says, which {@code maxFailedRecords} does not allow. */
  public IngestionRunFailedException(RunReport report, long maxFailedRecords, IngestionResources resources) {
    super(IngestionStep.FIRST_RUN, resources, "Step '" + IngestionStep.FIRST_RUN.label() + "': "
        + reason(report, maxFailedRecords) + "\n" + report.describe());
    this.report = report;
  }

  private static String reason(RunReport report, long maxFailedRecords) {
    switch (report.outcome()) {
      case STILL_RUNNING:
        return "the first run had not ended when the wait for it ended.";
      case PARTIALLY_SUCCEEDED:
        return "failed records: " + report.failedRecordCount() + ", more than maxFailedRecords(" + maxFailedRecords
            + ") allows.";
      default:
        return "the first run " + report.outcome() + ".";
    }
  }

  /** How the first run went: outcome, record counts, errors. */
  public RunReport report() {
    return report;
  }
}
