package io.github.aepsdk.core.ingestion;

import com.squareup.moshi.JsonAdapter;
import io.github.aepsdk.core.json.AepJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks values against the JSON schemas a flow spec returns ({@code scheduleSpec.spec}, {@code
 * transformationSpecs[].spec}), so rules Adobe adds to the flow spec later are enforced without a
 * new SDK release.
 *
 * <p>A small checker of JSON Schema draft 7 (the {@code $schema} the flow specs declare) instead of
 * a general validator, which would put a second JSON stack (Jackson, SnakeYAML, 3.4 MB) on the class
 * path of every SDK user. It implements the keywords the flow specs use ({@code type}, {@code
 * enum}, {@code const}, {@code properties}, {@code required}, {@code minimum}, {@code
 * exclusiveMinimum}, {@code allOf}, {@code not}, {@code if}/{@code then}/{@code else}) and their
 * close relatives ({@code maximum}, {@code exclusiveMaximum}, {@code minLength}, {@code maxLength},
 * {@code pattern}, {@code items}, {@code minItems}, {@code maxItems}, {@code additionalProperties},
 * {@code anyOf}, {@code oneOf}); other keywords ({@code $ref}, {@code format}…) are not checked
 * here, and AEP still checks the request itself.
 */
final class FlowSpecSchemas {
  private static final JsonAdapter<Object> JSON = AepJson.adapter(Object.class);

  private FlowSpecSchemas() {}

  /**
   * The problems of {@code value} against {@code schema}, each prefixed with {@code what}; empty
   * when valid or when the flow spec gave no schema.
   */
  static List<String> problems(String what, Map<String, Object> schema, Object value) {
    List<String> problems = new ArrayList<>();
    check(schema, value, "$", "$", problems);
    problems.replaceAll(problem -> what + " does not satisfy the flow spec: " + problem);
    return problems;
  }

  /** Adds to {@code out} why {@code value} (at {@code at}) does not satisfy {@code schema} (at {@code where}). */
  private static void check(Object schemaValue, Object value, String at, String where, List<String> out) {
    if (Boolean.FALSE.equals(schemaValue)) {
      out.add(at + ": no value is allowed here (" + where + ")");
      return;
    }
    if (!(schemaValue instanceof Map)) {
      return;
    }
    Map<?, ?> schema = (Map<?, ?>) schemaValue;
    Object type = schema.get("type");
    if (type != null && !hasType(type, value)) {
      out.add(at + ": " + typeOf(value) + " found, " + json(type) + " expected");
      return;
    }
    if (schema.containsKey("const") && !same(schema.get("const"), value)) {
      out.add(at + ": must be " + json(schema.get("const")) + " but is " + json(value));
    }
    if (schema.get("enum") instanceof List && ((List<?>) schema.get("enum")).stream().noneMatch(e -> same(e, value))) {
      out.add(at + ": must be one of " + json(schema.get("enum")) + " but is " + json(value));
    }
    if (value instanceof Number) {
      BigDecimal number = decimal(value);
      bound(schema, "minimum", number, at, out, c -> c >= 0, "at least");
      bound(schema, "exclusiveMinimum", number, at, out, c -> c > 0, "greater than");
      bound(schema, "maximum", number, at, out, c -> c <= 0, "at most");
      bound(schema, "exclusiveMaximum", number, at, out, c -> c < 0, "less than");
    }
    if (value instanceof String) {
      checkString(schema, (String) value, at, out);
    }
    if (value instanceof Map) {
      checkObject(schema, (Map<?, ?>) value, at, where, out);
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      count(schema, "minItems", list.size(), at, out, true, "items");
      count(schema, "maxItems", list.size(), at, out, false, "items");
      if (schema.get("items") instanceof Map || schema.get("items") instanceof Boolean) {
        for (int i = 0; i < list.size(); i++) {
          check(schema.get("items"), list.get(i), at + "[" + i + "]", where + ".items", out);
        }
      }
    }
    if (schema.get("allOf") instanceof List) {
      List<?> all = (List<?>) schema.get("allOf");
      for (int i = 0; i < all.size(); i++) {
        check(all.get(i), value, at, where + ".allOf[" + i + "]", out);
      }
    }
    if (schema.get("anyOf") instanceof List && matching((List<?>) schema.get("anyOf"), value) == 0) {
      out.add(at + ": must be valid against at least one schema of " + where + ".anyOf");
    }
    if (schema.get("oneOf") instanceof List && matching((List<?>) schema.get("oneOf"), value) != 1) {
      out.add(at + ": must be valid against exactly one schema of " + where + ".oneOf");
    }
    if (schema.containsKey("not") && valid(schema.get("not"), value)) {
      out.add(at + ": must not be valid against the schema at " + where + ".not: " + json(schema.get("not")));
    }
    if (schema.containsKey("if")) {
      boolean matched = valid(schema.get("if"), value);
      String branch = matched ? "then" : "else";
      if (schema.containsKey(branch)) {
        check(schema.get(branch), value, at, where + "." + branch, out);
      }
    }
  }

