package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code _links} object of a Schema Registry list, for example {@code {"next": null,
 * "global_schemas": {"href": "…/global/schemas"}}}, or {@code {}}. Other link relations the
 * registry adds are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface ResultsLinks {

  /**
   * The next page, absent ({@code null}) on the last page; answers write it as a string or as
   * {@code {"href": "…"}}, both read here. Paging uses {@link PageInfo#next()} instead.
   */
  Optional<Link> next();

  /** Where the same kind of resources can be listed in the global container (schema lists). */
  @Json(name = "global_schemas")
  Optional<Link> globalSchemas();

  /** Link relations this model does not declare, kept as read. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableResultsLinks.Builder builder() {
    return ImmutableResultsLinks.builder();
  }
}
