package io.github.aepsdk.schemaregistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@code GET /stats}: the org's tenant id (the {@code _{TENANT_ID}} namespace custom
 * fields sit under) and its use of the Schema Registry: resource counts, recently created and
 * updated resources, and which schemas implement each class.
 *
 * <p>The spec (statsResponse) and the getting-started guide disagree on {@code classUsage}: the
 * spec gives an array of {@code {"$id", "title", "numberOfSchemas", "schemas": […]}}, the guide an
 * object mapping each class {@code $id} to its schemas (D-SR-16). The member is kept as read in
 * {@link #additionalProperties()}; {@link #classUsage()} reads either form.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/getting-started.html#know-your-tenant_id">Know your TENANT_ID</a>
 */
@Value.Immutable
public interface RegistryStats {

  /** The IMS org the stats apply to. */
  Optional<String> imsOrg();

  /** The org's tenant id, without the leading underscore, for example {@code acme}. */
  Optional<String> tenantId();

  /** How many tenant resources of each kind exist. */
  Optional<ResourceCounts> counts();

  /** Recently created resources ({@code title}, {@code meta:resourceType}, {@code version}, {@code meta:created}, …). */
  List<XdmResource> recentlyCreatedResources();

  /** Recently updated resources ({@code title}, {@code meta:resourceType}, {@code version}, {@code meta:updated}, …). */
  List<XdmResource> recentlyUpdatedResources();

  /** Members this model does not declare, {@code classUsage} among them, kept as read. */
  Map<String, Object> additionalProperties();

  /**
   * The schemas implementing each class, read from {@code classUsage} in the spec's array form or
   * the guide's object form (class {@code $id} to schemas); empty when absent.
   */
  default List<ClassUsage> classUsage() {
    Object raw = additionalProperties().get("classUsage");
    List<ClassUsage> usages = new ArrayList<>();
    if (raw instanceof List) {
      for (Object item : (List<?>) raw) {
        if (item instanceof Map && ((Map<?, ?>) item).get("$id") instanceof String) {
          Map<?, ?> usage = (Map<?, ?>) item;
          Object count = usage.get("numberOfSchemas");
          usages.add(ClassUsage.builder()
              .classId((String) usage.get("$id"))
              .title(usage.get("title") instanceof String ? (String) usage.get("title") : null)
              .numberOfSchemas(count instanceof Number ? ((Number) count).longValue() : null)
              .schemas(schemaReferences(usage.get("schemas")))
              .build());
        }
      }
    } else if (raw instanceof Map) {
      for (Map.Entry<?, ?> usage : ((Map<?, ?>) raw).entrySet()) {
        usages.add(ClassUsage.builder()
            .classId(String.valueOf(usage.getKey()))
            .schemas(schemaReferences(usage.getValue()))
            .build());
      }
    }
    return Collections.unmodifiableList(usages);
  }

  private static List<XdmResource> schemaReferences(Object schemas) {
    List<XdmResource> references = new ArrayList<>();
    if (schemas instanceof List) {
      for (Object item : (List<?>) schemas) {
        if (item instanceof Map) {
          Map<?, ?> schema = (Map<?, ?>) item;
          references.add(XdmResource.builder()
              .id(text(schema, "$id"))
              .altId(text(schema, "meta:altId"))
              .title(text(schema, "title"))
              .description(text(schema, "description"))
              .build());
        }
      }
    }
    return references;
  }

  private static String text(Map<?, ?> map, String member) {
    return map.get(member) instanceof String ? (String) map.get(member) : null;
  }

  /** A new builder. */
  static ImmutableRegistryStats.Builder builder() {
    return ImmutableRegistryStats.builder();
  }
}