  private static void checkString(Map<?, ?> schema, String value, String at, List<String> out) {
    int length = value.codePointCount(0, value.length());
    count(schema, "minLength", length, at, out, true, "characters");
    count(schema, "maxLength", length, at, out, false, "characters");
    if (schema.get("pattern") instanceof String) {
      String pattern = (String) schema.get("pattern");
      try {
        if (!Pattern.compile(pattern).matcher(value).find()) {
          out.add(at + ": must match the pattern " + pattern + " but is " + json(value));
        }
      } catch (PatternSyntaxException notJavaSyntax) {
        // an ECMA 262 pattern Java cannot read: AEP checks it
      }
    }
  }

  private static void checkObject(Map<?, ?> schema, Map<?, ?> value, String at, String where, List<String> out) {
    if (schema.get("required") instanceof List) {
      for (Object name : (List<?>) schema.get("required")) {
        if (!value.containsKey(name)) {
          out.add(at + ": required property '" + name + "' not found");
        }
      }
    }
    Map<?, ?> properties = schema.get("properties") instanceof Map ? (Map<?, ?>) schema.get("properties") : Map.of();
    for (Map.Entry<?, ?> member : value.entrySet()) {
      if (properties.containsKey(member.getKey())) {
        check(properties.get(member.getKey()), member.getValue(), at + "." + member.getKey(),
            where + ".properties." + member.getKey(), out);
      } else if (schema.containsKey("additionalProperties")) {
        check(schema.get("additionalProperties"), member.getValue(), at + "." + member.getKey(),
            where + ".additionalProperties", out);
      }
    }
  }

  private static boolean valid(Object schema, Object value) {
    List<String> problems = new ArrayList<>();
    check(schema, value, "$", "$", problems);
    return problems.isEmpty();
  }

  private static int matching(List<?> schemas, Object value) {
    return (int) schemas.stream().filter(s -> valid(s, value)).count();
  }

  private interface Comparison {
    boolean holds(int comparison);
  }

  private static void bound(Map<?, ?> schema, String keyword, BigDecimal number, String at, List<String> out,
      Comparison ok, String words) {
    if (schema.get(keyword) instanceof Number && !ok.holds(number.compareTo(decimal(schema.get(keyword))))) {
      out.add(at + ": must be " + words + " " + schema.get(keyword) + " but is " + number);
    }
  }

  private static void count(Map<?, ?> schema, String keyword, int size, String at, List<String> out, boolean least,
      String unit) {
    if (schema.get(keyword) instanceof Number) {
      long limit = ((Number) schema.get(keyword)).longValue();
      if (least ? size < limit : size > limit) {
        out.add(at + ": must have " + (least ? "at least " : "at most ") + limit + " " + unit + " but has " + size);
      }
    }
  }

  private static boolean hasType(Object type, Object value) {
    if (type instanceof List) {
      return ((List<?>) type).stream().anyMatch(t -> hasType(t, value));
    }
    switch (String.valueOf(type)) {
      case "integer":
        return value instanceof Number && isIntegral(decimal(value));
      case "number":
        return value instanceof Number;
      case "string":
        return value instanceof String;
      case "boolean":
        return value instanceof Boolean;
      case "object":
        return value instanceof Map;
      case "array":
        return value instanceof List;
      case "null":
        return value == null;
      default:
        return true;
    }
  }

  private static String typeOf(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number) {
      return isIntegral(decimal(value)) ? "integer" : "number";
    }
    return value instanceof String ? "string" : value instanceof Boolean ? "boolean" : value instanceof Map ? "object"
        : value instanceof List ? "array" : value.getClass().getSimpleName();
  }

  private static boolean isIntegral(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  private static boolean same(Object expected, Object value) {
    if (expected instanceof Number && value instanceof Number) {
      return decimal(expected).compareTo(decimal(value)) == 0;
    }
    return expected == null ? value == null : expected.equals(value);
  }

  private static BigDecimal decimal(Object number) {
    return number instanceof BigDecimal ? (BigDecimal) number : new BigDecimal(number.toString());
  }

  private static String json(Object value) {
    return JSON.toJson(value);
  }
}
