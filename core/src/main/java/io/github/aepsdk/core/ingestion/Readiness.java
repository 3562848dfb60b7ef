package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepException;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.NamedFlowServiceResource;
import io.github.aepsdk.flowservice.ResourceState;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Waits until a Flow Service connection or flow is {@code enabled}: AEP provisions them
 * asynchronously, and Adobe's own deployment tool polls a new base connection and a new flow until
 * their {@code state} is {@code enabled} before using them (API-NOTES §10). Polls with the client's
 * {@link AepClient#sleeper() sleeper} and measures the timeout with its {@link AepClient#clock() clock}.
 */
final class Readiness {
  /** Documented states from which a resource does not become enabled by itself: stop polling. */
  private static final Set<ResourceState> WILL_NOT_ENABLE =
      EnumSet.of(ResourceState.DISABLED, ResourceState.DISABLING, ResourceState.DRAFT);

  /** The Flow Service collection and lookup of each step whose resource is a connection or a flow. */
  private static final Map<IngestionStep, Lookup> LOOKUPS = new EnumMap<>(IngestionStep.class);

  static {
    LOOKUPS.put(IngestionStep.BASE_CONNECTION, new Lookup("connections", FlowServiceApi::getConnection));
    LOOKUPS.put(IngestionStep.SOURCE_CONNECTION, new Lookup("sourceConnections", FlowServiceApi::getSourceConnection));
    LOOKUPS.put(IngestionStep.DATASET_BASE_CONNECTION, new Lookup("connections", FlowServiceApi::getConnection));
    LOOKUPS.put(IngestionStep.TARGET_CONNECTION, new Lookup("targetConnections", FlowServiceApi::getTargetConnection));
    LOOKUPS.put(IngestionStep.DATAFLOW, new Lookup("flows", FlowServiceApi::getFlow));
  }

  private static final class Lookup {
    final String collection;
    final BiFunction<FlowServiceApi, String, NamedFlowServiceResource> get;

    Lookup(String collection, BiFunction<FlowServiceApi, String, NamedFlowServiceResource> get) {
      this.collection = collection;
      this.get = get;
    }
  }

  private final AepClient aep;
  private final Duration interval;
  private final Duration timeout;

  Readiness(AepClient aep, Duration interval, Duration timeout) {
    this.aep = aep;
    this.interval = interval;
    this.timeout = timeout;
  }

  /** Whether {@code step}'s resource is provisioned asynchronously (a connection or a flow). */
  static boolean applies(IngestionStep step) {
    return LOOKUPS.containsKey(step);
  }

  /**
   * Reads {@code step}'s resource {@code id} ({@code GET /<collection>/{id}}) until its {@code state}
   * is {@code enabled}, every {@code interval} (the last wait shortened to end at the timeout).
   * {@code inProgress}, {@code updating}, {@code enabling}, a missing state or one this SDK does not
   * know count as still provisioning; {@code waiting} runs before each wait.
   *
   * @throws ResourceNotReadyException if the state is {@code disabled}, {@code disabling} or {@code
   *     draft}, or the resource is still provisioning when {@code timeout} has passed
   * @throws AepException if a read fails, or the thread is interrupted while waiting
   */
  void awaitEnabled(IngestionStep step, String id, Runnable waiting) {
    Lookup lookup = LOOKUPS.get(step);
    String path = "/" + lookup.collection + "/" + id;
    Instant start = aep.clock().instant();
    NamedFlowServiceResource resource = Poll.until(aep, timeout, interval, path + " to be enabled",
        () -> lookup.get.apply(aep.flowService(), id),
        r -> r.stateValue() == ResourceState.ENABLED || WILL_NOT_ENABLE.contains(r.stateValue()),
        r -> waiting.run());
    if (resource.stateValue() != ResourceState.ENABLED) {
      throw new ResourceNotReadyException(path, id, resource.state().orElse(null),
          !WILL_NOT_ENABLE.contains(resource.stateValue()), Duration.between(start, aep.clock().instant()));
    }
  }
}
