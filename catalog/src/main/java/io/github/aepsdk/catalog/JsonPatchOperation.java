package io.github.aepsdk.catalog;

import com.squareup.moshi.Json;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One RFC 6902 JSON Patch operation, for {@link CatalogApi#patchDataSet(String, java.util.List)}:
 * {@code {"op":"add","path":"/tags/unifiedProfile","value":["enabled:true"]}}.
 */
@Value.Immutable
public interface JsonPatchOperation {

  /** RFC 6902 operation names, written lower-case. */
  enum Op {
    /** {@code add}. */
    @Json(name = "add") ADD,
    /** {@code remove}. */
    @Json(name = "remove") REMOVE,
    /** {@code replace}. */
    @Json(name = "replace") REPLACE,
    /** {@code move}. */
    @Json(name = "move") MOVE,
    /** {@code copy}. */
    @Json(name = "copy") COPY,
    /** {@code test}. */
    @Json(name = "test") TEST
  }

  /** The operation. */
  Op op();

  /** JSON Pointer of the target, e.g. {@code /name} or {@code /tags/unifiedProfile}. */
  String path();

  /** JSON Pointer of the source, for {@code move} and {@code copy}. */
  Optional<String> from();

  /** The value, for {@code add}, {@code replace} and {@code test} (String, Number, Boolean, List or Map). */
  Optional<Object> value();

  /** Checks that {@code from} is set exactly for move/copy. */
  @Value.Check
  default void check() {
    boolean needsFrom = op() == Op.MOVE || op() == Op.COPY;
    if (needsFrom != from().isPresent()) {
      throw new IllegalArgumentException("JSON Patch '" + op().name().toLowerCase(java.util.Locale.ROOT)
          + "' " + (needsFrom ? "needs" : "must not have") + " a 'from' pointer");
    }
  }

  /** {@code {"op":"add","path":path,"value":value}}. */
  static JsonPatchOperation add(String path, Object value) {
    return builder().op(Op.ADD).path(path).value(value).build();
  }

  /** {@code {"op":"replace","path":path,"value":value}}. */
  static JsonPatchOperation replace(String path, Object value) {
    return builder().op(Op.REPLACE).path(path).value(value).build();
  }

  /** {@code {"op":"remove","path":path}}. */
  static JsonPatchOperation remove(String path) {
    return builder().op(Op.REMOVE).path(path).build();
  }

  /** A new builder. */
  static ImmutableJsonPatchOperation.Builder builder() {
    return ImmutableJsonPatchOperation.builder();
  }
}
