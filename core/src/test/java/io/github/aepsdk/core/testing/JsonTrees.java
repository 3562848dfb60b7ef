package io.github.aepsdk.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON documents as comparable trees of maps, lists, strings, booleans, {@link BigDecimal}s and
 * nulls, read by Jackson: a parser independent of the SDK's Moshi binding, so a bug in the SDK's
 * reading or writing cannot hide on both sides of a comparison. Every member is kept, {@code null}
 * and empty arrays/objects included; numbers lose only trailing zeros ({@code 0.0} equals {@code 0},
 * as JSON has one number type). What a test expects the SDK to write differently from a document is
 * written out in the test with {@link #with} and {@link #without}.
 */
public final class JsonTrees {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  private JsonTrees() {}

  /** The tree of a JSON document. */
  public static Object of(String json) {
    try {
      return tree(JACKSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A copy of {@code tree} with the member at JSON pointer {@code pointer} (RFC 6901, e.g. {@code
   * /scheduleParams/startTime} or {@code /items/0/id}) set to {@code value}, given as Java values
   * (maps, lists, strings, numbers, booleans, null).
   */
  public static Object with(Object tree, String pointer, Object value) {
    return edit(tree, tokens(pointer), 0, value(value), false);
  }

  /** A copy of {@code tree} without the members at the JSON pointers {@code pointers}, which must exist. */
  public static Object without(Object tree, String... pointers) {
    Object out = tree;
    for (String pointer : pointers) {
      out = edit(out, tokens(pointer), 0, null, true);
    }
    return out;
  }

  /** A copy of {@code tree} with the member at JSON pointer {@code pointer} moved, value unchanged, to the name {@code name}. */
  public static Object renamed(Object tree, String pointer, String name) {
    List<String> tokens = tokens(pointer);
    Object value = at(tree, tokens);
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    return with(without(tree, pointer), parent + "/" + name.replace("~", "~0").replace("/", "~1"), value);
  }

  private static Object at(Object tree, List<String> tokens) {
    Object node = tree;
    for (String token : tokens) {
      if (node instanceof Map<?, ?> map && map.containsKey(token)) {
        node = map.get(token);
      } else if (node instanceof List<?> list) {
        node = list.get(Integer.parseInt(token));
      } else {
        throw new IllegalArgumentException("no member " + token + " in " + node);
      }
    }
    return node;
  }

  private static Object tree(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), tree(e.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      node.forEach(element -> out.add(tree(element)));
      return out;
    }
    if (node.isNumber()) {
      return number(node.decimalValue());
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return null;
  }

  private static Object value(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(value(v)));
      return out;
    }
    if (value instanceof Number n) {
      return number(new BigDecimal(n.toString()));
    }
    return value;
  }

  private static BigDecimal number(BigDecimal decimal) {
    BigDecimal stripped = decimal.stripTrailingZeros();
    return stripped.signum() == 0 ? BigDecimal.ZERO : stripped;
  }

  private static List<String> tokens(String pointer) {
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("not a JSON pointer: " + pointer);
    }
    List<String> out = new ArrayList<>();
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object edit(Object node, List<String> tokens, int at, Object value, boolean remove) {
    String token = tokens.get(at);
    boolean last = at == tokens.size() - 1;
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
      if (!copy.containsKey(token) && (remove || !last)) {
        throw new IllegalArgumentException("no member " + token + " in " + copy.keySet());
      }
      if (last && remove) {
        copy.remove(token);
      } else {
        copy.put(token, last ? value : edit(copy.get(token), tokens, at + 1, value, remove));
      }
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list);
      int index = Integer.parseInt(token);
      if (last && remove) {
        copy.remove(index);
      } else {
        copy.set(index, last ? value : edit(copy.get(index), tokens, at + 1, value, remove));
      }
      return copy;
    }
    throw new IllegalArgumentException("cannot descend into " + node + " with " + token);
  }
}
