package io.github.aepsdk.schemaregistry;

import java.util.List;
import java.util.Map;

/**
 * Ready-made JSON Patch bodies for common schema changes, in the form Adobe's schema guide uses.
 * Pass the result to {@link SchemaRegistryApi#patchSchema(XdmId, List)}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html#patch">Schema Registry API: update part of a schema</a>
 */
public final class SchemaPatches {
  private SchemaPatches() {}

  /**
   * Adds a field group to a schema: appends its {@code $id} to {@code meta:extends} and a {@code
   * {"$ref": id}} entry to {@code allOf}.
   */
  public static List<JsonPatchOperation> addFieldGroup(String fieldGroupId) {
    return List.of(
        JsonPatchOperation.add("/meta:extends/-", fieldGroupId),
        JsonPatchOperation.add("/allOf/-", Map.of("$ref", fieldGroupId)));
  }

  /**
   * Enables a schema for Real-Time Customer Profile: adds {@code "meta:immutableTags": ["union"]}.
   * The registry rejects this (XDM-1528-400) unless the schema has a primary identity.
   */
  public static List<JsonPatchOperation> enableProfile() {
    return List.of(JsonPatchOperation.add("/meta:immutableTags", List.of("union")));
  }
}
