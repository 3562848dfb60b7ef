package io.github.aepsdk.schemaregistry;

/**
 * Typed view of a descriptor's {@code @type}. The raw string stays available ({@link
 * Descriptor#type()}); values this SDK does not know map to {@link #UNKNOWN}.
 */
public enum DescriptorType {
  /** {@code xdm:descriptorIdentity}: marks a field as an identity. */
  IDENTITY("xdm:descriptorIdentity"),
  /** {@code xdm:alternateDisplayInfo}: friendly title/description of a field. */
  ALTERNATE_DISPLAY_INFO("xdm:alternateDisplayInfo"),
  /** {@code xdm:descriptorReferenceIdentity}: the identity namespace a reference field points to. */
  REFERENCE_IDENTITY("xdm:descriptorReferenceIdentity"),
  /** {@code xdm:descriptorOneToOne}: a relationship between two schemas. */
  ONE_TO_ONE("xdm:descriptorOneToOne"),
  /** {@code xdm:descriptorOneToMany}. */
  ONE_TO_MANY("xdm:descriptorOneToMany"),
  /** {@code xdm:descriptorManyToMany}. */
  MANY_TO_MANY("xdm:descriptorManyToMany"),
  /** {@code xdm:descriptorPrimaryKey}. */
  PRIMARY_KEY("xdm:descriptorPrimaryKey"),
  /** {@code xdm:descriptorRelationship}. */
  RELATIONSHIP("xdm:descriptorRelationship"),
  /** A value this SDK version does not know. */
  UNKNOWN("");

  private final String value;

  DescriptorType(String value) {
    this.value = value;
  }

  /** The wire value, for example {@code xdm:descriptorIdentity}; empty for {@link #UNKNOWN}. */
  public String value() {
    return value;
  }

  /** The constant for a wire value; {@link #UNKNOWN} for null or unknown values. */
  public static DescriptorType fromValue(String value) {
    for (DescriptorType t : values()) {
      if (t != UNKNOWN && t.value.equals(value)) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
