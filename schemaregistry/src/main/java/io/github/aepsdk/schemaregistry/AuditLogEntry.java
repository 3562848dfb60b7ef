package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One element of the answer of {@code GET /rpc/auditlog/{RESOURCE_ID}}: a committed update of a
 * resource (or of one it depends on), who made it, when, and its {@link #changes()}.
 *
 * <p>{@link #updatedTime()} is the registry's text timestamp ({@code MM-dd-yyyy HH:mm:ss}, for
 * example {@code 02-19-2021 05:43:56}), kept as read. The sandbox id is spelled {@code sandBoxId}
 * in the spec's example and the audit log guide but {@code sandboxId} in the spec's schema
 * (D-SR-17); {@link #sandboxId()} reads the documented {@code sandBoxId}, any other spelling stays
 * in {@link #additionalProperties()}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/audit-log.html">Schema Registry API: audit log</a>
 */
@Value.Immutable
public interface AuditLogEntry {

  /** The {@code $id} of the changed resource. */
  Optional<String> id();

  /** The user that made the update. */
  Optional<String> updatedUser();

  /** The IMS org that owns the resource. */
  Optional<String> imsOrg();

  /** When the update was committed, as the registry writes it ({@code MM-dd-yyyy HH:mm:ss}). */
  Optional<String> updatedTime();

  /** The id of the request that made the update. */
  Optional<String> requestId();

  /** The client (API key) that made the update. */
  Optional<String> clientId();

  /** The sandbox id ({@code sandBoxId}). */
  @Json(name = "sandBoxId")
  Optional<String> sandboxId();

  /** The changes of the update ({@code updates}). */
  @Json(name = "updates")
  List<AuditLogChange> changes();

  /** Members this model does not declare, kept as read. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableAuditLogEntry.Builder builder() {
    return ImmutableAuditLogEntry.builder();
  }
}
