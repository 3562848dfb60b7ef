package io.github.aepsdk.core.ingestion;

import java.util.List;

/**
 * A resource with a step's identity exists but is not what the step would create (another class,
 * schema, source path, …) in a way the ingestion does not update in place (it does update the
 * mappings and the dataflow's schedule, see {@link PlannedStep.Action#UPDATE}), or several
 * resources share the identity. The ingestion stops before
 * that step and changes nothing: rename the ingestion ({@link MarketingAutomationIngestion.Builder#name})
 * or remove the resource yourself. {@link #resources()} holds what the earlier steps found or made.
 */
public class IngestionConflictException extends IngestionFailedException {
  private static final long serialVersionUID = 1L;

  private final String identity;
  private final List<String> resourceIds;
  private final List<String> differences;

  /** {@code resourceIds} have {@code step}'s identity; {@code differences} say how the one found differs. */
  public IngestionConflictException(IngestionStep step, String identity, List<String> resourceIds,
      List<String> differences, IngestionResources resources) {
    super(step, resources, "Step '" + step.label() + "': "
        + (resourceIds.size() == 1
            ? "the existing " + step.label() + " '" + identity + "' (" + resourceIds.get(0) + ") differs: "
                + String.join("; ", differences)
            : resourceIds.size() + " resources are named '" + identity + "': " + String.join(", ", resourceIds))
        + ". It was left unchanged; give the ingestion another name, or remove the resource.");
    this.identity = identity;
    this.resourceIds = List.copyOf(resourceIds);
    this.differences = List.copyOf(differences);
  }

  @Override
  IngestionConflictException withResources(IngestionResources all) {
    if (all.equals(resources())) {
      return this;
    }
    return (IngestionConflictException) copied(new IngestionConflictException(failedStep(), identity, resourceIds, differences, all));
  }

  /** The name or title the resources share. */
  public String identity() {
    return identity;
  }

  /** The ids of the resources with that identity. */
  public List<String> resourceIds() {
    return resourceIds;
  }

  /** How the one existing resource differs from what the step would create; empty when several exist. */
  public List<String> differences() {
    return differences;
  }
}
