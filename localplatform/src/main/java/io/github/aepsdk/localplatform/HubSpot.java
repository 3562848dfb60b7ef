package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HubSpot account behind every HubSpot connection of the platform: the tables that {@code
 * explore?objectType=root} lists, the columns of {@code Hubspot.Contacts} (named as in the
 * marketing-automation explore example) and a few synthetic contact records.
 *
 * <p>The contacts are invented (no real people; e-mail addresses on the reserved {@code example.com}
 * domain). One record deliberately carries a malformed {@code Added_At} value, so a run that maps it
 * to a {@code date-time} field reports one failed record, as real runs do.
 */
final class HubSpot {
  static final String CONTACTS = "Hubspot.Contacts";
  static final List<String> TABLES =
      List.of("Hubspot.All_Deals", "Hubspot.Blog_Authors", "Hubspot.Blog_Comments", CONTACTS);

  private HubSpot() {}

  /** {@code GET /connections/{id}/explore?objectType=root}: the tables. */
  static List<Object> root() {
    List<Object> tables = new ArrayList<>();
    for (String table : TABLES) {
      tables.add(obj("type", "table", "name", table, "path", table, "canPreview", true, "canFetchSchema", true));
    }
    return tables;
  }

  /** {@code GET /connections/{id}/explore?objectType=table&object=Hubspot.Contacts}: the columns. */
  static Map<String, Object> contactsTable() {
    return obj("format", "flat", "schema", obj("columns", arr(
        column("Vid", null),
        column("Properties_Firstname_Value", null),
        column("Properties_Lastname_Value", null),
        column("Properties_Email_Value", null),
        column("Added_At", "date-time"),
        column("Portal_Id", null))));
  }

  /** The column names of {@code table} ({@link #CONTACTS} only has columns here). */
  static List<String> columns(String table) {
    List<String> names = new ArrayList<>();
    if (CONTACTS.equals(table)) {
      for (Object column : Json.list(Json.at(contactsTable(), "schema.columns"))) {
        names.add(Json.string(column, "name"));
      }
    }
    return names;
  }

  /** The records a run reads from {@code table}: synthetic contacts, or none for the other tables. */
  static List<Map<String, Object>> records(String table) {
    List<Map<String, Object>> records = new ArrayList<>();
    if (!CONTACTS.equals(table)) {
      return records;
    }
    records.add(contact("1001", "Avery", "Quillfeather", "avery.quillfeather@example.com", "2024-01-08T09:15:00Z"));
    records.add(contact("1002", "Bruno", "Tindlewick", "bruno.tindlewick@example.com", "2024-01-19T14:02:31Z"));
    records.add(contact("1003", "Cyra", "Mossgrove", "cyra.mossgrove@example.com", "2024-02-03T07:45:10Z"));
    records.add(contact("1004", "Dario", "Pennyfield", "dario.pennyfield@example.com", "2024-02-27T18:30:00Z"));
    records.add(contact("1005", "Elin", "Brackenridge", "elin.brackenridge@example.com", "not-a-timestamp"));
    return records;
  }

  private static Map<String, Object> contact(String vid, String first, String last, String email, String addedAt) {
    return obj(
        "Vid", vid,
        "Properties_Firstname_Value", first,
        "Properties_Lastname_Value", last,
        "Properties_Email_Value", email,
        "Added_At", addedAt,
        "Portal_Id", "7700123");
  }

  private static Map<String, Object> column(String name, String format) {
    Map<String, Object> column = obj("name", name, "type", "string");
    if (format == null) {
      column.put("xdm", obj("type", "string"));
    } else {
      column.put("meta:xdmType", format);
      column.put("xdm", obj("type", "string", "format", format));
    }
    return column;
  }
}
