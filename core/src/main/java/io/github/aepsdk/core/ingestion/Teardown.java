package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.catalog.SchemaRef;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepException;
import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.error.ServerErrorException;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.ConnectionData;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.NamedFlowServiceResource;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.flowservice.TargetConnectionParams;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.schemaregistry.XdmClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Removes what an ingestion made, as Adobe documents a teardown (API-NOTES §10, "Teardown order"):
 * inspect with reads only, refuse if anything is still used elsewhere, delete in dependency order,
 * then check that what was deleted is gone. {@link #run()} is the entry point.
 *
 * <p><b>What it deletes.</b> The resources that carry the ingestion's identities ({@code "<name>:
 * <step label>"}, see {@link IngestionStep#identity(String)}), found with {@link ResourceFinder}:
 * Flow Service {@code GET /flows}, {@code /targetConnections}, {@code /sourceConnections}, {@code
 * /connections} with {@code property=name=="<identity>"}; Catalog {@code GET /dataSets?name=};
 * Schema Registry {@code GET /tenant/schemas} and {@code /tenant/classes} with {@code
 * property=title==}; Data Prep {@code GET /mappingSets?name=}. Ids given in {@link
 * IngestionResources} are cross-checked: one not found by identity is read by id ({@code GET
 * /…/{id}}) and deleted only if it carries the step's identity; one with another name (the base
 * connection a user gave the builder, for example) is kept, and one that no longer exists is
 * reported already gone. The base connection of the ingestion's source connection is kept unless it
 * is named {@code "<name>: base connection"}. Only the tenant container is searched, so classes and
 * field groups of the global container (the target schema's XDM Individual Profile class and its
 * field groups) are never touched. Mapping sets are kept: Data Prep's API ({@code data-prep.yaml})
 * has no {@code DELETE}. The flow spec is Adobe's and runs belong to their flow; neither is deleted.
 *
 * <p><b>Refusal before any delete.</b> As Adobe's deployment tool does, it first reads what uses
 * the ingestion's resources: {@code GET /flows}, {@code /sourceConnections}, {@code
 * /targetConnections} (Flow Service), {@code GET /dataSets} (Catalog) and {@code GET
 * /tenant/schemas} (full, Schema Registry), every page. If a resource the ingestion did not create
 * uses one it would delete (another flow using its source or target connection, another source or
 * target connection on its base connection, another target connection or flow writing to its
 * dataset, another dataset or connection on its schema, another schema on its ad-hoc class), it
 * throws {@link TeardownRefusedException} naming the users, and deletes nothing.
 *
 * <p><b>Order.</b> {@code DELETE /flows/{id}}, {@code DELETE /targetConnections/{id}}, {@code DELETE
 * /sourceConnections/{id}}, {@code DELETE /connections/{id}} (the dataset base connection, then the
 * source base connection when the ingestion created it), Catalog {@code DELETE /dataSets/{id}},
 * Schema Registry {@code DELETE /tenant/schemas/{id}} (target schema, then ad-hoc schema) and
 * {@code DELETE /tenant/classes/{id}} (the ad-hoc class): each resource before what it depends on,
 * so AEP's own refusals (Flow Service {@code 1418-400} "Connection … is used by flow(s) […]") do not
 * occur.
 *
 * <p><b>Errors and faults.</b> A 404 on a {@code DELETE} (Catalog: an empty array) means already
 * gone. 429 and 5xx answers and transport failures are retried by the client's retry policy ({@code
 * DELETE} and {@code GET} are idempotent). When a {@code DELETE}'s outcome stays unknown (a timeout or
 * dropped connection after the request was sent, a 5xx after the retries) the resource is read by
 * id: gone means deleted, present means the failure is thrown. Any other failure is thrown as is
 * ({@code AepServiceException}, {@code AepIoException}). Since every look-up goes by the ingestion's
 * identities, a teardown interrupted anywhere can simply be run again: it finds what is left and
 * finishes the job.
 *
 * <p><b>Verification.</b> After the deletes each deleted resource is read by id ({@code GET}); one
 * still found is reported in {@link TeardownReport#stillPresent()} (AEP may delete asynchronously;
 * run the teardown again).
 */
final class Teardown {
  /** Each resource before what it depends on (API-NOTES §10). */
  static final List<IngestionStep> ORDER = List.of(IngestionStep.DATAFLOW, IngestionStep.TARGET_CONNECTION,
      IngestionStep.SOURCE_CONNECTION, IngestionStep.DATASET_BASE_CONNECTION, IngestionStep.BASE_CONNECTION,
      IngestionStep.DATASET, IngestionStep.TARGET_SCHEMA, IngestionStep.ADHOC_SCHEMA, IngestionStep.ADHOC_CLASS);
  private static final String NO_MAPPING_SET_DELETE = "Data Prep's API has no DELETE for mapping sets";

