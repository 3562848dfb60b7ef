package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.aepsdk.core.error.ServerErrorException;

import io.github.aepsdk.localplatform.Fault;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The two sides of the ingestion run at the same time, shown without timing: the platform holds an
 * answer of one side until a request of the other arrives, which a run taking its steps one after
 * another would never send. The listener is called one event at a time, from the calling thread for
 * the source side and from the client's executor for the target side. An {@link Error} on one side
 * leaves the run only once the other side can start no step, with the other side's failure (and the
 * resources that exist) as suppressed.
 */
class IngestionConcurrencyTest {
  private static final String CONNECTIONS = "/data/foundation/flowservice/connections";
  private static final String DATASETS = "/data/foundation/catalog/dataSets";
  private static final String CLASSES = "/data/foundation/schemaregistry/tenant/classes";
  private static final String SCHEMAS = "/data/foundation/schemaregistry/tenant/schemas";
  private static final String FLOWS = "/data/foundation/flowservice/flows";
  private static final String FLOW_SPECS = "/data/foundation/flowservice/flowSpecs";

  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  @Test
  void theTargetSideCreatesWhileTheSourceSidesCreateAwaitsItsAnswer() {
    // the HubSpot base connection's answer (the source side's first create) waits for the dataset's create,
    // the target side's second; the current docs' form posts no other connection. The target schema's answer
    // waits for the base connection's create, so that the dataset's create comes after it.
    p.platform.inject(Fault.heldUntil("POST", CONNECTIONS).on("POST", SCHEMAS));
    LocalPlatform.InjectedFault hold = p.platform.inject(Fault.heldUntil("POST", DATASETS).on("POST", CONNECTIONS));
    List<StepEvent> events = new ArrayList<>();

    IngestionResult result = p.tutorial().requestForm(RequestForm.CURRENT_DOCS).listener(events::add).run();

    assertThat(hold.hits()).isEqualTo(1);
    List<String> calls = p.platform.recordedCalls().stream().map(c -> c.method() + " " + c.path()).collect(Collectors.toList());
    int baseCreate = calls.indexOf("POST " + CONNECTIONS);
    int dataSetCreate = calls.indexOf("POST " + DATASETS);
    int baseRead = calls.indexOf("GET " + CONNECTIONS + "/" + result.resources().require(IngestionStep.BASE_CONNECTION));
    assertThat(baseCreate).as("the base connection's create was sent").isNotNegative();
    assertThat(dataSetCreate).as("the dataset's create arrived while the base connection's answer was held")
        .isGreaterThan(baseCreate).isLessThan(baseRead);
    List<String> ends = events.stream().filter(e -> e.status() != StepEvent.Status.WAITING)
        .map(e -> e.step() + " " + e.status()).collect(Collectors.toList());
    assertThat(ends.indexOf("TARGET_SCHEMA COMPLETED")).as("the target side reported before the source side's first step ended")
        .isLessThan(ends.indexOf("BASE_CONNECTION COMPLETED"));
    assertThat(p.createdKindCounts()).containsEntry("dataSets", 1).containsEntry("connections", 1).containsEntry("flows", 1);
  }

