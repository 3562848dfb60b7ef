package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.localplatform.Chaos;
import io.github.aepsdk.localplatform.Fault;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AEP processes a create, then its answer is lost (a read timeout, a dropped connection, a 502/504
 * from the gateway), at each creating step in turn: the step looks its name up instead of sending the
 * create again, finds what AEP made and goes on; the sandbox ends with exactly one of each resource,
 * and running the ingestion again sends no create at all.
 */
class IngestionLostAnswerTest {
  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  static Stream<Arguments> lostAnswers() {
    Map<IngestionStep, String> creates = Map.of(
        IngestionStep.BASE_CONNECTION, "/data/foundation/flowservice/connections",
        IngestionStep.ADHOC_CLASS, "/data/foundation/schemaregistry/tenant/classes",
        IngestionStep.ADHOC_SCHEMA, "/data/foundation/schemaregistry/tenant/schemas",
        IngestionStep.SOURCE_CONNECTION, "/data/foundation/flowservice/sourceConnections",
        IngestionStep.TARGET_SCHEMA, "/data/foundation/schemaregistry/tenant/schemas",
        IngestionStep.DATASET, "/data/foundation/catalog/dataSets",
        IngestionStep.DATASET_BASE_CONNECTION, "/data/foundation/flowservice/connections",
        IngestionStep.TARGET_CONNECTION, "/data/foundation/flowservice/targetConnections",
        IngestionStep.MAPPING_SET, "/data/foundation/conversion/mappingSets",
        IngestionStep.DATAFLOW, "/data/foundation/flowservice/flows");
    List<Arguments> cases = new ArrayList<>();
    for (IngestionStep step : IngestionStep.values()) {
      if (creates.containsKey(step)) {
        for (Chaos.Kind kind : List.of(Chaos.Kind.TIMEOUT_AFTER_ACTING, Chaos.Kind.DROPPED_AFTER_ACTING,
            Chaos.Kind.GATEWAY_ERROR_AFTER_ACTING)) {
          cases.add(Arguments.of(step, creates.get(step), kind));
        }
      }
    }
    return cases.stream();
  }

  /**
   * Two steps, one on each side, post to the same path (ad-hoc and target schema; HubSpot and
   * dataset base connection): answers are held so that the other side's post comes before the chaos
   * starts or after it ended (with the next step of {@code step}'s side).
   */
  private void holdTheOtherSidesPost(IngestionStep step) {
    String classes = "/data/foundation/schemaregistry/tenant/classes";
    String dataSets = "/data/foundation/catalog/dataSets";
    switch (step) {
      case BASE_CONNECTION: // the target schema's and the dataset's answers wait for the ad-hoc class's create
        p.platform.inject(Fault.heldUntil("POST", classes).on("POST", "/data/foundation/schemaregistry/tenant/schemas"));
        p.platform.inject(Fault.heldUntil("POST", classes).on("POST", dataSets));
        break;
      case DATASET_BASE_CONNECTION: // the dataset's answer waits for the ad-hoc class's create
        p.platform.inject(Fault.heldUntil("POST", classes).on("POST", dataSets));
        break;
      case ADHOC_SCHEMA: // the ad-hoc class's answer waits for the dataset's create, after the target schema's
        p.platform.inject(Fault.heldUntil("POST", dataSets).on("POST", classes));
        break;
      case TARGET_SCHEMA: // the base connection's answer waits for the dataset's create, after the target schema's end
        p.platform.inject(Fault.heldUntil("POST", dataSets).on("POST", "/data/foundation/flowservice/connections"));
        break;
      default:
    }
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("lostAnswers")
  void theStepFindsWhatAepMadeAndARunAgainSendsNoCreate(IngestionStep step, String path, Chaos.Kind kind) {
    Chaos lost = Chaos.seed(7).rate(1).only(kind).on("POST", path);
    // the chaos starts once the step before on its side has ended, and ends with the step
    List<IngestionStep> side = IngestionPlatform.side(step);
    int index = side.indexOf(step);
    IngestionStep previous = index == 0 ? null : side.get(index - 1);
    holdTheOtherSidesPost(step);
    if (previous == null) {
      p.platform.chaos(lost);
    }
    List<StepEvent> events = new ArrayList<>();

    IngestionResult result = p.tutorial().listener(event -> {
      events.add(event);
      if (event.step() == previous && event.status() != StepEvent.Status.WAITING) {
        p.platform.chaos(lost); // from the failing step's create on
      } else if (event.step() == step && event.status() != StepEvent.Status.WAITING) {
        p.platform.stopChaos();
      }
    }).run();

    List<LocalPlatform.RecordedCall> hit = p.platform.recordedCalls().stream().filter(c -> c.chaos().isPresent())
        .collect(Collectors.toList());
    assertThat(hit).as("calls that lost their answer").singleElement().satisfies(call -> {
      assertThat(call.method()).isEqualTo("POST");
      assertThat(call.path()).isEqualTo(path);
      assertThat(call.chaos().orElseThrow().kind()).isEqualTo(kind);
    });
    assertThat(p.sockets.timedOut()).as("waits for an answer timed out").isEqualTo(kind == Chaos.Kind.TIMEOUT_AFTER_ACTING ? 1 : 0);
    StepEvent event = events.stream().filter(e -> e.step() == step && e.status() != StepEvent.Status.WAITING)
        .findFirst().orElseThrow();
    assertThat(event.status()).isEqualTo(StepEvent.Status.COMPLETED);
    assertThat(event.resourceId()).contains(result.resources().require(step));
    assertThat(p.createdKindCounts()).isEqualTo(IngestionPlatform.ONE_OF_EACH);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(result.resources()));

    long posts = p.posts();
    IngestionResult again = p.tutorial().run();

    assertThat(p.posts()).as("creates sent by the second run").isEqualTo(posts);
    assertThat(again.resources().ids()).isEqualTo(result.resources().ids());
  }

}