  private final AepClient aep;
  private final String name;
  private final IngestionResources given;
  private final ResourceFinder finder;

  /** The teardown of ingestion {@code name}, cross-checked with the ids of {@code given} (from a result or a failure). */
  Teardown(AepClient aep, String name, IngestionResources given) {
    if (aep == null || name == null || name.isBlank() || given == null) {
      throw new IllegalArgumentException("a client, the ingestion's name and its resources (or none) are required");
    }
    this.aep = aep;
    this.name = name;
    this.given = given;
    this.finder = new ResourceFinder(aep);
  }

  /**
   * Inspects, refuses or deletes, and verifies, as the class describes.
   *
   * @return what was deleted, already gone, kept, and still present after the deletes
   * @throws TeardownRefusedException if a resource the ingestion did not create uses one it would
   *     delete; nothing was deleted
   * @throws io.github.aepsdk.core.error.AepException a failed call (the teardown can be run again)
   */
  TeardownReport run() {
    Listings all = new Listings();
    Inventory inventory = inspect(all);
    Map<TeardownItem, List<String>> users = usersElsewhere(inventory.doomed, all);
    if (!users.isEmpty()) {
      List<TeardownItem> existing = new ArrayList<>(inventory.doomed);
      existing.addAll(inventory.kept);
      throw new TeardownRefusedException(name, users, existing);
    }
    ImmutableTeardownReport.Builder report = TeardownReport.builder().ingestionName(name)
        .addAllAlreadyGone(inventory.gone).addAllKept(inventory.kept);
    List<TeardownItem> deleted = new ArrayList<>();
    for (TeardownItem item : inventory.doomed) {
      if (delete(item)) {
        deleted.add(item);
      } else {
        report.addAlreadyGone(item);
      }
    }
    return report.addAllDeleted(deleted)
        .addAllStillPresent(deleted.stream().filter(this::exists).collect(Collectors.toList()))
        .build();
  }

  /** The ingestion's resources, sorted into what to delete, what is gone and what to keep (reads only). */
  private static final class Inventory {
    final List<TeardownItem> doomed = new ArrayList<>();
    final List<TeardownItem> gone = new ArrayList<>();
    final List<TeardownItem> kept = new ArrayList<>();

    boolean mentions(String id) {
      return Stream.of(doomed, gone, kept).flatMap(List::stream).anyMatch(item -> item.id().equals(id));
    }
  }

  private Inventory inspect(Listings all) {
    Inventory inventory = new Inventory();
    for (IngestionStep step : ORDER) {
      Set<String> ids = new LinkedHashSet<>(findByIdentity(step));
      Optional<String> givenId = given.id(step).filter(id -> !ids.contains(id));
      if (givenId.isPresent()) {
        String id = givenId.get();
        Optional<String> current = currentName(step, id);
        if (current.isEmpty()) {
          inventory.gone.add(TeardownItem.of(step, id));
        } else if (current.get().equals(step.identity(name))) {
          ids.add(id);
        } else {
          inventory.kept.add(TeardownItem.kept(step, id, notCreated(step, "named '" + current.get() + "'")));
        }
      }
      ids.forEach(id -> inventory.doomed.add(TeardownItem.of(step, id)));
    }
    Set<String> sources = ids(inventory.doomed, IngestionStep.SOURCE_CONNECTION);
    if (!sources.isEmpty()) {
      all.sourceConnections().stream().filter(s -> sources.contains(s.id()))
          .flatMap(s -> s.baseConnectionId().stream())
          .filter(base -> !inventory.mentions(base))
          .distinct()
          .forEach(base -> inventory.kept.add(TeardownItem.kept(IngestionStep.BASE_CONNECTION, base,
              notCreated(IngestionStep.BASE_CONNECTION, "the source connection's base connection, given"))));
    }
    Set<String> mappingSets = new LinkedHashSet<>(findByIdentity(IngestionStep.MAPPING_SET));
    given.id(IngestionStep.MAPPING_SET).ifPresent(mappingSets::add);
    mappingSets.forEach(id -> inventory.kept.add(TeardownItem.kept(IngestionStep.MAPPING_SET, id, NO_MAPPING_SET_DELETE)));
    return inventory;
  }

  private String notCreated(IngestionStep step, String what) {
    return what + ", not '" + step.identity(name) + "': not created by the ingestion";
  }

  /** The ids of the resources named or titled with {@code step}'s identity. */
  private List<String> findByIdentity(IngestionStep step) {
    return new ArrayList<>(finder.byIdentity(step, step.identity(name)).keySet());
  }