  @Test
  void theLookUpsByIdentityAreMadeWhileTheChecksAwaitTheirAnswers() {
    // the flow spec lookup's answer (a check) waits for the dataflow's look-up by name, the last step's:
    // a run that looked each identity up in its step would never send it before the checks had answered.
    // Both are in flight at once, so either may reach the platform first: only their order against the
    // first create is fixed.
    LocalPlatform.InjectedFault hold = p.platform.inject(Fault.heldUntil("GET", FLOWS).on("GET", FLOW_SPECS));

    IngestionResult result = p.tutorial().run();

    assertThat(hold.hits()).isEqualTo(1);
    List<String> calls = p.platform.recordedCalls().stream().map(c -> c.method() + " " + c.path()).collect(Collectors.toList());
    int flowSpecRead = calls.indexOf("GET " + FLOW_SPECS);
    int flowLookUp = calls.indexOf("GET " + FLOWS);
    int firstCreate = IntStream.range(0, calls.size()).filter(i -> calls.get(i).startsWith("POST /data/")).findFirst().orElseThrow();
    assertThat(flowSpecRead).as("the flow spec was looked up").isNotNegative();
    assertThat(flowLookUp).as("the dataflow's look-up arrived with the checks, before any create").isNotNegative()
        .isLessThan(firstCreate);
    assertThat(flowSpecRead).isLessThan(firstCreate);
    assertThat(calls.subList(0, firstCreate)).as("every step's look-up came before the first create")
        .contains("GET /data/foundation/schemaregistry/tenant/classes", "GET " + SCHEMAS,
            "GET /data/foundation/flowservice/sourceConnections", "GET " + DATASETS, "GET " + CONNECTIONS,
            "GET /data/foundation/flowservice/targetConnections", "GET /data/foundation/conversion/mappingSets", "GET " + FLOWS)
        .filteredOn(("GET " + SCHEMAS)::equals).hasSize(2);
    assertThat(result.steps()).filteredOn(e -> e.status() != StepEvent.Status.WAITING).extracting(StepEvent::status)
        .containsOnly(StepEvent.Status.COMPLETED);
  }

  @Test
  void theListenerGetsOneEventAtATimeTheSourceSidesOnTheCallingThread() {
    AtomicInteger inListener = new AtomicInteger();
    List<Integer> overlaps = new ArrayList<>();
    List<StepEvent> events = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();

    p.tutorial().listener(event -> {
      overlaps.add(inListener.incrementAndGet());
      events.add(event);
      threads.add(Thread.currentThread());
      inListener.decrementAndGet();
    }).run();

    assertThat(overlaps).as("listener calls in progress at once").containsOnly(1);
    Thread caller = Thread.currentThread();
    for (int i = 0; i < events.size(); i++) {
      IngestionStep step = events.get(i).step();
      if (IngestionPlatform.TARGET_SIDE.contains(step)) {
        assertThat(threads.get(i)).as(step.label()).isNotSameAs(caller);
      } else {
        assertThat(threads.get(i)).as(step.label()).isSameAs(caller);
      }
    }
  }

  @Test
  void anErrorOnTheSourceSideLeavesTheRunOnlyOnceTheTargetSideCanStartNoStep() {
    // the executor runs nothing until the run has ended, so the target side has not started when the error is thrown
    List<Runnable> notStarted = new ArrayList<>();
    AssertionError listenersOwn = new AssertionError("the listener's own assertion");
    try (IngestionPlatform q = IngestionPlatform.start(platform -> { }, client -> client.asyncExecutor(notStarted::add))) {
      assertThatThrownBy(() -> q.tutorial().listener(event -> {
        if (event.step() == IngestionStep.BASE_CONNECTION && event.status() == StepEvent.Status.COMPLETED) {
          throw listenersOwn;
        }
      }).run()).isSameAs(listenersOwn);

      assertThat(notStarted).as("the target side was handed to the executor").isNotEmpty();
      while (!notStarted.isEmpty()) {
        notStarted.remove(0).run();
      }
      assertThat(q.createdKindCounts()).as("the base connection only: the target side never ran")
          .containsAllEntriesOf(Map.of("connections", 1, "schemas", 0, "dataSets", 0, "targetConnections", 0, "mappingSets", 0));
    }
  }

