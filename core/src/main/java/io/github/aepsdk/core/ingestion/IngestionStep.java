package io.github.aepsdk.core.ingestion;

/**
 * The steps of the marketing automation tutorial, in the documented order. Each step creates (or
 * looks up) one resource; a step whose resource id is already known is skipped, which is how a run
 * resumes after a failure.
 */
public enum IngestionStep {
  /** Optional step 0: {@code POST /connections} (Flow Service), the HubSpot base connection. */
  BASE_CONNECTION("base connection"),
  /** {@code POST /tenant/classes} (Schema Registry): the ad-hoc class describing the source fields. */
  ADHOC_CLASS("ad-hoc class"),
  /** {@code POST /tenant/schemas} (Schema Registry): the ad-hoc schema on that class. */
  ADHOC_SCHEMA("ad-hoc schema"),
  /** {@code POST /sourceConnections} (Flow Service) on the base connection. */
  SOURCE_CONNECTION("source connection"),
  /** {@code POST /tenant/schemas} (Schema Registry): the target XDM schema. */
  TARGET_SCHEMA("target schema"),
  /** {@code POST /dataSets} (Catalog): the target dataset on the target schema. */
  DATASET("target dataset"),
  /**
   * {@code POST /connections} (Flow Service): the dataset base connection to the Data Lake, which the
   * target connection references. Taken in {@link RequestForm#TUTORIAL_2020} only; the current
   * docs' form (the default) creates none, and the step is neither planned nor reported.
   */
  DATASET_BASE_CONNECTION("dataset base connection"),
  /** {@code POST /targetConnections} (Flow Service) to the dataset. */
  TARGET_CONNECTION("target connection"),
  /** {@code POST /mappingSets} (Data Prep): source attributes to target XDM paths. */
  MAPPING_SET("mapping set"),
  /** {@code GET /flowSpecs?property=name=="CRMToAEP"} (Flow Service). */
  FLOW_SPEC("flow spec lookup"),
  /** {@code POST /flows} (Flow Service): the scheduled dataflow. */
  DATAFLOW("dataflow"),
  /** Optional last step: {@code GET /runs?property=flowId==…} until the first run ends; then its {@link RunReport}. */
  FIRST_RUN("first run");

  private final String label;

  IngestionStep(String label) {
    this.label = label;
  }

  /** A short human-readable name, e.g. {@code "target dataset"}. */
  public String label() {
    return label;
  }

  /**
   * The name or title of this step's resource in ingestion {@code ingestionName}: {@code
   * "<ingestion name>: <step label>"}. No label holds a colon, so two ingestions' identities never
   * meet, whatever their names.
   */
  String identity(String ingestionName) {
    return ingestionName + ": " + label;
  }
}
