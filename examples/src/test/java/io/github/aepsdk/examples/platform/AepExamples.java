package io.github.aepsdk.examples.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Adobe's doc examples in {@code ../shared/aep-reference/examples}, read in place (never copied).
 * Found through the system property {@code aep.shared.dir} (set by the build) or by walking up from
 * the working directory. The examples module cannot use core's test jar, so this is its own locator.
 */
final class AepExamples {
  private static final Path ROOT = locate();

  private AepExamples() {}

  /** The text of {@code examples/<relative>}, e.g. {@code flowservice/get-flow.response.json}. */
  static String read(String relative) {
    Path file = ROOT.resolve("examples").resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing reference file " + file);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The parsed example. Files named {@code *.invalid.json} are invalid JSON in Adobe's docs (trailing
   * commas); those commas are dropped before parsing, nothing else is changed.
   */
  static Object json(String relative) {
    String text = read(relative);
    if (relative.endsWith(".invalid.json")) {
      text = text.replaceAll(",(\\s*[}\\]])", "$1");
    }
    return Json.parse(text);
  }

  /** {@link #json(String)} as an object. */
  static Map<String, Object> object(String relative) {
    return Json.map(json(relative));
  }

  private static Path locate() {
    String configured = System.getProperty("aep.shared.dir");
    if (configured != null) {
      Path p = Paths.get(configured).resolve("aep-reference").normalize();
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("../shared/aep-reference").normalize();
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("Cannot find ../shared/aep-reference (or -Daep.shared.dir=<path to shared>)");
  }
}
