package io.github.aepsdk.schemaregistry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field definitions for {@code properties} maps of classes, field groups and data types: each
 * method returns the JSON Schema fragment the Schema Registry expects for that XDM field type, as
 * an unmodifiable {@code Map} (the raw JSON, nothing hidden). Combine them freely with hand-written
 * maps.
 *
 * <pre>{@code
 * Map<String, Object> fields = new LinkedHashMap<>();
 * fields.put("crmId", XdmField.string());
 * fields.put("email", XdmField.string("Email address"));
 * fields.put("createdAt", XdmField.dateTime());
 * CreateClassRequest adHoc = CreateClassRequest.adHoc("CRM contacts", "Contacts from the CRM", fields);
 * }</pre>
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/schema/field-constraints.html">XDM field type constraints</a>
 */
public final class XdmField {
  private XdmField() {}

  /** {@code {"type": "string"}}. */
  public static Map<String, Object> string() {
    return of("string", null);
  }

  /** {@code {"type": "string", "title": title}}. */
  public static Map<String, Object> string(String title) {
    return titled(string(), title);
  }

  /** {@code {"type": "integer"}}. */
  public static Map<String, Object> integer() {
    return of("integer", null);
  }

  /** {@code {"type": "number"}} (a double). */
  public static Map<String, Object> number() {
    return of("number", null);
  }

  /** {@code {"type": "boolean"}}. */
  public static Map<String, Object> bool() {
    return of("boolean", null);
  }

  /** {@code {"type": "string", "format": "date"}}: an ISO 8601 calendar date. */
  public static Map<String, Object> date() {
    return of("string", "date");
  }

  /** {@code {"type": "string", "format": "date-time"}}: an ISO 8601 timestamp. */
  public static Map<String, Object> dateTime() {
    return of("string", "date-time");
  }

  /** {@code {"type": "object", "properties": properties}}: a nested object of fields. */
  public static Map<String, Object> object(Map<String, ?> properties) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("type", "object");
    field.put("properties", Collections.unmodifiableMap(new LinkedHashMap<>(properties)));
    return Collections.unmodifiableMap(field);
  }

  /** {@code {"type": "array", "items": items}}: an array of {@code items} (another field definition). */
  public static Map<String, Object> array(Map<String, ?> items) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("type", "array");
    field.put("items", Collections.unmodifiableMap(new LinkedHashMap<>(items)));
    return Collections.unmodifiableMap(field);
  }

  /** {@code definition} with {@code "title": title} added. */
  public static Map<String, Object> titled(Map<String, ?> definition, String title) {
    Map<String, Object> field = new LinkedHashMap<>(definition);
    field.put("title", title);
    return Collections.unmodifiableMap(field);
  }

  private static Map<String, Object> of(String type, String format) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("type", type);
    if (format != null) {
      field.put("format", format);
    }
    return Collections.unmodifiableMap(field);
  }
}
