package io.github.aepsdk.localplatform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds an answer of the platform against one of Adobe's examples: the same member names with the
 * same JSON types, recursively. A member of the answer that the example lacks is an error; a member
 * of the example that the answer lacks is an error unless its path is listed as optional. An
 * example value of {@code null} accepts any type. An array element is held against the example
 * element it matches best (arrays may mix shapes, such as run activities).
 *
 * <p>Paths look like {@code $.items[].metrics.statusSummary}; {@code free} paths are compared by
 * type only (their members are data, e.g. an XDM {@code properties} block).
 */
final class JsonShape {
  private final Set<String> optional;
  private final Set<String> free;
  private final List<String> problems = new ArrayList<>();

  private JsonShape(Set<String> optional, Set<String> free) {
    this.optional = optional;
    this.free = free;
  }

  /**
   * The union of several documented shapes of one resource (e.g. a run as listed and as created):
   * objects get the members of both, arrays merge element by element.
   */
  static Object union(Object a, Object b) {
    Map<String, Object> mapA = Json.map(a);
    Map<String, Object> mapB = Json.map(b);
    if (mapA != null && mapB != null) {
      Map<String, Object> merged = new java.util.LinkedHashMap<>(mapA);
      mapB.forEach((k, v) -> merged.put(k, merged.containsKey(k) ? union(merged.get(k), v) : v));
      return merged;
    }
    List<Object> listA = Json.list(a);
    List<Object> listB = Json.list(b);
    if (listA != null && listB != null) {
      List<Object> merged = new ArrayList<>();
      for (int i = 0; i < Math.max(listA.size(), listB.size()); i++) {
        merged.add(i >= listA.size() ? listB.get(i) : i >= listB.size() ? listA.get(i) : union(listA.get(i), listB.get(i)));
      }
      return merged;
    }
    return a == null ? b : a;
  }

  /** Asserts that {@code actual} has the shape of {@code example}. */
  static void assertSameShape(Object example, Object actual) {
    assertSameShape(example, actual, Set.of(), Set.of());
  }

  /** Asserts the shape, allowing the {@code optional} paths to be absent and not descending into {@code free} paths. */
  static void assertSameShape(Object example, Object actual, Set<String> optional, Set<String> free) {
    JsonShape shape = new JsonShape(optional, free);
    shape.compare("$", example, actual);
    if (!shape.problems.isEmpty()) {
      throw new AssertionError("Answer does not have the example's shape:\n  " + String.join("\n  ", shape.problems)
          + "\nanswer: " + Json.write(actual));
    }
  }

  /** An array element matches when it has the shape of any example element; else the closest one's problems count. */
  private void compareElement(String path, List<Object> examples, Object actual) {
    List<String> best = null;
    for (Object example : examples) {
      JsonShape attempt = new JsonShape(optional, free);
      attempt.compare(path, example, actual);
      if (best == null || attempt.problems.size() < best.size()) {
        best = attempt.problems;
      }
      if (best.isEmpty()) {
        return;
      }
    }
    problems.addAll(best);
  }

  private void compare(String path, Object example, Object actual) {
    if (example == null) {
      return;
    }
    if (!Json.typeOf(example).equals(Json.typeOf(actual))) {
      problems.add(path + ": expected " + Json.typeOf(example) + " but was " + Json.typeOf(actual));
      return;
    }
    if (free.contains(path)) {
      return;
    }
    Map<String, Object> exampleMap = Json.map(example);
    if (exampleMap != null) {
      Map<String, Object> actualMap = Json.map(actual);
      for (String name : actualMap.keySet()) {
        if (!exampleMap.containsKey(name)) {
          problems.add(path + ": unexpected member '" + name + "'");
        }
      }
      for (Map.Entry<String, Object> e : exampleMap.entrySet()) {
        String child = path + "." + e.getKey();
        if (!actualMap.containsKey(e.getKey())) {
          if (!optional.contains(child)) {
            problems.add(child + ": missing");
          }
          continue;
        }
        compare(child, e.getValue(), actualMap.get(e.getKey()));
      }
      return;
    }
    List<Object> exampleList = Json.list(example);
    if (exampleList != null && !exampleList.isEmpty()) {
      for (Object element : Json.list(actual)) {
        compareElement(path + "[]", exampleList, element);
      }
    }
  }
}
