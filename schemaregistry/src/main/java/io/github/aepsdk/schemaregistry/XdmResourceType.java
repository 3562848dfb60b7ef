package io.github.aepsdk.schemaregistry;

/**
 * Typed view of {@code meta:resourceType}, the kind of a Schema Registry resource. The raw string
 * stays available ({@link XdmResource#resourceType()}); values this SDK does not know map to {@link
 * #UNKNOWN}.
 */
public enum XdmResourceType {
  /** {@code schemas}. */
  SCHEMAS("schemas"),
  /** {@code classes}. */
  CLASSES("classes"),
  /** {@code mixins}: field groups (the registry still reports the former name). */
  MIXINS("mixins"),
  /** {@code datatypes}. */
  DATATYPES("datatypes"),
  /** {@code unions}. */
  UNIONS("unions"),
  /** {@code behaviors}. */
  BEHAVIORS("behaviors"),
  /** A value this SDK version does not know. */
  UNKNOWN("");

  private final String value;

  XdmResourceType(String value) {
    this.value = value;
  }

  /** The wire value, empty for {@link #UNKNOWN}. */
  public String value() {
    return value;
  }

  /** The constant for a wire value; {@link #UNKNOWN} for null or unknown values. */
  public static XdmResourceType fromValue(String value) {
    for (XdmResourceType t : values()) {
      if (t != UNKNOWN && t.value.equals(value)) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
