package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Adobe's global XDM library the platform serves from the {@code global} container:
 * the record, time-series and ad-hoc behaviors, the XDM Individual Profile and ExperienceEvent
 * classes and the Demographic Details / Personal Contact Details field groups, with enough fields
 * for marketing-automation mappings ({@code person.name.firstName}, {@code personalEmail.address},
 * {@code _repo.createDate}, …). Not the whole library. Built in code.
 */
final class XdmLibrary {
  static final String RECORD = "https://ns.adobe.com/xdm/data/record";
  static final String TIME_SERIES = "https://ns.adobe.com/xdm/data/time-series";
  static final String ADHOC = "https://ns.adobe.com/xdm/data/adhoc";
  static final String AUDITABLE = "https://ns.adobe.com/xdm/common/auditable";
  static final String PROFILE = "https://ns.adobe.com/xdm/context/profile";
  static final String EXPERIENCE_EVENT = "https://ns.adobe.com/xdm/context/experienceevent";
  static final String PERSON_DETAILS = "https://ns.adobe.com/xdm/context/profile-person-details";
  static final String PERSONAL_DETAILS = "https://ns.adobe.com/xdm/context/profile-personal-details";
  private static final String LIB_VERSION = "1.27.4";
  private static final long LIB_DATE = 1635361814823L;

  private final Map<String, Map<String, Object>> behaviors = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> classes = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> fieldGroups = new LinkedHashMap<>();

  XdmLibrary() {
    for (String behavior : List.of(RECORD, TIME_SERIES, ADHOC)) {
      behaviors.put(behavior, obj("$id", behavior, "meta:altId", altId(behavior), "meta:resourceType", "behaviors",
          "version", "1", "title", behavior.substring(behavior.lastIndexOf('/') + 1), "type", "object",
          "meta:containerId", "global"));
    }
    classes.put(PROFILE, resource(PROFILE, "classes", "XDM Individual Profile",
        "An XDM Individual Profile forms a singular representation of the attributes and interests of both"
            + " identified and partially-identified individuals.",
        "profile", profileFields(), arr(AUDITABLE, RECORD), null));
    classes.put(EXPERIENCE_EVENT, resource(EXPERIENCE_EVENT, "classes", "XDM ExperienceEvent",
        "A time-series record of an event observed for a subject.",
        "experienceevent", obj(
            "_id", field("string", "Identifier", null),
            "timestamp", field("string", "Timestamp", "date-time"),
            "eventType", field("string", "Event Type", null)),
        arr(TIME_SERIES), null));
    fieldGroups.put(PERSON_DETAILS, resource(PERSON_DETAILS, "mixins", "Demographic Details",
        "Demographic information such as name, gender, and birth date of an individual.",
        "profile-person-details", obj("person", object("Person", obj(
            "name", object("Full name", obj(
                "firstName", field("string", "First name", null),
                "middleName", field("string", "Middle name", null),
                "lastName", field("string", "Last name", null),
                "fullName", field("string", "Full name", null),
                "suffix", field("string", "Suffix", null),
                "courtesyTitle", field("string", "Courtesy title", null))),
            "birthDate", field("string", "Birth date", "date"),
            "birthYear", field("integer", "Birth year", null),
            "gender", field("string", "Gender", null),
            "nationality", field("string", "Nationality", null)))),
        null, arr(PROFILE)));
    fieldGroups.put(PERSONAL_DETAILS, resource(PERSONAL_DETAILS, "mixins", "Personal Contact Details",
        "Contact information for an individual person such as home address, phone number, fax, and email.",
        "profile-personal-details", obj(
            "personalEmail", object("Personal email", obj(
                "address", field("string", "Address", "email"),
                "primary", field("boolean", "Primary", null),
                "status", field("string", "Status", null),
                "type", field("string", "Type", null))),
            "homeAddress", object("Home address", obj(
                "street1", field("string", "Street 1", null),
                "city", field("string", "City", null),
                "postalCode", field("string", "Postal code", null),
                "stateProvince", field("string", "State or province", null),
                "country", field("string", "Country", null),
                "countryCode", field("string", "Country code", null))),
            "mobilePhone", phone("Mobile phone"),
            "homePhone", phone("Home phone"),
            "faxPhone", phone("Fax phone")),
        null, arr(PROFILE)));
  }

