package io.github.aepsdk.core.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Enum binding that tolerates values the server adds later: a string that matches no constant
 * (by {@link Json#name()} or constant name, case-insensitively) becomes the constant {@code
 * UNKNOWN} when the enum declares one. Enums without {@code UNKNOWN} reject unknown values.
 */
final class TolerantEnumJsonAdapter<E extends Enum<E>> extends JsonAdapter<E> {

  static final JsonAdapter.Factory FACTORY =
      (Type type, Set<? extends Annotation> annotations, Moshi moshi) -> {
        Class<?> raw = Types.getRawType(type);
        return raw.isEnum() && annotations.isEmpty() ? create(raw) : null;
      };

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonAdapter<?> create(Class<?> raw) {
    return new TolerantEnumJsonAdapter(raw).nullSafe();
  }

  private final Class<E> type;
  private final Map<String, E> byName = new LinkedHashMap<>();
  private final Map<E, String> names = new LinkedHashMap<>();
  private final E unknown;

  private TolerantEnumJsonAdapter(Class<E> type) {
    this.type = type;
    E fallback = null;
    for (E constant : type.getEnumConstants()) {
      String name = constant.name();
      try {
        Json json = type.getField(name).getAnnotation(Json.class);
        if (json != null) {
          name = json.name();
        }
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
      byName.put(name.toLowerCase(java.util.Locale.ROOT), constant);
      names.put(constant, name);
      if (constant.name().equals("UNKNOWN")) {
        fallback = constant;
      }
    }
    this.unknown = fallback;
  }

  @Override
  public E fromJson(JsonReader reader) throws IOException {
    String value = reader.nextString();
    E constant = byName.get(value.toLowerCase(java.util.Locale.ROOT));
    if (constant != null) {
      return constant;
    }
    if (unknown != null) {
      return unknown;
    }
    throw new JsonDataException(
        "Unknown " + type.getSimpleName() + " '" + value + "' at " + reader.getPath() + "; expected one of " + names.values());
  }

  @Override
  public void toJson(JsonWriter writer, E value) throws IOException {
    writer.value(names.get(value));
  }
}
