package io.github.aepsdk.flowservice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Conversion of free-form JSON values (already parsed into maps and lists) to {@link SpecDefinition}s. */
final class SpecDefinitions {
  private SpecDefinitions() {}

  /** A JSON array of spec sections, or a single section object, as a list. */
  static List<SpecDefinition> listOf(Object value, String member) {
    if (value instanceof List) {
      List<SpecDefinition> out = new ArrayList<>();
      int i = 0;
      for (Object element : (List<?>) value) {
        out.add(of(element, member + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(out);
    }
    return Collections.singletonList(of(value, member));
  }

  static SpecDefinition of(Object value, String member) {
    if (!(value instanceof Map)) {
      throw new IllegalStateException(member + " must be an object but was " + describe(value));
    }
    ImmutableSpecDefinition.Builder builder = SpecDefinition.builder();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object v = entry.getValue();
      if (v == null) {
        continue;
      }
      switch (key) {
        case "name":
          builder.name(string(v, member + ".name"));
          break;
        case "type":
          builder.type(string(v, member + ".type"));
          break;
        case "spec":
          builder.spec(map(v, member + ".spec"));
          break;
        case "attributes":
          builder.attributes(map(v, member + ".attributes"));
          break;
        default:
          builder.putAdditionalProperties(key, v);
      }
    }
    return builder.build();
  }

  private static String string(Object v, String member) {
    if (!(v instanceof String)) {
      throw new IllegalStateException(member + " must be a string but was " + describe(v));
    }
    return (String) v;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object v, String member) {
    if (!(v instanceof Map)) {
      throw new IllegalStateException(member + " must be an object but was " + describe(v));
    }
    Map<String, Object> copy = new java.util.LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) v).entrySet()) {
      if (entry.getValue() != null) {
        copy.put(String.valueOf(entry.getKey()), entry.getValue());
      }
    }
    return copy;
  }

  private static String describe(Object v) {
    return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
  }
}
