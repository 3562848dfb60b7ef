package io.github.aepsdk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Adobe's published material in {@code ../shared/aep-reference} beside the project root (specs,
 * doc examples, spec fixes). Read in place, never copied. Found through the system property {@code
 * aep.shared.dir} (set by the build) or by walking up from the working directory.
 */
public final class AepReference {
  private static final Path ROOT = locate();

  private AepReference() {}

  /** The {@code aep-reference} folder. */
  public static Path root() {
    return ROOT;
  }

  /** A file under {@code aep-reference}, e.g. {@code examples/flowservice/get-flow.response.json}. */
  public static Path file(String relative) {
    Path p = ROOT.resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("Missing reference file " + p + " (expected in ../shared/aep-reference)");
    }
    return p;
  }

  /** The text of {@link #file(String)}. */
  public static String read(String relative) {
    try {
      return Files.readString(file(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    throw new IllegalStateException(
        "Cannot find Adobe's reference material: expected the folder shared/aep-reference beside the project root"
            + " (../shared/aep-reference), or -Daep.shared.dir=<path to shared>. It holds the official specs and"
            + " doc examples the tests check against.");
  }
}
