package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The registry's bookkeeping on a resource ({@code meta:registryMetadata}): creation and change
 * times, the clients and users involved, and the entity tag. Server-owned and open-ended: members
 * not declared here (for example {@code xdm:repositoryCreatedBy}, {@code meta:usageCount}) are kept
 * in {@link #additionalProperties()}.
 *
 * <p>Times are epoch <em>milliseconds</em>. Some documented answers spell the creation time {@code
 * repo:createDate} instead of {@code repo:createdDate}; {@link #created()} reads either.
 */
@Value.Immutable
public interface RegistryMetadata {

  /** Creation time, epoch milliseconds ({@code repo:createdDate}). See {@link #created()}. */
  @Json(name = "repo:createdDate")
  Optional<Long> createdDate();

  /** Last change time, epoch milliseconds ({@code repo:lastModifiedDate}). */
  @Json(name = "repo:lastModifiedDate")
  Optional<Long> lastModifiedDate();

  /** Client id (API key) that created the resource. */
  @Json(name = "xdm:createdClientId")
  Optional<String> createdClientId();

  /** Client id (API key) of the last change. */
  @Json(name = "xdm:lastModifiedClientId")
  Optional<String> lastModifiedClientId();

  /** User id that created the resource. */
  @Json(name = "xdm:createdUserId")
  Optional<String> createdUserId();

  /** User id of the last change. */
  @Json(name = "xdm:lastModifiedUserId")
  Optional<String> lastModifiedUserId();

  /** The registry's entity tag of this version of the resource. */
  @Json(name = "eTag")
  Optional<String> eTag();

  /** Version of Adobe's global XDM library the resource was built against. */
  @Json(name = "meta:globalLibVersion")
  Optional<String> globalLibVersion();

  /** Members this model does not declare, kept as read (free-form JSON values). */
  Map<String, Object> additionalProperties();

  /**
   * The creation time from {@code repo:createdDate}, or from the {@code repo:createDate} spelling
   * some answers use.
   */
  default Optional<Instant> created() {
    if (createdDate().isPresent()) {
      return createdDate().map(Instant::ofEpochMilli);
    }
    Object legacy = additionalProperties().get("repo:createDate");
    return legacy instanceof Number ? Optional.of(Instant.ofEpochMilli(((Number) legacy).longValue())) : Optional.empty();
  }

  /** The last change time ({@code repo:lastModifiedDate}). */
  default Optional<Instant> lastModified() {
    return lastModifiedDate().map(Instant::ofEpochMilli);
  }

  /** A new builder. */
  static ImmutableRegistryMetadata.Builder builder() {
    return ImmutableRegistryMetadata.builder();
  }
}
