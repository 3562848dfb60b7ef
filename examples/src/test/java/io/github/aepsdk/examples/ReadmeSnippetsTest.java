package io.github.aepsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every {@code ```java} snippet of the project's README.md as it stands, against the
 * SDK, the local platform, JUnit and AssertJ, so the README stays true.
 *
 * <p>A snippet that declares a class is compiled as a file. Any other snippet is wrapped as the
 * README says: its {@code import} lines first, the rest as the body of a method whose parameters
 * are named by an HTML comment {@code <!-- snippet parameters: Type name, … -->} right above the
 * snippet (none when there is no comment).
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern SNIPPET = Pattern.compile(
      "(?:<!-- snippet parameters: ([^>]*?) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);

  static Stream<Arguments> snippets() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = SNIPPET.matcher(readme);
    List<Arguments> all = new ArrayList<>();
    while (m.find()) {
      int line = (int) readme.substring(0, m.start(2)).chars().filter(c -> c == '\n').count() + 1;
      all.add(Arguments.of("README.md line " + line, m.group(1) == null ? "" : m.group(1), m.group(2)));
    }
    assertThat(all).as("Java snippets in README.md").hasSizeGreaterThanOrEqualTo(5);
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void compilesAsItStands(String where, String parameters, String snippet) {
    String source = snippet.contains("\nclass ") || snippet.startsWith("class ") ? snippet : wrap(parameters, snippet);
    String className = className(source);

    List<String> errors = compile(className, source);

    assertThat(errors).as(where + " compiles; the source compiled was:\n" + source).isEmpty();
  }

  /** The snippet's imports, then a class whose one method has the rest as its body. */
  private static String wrap(String parameters, String snippet) {
    List<String> lines = snippet.lines().collect(Collectors.toList());
    String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
    String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n    "));
    return imports + "\n\nclass Snippet {\n  void snippet(" + parameters + ") throws Exception {\n    " + body + "\n  }\n}\n";
  }

  private static String className(String source) {
    Matcher m = Pattern.compile("(?m)^(?:public |final )*class (\\w+)").matcher(source);
    assertThat(m.find()).as("a class in\n" + source).isTrue();
    return m.group(1);
  }

  private static List<String> compile(String className, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path out = Files.createTempDirectory("readme-snippet");
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      List<String> options = List.of("-classpath", classpath(), "-d", out.toString(), "-proc:none", "-Xlint:none");
      boolean ok = javac.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
      List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.toList());
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed without an error diagnostic");
      }
      return errors;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The test class path (Surefire may pass it in a manifest-only jar, which javac reads as well). */
  private static String classpath() {
    String path = System.getProperty("java.class.path");
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : path;
  }
}
