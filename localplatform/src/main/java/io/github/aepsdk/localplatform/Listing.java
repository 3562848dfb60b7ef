package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.obj;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Flow Service listing (API-NOTES §4): {@code property=} filters ({@code ==}, {@code !=}, {@code >},
 * {@code <}, {@code >=}, {@code <=}, bare name = exists; comma = OR of values; repeated = AND;
 * {@code []} in paths for arrays), {@code orderby=[+|-]field}, {@code count=true}, and {@code limit}
 * with continuation tokens: the answer is {@code {items, _links:{next:{href:"/<collection>?continuationToken=…"}}}},
 * {@code _links} empty on the last page. The token carries the filters, so following the href alone
 * gives the next page.
 */
final class Listing {
  private static final String[] OPERATORS = {"==", "!=", ">=", "<=", ">", "<", "~"};

  private Listing() {}

  /** Lists {@code resources} of {@code collection} (e.g. {@code flows}) as the query asks. */
  static Reply list(Call c, String collection, List<Map<String, Object>> resources) {
    return list(c, collection, resources, c.queryAll("property"), c.query("orderby"), c.query("limit"),
        "true".equalsIgnoreCase(c.query("count")));
  }

  /**
   * Lists {@code resources} with the given filters, order, limit and count (a search body gives
   * them); the {@code continuationToken} still comes from the query, and the next page's href is
   * {@code /<collection>?continuationToken=…}.
   */
  static Reply list(Call c, String collection, List<Map<String, Object>> resources, List<String> properties,
      String orderby, String limitText, boolean count) {
    long offset = 0;
    String token = c.query("continuationToken");
    if (token != null) {
      Map<String, Object> state = decode(token);
      offset = Json.wholeNumber(state.get("offset")) == null ? 0 : Json.wholeNumber(state.get("offset"));
      if (properties.isEmpty() && Json.list(state.get("property")) != null) {
        properties = new ArrayList<>();
        for (Object p : Json.list(state.get("property"))) {
          properties.add(String.valueOf(p));
        }
      }
      orderby = orderby != null ? orderby : Json.string(state, "orderby");
      limitText = limitText != null ? limitText : Json.string(state, "limit");
    }
    if (count && limitText != null) {
      throw Errors.flowBadRequest("1401", "Invalid request", "The limit and count parameters cannot be given together"
          + " in the same request. Please provide either only the limit or the count parameter and try again.");
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> r : resources) {
      boolean keep = true;
      for (String property : properties) {
        keep &= matches(r, property);
      }
      if (keep) {
        items.add(r);
      }
    }
    if (count) {
      return Reply.ok(obj("count", (long) items.size()));
    }
    if (orderby != null && !orderby.isBlank()) {
      String field = orderby.trim();
      boolean descending = field.startsWith("-");
      String path = field.replaceFirst("^[-+ ]", "");
      Comparator<Map<String, Object>> order = (a, b) -> compare(Json.at(a, path), Json.at(b, path));
      items.sort(descending ? order.reversed() : order);
    }
    long limit = Long.MAX_VALUE;
    if (limitText != null) {
      Long parsed = Json.wholeNumber(limitText);
      if (parsed == null || parsed < 1) {
        throw Errors.flowBadRequest("1451", "Invalid request", "Invalid params limit=" + limitText
            + " provided in query params.");
      }
      limit = parsed;
    }
    List<Object> page = new ArrayList<>();
    for (int i = (int) Math.min(offset, items.size()); i < items.size() && page.size() < limit; i++) {
      page.add(Json.copy(items.get(i)));
    }
    Map<String, Object> links = obj();
    long next = offset + page.size();
    if (next < items.size()) {
      Map<String, Object> state = obj("offset", next, "property", new ArrayList<Object>(properties),
          "orderby", orderby, "limit", limitText);
      links.put("next", obj("href", "/" + collection + "?continuationToken=" + encode(state)));
    }
    return Reply.ok(obj("items", page, "_links", links));
  }

  /** One {@code property=} expression against a resource. */
  static boolean matches(Map<String, Object> resource, String expression) {
    String operator = null;
    int at = -1;
    for (int i = 0; i < expression.length() && operator == null; i++) {
      for (String op : OPERATORS) {
        if (expression.startsWith(op, i)) {
          operator = op;
          at = i;
          break;
        }
      }
    }
    if (operator == null) {
      return !values(resource, expression.trim()).isEmpty();
    }
    if (operator.equals("~")) {
      throw Errors.flowBadRequest("1440", "Invalid request", "Operator '~' not implemented.");
    }
    String path = expression.substring(0, at).trim();
    List<String> wanted = new ArrayList<>();
    for (String v : expression.substring(at + operator.length()).split(",")) {
      String value = v.trim();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      wanted.add(value);
    }
    boolean range = operator.startsWith("<") || operator.startsWith(">");
    if (range && wanted.size() > 1) {
      throw Errors.flowBadRequest("1443", "Invalid request", "Operator '" + operator + "' is not allowed for multiple values.");
    }
    List<Object> actual = values(resource, path);
    if (operator.equals("!=")) {
      for (Object a : actual) {
        if (wanted.contains(text(a))) {
          return false;
        }
      }
      return true;
    }
    for (Object a : actual) {
      for (String w : wanted) {
        int cmp = compare(a, w);
        boolean ok;
        switch (operator) {
          case "==":
            ok = text(a).equals(w);
            break;
          case ">":
            ok = cmp > 0;
            break;
          case "<":
            ok = cmp < 0;
            break;
          case ">=":
            ok = cmp >= 0;
            break;
          default:
            ok = cmp <= 0;
        }
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }

  /** The values at a path such as {@code transformations[].params.mappingId} (arrays flattened). */
  private static List<Object> values(Object tree, String path) {
    List<Object> current = new ArrayList<>();
    current.add(tree);
    for (String rawPart : path.split("\\.")) {
      boolean array = rawPart.endsWith("[]");
      String part = array ? rawPart.substring(0, rawPart.length() - 2) : rawPart;
      List<Object> next = new ArrayList<>();
      for (Object node : current) {
        Map<String, Object> map = Json.map(node);
        Object value = map == null ? null : map.get(part);
        if (value == null) {
          continue;
        }
        List<Object> list = Json.list(value);
        if (list != null) {
          next.addAll(list);
        } else {
          next.add(value);
        }
      }
      current = next;
    }
    return current;
  }

  private static String text(Object value) {
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
  }

  private static int compare(Object a, Object b) {
    try {
      return new BigDecimal(text(a)).compareTo(new BigDecimal(text(b)));
    } catch (NumberFormatException notNumbers) {
      return text(a).compareTo(text(b));
    }
  }

  private static String encode(Map<String, Object> state) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(state).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> decode(String token) {
    try {
      Map<String, Object> state = Json.map(Json.parse(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)));
      if (state != null) {
        return state;
      }
    } catch (IllegalArgumentException invalid) {
      // answered below
    }
    throw Errors.flowBadRequest("1453", "Invalid request", "Invalid query value continuationToken=" + token
        + " provided in query param.");
  }
}
