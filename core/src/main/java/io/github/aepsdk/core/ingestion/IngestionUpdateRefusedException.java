package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.error.AepException;

/**
 * An {@link Ingestion} update that AEP does not allow for this dataflow, refused before anything was
 * sent that changes it. Adobe documents that a dataflow configured for one-time ingestion (frequency
 * {@code once}) cannot be rescheduled nor have its mapping sets updated ("Update dataflows in the
 * UI"); a dataflow without a Mapping transformation has no mapping to update.
 */
public class IngestionUpdateRefusedException extends AepException {
  private static final long serialVersionUID = 1L;

  private final String flowId;

  /** The update of dataflow {@code flowId} is refused for the reason {@code message} gives. */
  public IngestionUpdateRefusedException(String flowId, String message) {
    super(message + " (dataflow " + flowId + "). Nothing was changed.");
    this.flowId = flowId;
  }

  /** The dataflow whose update was refused. */
  public String flowId() {
    return flowId;
  }
}
