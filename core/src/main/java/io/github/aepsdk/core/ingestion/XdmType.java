package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.schemaregistry.XdmField;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The XDM type of a source field, as written into the ad-hoc class ({@code {"type":"string",
 * "format":"date-time"}}) and as explored columns report it ({@code type}, {@code meta:xdmType},
 * {@code xdm.type}/{@code xdm.format}).
 */
public enum XdmType {
  /** {@code {"type":"string"}} */
  STRING(XdmField::string),
  /** {@code {"type":"integer"}} */
  INTEGER(XdmField::integer),
  /** {@code {"type":"number"}} */
  NUMBER(XdmField::number),
  /** {@code {"type":"boolean"}} */
  BOOLEAN(XdmField::bool),
  /** {@code {"type":"string","format":"date"}} */
  DATE(XdmField::date),
  /** {@code {"type":"string","format":"date-time"}} */
  DATE_TIME(XdmField::dateTime);

  private final Supplier<Map<String, Object>> definition;

  XdmType(Supplier<Map<String, Object>> definition) {
    this.definition = definition;
  }

  /** The JSON Schema fragment of a field of this type, as {@link XdmField} writes it. */
  public Map<String, Object> jsonSchema() {
    return definition.get();
  }

  /**
   * Whether a source column of this type can be written to a field of type {@code destination}:
   * anything to a string, a string to anything (Data Prep parses it), numbers to numbers (integers
   * also to {@code number}), dates and date-times to either, a boolean to a boolean.
   */
  public boolean canBeWrittenTo(XdmType destination) {
    switch (this) {
      case STRING:
        return true;
      case INTEGER:
        return destination == STRING || destination == INTEGER || destination == NUMBER;
      case NUMBER:
        return destination == STRING || destination == NUMBER;
      case DATE:
      case DATE_TIME:
        return destination == STRING || destination == DATE || destination == DATE_TIME;
      default:
        return destination == STRING || destination == BOOLEAN;
    }
  }

  /**
   * The type of an explored column or XDM field given its JSON type and format (e.g. {@code
   * "string"} + {@code "date-time"}), or an XDM type name such as {@code long}, {@code int}, {@code
   * date-time}; empty for objects, arrays and unknown names.
   */
  public static Optional<XdmType> of(String type, String format) {
    if (type == null) {
      return Optional.empty();
    }
    String t = type.toLowerCase(Locale.ROOT);
    String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
    switch (t) {
      case "string":
        return Optional.of(f.equals("date-time") ? DATE_TIME : f.equals("date") ? DATE : STRING);
      case "integer":
      case "int":
      case "long":
      case "short":
      case "byte":
        return Optional.of(INTEGER);
      case "number":
      case "double":
      case "float":
        return Optional.of(NUMBER);
      case "boolean":
        return Optional.of(BOOLEAN);
      case "date":
        return Optional.of(DATE);
      case "date-time":
      case "datetime":
        return Optional.of(DATE_TIME);
      default:
        return Optional.empty();
    }
  }
}