  // ---- users elsewhere ------------------------------------------------------------------------

  /** What the ingestion did not create that uses a resource it would delete: users by resource. */
  private Map<TeardownItem, List<String>> usersElsewhere(List<TeardownItem> doomed, Listings all) {
    Set<String> ours = doomed.stream().map(TeardownItem::id).collect(Collectors.toSet());
    Map<TeardownItem, List<String>> users = new LinkedHashMap<>();
    for (TeardownItem item : doomed) {
      String id = item.id();
      List<String> by = new ArrayList<>();
      switch (item.step()) {
        case SOURCE_CONNECTION:
          all.flows().stream().filter(f -> !ours.contains(f.id()) && f.sourceConnectionIds().contains(id))
              .forEach(f -> by.add(describe("flow", f)));
          break;
        case TARGET_CONNECTION:
          all.flows().stream().filter(f -> !ours.contains(f.id()) && f.targetConnectionIds().contains(id))
              .forEach(f -> by.add(describe("flow", f)));
          break;
        case BASE_CONNECTION:
        case DATASET_BASE_CONNECTION:
          all.sourceConnections().stream().filter(s -> !ours.contains(s.id()) && s.baseConnectionId().filter(id::equals).isPresent())
              .forEach(s -> by.add(describe("source connection", s)));
          all.targetConnections().stream().filter(t -> !ours.contains(t.id()) && t.baseConnectionId().filter(id::equals).isPresent())
              .forEach(t -> by.add(describe("target connection", t)));
          break;
        case DATASET: {
          List<TargetConnection> writers = all.targetConnections().stream().filter(t -> !ours.contains(t.id())
              && t.params().flatMap(TargetConnectionParams::dataSetId).filter(id::equals).isPresent())
              .collect(Collectors.toList());
          Set<String> writerIds = writers.stream().map(TargetConnection::id).collect(Collectors.toSet());
          all.flows().stream().filter(f -> !ours.contains(f.id()) && f.targetConnectionIds().stream().anyMatch(writerIds::contains))
              .forEach(f -> by.add(describe("flow", f)));
          writers.forEach(t -> by.add(describe("target connection", t)));
          break;
        }
        case TARGET_SCHEMA:
        case ADHOC_SCHEMA:
          all.dataSets().stream().filter(e -> !ours.contains(e.id())
              && e.value().schemaRef().map(SchemaRef::id).filter(id::equals).isPresent())
              .forEach(e -> by.add("dataset " + e.id() + e.value().name().map(n -> " '" + n + "'").orElse("")));
          Stream.concat(
                  all.sourceConnections().stream().filter(s -> !ours.contains(s.id()) && usesSchema(s.data(), id))
                      .map(s -> describe("source connection", s)),
                  all.targetConnections().stream().filter(t -> !ours.contains(t.id()) && usesSchema(t.data(), id))
                      .map(t -> describe("target connection", t)))
              .forEach(by::add);
          break;
        case ADHOC_CLASS:
          all.schemas().stream().filter(s -> s.id().filter(ours::contains).isEmpty() && s.classId().filter(id::equals).isPresent())
              .forEach(s -> by.add("schema " + s.id().orElse("") + s.title().map(t -> " '" + t + "'").orElse("")));
          break;
        default:
          break;
      }
      if (!by.isEmpty()) {
        users.put(item, by);
      }
    }
    return users;
  }

  private static boolean usesSchema(Optional<ConnectionData> data, String schemaId) {
    return data.flatMap(ConnectionData::schema).map(io.github.aepsdk.flowservice.SchemaRef::id).filter(schemaId::equals).isPresent();
  }

  private static String describe(String kind, NamedFlowServiceResource r) {
    return kind + " " + r.id() + r.name().map(n -> " '" + n + "'").orElse("");
  }

  /** The sandbox's flows, connections, datasets and tenant schemas, each listed (every page) once, when first needed. */
  private final class Listings {
    private List<Flow> flows;
    private List<SourceConnection> sourceConnections;
    private List<TargetConnection> targetConnections;
    private List<CatalogEntry<DataSet>> dataSets;
    private List<Schema> schemas;

    List<Flow> flows() {
      if (flows == null) {
        flows = all(flowService().listFlows().autoPager().stream());
      }
      return flows;
    }

    List<SourceConnection> sourceConnections() {
      if (sourceConnections == null) {
        sourceConnections = all(flowService().listSourceConnections().autoPager().stream());
      }
      return sourceConnections;
    }

    List<TargetConnection> targetConnections() {
      if (targetConnections == null) {
        targetConnections = all(flowService().listTargetConnections().autoPager().stream());
      }
      return targetConnections;
    }

