package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the files of a dataset are written ({@code fileDescription} of a dataset): format,
 * delimiters, quotes and so on. Open-ended: members this model does not name are kept in {@link
 * #additionalProperties()} and written back.
 */
@Value.Immutable
public interface FileDescription {

  /**
   * The file format: {@code csv}, {@code text}, {@code parquet}, {@code json}, {@code
   * sequencefile}, {@code avro} (or empty). Required for CSV uploads.
   */
  Optional<String> format();

  /** Characters that separate fields. */
  List<String> delimiters();

  /** Quote characters. */
  List<String> quotes();

  /** Escape characters. */
  List<String> escapes();

  /** Strings that mark a null value. */
  List<String> nullMarkers();

  /**
   * Whether the files have a header row. The spec types it boolean, its own example writes the
   * string {@code "true"}: the member is kept as received ({@link Boolean} or {@link String});
   * read it through {@link #headerValue()}.
   */
  Optional<Object> header();

  /** {@link #header()} as a boolean: {@code true}/{@code false} or the strings {@code "true"}/{@code "false"}. */
  default Optional<Boolean> headerValue() {
    return header().flatMap(h -> {
      if (h instanceof Boolean) {
        return Optional.of((Boolean) h);
      }
      String s = String.valueOf(h).trim();
      if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
        return Optional.of(Boolean.valueOf(s));
      }
      return Optional.empty();
    });
  }

  /** The character encoding: {@code US-ASCII}, {@code UTF-8}, {@code ISO-8859-1} (or empty). */
  Optional<String> charset();

  /** Members this model does not name, kept as received (numbers exact) and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableFileDescription.Builder builder() {
    return ImmutableFileDescription.builder();
  }
}
