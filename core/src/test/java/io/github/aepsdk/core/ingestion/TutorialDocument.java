package io.github.aepsdk.core.ingestion;

import com.squareup.moshi.Moshi;
import io.github.aepsdk.testsupport.AepReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tutorial the project implements, read in place from {@code ../shared/aep-reference/tutorial/}
 * (SOURCES.md, "The tutorial this project implements"): each curl command of the document with its
 * method, platform path and JSON body (the {@code -d '…'} payload), in the document's order.
 *
 * <p>One JSON defect SOURCES.md lists makes a body unreadable as printed, and is repaired here and
 * counted ({@link Request#repairs}): a string value whose closing quote is missing at the end of its
 * line (the target connection's {@code "dataSetId": "5e9797ac6d771118ad8356db}). The other one (the
 * target schema lists a field group twice) is valid JSON and is left as printed.
 */
final class TutorialDocument {
  /** The document, relative to {@code aep-reference}. */
  static final String FILE = "tutorial/000_fc225f30cde4ba4e.txt";

  /** A curl command of a fenced block: method, URL on platform.adobe.io, and the rest of the block. */
  private static final Pattern CURL = Pattern.compile(
      "curl -X (GET|POST) \\\\\\s*'https://platform\\.adobe\\.io(/data/foundation/[^'?]+)(?:\\?([^']*))?'(.*?)```",
      Pattern.DOTALL);
  /** A string member whose value runs to the end of the line without its closing quote. */
  private static final Pattern UNCLOSED_STRING = Pattern.compile("(?m)^(\\s*\"[^\"\\n]+\"\\s*:\\s*\"[^\"\\n]*)$");

  private TutorialDocument() {}

  /** One request of the document. */
  static final class Request {
    final String method;
    final String path;
    /** The query string as printed (not decoded), or null. */
    final String query;
    /** The JSON body, repaired; null for a request without one. */
    final Object body;
    /** How many unclosed strings were closed to read the body. */
    final int repairs;

    Request(String method, String path, String query, Object body, int repairs) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.body = body;
      this.repairs = repairs;
    }

    /** The body as a JSON object, a fresh copy each time. */
    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
      return (Map<String, Object>) copy(body);
    }
  }

  /**
   * Every curl command of the document, in its order.
   *
   * @throws IllegalStateException if the document is not in {@code ../shared/aep-reference/tutorial/}
   */
  static List<Request> requests() {
    String text = AepReference.read(FILE);
    List<Request> requests = new ArrayList<>();
    Matcher curl = CURL.matcher(text);
    while (curl.find()) {
      String rest = curl.group(4);
      int start = rest.indexOf("-d '");
      Object body = null;
      int repairs = 0;
      if (start >= 0) {
        String json = rest.substring(start + 4, rest.lastIndexOf('\''));
        Matcher unclosed = UNCLOSED_STRING.matcher(json);
        StringBuilder repaired = new StringBuilder();
        while (unclosed.find()) {
          repairs++;
          unclosed.appendReplacement(repaired, Matcher.quoteReplacement(unclosed.group(1) + "\""));
        }
        unclosed.appendTail(repaired);
        body = parse(repaired.toString());
      }
      requests.add(new Request(curl.group(1), curl.group(2), curl.group(3), body, repairs));
    }
    return requests;
  }

  /** The document's only request of {@code method} to {@code path}. */
  static Request request(String method, String path) {
    List<Request> found = new ArrayList<>();
    for (Request r : requests()) {
      if (r.method.equals(method) && r.path.equals(path)) {
        found.add(r);
      }
    }
    if (found.size() != 1) {
      throw new IllegalStateException(found.size() + " requests " + method + " " + path + " in " + FILE);
    }
    return found.get(0);
  }

  /** Strict JSON (numbers as doubles, as Moshi reads them). */
  static Object parse(String json) {
    try {
      return new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A deep copy of a JSON tree. */
  static Object copy(Object tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) tree).forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
      return copy;
    }
    if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) tree).forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return tree;
  }
}
