package io.github.aepsdk.localplatform;

import io.github.aepsdk.testsupport.AepReference;
import java.util.Map;

/** Adobe's doc examples ({@code aep-reference/examples}) as the platform's own JSON trees. */
final class AepExamples {
  private AepExamples() {}

  /**
   * The parsed example, e.g. {@code flowservice/get-flow.response.json}. Files named {@code
   * *.invalid.json} are invalid JSON in Adobe's docs (trailing commas); those commas are dropped
   * before parsing, nothing else is changed.
   */
  static Object json(String relative) {
    String text = AepReference.read("examples/" + relative);
    if (relative.endsWith(".invalid.json")) {
      text = text.replaceAll(",(\\s*[}\\]])", "$1");
    }
    return Json.parse(text);
  }

  /** {@link #json(String)} as an object. */
  static Map<String, Object> object(String relative) {
    return Json.map(json(relative));
  }
}