    List<CatalogEntry<DataSet>> dataSets() {
      if (dataSets == null) {
        dataSets = all(aep.catalog().listDataSets(CatalogQuery.none().page(0, CatalogQuery.MAX_LIMIT)).autoPager().stream());
      }
      return dataSets;
    }

    List<Schema> schemas() {
      if (schemas == null) {
        schemas = all(schemaRegistry().listSchemasDetailed(Container.TENANT, "title", null, null, null).autoPager().stream());
      }
      return schemas;
    }

    private <T> List<T> all(Stream<T> items) {
      return items.collect(Collectors.toList());
    }
  }

  // ---- delete and read by id ----------------------------------------------------------------------

  /**
   * Deletes {@code item}'s resource; true if this call deleted it, false if it was already gone. An
   * unknown outcome is settled by reading the resource: gone means deleted.
   */
  private boolean delete(TeardownItem item) {
    try {
      return send(item);
    } catch (NotFoundException alreadyGone) {
      return false;
    } catch (AepIoException failure) {
      if (!failure.mayHaveReachedServer()) {
        throw failure;
      }
      return goneAfter(item, failure);
    } catch (ServerErrorException failure) {
      return goneAfter(item, failure);
    }
  }

  /** After a {@code DELETE} whose outcome is unknown: true if the resource is gone, else the failure is thrown. */
  private boolean goneAfter(TeardownItem item, AepException failure) {
    boolean present;
    try {
      present = exists(item);
    } catch (RuntimeException readFailed) {
      failure.addSuppressed(readFailed);
      throw failure;
    }
    if (present) {
      throw failure;
    }
    return true;
  }

  /** The {@code DELETE} of {@code item}'s resource; false when Catalog answers that the dataset does not exist. */
  private boolean send(TeardownItem item) {
    String id = item.id();
    switch (item.step()) {
      case DATAFLOW:
        flowService().deleteFlow(id);
        return true;
      case TARGET_CONNECTION:
        flowService().deleteTargetConnection(id);
        return true;
      case SOURCE_CONNECTION:
        flowService().deleteSourceConnection(id);
        return true;
      case BASE_CONNECTION:
      case DATASET_BASE_CONNECTION:
        flowService().deleteConnection(id);
        return true;
      case DATASET:
        return aep.catalog().deleteDataSet(id);
      case TARGET_SCHEMA:
      case ADHOC_SCHEMA:
        schemaRegistry().deleteSchema(id);
        return true;
      case ADHOC_CLASS:
        schemaRegistry().deleteClass(id);
        return true;
      default:
        throw new IllegalArgumentException("no resource of the ingestion is deleted at step " + item.step());
    }
  }

  private boolean exists(TeardownItem item) {
    return currentName(item.step(), item.id()).isPresent();
  }

  /**
   * The name (Flow Service, Catalog) or title (Schema Registry) of {@code step}'s resource {@code
   * id}, read by id ({@code GET /…/{id}}); empty if it does not exist, {@code ""} if it has none.
   */
  private Optional<String> currentName(IngestionStep step, String id) {
    try {
      switch (step) {
        case DATAFLOW:
          return named(flowService().getFlow(id), Flow::name);
        case TARGET_CONNECTION:
          return named(flowService().getTargetConnection(id), TargetConnection::name);
        case SOURCE_CONNECTION:
          return named(flowService().getSourceConnection(id), SourceConnection::name);
        case BASE_CONNECTION:
        case DATASET_BASE_CONNECTION:
          return named(flowService().getConnection(id), Connection::name);
        case DATASET:
          return Optional.ofNullable(aep.catalog().getDataSetMap(id, null).get(id)).map(d -> d.name().orElse(""));
        case TARGET_SCHEMA:
        case ADHOC_SCHEMA:
          return named(schemaRegistry().getSchema(Container.TENANT, id), Schema::title);
        case ADHOC_CLASS:
          return named(schemaRegistry().getXdmClass(Container.TENANT, id), XdmClass::title);
        default:
          throw new IllegalArgumentException("no resource of the ingestion is read at step " + step);
      }
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }

  private static <T> Optional<String> named(T resource, Function<T, Optional<String>> name) {
    return Optional.of(name.apply(resource).orElse(""));
  }

  private static Set<String> ids(List<TeardownItem> items, IngestionStep step) {
    return items.stream().filter(i -> i.step() == step).map(TeardownItem::id).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private FlowServiceApi flowService() {
    return aep.flowService();
  }

  private SchemaRegistryApi schemaRegistry() {
    return aep.schemaRegistry();
  }
}
