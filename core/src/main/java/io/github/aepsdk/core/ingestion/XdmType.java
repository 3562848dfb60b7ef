package io.github.aepsdk.core.ingestion;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The XDM type of a source field, as written into the ad-hoc class ({@code {"type":"string",
 * "format":"date-time"}}) and as explored columns report it ({@code type}, {@code meta:xdmType},
 * {@code xdm.type}/{@code xdm.format}).
 */
public enum XdmType {
  /** {@code {"type":"string"}} */
  STRING("string", null),
  /** {@code {"type":"integer"}} */
  INTEGER("integer", null),
  /** {@code {"type":"number"}} */
  NUMBER("number", null),
  /** {@code {"type":"boolean"}} */
  BOOLEAN("boolean", null),
  /** {@code {"type":"string","format":"date"}} */
  DATE("string", "date"),
  /** {@code {"type":"string","format":"date-time"}} */
  DATE_TIME("string", "date-time");

  private final String jsonType;
  private final String format;

  XdmType(String jsonType, String format) {
    this.jsonType = jsonType;
    this.format = format;
  }

  /** The JSON Schema fragment of a field of this type. */
  public Map<String, Object> jsonSchema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", jsonType);
    if (format != null) {
      schema.put("format", format);
    }
    return schema;
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
