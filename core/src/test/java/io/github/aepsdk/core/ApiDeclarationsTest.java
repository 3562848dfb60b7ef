package io.github.aepsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import io.github.aepsdk.catalog.CatalogApi;
import io.github.aepsdk.conversion.ConversionApi;
import io.github.aepsdk.core.http.AccessTokenProvider;
import io.github.aepsdk.core.http.AepHttp;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.testsupport.AepReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.Header;
import retrofit2.http.HeaderMap;
import retrofit2.http.Headers;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * The declarations of the four service modules work with core: Retrofit can create every API
 * method (request and response converters included), every method follows the SDK's conventions,
 * and {@link AepJson} binds every model type those modules declare (found by scanning their
 * compiled {@code Immutable*} classes, so new models are covered without editing this test).
 */
class ApiDeclarationsTest {
  private static final List<Class<?>> APIS = List.of(FlowServiceApi.class, SchemaRegistryApi.class, CatalogApi.class, ConversionApi.class);
  private static final List<String> MODEL_PACKAGES = List.of(
      "io.github.aepsdk.flowservice", "io.github.aepsdk.schemaregistry", "io.github.aepsdk.catalog", "io.github.aepsdk.conversion");
  private static final Set<String> GATEWAY_HEADERS = Set.of("authorization", "x-api-key", "x-gw-ims-org-id", "x-sandbox-name");

  // ---------------------------------------------------------------- Retrofit

