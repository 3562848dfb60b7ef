package io.github.aepsdk.localplatform;

import java.time.Clock;

/** Settings and shared services of one running platform, handed to every handler. */
final class Context {
  final Clock clock;
  final Ids ids;
  final String tenantId;
  final String imsOrgId;
  final String clientId;
  final boolean autoRun;
  /** How long a dataflow run takes, milliseconds of {@link #clock}. */
  final long runMillis;
  String baseUrl;

  Context(Clock clock, String tenantId, String imsOrgId, String clientId, boolean autoRun, long runMillis) {
    this.clock = clock;
    this.ids = new Ids(clock);
    this.tenantId = tenantId;
    this.imsOrgId = imsOrgId;
    this.clientId = clientId;
    this.autoRun = autoRun;
    this.runMillis = runMillis;
  }

  /** Epoch milliseconds now. */
  long now() {
    return clock.millis();
  }

  /** The tenant namespace all custom XDM fields sit under: {@code _<tenantId>}. */
  String tenantNamespace() {
    return "_" + tenantId;
  }
}
