package io.github.aepsdk.conversion;

import com.squareup.moshi.Json;
import java.util.Optional;

/**
 * The server-owned members that Data Prep writes on its resources: {@code id}, {@code version},
 * {@code createdBy}/{@code modifiedBy} and {@code createdDate}/{@code modifiedDate}.
 *
 * <p>Dates are epoch <b>milliseconds</b> in every API answer ({@code 1614901254724}), although the
 * official spec types them as ISO-8601 {@code date-time} strings (SPEC-VALIDATION D-DP-1) and an early
 * revision of the docs shows such strings. Both forms are read: the member is kept as sent in
 * {@link #createdDateRaw()} / {@link #modifiedDateRaw()} (so it is written back unchanged) and
 * {@link #createdDate()} / {@link #modifiedDate()} give epoch milliseconds for either form.
 *
 * <p>{@code version} is an integer in the spec; a quoted number ({@code "1"}) is read as well.
 */
public interface ResourceMetadata {

  /** The server-assigned id (32 hex characters, for example {@code e7c80e4c0d8f4a98a7d400b4e178b635}). */
  Optional<String> id();

  /** The revision: {@code 0} when created, incremented by every update ({@code PUT}). */
  Optional<Integer> version();

  /** Who created the resource: a user or technical account id, or a service name. */
  Optional<String> createdBy();

  /**
   * {@code createdDate} as sent: a {@link Long} of epoch milliseconds, or (early docs only) an
   * ISO-8601 string. Prefer {@link #createdDate()}.
   */
  @Json(name = "createdDate")
  Optional<Object> createdDateRaw();

  /** Who last modified the resource. */
  Optional<String> modifiedBy();

  /**
   * {@code modifiedDate} as sent: a {@link Long} of epoch milliseconds, or (early docs only) an
   * ISO-8601 string. Prefer {@link #modifiedDate()}.
   */
  @Json(name = "modifiedDate")
  Optional<Object> modifiedDateRaw();

  /**
   * When the resource was created, in epoch milliseconds; empty when absent or not a date.
   * An ISO-8601 string is converted.
   */
  default Optional<Long> createdDate() {
    return Values.epochMillis(createdDateRaw());
  }

  /**
   * When the resource was last modified, in epoch milliseconds; empty when absent or not a date.
   * An ISO-8601 string is converted.
   */
  default Optional<Long> modifiedDate() {
    return Values.epochMillis(modifiedDateRaw());
  }
}
