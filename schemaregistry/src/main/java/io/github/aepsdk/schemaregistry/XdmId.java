package io.github.aepsdk.schemaregistry;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The identifier of a Schema Registry resource as used in a URL path: either its {@code $id} URI
 * (for example {@code https://ns.adobe.com/acme/schemas/26f6…}) or its {@code meta:altId} (dot
 * form, for example {@code _acme.schemas.26f6…}).
 *
 * <p>The API requires a {@code $id} to be URL-encoded into <em>one</em> path segment ({@code
 * https%3A%2F%2Fns.adobe.com%2Facme%2Fschemas%2F26f6…}). {@link #toString()} returns exactly that
 * encoded form: every byte of the UTF-8 value except the RFC 3986 unreserved characters ({@code
 * A-Z a-z 0-9 - . _ ~}) is percent-encoded, so {@code :} and {@code /} become {@code %3A} and
 * {@code %2F}. The API interface passes it with {@code @Path(encoded = true)}. An alt id has only
 * unreserved characters and is sent unchanged.
 */
public final class XdmId {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final String value;
  private final String encoded;

  private XdmId(String value) {
    this.value = value;
    this.encoded = encode(value);
  }

  /**
   * An id from a {@code $id} URI or a {@code meta:altId}, as the API returned it (not encoded).
   *
   * @throws IllegalArgumentException if {@code idOrAltId} is null or blank
   */
  public static XdmId of(String idOrAltId) {
    if (idOrAltId == null || idOrAltId.isBlank()) {
      throw new IllegalArgumentException("a Schema Registry id ($id or meta:altId) must be non-blank");
    }
    return new XdmId(idOrAltId);
  }

  /** The id as given, not encoded. */
  public String value() {
    return value;
  }

  /** Whether this is a {@code $id} URI (it has a scheme), as opposed to a {@code meta:altId}. */
  public boolean isUri() {
    return value.contains("://");
  }

  /** The id percent-encoded as a single URL path segment (see the class comment). */
  public String encoded() {
    return encoded;
  }

  /** The encoded path segment ({@link #encoded()}); this is what Retrofit puts into the path. */
  @Override
  public String toString() {
    return encoded;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof XdmId && ((XdmId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  private static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
