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
 * <p>The spec and the audit log guide show two shapes (D-SR-17), both read here: the spec lists
 * the changes under {@code updates} with a text time {@code updatedTime} ({@code MM-dd-yyyy
 * HH:mm:ss}, for example {@code 02-19-2021 05:43:56}); the guide lists them under {@code
 * auditTrails} with {@code updated} in epoch <em>milliseconds</em>. Both spell the sandbox id
 * {@code sandBoxId} in their examples (the spec's schema says {@code sandboxId}, which stays in
 * {@link #additionalProperties()} if it ever arrives).
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

  /** When the update was committed, as the spec's shape writes it ({@code MM-dd-yyyy HH:mm:ss}). */
  Optional<String> updatedTime();

  /** When the update was committed, epoch milliseconds, as the guide's shape writes it ({@code updated}). */
  Optional<Long> updated();

  /** The id of the request that made the update (spec shape). */
  Optional<String> requestId();

  /** The client (API key) that made the update. */
  Optional<String> clientId();

  /** The sandbox id ({@code sandBoxId}). */
  @Json(name = "sandBoxId")
  Optional<String> sandboxId();

  /** The changes, in the spec's shape ({@code updates}); see {@link #changes()}. */
  List<AuditLogChange> updates();

  /** The changes, in the guide's shape ({@code auditTrails}); see {@link #changes()}. */
  List<AuditLogChange> auditTrails();

  /** Members this model does not declare, kept as read. */
  Map<String, Object> additionalProperties();

  /** The changes of the update, whichever shape carried them ({@link #updates()} or {@link #auditTrails()}). */
  default List<AuditLogChange> changes() {
    return updates().isEmpty() ? auditTrails() : updates();
  }

  /** A new builder. */
  static ImmutableAuditLogEntry.Builder builder() {
    return ImmutableAuditLogEntry.builder();
  }
}
