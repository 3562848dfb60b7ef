package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Schema Registry resource as the lookup, create, update and full-list calls return it: a JSON
 * Schema document with XDM {@code meta:*} members. {@link Schema}, {@link XdmClass} and {@link
 * FieldGroup} extend it with the members of their kind; this type itself reads any other resource
 * (data types, unions, behaviors) and the elements of an export/import payload.
 *
 * <p>Open-ended: every member not declared here is kept in {@link #additionalProperties()} and
 * written back unchanged, so reading and re-sending a resource loses nothing. {@link #definitions()}
 * and {@link #properties()} are free-form JSON ({@code Map}, {@code List}, {@code String}, {@code
 * Boolean}, {@code Long}/{@code BigDecimal}).
 *
 * <p>Which members are present depends on the {@code Accept} media type of the lookup ({@link
 * XedMediaType}): the raw form keeps {@link #allOf()} references, the {@code -full} forms resolve
 * them into {@link #properties()}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html">Schema Registry API: schemas</a>
 */
@Value.Immutable
public interface XdmResource {

  /** The URI id ({@code $id}), for example {@code https://ns.adobe.com/{TENANT_ID}/schemas/…}; assigned by the registry. */
  @Json(name = "$id")
  Optional<String> id();

  /** The dot-form alternate id ({@code meta:altId}), for example {@code _{TENANT_ID}.schemas.…}. */
  @Json(name = "meta:altId")
  Optional<String> altId();

  /** The kind of resource ({@code meta:resourceType}): {@code schemas}, {@code classes}, {@code mixins}, … See {@link #resourceTypeValue()}. */
  @Json(name = "meta:resourceType")
  Optional<String> resourceType();

  /** The resource version, a string such as {@code "1.0"} or {@code "1.27.4"}. */
  Optional<String> version();

  /** The title; unique across the sandbox's resources. */
  Optional<String> title();

  /** The JSON Schema type, {@code object} for every resource. */
  Optional<String> type();

  /** The description. */
  Optional<String> description();

  /** Named field definitions referenced from {@link #allOf()} as {@code #/definitions/<name>} (free-form). */
  Map<String, Object> definitions();

  /** Fields: in raw lookups only inline fields, in {@code -full} lookups every field, resolved (free-form). */
  Map<String, Object> properties();

  /** The class, field groups, behaviors and inline fragments this resource is composed of. */
  @Json(name = "allOf")
  List<AllOfEntry> allOf();

  /** The {@code $id}s of the resources this one references. */
  List<String> refs();

  /** The IMS org that owns the resource. */
  Optional<String> imsOrg();

  /** Whether other resources may extend this one ({@code meta:extensible}). */
  @Json(name = "meta:extensible")
  Optional<Boolean> metaExtensible();

  /** Whether the resource is abstract ({@code meta:abstract}); schemas are not, classes and field groups are. */
  @Json(name = "meta:abstract")
  Optional<Boolean> metaAbstract();

  /** The {@code $id}s of every resource this one extends, directly or transitively ({@code meta:extends}). */
  @Json(name = "meta:extends")
  List<String> metaExtends();

  /** The XDM type ({@code meta:xdmType}), {@code object} for resources. */
  @Json(name = "meta:xdmType")
  Optional<String> xdmType();

  /** Lifecycle status of a standard resource ({@code meta:status}), for example {@code stable}. */
  @Json(name = "meta:status")
  Optional<String> status();

  /** The JSON Schema dialect ({@code $schema}) of standard resources. */
  @Json(name = "$schema")
  Optional<String> jsonSchema();

  /** Registry bookkeeping: times, clients, users, entity tag. */
  @Json(name = "meta:registryMetadata")
  Optional<RegistryMetadata> registryMetadata();

  /** The container holding the resource ({@code meta:containerId}): {@code tenant} or {@code global}. */
  @Json(name = "meta:containerId")
  Optional<String> containerId();

  /** The sandbox id ({@code meta:sandboxId}). */
  @Json(name = "meta:sandboxId")
  Optional<String> sandboxId();

  /** The sandbox type ({@code meta:sandboxType}), for example {@code production}. */
  @Json(name = "meta:sandboxType")
  Optional<String> sandboxType();

  /** The tenant namespace ({@code meta:tenantNamespace}), {@code _{TENANT_ID}}: custom fields must sit under this key. */
  @Json(name = "meta:tenantNamespace")
  Optional<String> tenantNamespace();

  /**
   * The dataset namespace ({@code meta:datasetNamespace}) of ad-hoc classes and schemas: the
   * {@code _<guid>} key the registry gave the ad-hoc field object (requested as {@code _adhoc}).
   */
  @Json(name = "meta:datasetNamespace")
  Optional<String> datasetNamespace();

  /** Members this model does not declare, kept as read (free-form JSON values). */
  Map<String, Object> additionalProperties();

  /** {@link #resourceType()} as an enum; {@link XdmResourceType#UNKNOWN} when absent or unknown. */
  default XdmResourceType resourceTypeValue() {
    return XdmResourceType.fromValue(resourceType().orElse(null));
  }

  /**
   * The {@code $id}s referenced by {@link #allOf()} entries, in order (inline entries skipped).
   */
  default List<String> allOfRefs() {
    List<String> refs = new ArrayList<>();
    for (AllOfEntry entry : allOf()) {
      entry.ref().ifPresent(refs::add);
    }
    return Collections.unmodifiableList(refs);
  }

  /**
   * The dot-separated paths of the leaf fields under {@link #properties()}, depth first, for
   * example {@code _6395cbd58812a6d64c4e5344f7b9120f.field1}. A field with nested {@code
   * properties} is descended into, any other field is a leaf (arrays included). This is the path
   * form Data Prep mappings use as {@code destination}; it is complete only for a resource read
   * with a {@code -full} {@link XedMediaType} (raw lookups keep inherited fields as references).
   */
  default List<String> fieldPaths() {
    return List.copyOf(fieldDefinitions().keySet());
  }

  /**
   * The leaf fields of {@link #fieldPaths()} with their JSON Schema definitions ({@code type},
   * {@code format}, {@code meta:xdmType}, …), in the same order.
   */
  default Map<String, Map<?, ?>> fieldDefinitions() {
    Map<String, Map<?, ?>> fields = new LinkedHashMap<>();
    collectFields("", properties(), fields);
    return Collections.unmodifiableMap(fields);
  }

  private static void collectFields(String prefix, Map<?, ?> properties, Map<String, Map<?, ?>> out) {
    for (Map.Entry<?, ?> field : properties.entrySet()) {
      String path = prefix + field.getKey();
      Map<?, ?> definition = field.getValue() instanceof Map ? (Map<?, ?>) field.getValue() : Map.of();
      Object nested = definition.get("properties");
      if (nested instanceof Map && !((Map<?, ?>) nested).isEmpty()) {
        collectFields(path + ".", (Map<?, ?>) nested, out);
      } else {
        out.put(path, definition);
      }
    }
  }

  /** A new builder. */
  static ImmutableXdmResource.Builder builder() {
    return ImmutableXdmResource.builder();
  }
}
