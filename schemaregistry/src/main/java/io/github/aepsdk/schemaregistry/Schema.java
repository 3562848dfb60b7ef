package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An XDM schema: one class plus zero or more field groups, as {@code GET/POST/PUT/PATCH
 * /{CONTAINER_ID}/schemas…} return it. Adds the schema members {@link #classId()} ({@code
 * meta:class}) and {@link #immutableTags()} to the common {@link XdmResource} members; open-ended
 * like it. Union schemas ({@code /tenant/unions}) have the same shape.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html">Schema Registry API: schemas</a>
 */
@Value.Immutable
public interface Schema extends XdmResource {

  /** The {@code $id} of the class the schema implements ({@code meta:class}). */
  @Json(name = "meta:class")
  Optional<String> classId();

  /** Immutable tags ({@code meta:immutableTags}); {@code ["union"]} means enabled for Real-Time Customer Profile. */
  @Json(name = "meta:immutableTags")
  List<String> immutableTags();

  /** Whether the schema is enabled for Real-Time Customer Profile ({@link #immutableTags()} contains {@code union}). */
  default boolean profileEnabled() {
    return immutableTags().contains("union");
  }

  /** A new builder. */
  static ImmutableSchema.Builder builder() {
    return ImmutableSchema.builder();
  }
}