  /** A global class by {@code $id} or {@code meta:altId}, or null. */
  Map<String, Object> globalClass(String id) {
    return find(classes, id);
  }

  /** A global field group by {@code $id} or {@code meta:altId}, or null. */
  Map<String, Object> globalFieldGroup(String id) {
    return find(fieldGroups, id);
  }

  /** A behavior by {@code $id}, or null. */
  Map<String, Object> behavior(String id) {
    return behaviors.get(id);
  }

  /** Any global resource (behavior, class, field group) by {@code $id}, or null. */
  Map<String, Object> any(String id) {
    Map<String, Object> found = behaviors.get(id);
    if (found == null) {
      found = classes.get(id);
    }
    return found != null ? found : fieldGroups.get(id);
  }

  Map<String, Map<String, Object>> behaviors() {
    return behaviors;
  }

  Map<String, Map<String, Object>> classes() {
    return classes;
  }

  Map<String, Map<String, Object>> fieldGroups() {
    return fieldGroups;
  }

  /** {@code https://ns.adobe.com/xdm/context/profile} → {@code _xdm.context.profile}. */
  static String altId(String id) {
    return "_" + id.substring("https://ns.adobe.com/".length()).replace('/', '.');
  }

  private static Map<String, Object> find(Map<String, Map<String, Object>> resources, String id) {
    Map<String, Object> found = resources.get(id);
    if (found == null) {
      for (Map<String, Object> r : resources.values()) {
        if (id.equals(r.get("meta:altId"))) {
          return r;
        }
      }
    }
    return found;
  }

  private static Map<String, Object> profileFields() {
    return obj(
        "_id", field("string", "Identifier", null),
        "_repo", object("Repository", obj(
            "createDate", field("string", "Create date", "date-time"),
            "modifyDate", field("string", "Modify date", "date-time"))),
        "createdByBatchID", field("string", "Created by batch identifier", "uri-reference"),
        "modifiedByBatchID", field("string", "Modified by batch identifier", "uri-reference"),
        "personID", field("string", "Person ID", null),
        "repositoryCreatedBy", field("string", "Created by user identifier", null),
        "repositoryLastModifiedBy", field("string", "Modified by user identifier", null));
  }

  private static Map<String, Object> resource(String id, String resourceType, String title, String description,
      String definition, Map<String, Object> fields, List<Object> extendsIds, List<Object> intendedToExtend) {
    Map<String, Object> r = obj(
        "$id", id,
        "meta:altId", altId(id),
        "meta:resourceType", resourceType,
        "version", "1",
        "title", title,
        "type", "object",
        "description", description,
        "definitions", obj(definition, obj("properties", fields)));
    List<Object> allOf = arr();
    if (extendsIds != null) {
      for (Object ref : extendsIds) {
        allOf.add(obj("$ref", ref, "type", "object", "meta:xdmType", "object"));
      }
    }
    allOf.add(obj("$ref", "#/definitions/" + definition, "type", "object", "meta:xdmType", "object"));
    r.put("allOf", allOf);
    r.put("meta:extensible", true);
    r.put("meta:abstract", true);
    if (extendsIds != null) {
      r.put("meta:extends", Json.copy(extendsIds));
    }
    if (intendedToExtend != null) {
      r.put("meta:intendedToExtend", intendedToExtend);
    }
    r.put("meta:xdmType", "object");
    r.put("meta:status", "stable");
    r.put("$schema", "http://json-schema.org/draft-06/schema#");
    r.put("meta:registryMetadata", obj(
        "repo:createdDate", LIB_DATE,
        "repo:lastModifiedDate", LIB_DATE,
        "eTag", Integer.toHexString(id.hashCode()),
        "meta:globalLibVersion", LIB_VERSION));
    r.put("meta:containerId", "global");
    return r;
  }

  private static Map<String, Object> field(String type, String title, String format) {
    Map<String, Object> f = obj("title", title, "type", type);
    if (format != null) {
      f.put("format", format);
    }
    f.put("meta:xdmType", XdmFields.xdmType(type, format));
    return f;
  }

  private static Map<String, Object> object(String title, Map<String, Object> properties) {
    return obj("title", title, "type", "object", "meta:xdmType", "object", "properties", properties);
  }

  private static Map<String, Object> phone(String title) {
    return object(title, obj(
        "number", field("string", "Number", null),
        "primary", field("boolean", "Primary", null)));
  }
}
