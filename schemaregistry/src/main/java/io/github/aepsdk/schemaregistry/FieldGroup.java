package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.List;
import org.immutables.value.Value;

/**
 * An XDM field group (formerly "mixin"; the registry still reports {@code meta:resourceType:
 * mixins} and {@code …/mixins/…} ids), as {@code GET/POST /{CONTAINER_ID}/fieldgroups…} return
 * it. Adds {@link #intendedToExtend()} to the common {@link XdmResource} members; open-ended like
 * it.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/field-groups.html">Schema Registry API: field groups</a>
 */
@Value.Immutable
public interface FieldGroup extends XdmResource {

  /** The {@code $id}s of the classes this field group can be used with ({@code meta:intendedToExtend}). */
  @Json(name = "meta:intendedToExtend")
  List<String> intendedToExtend();

  /** A new builder. */
  static ImmutableFieldGroup.Builder builder() {
    return ImmutableFieldGroup.builder();
  }
}
