package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of {@code POST /tenant/classes} (and of {@code PUT /tenant/classes/{id}}): a title, a
 * description and an {@code allOf} naming the behavior the class is based on ({@link
 * XdmIds#RECORD_BEHAVIOR}, {@link XdmIds#TIME_SERIES_BEHAVIOR} or {@link XdmIds#ADHOC_BEHAVIOR}),
 * optionally followed by field groups and inline fields.
 *
 * <p>Open-ended: {@link #additionalProperties()} is sent as is, for members this model does not
 * declare. {@link #adHoc(String, String, Map)} builds the ad-hoc class of Adobe's ad-hoc schema
 * tutorial.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/classes.html#create">Schema Registry API: create a class</a>
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/tutorials/ad-hoc.html">Create an ad-hoc schema</a>
 */
@Value.Immutable
public interface CreateClassRequest {

  /** The name of the field object of an ad-hoc class in the request; the registry renames it to {@code _<guid>}. */
  String AD_HOC_FIELDS = "_adhoc";

  /** The title; must be unique among the sandbox's resources (else {@code XDM-1521-400}). */
  String title();

  /** The description (required by the API). */
  String description();

  /** The JSON Schema type; always {@code object}. */
  @Value.Default
  default String type() {
    return "object";
  }

  /** The behavior reference first, then field group references and inline field fragments. */
  @Json(name = "allOf")
  List<AllOfEntry> allOf();

  /** Members this model does not declare, sent as is. */
  Map<String, Object> additionalProperties();

  /** Checks the API's required members. */
  @Value.Check
  default void check() {
    if (allOf().isEmpty()) {
      throw new IllegalStateException("allOf must reference the behavior of the class, for example " + XdmIds.RECORD_BEHAVIOR);
    }
  }

  /**
   * An ad-hoc class whose fields sit in the {@code _adhoc} object, as in Adobe's tutorial:
   * {@code allOf: [{"$ref": "https://ns.adobe.com/xdm/data/adhoc"}, {"properties": {"_adhoc":
   * {"type": "object", "properties": fields}}}]}. The registry replaces {@code _adhoc} with a
   * generated {@code _<guid>} and reports it as {@link XdmResource#datasetNamespace()}.
   *
   * @param fields field name to definition, in order (see {@link XdmField})
   */
  static CreateClassRequest adHoc(String title, String description, Map<String, ?> fields) {
    return builder()
        .title(title)
        .description(description)
        .addAllOf(AllOfEntry.ofRef(XdmIds.ADHOC_BEHAVIOR))
        .addAllOf(AllOfEntry.ofProperties(Map.of(AD_HOC_FIELDS, XdmField.object(fields))))
        .build();
  }

  /** A new builder. */
  static ImmutableCreateClassRequest.Builder builder() {
    return ImmutableCreateClassRequest.builder();
  }
}
