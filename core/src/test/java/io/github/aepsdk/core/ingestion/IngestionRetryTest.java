package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.ingestion.IngestionResult;
import io.github.aepsdk.localplatform.Fault;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults that clear (a 429 with Retry-After, one 503) on a creating POST or a read: the client's
 * retry policy sends the call again and the ingestion completes with one of each resource. The
 * client's sleeper records the waits (the retries' and the readiness polls') instead of sleeping.
 */
class IngestionRetryTest {
  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  static Stream<Arguments> clearingFaults() {
    return Stream.of(
        Arguments.of(Fault.rateLimited(Duration.ofSeconds(7)), "POST", "/data/foundation/flowservice/flows"),
        Arguments.of(Fault.rateLimited(Duration.ofSeconds(3)), "POST", "/data/foundation/schemaregistry/tenant/classes"),
        Arguments.of(Fault.rateLimited(Duration.ofSeconds(2)), "GET", "/data/foundation/flowservice/flowSpecs"),
        Arguments.of(Fault.serverError(503), "POST", "/data/foundation/catalog/dataSets"),
        Arguments.of(Fault.serverError(503), "POST", "/data/foundation/conversion/mappingSets"),
        Arguments.of(Fault.serverError(503), "GET", "/data/foundation/flowservice/runs"));
  }

  @ParameterizedTest(name = "{0} on {1} {2}")
  @MethodSource("clearingFaults")
  void theRunCompletesAfterTheRetry(Fault fault, String method, String path) {
    LocalPlatform.InjectedFault injected = p.platform.inject(fault.on(method, path));

    IngestionResult result = p.tutorial().run();

    assertThat(injected.hits()).isEqualTo(1);
    assertThat(injected.remaining()).isZero();
    List<Integer> statuses = p.platform.recordedCalls().stream()
        .filter(c -> c.method().equals(method) && c.path().startsWith(path))
        .map(LocalPlatform.RecordedCall::status)
        .collect(Collectors.toList());
    assertThat(statuses).hasSize(2);
    assertThat(statuses.get(0)).isEqualTo(fault.status());
    assertThat(statuses.get(1)).isBetween(200, 299);
    if (fault.status() == 429) {
      assertThat(p.retrySleeps()).containsExactly(Duration.ofSeconds(fault.retryAfterSeconds()));
    } else {
      // no Retry-After: the first backoff, 0.5 s less up to 25 % jitter
      assertThat(p.retrySleeps()).hasSize(1);
      assertThat(p.retrySleeps().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    }
    assertThat(p.sleeps).as("one readiness poll per connection and flow").filteredOn(IngestionPlatform.READINESS_POLL::equals)
        .hasSize(IngestionPlatform.PROVISIONED.size());
    assertThat(result.firstRun().orElseThrow().outputRecordCount()).isEqualTo(4L);
    assertThat(p.createdKindCounts()).isEqualTo(new TreeMap<>(Map.of("connections", 2, "classes", 1, "schemas", 2,
        "sourceConnections", 1, "dataSets", 1, "targetConnections", 1, "mappingSets", 1, "flows", 1)));
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(result.resources()));
  }
}
