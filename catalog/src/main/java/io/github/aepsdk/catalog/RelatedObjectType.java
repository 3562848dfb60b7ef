package io.github.aepsdk.catalog;

/**
 * The kind of a {@link RelatedObject} of a batch, as a typed view of the raw {@code type} string.
 * The spec lists {@code batch, dataSet, dataSetFile, dataSetView, transform}; its own examples also
 * use other kinds ({@code expressionBlock}, {@code service}, …), which are {@link #UNKNOWN} here.
 */
public enum RelatedObjectType {
  /** Catalog writes {@code batch}. */
  BATCH("batch"),
  /** Catalog writes {@code dataSet}. */
  DATA_SET("dataSet"),
  /** Catalog writes {@code dataSetFile}. */
  DATA_SET_FILE("dataSetFile"),
  /** Catalog writes {@code dataSetView}. */
  DATA_SET_VIEW("dataSetView"),
  /** Catalog writes {@code transform}. */
  TRANSFORM("transform"),
  /** A kind this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  RelatedObjectType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as Catalog writes it, e.g. {@code dataSet}. */
  public String wireValue() {
    return wireValue;
  }

  /** The constant for {@code value} (case-insensitive), or {@link #UNKNOWN}; never null. */
  public static RelatedObjectType of(String value) {
    if (value != null) {
      for (RelatedObjectType t : values()) {
        if (t != UNKNOWN && t.wireValue.equalsIgnoreCase(value.trim())) {
          return t;
        }
      }
    }
    return UNKNOWN;
  }
}
