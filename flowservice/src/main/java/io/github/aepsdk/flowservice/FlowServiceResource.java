package io.github.aepsdk.flowservice;

import java.util.Optional;

/**
 * The members every Flow Service resource answer carries (base, source and target connections,
 * flows, runs): its id, who changed it when, where it lives, and its etag.
 */
public interface FlowServiceResource {

  /** The resource id. */
  String id();

  /** Creation time, epoch milliseconds. */
  Optional<Long> createdAt();

  /** Last update time, epoch milliseconds. */
  Optional<Long> updatedAt();

  /** Who created the resource. */
  Optional<String> createdBy();

  /** Who last updated the resource. */
  Optional<String> updatedBy();

  /** The client (API key) that created the resource. */
  Optional<String> createdClient();

  /** The client (API key) that last updated the resource. */
  Optional<String> updatedClient();

  /** The sandbox id. */
  Optional<String> sandboxId();

  /** The sandbox name. */
  Optional<String> sandboxName();

  /** The IMS org id. */
  Optional<String> imsOrgId();

  /** The etag, quotes included; the {@code If-Match} value of the next PATCH. */
  Optional<String> etag();
}
