package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@link LocalPlatformExtension} as a user's test meets it: sample test classes run through JUnit's
 * own engine, recording what the extension gave them. This module compiles its tests for Java 11,
 * so this is also a Java 11 project using the extension.
 */
class LocalPlatformExtensionTest {
  private static final String DATASETS = "/data/foundation/catalog/dataSets";
  private static final String CONNECTIONS = "/data/foundation/flowservice/connections";
  private static final List<LocalSandbox> SEEN = new ArrayList<>();
  private static final List<Integer> STATUSES = new ArrayList<>();

  @Test
  void eachTestGetsAFreshSandboxOnOnePlatformThatStopsAfterTheClass() {
    SEEN.clear();

    Events tests = run(OneLine.class);

    tests.assertStatistics(stats -> stats.started(3).succeeded(3));
    assertThat(SEEN).hasSize(4);
    LocalSandbox classSandbox = SEEN.get(0);
    List<LocalSandbox> testSandboxes = SEEN.subList(1, 4);
    assertThat(testSandboxes).extracting(LocalSandbox::name)
        .doesNotHaveDuplicates()
        .doesNotContain(classSandbox.name())
        .allMatch(name -> name.matches("t[0-9]+-[a-z0-9-]+"));
    assertThat(testSandboxes.get(0).name()).endsWith("-createsaconnectioninanemptysandbox");
    assertThat(testSandboxes).extracting(LocalSandbox::platform).containsOnly(classSandbox.platform());
    assertThat(classSandbox.platform().credentials().clientId()).isEqualTo(LocalPlatform.CLIENT_ID);
    assertThatThrownBy(() -> get(classSandbox.platform(), classSandbox.name(), DATASETS))
        .as("the platform is closed after the class").isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void faultsAndChaosATestStartsAreRemovedAfterIt() {
    STATUSES.clear();

    run(FaultThenNoFault.class).assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(STATUSES).as("chaos comes first; neither survives its test").containsExactly(429, 200);
  }

  @Test
  void chaosConfiguredOnTheBuilderAppliesToEveryTest() {
    STATUSES.clear();

    run(ConfiguredChaos.class).assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(STATUSES).containsExactly(429, 429);
  }

  @Test
  void aRegisteredExtensionBuildsThePlatformWithTheGivenSettings() {
    SEEN.clear();
    STATUSES.clear();

    run(Configured.class).assertStatistics(stats -> stats.started(1).succeeded(1));

    assertThat(SEEN).singleElement().satisfies(sandbox -> assertThat(sandbox.platform().tenantId()).isEqualTo("acme"));
    assertThat(STATUSES).as("a new connection is enabled at its first read").containsExactly(200);
  }

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
  }

  /** The status of {@code GET path} in {@code sandbox}, through the tests' {@link Http} helper. */
  private static int get(LocalPlatform platform, String sandbox, String path) {
    return new Http(platform, sandbox).get(path).code();
  }


  @ExtendWith(LocalPlatformExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class OneLine {
    @BeforeAll
    static void classSandbox(LocalSandbox sandbox) {
      SEEN.add(sandbox);
    }

    @Test
    @Order(1)
    void createsAConnectionInAnEmptySandbox(LocalSandbox sandbox) {
      SEEN.add(sandbox);
      assertThat(sandbox.resourceCounts()).containsEntry("connections", 0);
      Http.Res created = new Http(sandbox.platform(), sandbox.name()).post(CONNECTIONS,
          AepExamples.json("flowservice/create-base-connection-hubspot.request.json"));
      assertThat(created.code()).as(created.body()).isEqualTo(201);
      assertThat(sandbox.resourceCounts()).containsEntry("connections", 1);
    }

    @Test
    @Order(2)
    void seesNothingTheFirstTestMade(LocalSandbox sandbox) {
      SEEN.add(sandbox);
      assertThat(sandbox.resourceCounts()).containsEntry("connections", 0);
    }

    @Test
    @Order(3)
    void getsThePlatformToo(LocalSandbox sandbox, LocalPlatform platform) {
      SEEN.add(sandbox);
      assertThat(platform).isSameAs(sandbox.platform());
      assertThat(sandbox.baseUrl()).isEqualTo(platform.baseUrl()).startsWith("http://");
      assertThat(get(platform, sandbox.name(), DATASETS)).isEqualTo(200);
    }
  }

  @ExtendWith(LocalPlatformExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class FaultThenNoFault {
    @Test
    @Order(1)
    void injectsAFaultUntilClearedAndChaos(LocalSandbox sandbox) {
      sandbox.platform().inject(Fault.serverError(503).untilCleared());
      sandbox.platform().chaos(Chaos.seed(1).rate(1).only(Chaos.Kind.RATE_LIMITED));
      STATUSES.add(get(sandbox.platform(), sandbox.name(), DATASETS));
    }

    @Test
    @Order(2)
    void doesNotMeetIt(LocalSandbox sandbox) {
      STATUSES.add(get(sandbox.platform(), sandbox.name(), DATASETS));
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ConfiguredChaos {
    @RegisterExtension
    static final LocalPlatformExtension PLATFORM = LocalPlatformExtension.configured(
        platform -> platform.chaos(Chaos.seed(1).rate(1).only(Chaos.Kind.RATE_LIMITED)));

    @Test
    @Order(1)
    void first(LocalSandbox sandbox) {
      STATUSES.add(get(sandbox.platform(), sandbox.name(), DATASETS));
    }

    @Test
    @Order(2)
    void second(LocalSandbox sandbox) {
      STATUSES.add(get(sandbox.platform(), sandbox.name(), DATASETS));
    }
  }

  static class Configured {
    @RegisterExtension
    static final LocalPlatformExtension PLATFORM = LocalPlatformExtension.configured(platform -> platform.tenantId("acme"));

    @Test
    void runsOnTheConfiguredPlatform(LocalSandbox sandbox) {
      SEEN.add(sandbox);
      Http http = new Http(sandbox.platform(), sandbox.name());
      String id = http.post(CONNECTIONS, AepExamples.json("flowservice/create-base-connection-hubspot.request.json")).str("id");
      STATUSES.add(http.get(CONNECTIONS + "/" + id).item().get("state").equals("enabled") ? 200 : 0);
    }
  }
}