  static Stream<Class<?>> apis() {
    return APIS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void retrofitCreatesEveryMethodEagerly(Class<?> api) {
    OkHttpClient http = new OkHttpClient();
    try {
      OkHttpClient scoped = AepHttp.scoped(http, AccessTokenProvider.ofStatic("token"), "key", "org@AdobeOrg", "prod");
      // AepHttp.service builds Retrofit with validateEagerly(true): every non-default method's
      // annotations, call adapter and body converters are created here, or this throws naming it.
      assertThatCode(() -> AepHttp.service(scoped, HttpUrl.get("https://platform.adobe.io/"), "data/foundation/x/", api))
          .doesNotThrowAnyException();
    } finally {
      http.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void clientBuildsAllFourServices() {
    try (AepClient client = AepClient.builder().imsOrgId("org@AdobeOrg").apiKey("key")
        .accessTokenProvider(AccessTokenProvider.ofStatic("token")).build()) {
      assertThat(client.flowService()).isInstanceOf(FlowServiceApi.class);
      assertThat(client.schemaRegistry()).isInstanceOf(SchemaRegistryApi.class);
      assertThat(client.catalog()).isInstanceOf(CatalogApi.class);
      assertThat(client.conversion()).isInstanceOf(ConversionApi.class);
    }
  }

  static Stream<Arguments> httpMethods() {
    return APIS.stream()
        .flatMap(api -> Arrays.stream(api.getMethods())
            .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
            .sorted((a, b) -> a.getName().compareTo(b.getName()))
            .map(m -> Arguments.of(api.getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")")), m)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("httpMethods")
  void methodFollowsTheConventions(String name, Method method) {
    String path = relativePath(method);
    assertThat(path).as("%s: HTTP method annotation", name).isNotNull();
    assertThat(path)
        .as("%s: path must be relative (a leading '/' or a full URL drops the service base path)", name)
        .doesNotStartWith("/")
        .doesNotContain("://");

    assertThat(method.getReturnType()).as("%s: return the model or CompletableFuture, not a Call", name).isNotEqualTo(Call.class);

    Headers headers = method.getAnnotation(Headers.class);
    if (headers != null) {
      for (String header : headers.value()) {
        String headerName = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
        assertThat(GATEWAY_HEADERS).as("%s: gateway headers are added by core", name).doesNotContain(headerName);
        if (headerName.equals("content-type")) {
          assertThat(header.substring(header.indexOf(':') + 1).trim())
              .as("%s: the only per-method body type is JSON Patch", name).isEqualTo("application/json-patch+json");
        }
      }
    }
    for (Parameter parameter : method.getParameters()) {
      Header header = parameter.getAnnotation(Header.class);
      if (header != null) {
        assertThat(GATEWAY_HEADERS).as("%s: gateway headers are added by core", name)
            .doesNotContain(header.value().toLowerCase(Locale.ROOT));
      }
      assertThat(parameter.getAnnotation(HeaderMap.class)).as("%s: no free-form header maps", name).isNull();
    }
  }

  @Test
  void apisDeclareMethods() {
    // guards the scan above against silently testing nothing
    assertThat(httpMethods().count()).isGreaterThan(20);
  }

  // ---------------------------------------------------------------- every operation of the specs

  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.of("flow-service.yaml", FlowServiceApi.class),
        Arguments.of("schema-registry.yaml", SchemaRegistryApi.class),
        Arguments.of("catalog.yaml", CatalogApi.class),
        Arguments.of("data-prep.yaml", ConversionApi.class));
  }

  /** Each path and method of Adobe's official spec has a Retrofit method ({@code {param}} names and query parts aside). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyOperationOfTheOfficialSpecIsTyped(String spec, Class<?> api) throws IOException {
    JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(AepReference.read("openapi/" + spec)).path("paths");
    Set<String> declared = Arrays.stream(api.getMethods())
        .filter(m -> relativePath(m) != null)
        .map(m -> httpMethod(m) + " " + shape(relativePath(m)))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> operations = new TreeSet<>();
    paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (path.getValue().path(method).has("operationId")) {
        operations.add(method.toUpperCase(Locale.ROOT) + " " + shape(path.getKey()));
      }
    }));

    assertThat(operations).as("operations of %s", spec).hasSizeGreaterThan(10);
    assertThat(declared).as("%s declares every operation of %s", api.getSimpleName(), spec).containsAll(operations);
  }

  /** A path with its query, slashes at either end, a Retrofit {@code "."} and parameter names taken off. */
  private static String shape(String path) {
    String bare = path.replaceAll("\\?.*$", "").replaceAll("\\{[^}]*}", "{}").replaceAll("^[/.]+|/+$", "");
    return "/" + bare;
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      if (a instanceof HTTP) {
        return ((HTTP) a).method();
      }
      if (relativePath(m) != null && a.annotationType().getPackageName().equals("retrofit2.http")
          && a.annotationType().getSimpleName().equals(a.annotationType().getSimpleName().toUpperCase(Locale.ROOT))) {
        return a.annotationType().getSimpleName();
      }
    }
    throw new AssertionError("no HTTP method on " + m);
  }

  private static String relativePath(Method m) {
    for (Annotation a : m.getAnnotations()) {
      if (a instanceof GET) {
        return ((GET) a).value();
      } else if (a instanceof POST) {
        return ((POST) a).value();
      } else if (a instanceof PUT) {
        return ((PUT) a).value();
      } else if (a instanceof PATCH) {
        return ((PATCH) a).value();
      } else if (a instanceof DELETE) {
        return ((DELETE) a).value();
      } else if (a instanceof HEAD) {
        return ((HEAD) a).value();
      } else if (a instanceof OPTIONS) {
        return ((OPTIONS) a).value();
      } else if (a instanceof HTTP) {
        return ((HTTP) a).path();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- JSON binding of every model

  static Stream<Arguments> models() {
    List<Arguments> out = new ArrayList<>();
    for (String pkg : MODEL_PACKAGES) {
      for (String className : classNames(pkg)) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (!simple.startsWith("Immutable") || simple.contains("$")) {
          continue;
        }
        Class<?> model = modelOf(load(className));
        out.add(Arguments.of(model.getName(), model));
      }
    }
    return out.stream();
  }

  /**
   * Every model goes through its JSON: one with no required member reads from {@code {}} (the
   * empty object AEP may answer), writes back to JSON that reads, strictly, to an equal value and
   * writes the same text again; one with required members refuses {@code {}} naming them.
   * The examples of Adobe's docs go through their models with real values in the fixture tests.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void modelRoundTripsThroughItsJson(String name, Class<?> model) throws IOException {
    Type type = model.getTypeParameters().length == 0 ? model
        : Types.newParameterizedType(model, Collections.nCopies(model.getTypeParameters().length, Object.class).toArray(new Type[0]));
    JsonAdapter<Object> lenient = AepJson.adapter(type);
    JsonAdapter<Object> strict = AepJson.strictAdapter(type);

    Object empty;
    try {
      empty = lenient.fromJson("{}");
    } catch (JsonDataException required) {
      assertThat(required).as("%s from {}", name).hasMessageStartingWith("Cannot read " + model.getSimpleName() + " at $: ").hasMessageContaining("required attributes are not set");
      return;
    }
    String written = lenient.toJson(empty);
    Object readBack = strict.fromJson(written);
    assertThat(readBack).as("%s written as %s", name, written).isEqualTo(empty).isInstanceOf(immutableOf(model));
    assertThat(lenient.toJson(readBack)).isEqualTo(written);
  }

  @Test
  void everyServiceModuleHasModels() {
    List<String> packages = models().map(a -> ((Class<?>) a.get()[1]).getPackageName()).distinct().sorted().collect(Collectors.toList());
    assertThat(packages).containsExactlyInAnyOrderElementsOf(MODEL_PACKAGES);
  }

  /** The model type an {@code ImmutableX} implements or extends. */
  private static Class<?> modelOf(Class<?> immutable) {
    String modelName = immutable.getSimpleName().substring("Immutable".length());
    for (Class<?> candidate : immutable.getInterfaces()) {
      if (candidate.getSimpleName().equals(modelName)) {
        return candidate;
      }
    }
    Class<?> superclass = immutable.getSuperclass();
    if (superclass != null && superclass.getSimpleName().equals(modelName)) {
      return superclass;
    }
    throw new AssertionError(immutable.getName() + " implements no model type named " + modelName);
  }

  private static Class<?> immutableOf(Class<?> model) {
    return load(model.getPackageName() + ".Immutable" + model.getSimpleName());
  }

  private static Class<?> load(String className) {
    try {
      return Class.forName(className, false, ApiDeclarationsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Top-level and nested class names in {@code pkg} (not sub-packages), from directories or jars. */
  private static Set<String> classNames(String pkg) {
    String dir = pkg.replace('.', '/');
    Set<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = ApiDeclarationsTest.class.getClassLoader().getResources(dir);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("file")) {
          try (Stream<Path> files = Files.list(Paths.get(root.toURI()))) {
            files.map(p -> p.getFileName().toString())
                .filter(f -> f.endsWith(".class"))
                .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - ".class".length())));
          }
        } else if (root.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false); // a private JarFile: closing it leaves the class loader's alone
          try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                .map(e -> e.getName())
                .filter(n -> n.startsWith(dir + "/") && n.endsWith(".class") && n.indexOf('/', dir.length() + 1) < 0)
                .forEach(n -> names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    assertThat(names).as("compiled classes of %s", pkg).isNotEmpty();
    return names;
  }
}
