package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An object a batch relates to, such as the dataset it loads: {@code {"type":"dataSet","id":"…"}}.
 */
@Value.Immutable
public interface RelatedObject {

  /** The kind of object as Catalog writes it, e.g. {@code dataSet}; see {@link #typeValue()}. */
  String type();

  /** {@link #type()} as a constant; {@link RelatedObjectType#UNKNOWN} for kinds this SDK does not know. */
  default RelatedObjectType typeValue() {
    return RelatedObjectType.of(type());
  }

  /** The related object's id. */
  String id();

  /** The role of the relation, e.g. {@code input}, {@code output}, {@code trigger}. */
  Optional<String> tag();

  /** The status of the related object (raw string, e.g. {@code processing}). */
  Optional<String> status();

  /** Errors recorded for the related object. */
  List<BatchError> errors();

  /** Producer-defined metrics (free-form; whole numbers as {@link Long}). */
  Map<String, Object> metrics();

  /** A new builder. */
  static ImmutableRelatedObject.Builder builder() {
    return ImmutableRelatedObject.builder();
  }
}