  @Test
  void aListenerThatThrowsAnErrorIsNotCalledAgainWhileTheOtherSideEndsItsStep() {
    // the base connection's answer waits for the target schema's create, whose answer is held until the listener
    // releases it, just before it throws: the target side then ends its step and reports it
    p.platform.inject(Fault.heldUntil("POST", SCHEMAS).on("POST", CONNECTIONS));
    LocalPlatform.InjectedFault targetSchema = p.platform.inject(Fault.heldUntil("POST", "/released/by/the/listener").on("POST", SCHEMAS));
    AssertionError listenersOwn = new AssertionError("the listener's own assertion");
    List<StepEvent> afterItThrew = new ArrayList<>();
    AtomicInteger thrown = new AtomicInteger();

    assertThatThrownBy(() -> p.tutorial().listener(event -> {
      if (thrown.get() > 0) {
        afterItThrew.add(event);
      } else if (event.step() == IngestionStep.BASE_CONNECTION && event.status() == StepEvent.Status.COMPLETED) {
        targetSchema.clear();
        thrown.incrementAndGet();
        throw listenersOwn;
      }
    }).run()).isSameAs(listenersOwn);

    assertThat(afterItThrew).as("listener calls after it threw").isEmpty();
    assertThat(p.createdKindCounts()).as("the target schema's create ended; no other step started")
        .containsAllEntriesOf(Map.of("connections", 1, "schemas", 1, "dataSets", 0, "mappingSets", 0));
  }

  @Test
  void anErrorOnTheTargetSideCarriesTheSourceSidesFailureAndEveryResource() {
    // the ad-hoc class's create (answered 500) waits for the dataset's, whose COMPLETED event the listener fails on
    assertTheListenersErrorCarries(IngestionStep.DATASET, IngestionStep.ADHOC_CLASS, CLASSES, 500,
        IngestionStep.BASE_CONNECTION, IngestionStep.TARGET_SCHEMA, IngestionStep.DATASET);
  }

  @Test
  void anErrorOnTheSourceSideCarriesTheTargetSidesFailureAndEveryResource() {
    // the ad-hoc class's answer waits for the dataset's create (answered 502); the listener fails on the class's COMPLETED event
    assertTheListenersErrorCarries(IngestionStep.ADHOC_CLASS, IngestionStep.DATASET, DATASETS, 502,
        IngestionStep.BASE_CONNECTION, IngestionStep.ADHOC_CLASS, IngestionStep.TARGET_SCHEMA);
  }

  /**
   * Runs the tutorial with the ad-hoc class's answer held until the target schema's create and the dataset's until the
   * class's, the creates under {@code failingPath} answered {@code status}, and a listener that throws an {@link
   * AssertionError} on {@code listenerFailsOn}'s {@code COMPLETED} event; asserts that this error is thrown carrying
   * the other side's failure of {@code failedStep} with the resources of both sides, {@code resources}.
   */
  private void assertTheListenersErrorCarries(IngestionStep listenerFailsOn, IngestionStep failedStep, String failingPath,
      int status, IngestionStep... resources) {
    p.platform.inject(Fault.heldUntil("POST", CLASSES).on("POST", SCHEMAS));
    p.platform.inject(Fault.heldUntil("POST", DATASETS).on("POST", CLASSES));
    p.platform.inject(Fault.serverError(status).untilCleared().on("POST", failingPath));
    AssertionError listenersOwn = new AssertionError("the listener's own assertion");

    Throwable e = catchThrowable(() -> p.tutorial().listener(event -> {
      if (event.step() == listenerFailsOn && event.status() == StepEvent.Status.COMPLETED) {
        throw listenersOwn;
      }
    }).run());

    assertThat(e).isSameAs(listenersOwn);
    assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(IngestionFailedException.class, other -> {
      assertThat(other.failedStep()).isEqualTo(failedStep);
      assertThat(((ServerErrorException) other.getCause()).status()).isEqualTo(status);
      assertThat(other.resources().ids()).as("those of both sides").containsOnlyKeys(resources);
    });
  }

  @Test
  void aPlanListsTheStepsInTheDocumentedOrder() {
    IngestionPlan plan = p.tutorial().plan();

    assertThat(plan.steps()).extracting(PlannedStep::step)
        .containsExactlyElementsOf(Arrays.asList(IngestionStep.values()).subList(0, IngestionStep.DATAFLOW.ordinal() + 1));
    assertThat(plan.steps()).filteredOn(s -> s.step() != IngestionStep.FLOW_SPEC).extracting(PlannedStep::action)
        .containsOnly(PlannedStep.Action.CREATE);
  }
}
