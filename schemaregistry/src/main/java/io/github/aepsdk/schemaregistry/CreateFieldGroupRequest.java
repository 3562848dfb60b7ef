package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /tenant/fieldgroups}: a title, the classes the field group is meant for
 * ({@code meta:intendedToExtend}), its fields under {@code definitions} and an {@code allOf} that
 * points at those definitions. Custom fields must be nested under the tenant object {@code
 * _{TENANT_ID}} (else {@code XDM-1020…1024-400}); {@link #tenantFields} builds exactly that.
 *
 * <p>Open-ended: {@link #additionalProperties()} is sent as is.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/field-groups.html#create">Schema Registry API: create a field group</a>
 */
@Value.Immutable
public interface CreateFieldGroupRequest {

  /** The name of the definition {@link #tenantFields} puts the fields in. */
  String CUSTOM_FIELDS = "customFields";

  /** The title; must be unique among the sandbox's resources (else {@code XDM-1521-400}). */
  String title();

  /** The description. */
  Optional<String> description();

  /** The JSON Schema type; always {@code object}. */
  @Value.Default
  default String type() {
    return "object";
  }

  /** The {@code $id}s of the classes this field group can be used with (at least one). */
  @Json(name = "meta:intendedToExtend")
  List<String> intendedToExtend();

  /** Named field definitions (free-form), referenced from {@link #allOf()} as {@code #/definitions/<name>}. */
  Map<String, Object> definitions();

  /** References to the definitions (and to other field groups or data types this one uses). */
  @Json(name = "allOf")
  List<AllOfEntry> allOf();

  /** Members this model does not declare, sent as is. */
  Map<String, Object> additionalProperties();

  /** Checks the API's required members. */
  @Value.Check
  default void check() {
    if (intendedToExtend().isEmpty()) {
      throw new IllegalStateException("meta:intendedToExtend must name at least one class, for example " + XdmIds.PROFILE);
    }
  }

  /**
   * A field group for {@code classId} whose fields sit under the tenant object: {@code
   * definitions.customFields.properties._<tenantId> = {"type": "object", "properties": fields}} and
   * {@code allOf: [{"$ref": "#/definitions/customFields"}]}.
   *
   * @param tenantId the org's tenant id without the leading underscore (the registry's {@code
   *     meta:tenantNamespace} minus {@code _}), or with it
   * @param fields field name to definition, in order (see {@link XdmField})
   */
  static CreateFieldGroupRequest tenantFields(
      String title, String description, String classId, String tenantId, Map<String, ?> fields) {
    String tenantObject = tenantId.startsWith("_") ? tenantId : "_" + tenantId;
    return builder()
        .title(title)
        .description(description)
        .addIntendedToExtend(classId)
        .putDefinitions(CUSTOM_FIELDS, Map.of("properties", Map.of(tenantObject, XdmField.object(fields))))
        .addAllOf(AllOfEntry.ofRef("#/definitions/" + CUSTOM_FIELDS))
        .build();
  }

  /** A new builder. */
  static ImmutableCreateFieldGroupRequest.Builder builder() {
    return ImmutableCreateFieldGroupRequest.builder();
  }
}
