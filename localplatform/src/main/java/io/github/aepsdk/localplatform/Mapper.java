package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.obj;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies Data Prep mappings to source records: {@code ATTRIBUTE} mappings copy a source column,
 * {@code EXPRESSION} mappings evaluate a small subset of the Data Prep expression language
 * ({@code concat}, {@code upper}/{@code ucase}, {@code lower}/{@code lcase}, {@code trim}, column
 * names, string and number literals). Values are converted to the destination field's XDM type;
 * a value that does not convert fails the record.
 */
final class Mapper {

  /** One mapping, from either request shape (current {@code source}/{@code destination} or legacy). */
  static final class Rule {
    final boolean expression;
    final String source;
    final String destination;

    Rule(boolean expression, String source, String destination) {
      this.expression = expression;
      this.source = source;
      this.destination = destination;
    }

    /** The request-side source type: {@code ATTRIBUTE} or {@code EXPRESSION}. */
    String sourceType() {
      return expression ? "EXPRESSION" : "ATTRIBUTE";
    }

    /** The stored source type: {@code text/x.schema-path} or {@code text/x.aep-xl}. */
    String storedSourceType() {
      return expression ? "text/x.aep-xl" : "text/x.schema-path";
    }
  }

  /** The outcome of mapping one record: XDM data, or errors ({@code TransformErrorInfo} shape). */
  static final class Result {
    final Map<String, Object> data = new LinkedHashMap<>();
    final List<Object> errors = new ArrayList<>();
  }

  private Mapper() {}

