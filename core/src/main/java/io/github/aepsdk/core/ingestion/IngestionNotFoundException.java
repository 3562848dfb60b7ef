package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.error.AepException;

/**
 * {@link Ingestion#find(io.github.aepsdk.core.AepClient, String)} found no resource but a mapping
 * set carrying one of the identities of ingestion {@code name} ({@code "<name>: <step label>"}) in
 * the client's sandbox: no ingestion of that name was made there, or it was torn down (Data Prep
 * cannot delete its mapping set).
 */
public class IngestionNotFoundException extends AepException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String sandboxName;

  /** Nothing ingestion {@code name} makes exists in sandbox {@code sandboxName}. */
  public IngestionNotFoundException(String name, String sandboxName) {
    super("No ingestion named '" + name + "' in sandbox " + sandboxName + ": no resource is named '"
        + name + ": <step>' (for example '" + IngestionStep.DATAFLOW.identity(name) + "')");
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
