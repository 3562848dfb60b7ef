package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An error recorded on a batch or related object: {@code {"code":"err-…","rows":["3-5"],"description":"…"}}. */
@Value.Immutable
public interface BatchError {

  /** The error code, e.g. {@code err-1494349963436}. */
  Optional<String> code();

  /** Rows that show the error: single row numbers or hyphenated ranges such as {@code 3-5}. */
  List<String> rows();

  /** A human-readable description, not meant for end users. */
  Optional<String> description();

  /** A new builder. */
  static ImmutableBatchError.Builder builder() {
    return ImmutableBatchError.builder();
  }
}
