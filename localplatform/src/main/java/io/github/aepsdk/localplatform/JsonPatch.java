package io.github.aepsdk.localplatform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * RFC 6902 JSON Patch ({@code add}, {@code replace}, {@code remove}, {@code copy}, {@code move},
 * {@code test}) on a JSON tree. Operation names are case-insensitive because the Flow Service spec
 * writes them upper-case and the docs lower-case.
 */
final class JsonPatch {

  /** A patch that cannot be applied; the message names the operation and path. */
  static final class PatchException extends Exception {
    private static final long serialVersionUID = 1L;

    PatchException(String message) {
      super(message);
    }
  }

  private JsonPatch() {}

  /** Applies {@code operations} to a copy of {@code document} and returns the copy. */
  static Map<String, Object> apply(Map<String, Object> document, Object operations) throws PatchException {
    List<Object> ops = Json.list(operations);
    if (ops == null) {
      throw new PatchException("the body must be a JSON array of patch operations");
    }
    Object result = Json.copy(document);
    for (Object o : ops) {
      Map<String, Object> op = Json.map(o);
      if (op == null || !(op.get("op") instanceof String) || !(op.get("path") instanceof String)) {
        throw new PatchException("every operation needs string members 'op' and 'path'");
      }
      String name = ((String) op.get("op")).toLowerCase(Locale.ROOT);
      String path = (String) op.get("path");
      switch (name) {
        case "add":
          requireValue(op, path);
          result = add(result, path, Json.copy(op.get("value")));
          break;
        case "replace":
          requireValue(op, path);
          remove(result, path);
          result = add(result, path, Json.copy(op.get("value")));
          break;
        case "remove":
          remove(result, path);
          break;
        case "copy":
          result = add(result, path, Json.copy(get(result, from(op))));
          break;
        case "move": {
          Object value = get(result, from(op));
          remove(result, from(op));
          result = add(result, path, value);
          break;
        }
        case "test":
          requireValue(op, path);
          if (!Objects.equals(get(result, path), op.get("value"))) {
            throw new PatchException("test failed at " + path);
          }
          break;
        default:
          throw new PatchException("unsupported operation '" + op.get("op") + "'");
      }
    }
    Map<String, Object> patched = Json.map(result);
    if (patched == null) {
      throw new PatchException("the patched document is no longer an object");
    }
    return patched;
  }

  private static void requireValue(Map<String, Object> op, String path) throws PatchException {
    if (!op.containsKey("value")) {
      throw new PatchException("missing 'value' for " + op.get("op") + " at " + path);
    }
  }

  private static String from(Map<String, Object> op) throws PatchException {
    if (!(op.get("from") instanceof String)) {
      throw new PatchException("missing 'from' for " + op.get("op"));
    }
    return (String) op.get("from");
  }

  private static List<String> tokens(String path) throws PatchException {
    if (path.isEmpty()) {
      return new ArrayList<>();
    }
    if (!path.startsWith("/")) {
      throw new PatchException("path must start with '/': " + path);
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : path.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static Object get(Object doc, String path) throws PatchException {
    Object current = doc;
    for (String token : tokens(path)) {
      current = step(current, token, path);
    }
    return current;
  }

  private static Object step(Object current, String token, String path) throws PatchException {
    Map<String, Object> map = Json.map(current);
    if (map != null) {
      if (!map.containsKey(token)) {
        throw new PatchException("Missing field \"" + token + "\" (path " + path + ")");
      }
      return map.get(token);
    }
    List<Object> list = Json.list(current);
    if (list != null) {
      return list.get(index(list, token, path, false));
    }
    throw new PatchException("cannot descend into a value at " + path);
  }

  private static int index(List<Object> list, String token, String path, boolean forAdd) throws PatchException {
    if (forAdd && token.equals("-")) {
      return list.size();
    }
    try {
      int i = Integer.parseInt(token);
      if (i < 0 || i > list.size() || (!forAdd && i == list.size())) {
        throw new PatchException("index " + token + " out of bounds at " + path);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new PatchException("'" + token + "' is not an array index at " + path);
    }
  }

  private static Object add(Object doc, String path, Object value) throws PatchException {
    List<String> tokens = tokens(path);
    if (tokens.isEmpty()) {
      return value;
    }
    Object parent = doc;
    for (String token : tokens.subList(0, tokens.size() - 1)) {
      parent = step(parent, token, path);
    }
    String last = tokens.get(tokens.size() - 1);
    Map<String, Object> map = Json.map(parent);
    if (map != null) {
      map.put(last, value);
      return doc;
    }
    List<Object> list = Json.list(parent);
    if (list != null) {
      list.add(index(list, last, path, true), value);
      return doc;
    }
    throw new PatchException("cannot add below a value at " + path);
  }

  private static void remove(Object doc, String path) throws PatchException {
    List<String> tokens = tokens(path);
    if (tokens.isEmpty()) {
      throw new PatchException("cannot remove the whole document");
    }
    Object parent = doc;
    for (String token : tokens.subList(0, tokens.size() - 1)) {
      parent = step(parent, token, path);
    }
    String last = tokens.get(tokens.size() - 1);
    Map<String, Object> map = Json.map(parent);
    if (map != null) {
      if (!map.containsKey(last)) {
        throw new PatchException("Missing field \"" + last + "\" (path " + path + ")");
      }
      map.remove(last);
      return;
    }
    List<Object> list = Json.list(parent);
    if (list != null) {
      list.remove(index(list, last, path, false));
      return;
    }
    throw new PatchException("cannot remove below a value at " + path);
  }
}
