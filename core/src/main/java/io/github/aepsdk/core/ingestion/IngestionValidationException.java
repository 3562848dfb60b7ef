package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.error.AepException;
import java.util.List;

/**
 * The ingestion's input is invalid. Lists every problem found, not just the first. Thrown before
 * any resource is created: static problems before any request at all, problems that need AEP's
 * answers (explored columns, the flow spec's JSON schemas, the target schema's fields) after
 * read-only calls only.
 */
public class IngestionValidationException extends AepException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** An exception listing {@code problems} (not empty). */
  public IngestionValidationException(List<String> problems) {
    super("Invalid marketing automation ingestion (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + "):\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
