package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.error.AepException;

/**
 * A step of the ingestion failed after earlier steps created resources. {@link #resources()} holds
 * exactly the resources that exist, so nothing is orphaned silently; pass them to {@link
 * MarketingAutomationIngestion.Builder#resume(IngestionResources)} to re-run from the failed step
 * without creating duplicates.
 */
public class IngestionFailedException extends AepException {
  private static final long serialVersionUID = 1L;

  private final IngestionStep failedStep;
  private final transient IngestionResources resources;

  /** Step {@code failedStep} failed with {@code cause}; {@code resources} exist. */
  public IngestionFailedException(IngestionStep failedStep, IngestionResources resources, Throwable cause) {
    super("Step '" + failedStep.label() + "' failed: " + cause.getMessage() + "\nResources that exist: "
        + resources.describe(), cause);
    this.failedStep = failedStep;
    this.resources = resources;
  }

  /** Step {@code failedStep} stopped for the reason {@code message} gives; {@code resources} exist. */
  protected IngestionFailedException(IngestionStep failedStep, IngestionResources resources, String message) {
    super(message + "\nResources that exist: " + resources.describe());
    this.failedStep = failedStep;
    this.resources = resources;
  }

  /** The step that failed. */
  public IngestionStep failedStep() {
    return failedStep;
  }

  /** The resources created (or given) before the failure, to resume from. */
  public IngestionResources resources() {
    return resources;
  }
}
