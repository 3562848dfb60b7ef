package io.github.aepsdk.localplatform;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON as plain trees ({@code Map<String, Object>}, {@code List<Object>}, {@code String}, {@code
 * Long}/{@code BigDecimal}, {@code Boolean}, {@code null}), read and written with Moshi's streaming
 * reader and writer. Numbers stay exact: epoch milliseconds such as {@code 1700000000000} stay whole
 * numbers ({@code Long}), others are {@code BigDecimal}. The platform works on such trees only.
 */
final class Json {
  private Json() {}

  /** The tree of {@code text}; throws {@link IllegalArgumentException} if it is not one JSON value. */
  static Object parse(String text) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("trailing content after the JSON value");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          object.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      case NUMBER:
        BigDecimal number = new BigDecimal(reader.nextString());
        try {
          return number.scale() <= 0 ? (Object) number.longValueExact() : number;
        } catch (ArithmeticException beyondLong) {
          return number;
        }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        return reader.nextString();
    }
  }

  /** Compact JSON text of a tree; explicit {@code null} members are written. */
  static String write(Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
        writer.name((String) member.getKey());
        write(writer, member.getValue());
      }
      writer.endObject();
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object element : (List<?>) value) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof Number) {
      writer.value((Number) value);
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value == null) {
      writer.nullValue();
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value.getClass().getName());
    }
  }

  /** An ordered object from alternating names and values; a {@code null} value is kept as JSON null. */
  static Map<String, Object> obj(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /** A mutable list of the values. */
  static List<Object> arr(Object... values) {
    List<Object> list = new ArrayList<>();
    Collections.addAll(list, values);
    return list;
  }

  /** A deep, mutable copy of a tree. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) tree).forEach((k, v) -> copy.put(k, copy(v)));
      return (T) copy;
    }
    if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) tree).forEach(v -> copy.add(copy(v)));
      return (T) copy;
    }
    return tree;
  }

  /** A deep, unmodifiable copy of a tree, for handing state to callers. */
  @SuppressWarnings("unchecked")
  static <T> T frozen(T tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) tree).forEach((k, v) -> copy.put(k, frozen(v)));
      return (T) Collections.unmodifiableMap(copy);
    }
    if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) tree).forEach(v -> copy.add(frozen(v)));
      return (T) Collections.unmodifiableList(copy);
    }
    return tree;
  }

  /** The value at a dotted path ({@code connectionSpec.id}), or null. */
  static Object at(Object tree, String dottedPath) {
    Object current = tree;
    for (String part : dottedPath.split("\\.")) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<?, ?>) current).get(part);
    }
    return current;
  }

  /** The string at a dotted path, or null when absent or not a string. */
  static String string(Object tree, String dottedPath) {
    Object value = at(tree, dottedPath);
    return value instanceof String ? (String) value : null;
  }

  /** {@code value} as an object, or null. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : null;
  }

  /** {@code value} as an array, or null. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List ? (List<Object>) value : null;
  }

  /** The object member {@code name} of {@code parent}, created when absent. */
  static Map<String, Object> child(Map<String, Object> parent, String name) {
    Map<String, Object> existing = map(parent.get(name));
    if (existing != null) {
      return existing;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    parent.put(name, created);
    return created;
  }

  /** A whole number given as JSON number or numeric string, or null. */
  static Long wholeNumber(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return ((Number) value).longValue();
    }
    try {
      if (value instanceof BigDecimal) {
        return ((BigDecimal) value).longValueExact();
      }
      if (value instanceof String && !((String) value).isBlank()) {
        return new BigDecimal(((String) value).trim()).longValueExact();
      }
    } catch (ArithmeticException | NumberFormatException notWhole) {
      return null;
    }
    return null;
  }

  /** The JSON type name of a value: object, array, string, number, boolean or null. */
  static String typeOf(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "object";
    }
    if (value instanceof List) {
      return "array";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    return value instanceof Number ? "number" : value.getClass().getSimpleName();
  }
}
