package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.error.AepException;

/**
 * {@link Ingestion#find(io.github.aepsdk.core.AepClient, String)} found no dataflow named {@code
 * "<name>: dataflow"} in the client's sandbox: no ingestion of that name was made there, or its
 * dataflow was removed.
 */
public class IngestionNotFoundException extends AepException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String sandboxName;

  /** No dataflow of ingestion {@code name} exists in sandbox {@code sandboxName}. */
  public IngestionNotFoundException(String name, String sandboxName) {
    super("No ingestion named '" + name + "' in sandbox " + sandboxName + ": no dataflow is named '"
        + IngestionStep.DATAFLOW.identity(name) + "'");
    this.name = name;
    this.sandboxName = sandboxName;
  }

  /** The ingestion's name that was looked up. */
  public String name() {
    return name;
  }

  /** The sandbox it was looked up in. */
  public String sandboxName() {
    return sandboxName;
  }
}
