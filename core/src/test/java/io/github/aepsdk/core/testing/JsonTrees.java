package io.github.aepsdk.core.testing;

import io.github.aepsdk.core.json.AepJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON documents as comparable trees: members that are {@code null} and empty arrays/objects are
 * dropped (the binding omits them when writing), and numbers become {@link BigDecimal}s without
 * trailing zeros, so {@code 0.0} equals {@code 0}.
 */
public final class JsonTrees {
  private JsonTrees() {}

  /** The normalised tree of a JSON document. */
  public static Object of(String json) {
    try {
      return normalize(AepJson.adapter(Object.class).fromJson(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The normalised form of a tree read with {@code AepJson.adapter(Object.class)}. */
  public static Object normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        Object n = normalize(v);
        if (n != null && !isEmptyContainer(n)) {
          out.put(String.valueOf(k), n);
        }
      });
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object element : list) {
        out.add(normalize(element));
      }
      return out;
    }
    if (value instanceof Number number) {
      BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
      return decimal.signum() == 0 ? BigDecimal.ZERO : decimal;
    }
    return value;
  }

  private static boolean isEmptyContainer(Object value) {
    return (value instanceof Map<?, ?> m && m.isEmpty()) || (value instanceof List<?> l && l.isEmpty());
  }
}
