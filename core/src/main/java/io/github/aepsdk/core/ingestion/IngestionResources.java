package io.github.aepsdk.core.ingestion;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * The ids of the resources an ingestion created or was given, step by step, and the etags Flow
 * Service returned for them. Held by {@link IngestionResult} and by {@link
 * IngestionFailedException}; give it to {@link MarketingAutomationIngestion.Builder#resume} to skip
 * the steps whose resource exists.
 */
@Value.Immutable
public interface IngestionResources {

  /** Resource id per step: Flow Service / Catalog / Data Prep ids, Schema Registry {@code $id}s. */
  Map<IngestionStep, String> ids();

  /** Flow Service etags (quotes included, as received) by resource id. */
  Map<String, String> etags();

  /** The id of {@code step}'s resource, if it exists. */
  default Optional<String> id(IngestionStep step) {
    return Optional.ofNullable(ids().get(step));
  }

  /** The id of {@code step}'s resource. @throws IllegalStateException if the step has none */
  default String require(IngestionStep step) {
    return id(step).orElseThrow(() -> new IllegalStateException("no resource for step '" + step.label() + "'"));
  }

  /** A copy with {@code step}'s resource id set. */
  default IngestionResources with(IngestionStep step, String id) {
    Map<IngestionStep, String> ids = new EnumMap<>(IngestionStep.class);
    ids.putAll(ids());
    ids.put(step, id);
    return ImmutableIngestionResources.builder().from(this).ids(ids).build();
  }

  /** A copy that also holds the Flow Service etag of resource {@code id}. */
  default IngestionResources withEtag(String id, String etag) {
    Map<String, String> etags = new java.util.LinkedHashMap<>(etags());
    etags.put(id, etag);
    return ImmutableIngestionResources.builder().from(this).etags(etags).build();
  }

  /** One line per existing resource, in step order, e.g. {@code "target dataset=5ed5…"}; "none" if empty. */
  default String describe() {
    StringJoiner joiner = new StringJoiner(", ").setEmptyValue("none");
    for (IngestionStep step : IngestionStep.values()) {
      id(step).ifPresent(id -> joiner.add(step.label() + "=" + id));
    }
    return joiner.toString();
  }

  /** No resources. */
  static IngestionResources none() {
    return ImmutableIngestionResources.builder().build();
  }

  /** A new builder, e.g. to name resources that exist already. */
  static ImmutableIngestionResources.Builder builder() {
    return ImmutableIngestionResources.builder();
  }
}
