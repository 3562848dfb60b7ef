package io.github.aepsdk.catalog;

import java.util.Optional;
import org.immutables.value.Value;

/** The format of the files ingested by a batch (spec {@code inputFormat}). */
@Value.Immutable
public interface InputFormat {

  /** The file format: {@code csv}, {@code parquet}, {@code json} or {@code avro}. */
  Optional<String> format();

  /** For JSON: whether records are separated by newlines. */
  Optional<Boolean> isMultiLineJson();

  /** The field separator character. */
  Optional<String> delimiter();

  /** The quote character. */
  Optional<String> quote();

  /** The escape character. */
  Optional<String> escape();

  /** The string that marks a null value. */
  Optional<String> nullMarker();

  /** Whether input files have a header row; a string ({@code "true"}) in the spec. */
  Optional<String> header();

  /** The character encoding: {@code US-ASCII}, {@code UTF-8} or {@code ISO-8859-1}. */
  Optional<String> charset();

  /** A new builder. */
  static ImmutableInputFormat.Builder builder() {
    return ImmutableInputFormat.builder();
  }
}
