package io.github.aepsdk.localplatform;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives a test class a running {@link LocalPlatform} and each test a
 * fresh, empty sandbox on it. One line is enough:
 *
 * <pre>{@code
 * @ExtendWith(LocalPlatformExtension.class)
 * class MyIngestionTest {
 *   @Test
 *   void createsADataset(LocalSandbox sandbox) {
 *     // sandbox.baseUrl(), sandbox.imsUrl(), sandbox.credentials(), sandbox.name() configure a client;
 *     // sandbox.resourceCounts() and sandbox.datasetRecords(id) tell what the test made
 *   }
 * }
 * }</pre>
 *
 * <p>For a platform with other settings, register it in a static field instead:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalPlatformExtension PLATFORM =
 *     LocalPlatformExtension.configured(platform -> platform.tenantId("acme").autoRunFlows(false));
 * }</pre>
 *
 * <p>Test methods and {@code @BeforeEach}/{@code @AfterEach} methods may declare a parameter of type
 * {@link LocalSandbox}: the test's own sandbox (constructors and {@code @BeforeAll}/{@code @AfterAll}
 * methods get the class's sandbox). Any of them may declare {@link LocalPlatform} (the platform, for
 * {@link LocalPlatform#inject(Fault) faults}, {@link LocalPlatform#chaos(Chaos) chaos} and {@link
 * LocalPlatform#recordedCalls() recorded calls}). The platform starts on a free loopback port before
 * the class's first use and stops after its last test. Sandboxes are named {@code t<n>-<method
 * name>}, lower-case letters, digits and hyphens, so do not restrict the platform with {@link
 * LocalPlatform.Builder#sandboxes(String...)}.
 *
 * <p>The platform enables new connections and flows at once ({@link
 * LocalPlatform.Builder#provisioningReads(int) provisioningReads(0)}), so code that waits for them
 * does not wait in tests; configure it otherwise to test such waits. Faults and chaos apply to the
 * whole platform, not to one sandbox. After each test, injected faults are removed (those injected
 * in {@code @BeforeAll} too) and chaos returns to what the {@link #configured configured} builder
 * set ({@link LocalPlatform#resetChaos()}); tests that change them must not run in parallel with
 * other tests of the class.
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-api} 5.x on the test class path (an optional
 * dependency of this artifact).
 */
public final class LocalPlatformExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalPlatformExtension.class);
  private static final int MAX_NAME = 60;

  private final Consumer<LocalPlatform.Builder> settings;
  private final AtomicInteger sandboxes = new AtomicInteger();

  /** The extension with a default platform (but {@code provisioningReads(0)}); what {@code @ExtendWith} uses. */
  public LocalPlatformExtension() {
    this(platform -> { });
  }

  private LocalPlatformExtension(Consumer<LocalPlatform.Builder> settings) {
    this.settings = settings;
  }

  /**
   * The extension with a platform built with {@code settings} applied to {@link LocalPlatform#builder()}
   * (after {@code provisioningReads(0)}, which {@code settings} may change).
   */
  public static LocalPlatformExtension configured(Consumer<LocalPlatform.Builder> settings) {
    return new LocalPlatformExtension(Objects.requireNonNull(settings, "settings"));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LocalSandbox.class || type == LocalPlatform.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == LocalPlatform.class) {
      return platform(context);
    }
    // Keyed by the context's own id: a store lookup also sees the parent's (class) sandbox.
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getUniqueId(),
        key -> new LocalSandbox(platform(context), sandboxName(context)), LocalSandbox.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Running running = context.getStore(NAMESPACE).get(Running.class, Running.class);
    if (running != null) {
      running.platform.clearFaults();
      running.platform.resetChaos();
    }
  }

  /** The class's platform, started on first use and closed with the class's extension context. */
  private LocalPlatform platform(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> {
      LocalPlatform.Builder builder = LocalPlatform.builder().provisioningReads(0);
      settings.accept(builder);
      return new Running(builder.start());
    }, Running.class).platform;
  }

  private String sandboxName(ExtensionContext context) {
    String method = context.getTestMethod().map(m -> m.getName()).orElse("class")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String name = "t" + sandboxes.incrementAndGet() + "-" + method;
    return name.substring(0, Math.min(name.length(), MAX_NAME)).replaceAll("-+$", "");
  }

  /**
   * Closes the platform when JUnit closes the store that holds it (JUnit 5.13+ closes {@code
   * AutoCloseable} values; earlier 5.x versions close {@code CloseableResource} ones).
   */
  @SuppressWarnings("deprecation")
  private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final LocalPlatform platform;

    Running(LocalPlatform platform) {
      this.platform = platform;
    }

    @Override
    public void close() {
      platform.close();
    }
  }
}
