package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a Schema Registry list read with {@code Accept: application/vnd.adobe.xed-id+json}:
 * the short summary {@code {"$id", "meta:altId", "version", "title"}} of a resource. Use {@link
 * #id()} or {@link #altId()} with a lookup to get the resource itself.
 */
@Value.Immutable
public interface XdmSummary {

  /** The URI id ({@code $id}). */
  @Json(name = "$id")
  String id();

  /** The dot-form alternate id ({@code meta:altId}). */
  @Json(name = "meta:altId")
  Optional<String> altId();

  /** The resource version, a string such as {@code "1.4"} (global classes answer {@code "1"}). */
  Optional<String> version();

  /** The title. */
  Optional<String> title();

  /** {@link #id()} as an {@link XdmId} for lookups. */
  default XdmId xdmId() {
    return XdmId.of(id());
  }

  /** A new builder. */
  static ImmutableXdmSummary.Builder builder() {
    return ImmutableXdmSummary.builder();
  }
}
