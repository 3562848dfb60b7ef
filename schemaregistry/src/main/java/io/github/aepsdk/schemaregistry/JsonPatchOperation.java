package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One RFC 6902 JSON Patch operation of a Schema Registry {@code PATCH} body (the body is an array
 * of them), for example {@code {"op": "add", "path": "/allOf/-", "value": {"$ref": "…"}}}. Paths
 * are JSON Pointers into the resource in its raw ({@link XedMediaType#XED}) form; {@code -}
 * appends to an array.
 *
 * @see <a href="https://datatracker.ietf.org/doc/html/rfc6902">RFC 6902</a>
 */
@Value.Immutable
public interface JsonPatchOperation {

  /** The RFC 6902 operations; written in lower case as the RFC and Adobe's docs do. */
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

  /** The JSON Pointer the operation applies to, for example {@code /meta:immutableTags}. */
  String path();

  /** The value for {@code add}, {@code replace} and {@code test}: any JSON value (string, number, boolean, {@code Map}, {@code List}). */
  Optional<Object> value();

  /** The source pointer of {@code move} and {@code copy}. */
  Optional<String> from();

  /** {@code {"op": "add", "path": path, "value": value}}. */
  static JsonPatchOperation add(String path, Object value) {
    return builder().op(Op.ADD).path(path).value(value).build();
  }

  /** {@code {"op": "replace", "path": path, "value": value}}. */
  static JsonPatchOperation replace(String path, Object value) {
    return builder().op(Op.REPLACE).path(path).value(value).build();
  }

  /** {@code {"op": "remove", "path": path}}. */
  static JsonPatchOperation remove(String path) {
    return builder().op(Op.REMOVE).path(path).build();
  }

  /** A new builder. */
  static ImmutableJsonPatchOperation.Builder builder() {
    return ImmutableJsonPatchOperation.builder();
  }
}
