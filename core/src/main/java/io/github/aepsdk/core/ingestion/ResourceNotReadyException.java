package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.error.AepException;
import java.time.Duration;
import java.util.Optional;

/**
 * A Flow Service connection or flow the ingestion created or found did not become {@code enabled}:
 * its {@code state} says it will not by itself ({@code disabled}, {@code disabling}, {@code draft}),
 * or it was still provisioning when the readiness timeout ran out ({@link
 * MarketingAutomationIngestion.Builder#waitUntilEnabled(Duration, Duration)}). It is the cause of
 * the {@link IngestionFailedException} of that step, whose {@link IngestionFailedException#resources()
 * resources} include this one: it exists.
 */
public class ResourceNotReadyException extends AepException {
  private static final long serialVersionUID = 1L;

  private final String resourceId;
  private final String state;
  private final boolean timedOut;
  private final Duration waited;

  /**
   * {@code GET <path>} answered {@code state} (null when the answer had none) after {@code waited};
   * {@code timedOut} tells whether the wait ran out, rather than the state ending it.
   */
  public ResourceNotReadyException(String path, String resourceId, String state, boolean timedOut, Duration waited) {
    super("GET " + path + " answers " + (state == null ? "no state" : "state '" + state + "'") + " after waiting "
        + waited + (timedOut
            ? ", the readiness timeout: AEP has not finished provisioning it"
            : ": it does not become enabled by itself") + ". It exists; it is not used until its state is 'enabled'.");
    this.resourceId = resourceId;
    this.state = state;
    this.timedOut = timedOut;
    this.waited = waited;
  }

  /** The id of the connection or flow. */
  public String resourceId() {
    return resourceId;
  }

  /** Its {@code state} as AEP last answered it, e.g. {@code "disabled"} or {@code "enabling"}; empty if none. */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** True if it was still provisioning when the timeout ran out; false if its state ended the wait. */
  public boolean timedOut() {
    return timedOut;
  }

  /** How long the ingestion waited, by the client's {@link io.github.aepsdk.core.AepClient#clock() clock}. */
  public Duration waited() {
    return waited;
  }
}
