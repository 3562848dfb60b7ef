package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of {@code POST /tenant/schemas} (and of {@code PUT /tenant/schemas/{id}}): a title, a
 * description and an {@code allOf} referencing exactly one class, then any field groups.
 *
 * <p>Open-ended: {@link #additionalProperties()} is sent as is (some older guides add {@code
 * meta:class} and similar members). {@link #of(String, String, String, List)} covers the common
 * case.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html#create">Schema Registry API: create a schema</a>
 */
@Value.Immutable
public interface CreateSchemaRequest {

  /** The title; must be unique among the sandbox's resources (else {@code XDM-1521-400}). */
  String title();

  /** The description (required by the API). */
  String description();

  /** The JSON Schema type; always {@code object}. */
  @Value.Default
  default String type() {
    return "object";
  }

  /** The class reference, then field group references. */
  @Json(name = "allOf")
  List<AllOfEntry> allOf();

  /** Members this model does not declare, sent as is. */
  Map<String, Object> additionalProperties();

  /** Checks the API's required members. */
  @Value.Check
  default void check() {
    if (allOf().isEmpty()) {
      throw new IllegalStateException("allOf must reference the class of the schema, for example " + XdmIds.PROFILE);
    }
  }

  /**
   * A schema implementing {@code classId} with the given field groups, for example a profile
   * schema: {@code of("Loyalty members", "…", XdmIds.PROFILE, List.of(XdmIds.PROFILE_PERSON_DETAILS))}.
   *
   * @param classId the {@code $id} of the class (standard or tenant, ad-hoc included)
   * @param fieldGroupIds {@code $id}s of field groups compatible with the class; may be empty
   */
  static CreateSchemaRequest of(String title, String description, String classId, List<String> fieldGroupIds) {
    ImmutableCreateSchemaRequest.Builder b = builder()
        .title(title)
        .description(description)
        .addAllOf(AllOfEntry.ofRef(classId));
    for (String fieldGroupId : fieldGroupIds) {
      b.addAllOf(AllOfEntry.ofRef(fieldGroupId));
    }
    return b.build();
  }

  /** A new builder. */
  static ImmutableCreateSchemaRequest.Builder builder() {
    return ImmutableCreateSchemaRequest.builder();
  }
}
