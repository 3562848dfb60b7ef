package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.localplatform.Chaos;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A hundred ingestions on a platform that gives about one call in ten a random fault, the kinds
 * that lose the answer after AEP acted included (a read timeout, a dropped connection, a 502/504).
 * Each ingestion is simply run again until it completes. Afterwards the sandbox holds exactly one
 * resource of each kind per ingestion, and every one of them is named by a final result.
 */
class IngestionUnderChaosTest {
  private static final int INGESTIONS = 100;
  private static final int MAX_RUNS = 40;

  @Test
  void aHundredIngestionsRunAgainAfterEachFailureEndCompleteWithNoDuplicateAndNothingUnnamed() {
    Chaos chaos = Chaos.seed(20261203L).rate(0.1).latency(Duration.ofMillis(5));
    try (IngestionPlatform p = IngestionPlatform.start(
        platform -> platform.chaos(chaos).recordedCallLimit(1_000_000))) {
      Map<String, Set<String>> named = new TreeMap<>();
      IngestionPlatform.CREATED_KINDS.forEach(kind -> named.put(kind, new TreeSet<>()));
      int failedRuns = 0;

      for (int i = 1; i <= INGESTIONS; i++) {
        IngestionResult result = null;
        for (int run = 1; run <= MAX_RUNS && result == null; run++) {
          try {
            result = p.tutorial().name("chaos " + i).run();
          } catch (IngestionConflictException e) {
            throw new AssertionError("a lost answer must never look like a conflict", e);
          } catch (IngestionFailedException e) {
            failedRuns++;
          }
        }
        assertThat(result).as("ingestion %d completed within %d runs", i, MAX_RUNS).isNotNull();
        assertThat(result.firstRun()).as("ingestion %d's first run", i).isPresent();
        IngestionPlatform.idsByKind(result.resources()).forEach((kind, ids) -> named.get(kind).addAll(ids));
      }
      p.platform.stopChaos();

      Map<String, Integer> expected = new TreeMap<>();
      IngestionPlatform.CREATED_KINDS.forEach(kind -> expected.put(kind, INGESTIONS));
      expected.put("connections", 2 * INGESTIONS);
      expected.put("schemas", 2 * INGESTIONS);
      assertThat(p.createdKindCounts()).isEqualTo(expected);
      assertThat(p.platformIds()).as("every resource is named by a final result").isEqualTo(named);

      Map<Chaos.Kind, Integer> faults = new EnumMap<>(Chaos.Kind.class);
      for (LocalPlatform.RecordedCall call : p.platform.recordedCalls()) {
        call.chaos().ifPresent(hit -> faults.merge(hit.kind(), 1, Integer::sum));
      }
      assertThat(faults).as("every kind of fault happened").containsOnlyKeys(Chaos.Kind.values());
      assertThat(p.sockets.timedOut()).as("answers held back, each ending the client's wait")
          .isEqualTo(faults.get(Chaos.Kind.TIMEOUT_AFTER_ACTING));
      assertThat(failedRuns).as("runs that failed and were run again").isPositive();
    }
  }
}
