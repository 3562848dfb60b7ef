package io.github.aepsdk.core.ingestion;

import org.immutables.value.Value;

/**
 * A column of the source table (for HubSpot contacts e.g. {@code Properties_Firstname_Value}) and
 * its XDM type; becomes a field of the ad-hoc class.
 */
@Value.Immutable
public interface SourceField {

  /** The column name exactly as the source reports it. */
  @Value.Parameter
  String name();

  /** The XDM type of the column. */
  @Value.Parameter
  XdmType type();

  /** A field named {@code name} of type {@code type}. */
  static SourceField of(String name, XdmType type) {
    return ImmutableSourceField.of(name, type);
  }
}