  /** Reads the mapping entries of a request; the generic 400 names the first malformed entry. */
  static List<Rule> rules(Object mappings) {
    List<Object> list = Json.list(mappings);
    if (list == null) {
      throw Errors.badRequest("'mappings' must be an array");
    }
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Map<String, Object> m = Json.map(list.get(i));
      if (m == null) {
        throw Errors.badRequest("mappings[" + i + "] must be an object");
      }
      String source = first(m, "source", "sourceAttribute");
      String destination = first(m, "destination", "destinationXdmPath");
      if (source == null || destination == null) {
        throw Errors.badRequest("mappings[" + i + "] needs 'source' and 'destination'"
            + " (or the legacy 'sourceAttribute' and 'destinationXdmPath')");
      }
      String type = m.get("sourceType") instanceof String ? ((String) m.get("sourceType")).toUpperCase(Locale.ROOT) : "";
      boolean expression = type.equals("EXPRESSION") || type.equals("TEXT/X.AEP-XL");
      if (!type.isEmpty() && !expression && !type.equals("ATTRIBUTE") && !type.equals("TEXT/X.SCHEMA-PATH")) {
        throw Errors.badRequest("mappings[" + i + "].sourceType must be ATTRIBUTE or EXPRESSION, was "
            + m.get("sourceType"));
      }
      rules.add(new Rule(expression, source, destination));
    }
    return rules;
  }

  private static String first(Map<String, Object> m, String name, String legacyName) {
    Object value = m.get(name) != null ? m.get(name) : m.get(legacyName);
    return value instanceof String && !((String) value).isBlank() ? (String) value : null;
  }

  /** Why {@code rule} cannot work against the schema's fields, or null when it can. */
  static String problem(Rule rule, Map<String, Map<String, Object>> fields) {
    if (!fields.containsKey(rule.destination)) {
      return "The destination path " + rule.destination + " does not exist in the target schema";
    }
    if (rule.expression) {
      try {
        new Expression(rule.source, Map.of()).parse();
      } catch (IllegalArgumentException e) {
        return "Invalid expression '" + rule.source + "': " + e.getMessage();
      }
    }
    return null;
  }

  /** The {@code TransformErrorInfo} of a failed mapping. */
  static Map<String, Object> error(Rule rule, String exception) {
    return obj("destination", rule.destination, "exception", exception, "source", rule.source,
        "sourceType", rule.sourceType());
  }

  /** Maps one record; {@code fields} is the target schema's field index. */
  static Result apply(List<Rule> rules, Map<String, Object> record, Map<String, Map<String, Object>> fields) {
    Result result = new Result();
    for (Rule rule : rules) {
      Object value;
      try {
        value = rule.expression ? new Expression(rule.source, record).parse() : Json.at(record, rule.source);
      } catch (IllegalArgumentException e) {
        result.errors.add(error(rule, e.getMessage()));
        continue;
      }
      if (value == null) {
        continue;
      }
      Map<String, Object> field = fields.get(rule.destination);
      if (field == null) {
        result.errors.add(error(rule, "The destination path " + rule.destination + " does not exist in the target schema"));
        continue;
      }
      try {
        put(result.data, rule.destination, convert(value, field));
      } catch (IllegalArgumentException e) {
        result.errors.add(error(rule, e.getMessage()));
      }
    }
    return result;
  }

  private static void put(Map<String, Object> data, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> node = data;
    for (int i = 0; i < parts.length - 1; i++) {
      node = Json.child(node, parts[i]);
    }
    node.put(parts[parts.length - 1], value);
  }

  /** Converts a source value to the XDM type of {@code field}; throws with the reason when it cannot. */
  static Object convert(Object value, Map<String, Object> field) {
    String type = String.valueOf(field.get("type"));
    String format = field.get("format") instanceof String ? (String) field.get("format") : "";
    String text = value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
    switch (type) {
      case "string":
        if (format.equals("date-time")) {
          return dateTime(value, text);
        }
        if (format.equals("date")) {
          try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).toString();
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Cannot convert '" + text + "' to a date");
          }
        }
        return text;
      case "integer": {
        Long whole = Json.wholeNumber(value);
        if (whole == null) {
          throw new IllegalArgumentException("Cannot convert '" + text + "' to an integer");
        }
        return whole;
      }
      case "number":
        try {
          return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("Cannot convert '" + text + "' to a number");
        }
      case "boolean":
        if (value instanceof Boolean) {
          return value;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
          return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("Cannot convert '" + text + "' to a boolean");
      default:
        throw new IllegalArgumentException("Cannot map a single value to the " + type + " field");
    }
  }

  private static String dateTime(Object value, String text) {
    Long millis = Json.wholeNumber(value);
    if (millis != null) {
      return Instant.ofEpochMilli(millis).toString();
    }
    try {
      return OffsetDateTime.parse(text).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Cannot convert '" + text + "' to a date-time");
    }
  }

  /** A recursive-descent evaluator of the supported expression subset. */
  private static final class Expression {
    private final String text;
    private final Map<String, Object> record;
    private int pos;

    Expression(String text, Map<String, Object> record) {
      this.text = text;
      this.record = record;
    }

    Object parse() {
      Object value = expr();
      skipSpace();
      if (pos != text.length()) {
        throw new IllegalArgumentException("unexpected '" + text.substring(pos) + "'");
      }
      return value;
    }

    private Object expr() {
      skipSpace();
      if (pos >= text.length()) {
        throw new IllegalArgumentException("expression ends too early");
      }
      char ch = text.charAt(pos);
      if (ch == '"' || ch == '\'') {
        int end = text.indexOf(ch, pos + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated string literal");
        }
        String literal = text.substring(pos + 1, end);
        pos = end + 1;
        return literal;
      }
      if (Character.isDigit(ch) || ch == '-') {
        int start = pos++;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
          pos++;
        }
        return new BigDecimal(text.substring(start, pos));
      }
      if (Character.isLetter(ch) || ch == '_') {
        int start = pos;
        while (pos < text.length()
            && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_' || text.charAt(pos) == '.')) {
          pos++;
        }
        String name = text.substring(start, pos);
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '(') {
          pos++;
          List<Object> args = new ArrayList<>();
          skipSpace();
          if (pos < text.length() && text.charAt(pos) == ')') {
            pos++;
          } else {
            while (true) {
              args.add(expr());
              skipSpace();
              if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
              } else if (pos < text.length() && text.charAt(pos) == ')') {
                pos++;
                break;
              } else {
                throw new IllegalArgumentException("expected ',' or ')' in the arguments of " + name);
              }
            }
          }
          return call(name, args);
        }
        return Json.at(record, name);
      }
      throw new IllegalArgumentException("unexpected character '" + ch + "'");
    }

    private Object call(String name, List<Object> args) {
      switch (name.toLowerCase(Locale.ROOT)) {
        case "concat": {
          StringBuilder sb = new StringBuilder();
          args.forEach(a -> sb.append(a == null ? "" : a instanceof BigDecimal ? ((BigDecimal) a).toPlainString() : a));
          return sb.toString();
        }
        case "upper":
        case "ucase":
          return oneString(name, args, s -> s.toUpperCase(Locale.ROOT));
        case "lower":
        case "lcase":
          return oneString(name, args, s -> s.toLowerCase(Locale.ROOT));
        case "trim":
          return oneString(name, args, String::trim);
        default:
          throw new IllegalArgumentException("unsupported function " + name);
      }
    }

    private static Object oneString(String name, List<Object> args, UnaryOperator<String> f) {
      if (args.size() != 1) {
        throw new IllegalArgumentException(name + " takes one argument");
      }
      return args.get(0) == null ? null : f.apply(String.valueOf(args.get(0)));
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }
  }
}
