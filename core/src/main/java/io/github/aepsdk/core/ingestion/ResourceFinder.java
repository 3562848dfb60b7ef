package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.NamedFlowServiceResource;
import io.github.aepsdk.flowservice.PropertyFilter;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.XdmClass;
import io.github.aepsdk.schemaregistry.XdmResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the resources an ingestion made by their identity, the name or title derived from the
 * ingestion's name: Flow Service connections, source and target connections and flows by {@code
 * property=name=="…"}, Schema Registry tenant classes and schemas by {@code property=title==…},
 * Catalog datasets by {@code name=…}, Data Prep mapping sets by {@code name=…}. Every page is read
 * and the match is exact. Flow Service names are quoted ({@link PropertyFilter}), so any character
 * but the comma goes into the filter. Where a name holds a character the filter syntax gives a
 * meaning and no escape ({@code ,} separates values; for Schema Registry titles also {@code "};
 * Catalog's {@code *} and leading {@code !}), the list is read unfiltered and matched here, so a
 * name never changes what a filter means.
 *
 * <p>Each method answers every resource with that identity: none, one, or (made by earlier runs of
 * an older tool) several.
 */
final class ResourceFinder {
  private static final int CATALOG_PAGE = 100;
  private static final int DATA_PREP_PAGE = 100;

  private final AepClient aep;

  ResourceFinder(AepClient aep) {
    this.aep = aep;
  }

  /** Base connections named {@code name} ({@code GET /connections?property=name=="<name>"}). */
  List<Connection> connections(String name) {
    return exact(aep.flowService().listConnections(flowFilter(name), null, null, null, null).autoPager()
        .stream(), c -> c.name().orElse(null), name);
  }

  /** Source connections named {@code name}. */
  List<SourceConnection> sourceConnections(String name) {
    return exact(aep.flowService().listSourceConnections(flowFilter(name), null, null, null, null).autoPager()
        .stream(), c -> c.name().orElse(null), name);
  }

  /** Target connections named {@code name}. */
  List<TargetConnection> targetConnections(String name) {
    return exact(aep.flowService().listTargetConnections(flowFilter(name), null, null, null, null).autoPager()
        .stream(), c -> c.name().orElse(null), name);
  }

  /** Dataflows named {@code name}. */
  List<Flow> flows(String name) {
    return exact(aep.flowService().listFlows(flowFilter(name), null, null, null, null).autoPager()
        .stream(), f -> f.name().orElse(null), name);
  }

  /** Tenant classes titled {@code title} ({@code GET /tenant/classes?property=title==<title>}, full resources). */
  List<XdmClass> classes(String title) {
    return exact(aep.schemaRegistry()
        .listClassesDetailed(Container.TENANT, "title", null, null, registryFilter(title)).autoPager().stream(),
        c -> c.title().orElse(null), title);
  }

  /** Tenant schemas titled {@code title}. */
  List<Schema> schemas(String title) {
    return exact(aep.schemaRegistry()
        .listSchemasDetailed(Container.TENANT, "title", null, null, registryFilter(title)).autoPager().stream(),
        s -> s.title().orElse(null), title);
  }

  /** Datasets named {@code name} ({@code GET /dataSets?name=<name>}), with their ids. */
  List<CatalogEntry<DataSet>> dataSets(String name) {
    boolean filterable = name.indexOf(',') < 0 && name.indexOf('*') < 0 && !name.startsWith("!");
    CatalogQuery query = filterable ? CatalogQuery.builder().putFilters("name", name).build() : CatalogQuery.none();
    return exact(aep.catalog().listDataSets(query.page(0, CATALOG_PAGE)).autoPager()
        .stream(), e -> e.value().name().orElse(null), name);
  }

  /** Mapping sets named {@code name} ({@code GET /mappingSets?name=<name>}). */
  List<MappingSet> mappingSets(String name) {
    return exact(aep.conversion()
        .listMappingSets(DATA_PREP_PAGE, 0, name, null, null).autoPager().stream(), m -> m.name().orElse(null), name);
  }

  /**
   * The resources of {@code step}'s kind that carry {@code identity}, as the look-up above for that
   * kind answers them: {@link Flow}s, {@link TargetConnection}s, {@link SourceConnection}s, {@link
   * Connection}s (base and dataset base connection), {@link CatalogEntry CatalogEntry&lt;DataSet&gt;},
   * {@link Schema}s (ad-hoc and target schema), {@link XdmClass}es, {@link MappingSet}s.
   *
   * @throws IllegalArgumentException for a step that makes no resource of its own (flow spec
   *     lookup, first run)
   */
  List<?> named(IngestionStep step, String identity) {
    switch (step) {
      case DATAFLOW:
        return flows(identity);
      case TARGET_CONNECTION:
        return targetConnections(identity);
      case SOURCE_CONNECTION:
        return sourceConnections(identity);
      case BASE_CONNECTION:
      case DATASET_BASE_CONNECTION:
        return connections(identity);
      case DATASET:
        return dataSets(identity);
      case TARGET_SCHEMA:
      case ADHOC_SCHEMA:
        return schemas(identity);
      case ADHOC_CLASS:
        return classes(identity);
      case MAPPING_SET:
        return mappingSets(identity);
      default:
        throw new IllegalArgumentException("step '" + step.label() + "' makes no resource of its own");
    }
  }

  /**
   * The resources of {@code step} that carry {@code identity} (the look-up above for the step's kind
   * of resource), by id in listing order, each with its Flow Service etag (none for the other
   * services).
   *
   * @throws IllegalArgumentException for a step that makes no resource of its own (flow spec
   *     lookup, first run)
   */
  Map<String, Optional<String>> byIdentity(IngestionStep step, String identity) {
    Map<String, Optional<String>> byId = new LinkedHashMap<>();
    for (Object resource : named(step, identity)) {
      if (resource instanceof NamedFlowServiceResource) {
        NamedFlowServiceResource r = (NamedFlowServiceResource) resource;
        byId.put(r.id(), r.etag());
      } else if (resource instanceof CatalogEntry) {
        byId.put(((CatalogEntry<?>) resource).id(), Optional.empty());
      } else if (resource instanceof XdmResource) {
        ((XdmResource) resource).id().ifPresent(id -> byId.put(id, Optional.empty()));
      } else {
        ((MappingSet) resource).id().ifPresent(id -> byId.put(id, Optional.empty()));
      }
    }
    return byId;
  }

  /** {@code name=="<name>"}, or no filter when the name holds a comma ({@link PropertyFilter}). */
  private static List<String> flowFilter(String name) {
    return PropertyFilter.canExpress(name) ? List.of(PropertyFilter.equalTo("name", name)) : null;
  }

  /** {@code title==<title>}, or no filter when the title holds a quote or a comma. */
  private static List<String> registryFilter(String title) {
    return title.indexOf('"') < 0 && title.indexOf(',') < 0 ? List.of("title==" + title) : null;
  }

  private static <T> List<T> exact(Stream<T> candidates, Function<T, String> identity, String wanted) {
    return candidates.filter(c -> wanted.equals(identity.apply(c))).collect(Collectors.toList());
  }
}
