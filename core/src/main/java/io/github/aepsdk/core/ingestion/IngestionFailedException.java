package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.error.AepException;

/**
 * A step of the ingestion failed after earlier steps created resources. {@link #resources()} holds
 * exactly the resources that exist (and {@link #createMayHaveTakenEffect()} says when the failed
 * step's own may exist too), so nothing is orphaned silently; pass them to {@link
 * MarketingAutomationIngestion.Builder#resume(IngestionResources)} to re-run from the failed step
 * without creating duplicates.
 */
public class IngestionFailedException extends AepException {
  private static final long serialVersionUID = 1L;

  private final IngestionStep failedStep;
  private final transient IngestionResources resources;
  private final boolean createMayHaveTakenEffect;

  /** Step {@code failedStep} failed with {@code cause}; {@code resources} exist. */
  public IngestionFailedException(IngestionStep failedStep, IngestionResources resources, Throwable cause) {
    this(failedStep, resources, cause, false);
  }

  /**
   * Step {@code failedStep} failed with {@code cause}; {@code resources} exist, and when {@code
   * createMayHaveTakenEffect}, so may the step's own resource: its create's answer was lost and no
   * look-up found it.
   */
  public IngestionFailedException(IngestionStep failedStep, IngestionResources resources, Throwable cause,
      boolean createMayHaveTakenEffect) {
    super("Step '" + failedStep.label() + "' failed: " + cause.getMessage() + "\nResources that exist: "
        + resources.describe() + (createMayHaveTakenEffect ? "\nThe " + failedStep.label() + " may exist too: AEP"
        + " may have created it before its answer was lost, and looking it up did not find it. Running the"
        + " ingestion again looks it up by name before creating anything." : ""), cause);
    this.failedStep = failedStep;
    this.resources = resources;
    this.createMayHaveTakenEffect = createMayHaveTakenEffect;
  }

  /** Step {@code failedStep} stopped for the reason {@code message} gives; {@code resources} exist. */
  protected IngestionFailedException(IngestionStep failedStep, IngestionResources resources, String message) {
    super(message + "\nResources that exist: " + resources.describe());
    this.failedStep = failedStep;
    this.resources = resources;
    this.createMayHaveTakenEffect = false;
  }

  /**
   * Whether the failed step's own resource may exist although {@link #resources()} does not name it:
   * its create may have taken effect (a read timeout, a dropped connection, a 500, 502 or 504) and the look-up
   * that followed failed or found nothing yet. Running the same ingestion again finds it by name.
   */
  public boolean createMayHaveTakenEffect() {
    return createMayHaveTakenEffect;
  }

  /** The step that failed. */
  public IngestionStep failedStep() {
    return failedStep;
  }

  /** The resources created (or given) before the failure, to resume from. */
  public IngestionResources resources() {
    return resources;
  }

  /**
   * This failure with {@code all} as its resources (those another side of the ingestion made while
   * this step failed included): itself when they are its own, else a copy with the same cause,
   * stack trace and suppressed exceptions. Subclasses thrown by a step override it.
   */
  IngestionFailedException withResources(IngestionResources all) {
    if (all.equals(resources)) {
      return this;
    }
    return copied(new IngestionFailedException(failedStep, all, getCause(), createMayHaveTakenEffect));
  }

  /** {@code copy} with this failure's stack trace and suppressed exceptions. */
  final IngestionFailedException copied(IngestionFailedException copy) {
    copy.setStackTrace(getStackTrace());
    for (Throwable suppressed : getSuppressed()) {
      copy.addSuppressed(suppressed);
    }
    return copy;
  }
}
