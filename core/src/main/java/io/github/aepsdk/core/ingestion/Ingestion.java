package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.conversion.ImmutableMappingSet;
import io.github.aepsdk.conversion.Mapping;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepException;
import io.github.aepsdk.core.error.PreconditionFailedException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.ConnectionData;
import io.github.aepsdk.flowservice.EntityRef;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.Frequency;
import io.github.aepsdk.flowservice.PatchOperation;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.flowservice.Transformation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Day two of an ingestion that {@link MarketingAutomationIngestion} made: watch its runs, pause and
 * resume its dataflow, change its schedule and its mapping. Obtain one from a run's result ({@link
 * #of(AepClient, IngestionResult)}) or find it again by the ingestion's name ({@link #find(AepClient,
 * String)}); it calls AEP through the client given (its IMS org and sandbox).
 *
 * <pre>{@code
 * Ingestion ingestion = Ingestion.find(aep, "HubSpot contacts");
 * IngestionStatus status = ingestion.status();
 * ingestion.pause();
 * ingestion.updateSchedule(ScheduleParams.every(Frequency.DAY, 1, Instant.now()));
 * ingestion.resume();
 * }</pre>
 *
 * <p>Every change reads the dataflow first ({@code GET /flows/{id}}) and sends its current etag as
 * {@code If-Match}; a change already in place sends nothing, so each method can be called again.
 * When a change's answer is lost (a read timeout, a dropped connection, a 5xx) or its etag went
 * stale (412), the dataflow is read again before anything else is sent, and the change is sent
 * once more only if it is not in place. Follows Adobe's "Update dataflows using the Flow Service
 * API", "Monitor dataflows using the Flow Service API" and "Update dataflows in the UI" (what AEP
 * does not allow).
 *
 * <p>Thread-safe: it holds no state but the client and the resources' ids.
 */
public final class Ingestion {

  /** How many runs {@link #status()} reports, newest first. */
  public static final int LATEST_RUNS = 10;

  private final AepClient aep;
  private final String name;
  private final IngestionResources resources;

  private Ingestion(AepClient aep, String name, IngestionResources resources) {
    this.aep = Objects.requireNonNull(aep, "aep");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the ingestion's name must not be blank");
    }
    this.name = name;
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  /**
   * The ingestion a {@link MarketingAutomationIngestion} run made: its name and its resources as
   * the result names them. Sends nothing.
   */
  public static Ingestion of(AepClient aep, IngestionResult result) {
    return of(aep, result.name(), result.resources());
  }

  /**
   * The ingestion named {@code name} whose resources are {@code resources}, for example those of an
   * {@link IngestionFailedException}. Sends nothing. Without a dataflow among them only {@link
   * #teardown()} applies; the other calls throw {@link IllegalStateException}.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Ingestion of(AepClient aep, String name, IngestionResources resources) {
    return new Ingestion(aep, name, resources);
  }

  /**
   * The ingestion named {@code name} in the client's sandbox, found by the identities its builder
   * gives its resources ({@code "<name>: <step label>"}, see {@link
   * MarketingAutomationIngestion.Builder#name(String)}), read-only: {@code GET /flows}, {@code
   * /connections}, {@code /sourceConnections}, {@code /targetConnections} with {@code
   * property=name=="…"}, Schema Registry {@code GET /tenant/classes} and {@code /tenant/schemas} by
   * title, Catalog {@code GET /dataSets?name=…}, Data Prep {@code GET /mappingSets?name=…}. A
   * resource that is gone is left out of {@link #resources()}; a base connection the ingestion was
   * given (not created) is taken from its source connection's {@code baseConnectionId} ({@code GET
   * /sourceConnections/{id}}); the flow spec from the dataflow ({@code GET /flows/{id}}).
   *
   * <p>An ingestion that failed before its dataflow is found too, with what it made: then only
   * {@link #teardown()} applies.
   *
   * @throws IngestionNotFoundException if no resource but a mapping set carries one of the
   *     ingestion's identities (Data Prep cannot delete mapping sets, so that is what a torn-down
   *     ingestion leaves; a new run of the ingestion takes it over)
   * @throws IngestionConflictException if several resources share one of the identities (their ids
   *     are named); {@code Ingestion.of(aep, name, IngestionResources.none()).teardown()} still
   *     removes them all, since a teardown deletes every resource that carries an identity
   */
  public static Ingestion find(AepClient aep, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    ResourceFinder finder = new ResourceFinder(aep);
    Found found = new Found(name);
    for (IngestionStep step : IngestionStep.values()) {
      if (step != IngestionStep.FLOW_SPEC && step != IngestionStep.FIRST_RUN) {
        found.one(step, finder.byIdentity(step, step.identity(name)));
      }
    }
    found.resources.id(IngestionStep.DATAFLOW).flatMap(id -> aep.flowService().getFlow(id).flowSpec()).map(SpecRef::id)
        .ifPresent(id -> found.resources = found.resources.with(IngestionStep.FLOW_SPEC, id));
    if (found.resources.id(IngestionStep.BASE_CONNECTION).isEmpty()) {
      found.resources.id(IngestionStep.SOURCE_CONNECTION)
          .flatMap(id -> aep.flowService().getSourceConnection(id).baseConnectionId())
          .ifPresent(id -> found.resources = found.resources.with(IngestionStep.BASE_CONNECTION, id));
    }
    if (found.resources.ids().keySet().stream().allMatch(IngestionStep.MAPPING_SET::equals)) {
      throw new IngestionNotFoundException(name, aep.sandboxName());
    }
    return new Ingestion(aep, name, found.resources);
  }

  /** What {@link #find} has found so far. */
  private static final class Found {
    final String name;
    IngestionResources resources = IngestionResources.none();

    Found(String name) {
      this.name = name;
    }

    /** Records the one resource with {@code step}'s identity (and its etag); none is left out, several conflict. */
    void one(IngestionStep step, Map<String, Optional<String>> candidates) {
      if (candidates.size() > 1) {
        throw new IngestionConflictException(step, step.identity(name), List.copyOf(candidates.keySet()), List.of(), resources);
      }
      candidates.forEach((id, etag) -> {
        resources = resources.with(step, id);
        etag.ifPresent(e -> resources = resources.withEtag(id, e));
      });
    }
  }

  /** The ids of the ingestion's resources by step, as given or found (etags as they were then). */
  public IngestionResources resources() {
    return resources;
  }

  /** The ingestion's name, from which its resources' identities derive. */
  public String name() {
    return name;
  }

  /**
   * The dataflow's id.
   *
   * @throws IllegalStateException if the ingestion has no dataflow (it failed before that step)
   */
  public String flowId() {
    return resources.id(IngestionStep.DATAFLOW).orElseThrow(() -> new IllegalStateException("ingestion '" + name
        + "' has no dataflow (it failed before that step, or the dataflow was removed): only teardown() applies"));
  }

  /**
   * The dataflow's state, schedule and mapping set version now, and its latest runs: {@code GET
   * /flows/{id}}, then {@code GET /runs?property=flowId==<id>&orderby=-createdAt&limit=}{@value
   * #LATEST_RUNS}. Each run is judged by its {@link RunReport}, not by its status alone (a run that
   * says {@code success} can carry failed records and nested errors: Adobe, "Monitor dataflows using
   * the Flow Service API").
   *
   * @throws io.github.aepsdk.core.error.NotFoundException if the dataflow no longer exists
   */
  public IngestionStatus status() {
    Flow flow = flows().getFlow(flowId());
    List<RunReport> runs = flows().listRuns(List.of(flowFilter()), LATEST_RUNS, "-createdAt", null, null).items()
        .stream().map(RunReport::of).collect(Collectors.toList());
    return IngestionStatus.builder()
        .flowId(flowId())
        .state(flow.state())
        .schedule(flow.scheduleParams())
        .mappingVersion(mappingTransformation(flow).flatMap(t -> t.params().mappingVersion()))
        .latestRuns(runs)
        .resources(flow.etag().map(etag -> resources.withEtag(flowId(), etag)).orElse(resources))
        .build();
  }

  /**
   * The dataflow's runs that started in {@code [from, to)}, oldest first, each with its {@link
   * RunReport}: {@code GET /runs?property=flowId==<id>&property=metrics.durationSummary.startedAtUTC>=<from>
   * &property=metrics.durationSummary.startedAtUTC<<to>&orderby=createdAt}, every page.
   *
   * <p>Units: the official spec types {@code metrics.durationSummary.startedAtUTC} as an int64 and
   * gives its filter example ({@code lastRunDetails.startedAtUTC>=1670880253121}) and {@code
   * lastRunDetails} in epoch <b>milliseconds</b>, as Adobe's monitoring doc does, so the window is
   * sent in milliseconds; Adobe's run notifications doc shows the same field in seconds. Schedule
   * {@code startTime} and ad-hoc run windows ({@code params.windowStartTime}/{@code windowEndTime},
   * "Unix epoch time" in the spec's {@code RunParams}) are epoch <b>seconds</b> (API-NOTES §10).
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public List<RunReport> runs(Instant from, Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("the window must start before it ends, was [" + from + ", " + to + ")");
    }
    List<String> filters = List.of(flowFilter(),
        "metrics.durationSummary.startedAtUTC>=" + from.toEpochMilli(),
        "metrics.durationSummary.startedAtUTC<" + to.toEpochMilli());
    return flows().listRuns(filters, null, "createdAt", null, null).autoPager().stream()
        .map(RunReport::of).collect(Collectors.toList());
  }

  /**
   * Pauses the dataflow: {@code POST /flows/{id}/action?op=DISABLE} with its current etag as {@code
   * If-Match} (operationId {@code postStateTransition}); its {@code state} becomes {@code disabled}
   * and it gets no scheduled runs until {@link #resume()}. Nothing is sent if it is disabled
   * already.
   *
   * @throws io.github.aepsdk.core.error.NotFoundException if the dataflow no longer exists
   */
  public void pause() {
    converge(flow -> flow.state().filter("disabled"::equals).isPresent(),
        flow -> flows().postStateTransition(flowId(), "DISABLE", etag(flow)));
  }

  /**
   * Resumes the dataflow: {@code POST /flows/{id}/action?op=ENABLE} with its current etag as {@code
   * If-Match}; its {@code state} becomes {@code enabled} and its schedule goes on from its next
   * time (runs missed while it was paused are not made up). Nothing is sent if it is enabled already.
   *
   * @throws io.github.aepsdk.core.error.NotFoundException if the dataflow no longer exists
   */
  public void resume() {
    converge(flow -> flow.state().filter("enabled"::equals).isPresent(),
        flow -> flows().postStateTransition(flowId(), "ENABLE", etag(flow)));
  }

  /**
   * Gives the dataflow the schedule {@code schedule}: {@code PATCH /flows/{id}} with its current etag
   * as {@code If-Match} and JSON Patch operations on {@code /scheduleParams} ({@code replace}
   * {@code startTime} and {@code frequency}; {@code add} or {@code remove} {@code interval}, {@code
   * backfill} and {@code endTime} so the flow's schedule is exactly the one given). {@code
   * startTime} is in epoch seconds. Before anything is sent, the schedule is checked as the builder
   * checks it: the rules of {@link MarketingAutomationIngestion.Builder#schedule} and the JSON schema
   * of the flow's own flow spec ({@code GET /flowSpecs/{id}}, {@code scheduleSpec.spec}). Nothing is
   * sent if the flow has this schedule already.
   *
   * @throws IngestionValidationException listing what breaks the schedule rules; nothing was changed
   * @throws IngestionUpdateRefusedException if the dataflow is scheduled {@code once}: Adobe does not
   *     allow rescheduling a dataflow configured for one-time ingestion ("Update dataflows in the UI")
   */
  public void updateSchedule(ScheduleParams schedule) {
    Objects.requireNonNull(schedule, "schedule");
    List<String> problems = new ArrayList<>(InputRules.scheduleProblems(schedule));
    if (!problems.isEmpty()) {
      throw new IngestionValidationException(problems);
    }
    Flow flow = flows().getFlow(flowId());
    refuseOnce(flow, "rescheduled");
    String flowSpecId = flow.flowSpec().map(SpecRef::id)
        .orElseThrow(() -> new AepException("dataflow " + flowId() + " names no flow spec"));
    FlowSpec flowSpec = flows().getFlowSpec(flowSpecId);
    flowSpec.scheduleSpec().ifPresent(spec -> problems.addAll(FlowSpecSchemas.problems("schedule", spec.spec(),
        AepJson.adapter(ScheduleParams.class).toJsonValue(schedule))));
    if (!problems.isEmpty()) {
      throw new IngestionValidationException(problems);
    }
    converge(current -> current.scheduleParams().filter(s -> sameSchedule(s, schedule)).isPresent(),
        current -> flows().patchFlow(flowId(), etag(current), scheduleOperations(current, schedule)));
  }

  /**
   * Gives the dataflow the mappings {@code mappings} (source column to XDM path, as {@link
   * MarketingAutomationIngestion.Builder#mapping}); its next run uses them. A mapping change reaches
   * a flow only when its Mapping transformation points at the new mapping set version (API-NOTES
   * §10), so this does both:
   *
   * <ol>
   *   <li>{@code GET /flows/{id}}: the Mapping transformation's {@code mappingId}; refused for a flow
   *       scheduled {@code once} before anything changes;
   *   <li>{@code GET /sourceConnections/{id}} and {@code GET /tenant/schemas/{id}} ({@code xed-full})
   *       of its ad-hoc schema: each source must be a column of it; {@code GET /mappingSets/{id}}:
   *       its output schema, read the same way: each destination must be a leaf field of it. Both as
   *       the builder checks, before anything is sent;
   *   <li>{@code GET /mappingSets/{id}}: the latest version; when its mappings differ, {@code PUT
   *       /mappingSets/{id}} with the same output schema and name stores a new version (Data Prep
   *       bumps {@code version});
   *   <li>{@code PATCH /flows/{id}} with the current etag: {@code replace
   *       /transformations/<index of the Mapping step>/params/mappingVersion} with the new version,
   *       as a string (the spec's type).
   * </ol>
   *
   * <p>Nothing is sent for a step already done, so a call after a failure finishes the job: a lost
   * answer to the PUT is settled by reading the mapping set again (its latest version has these
   * mappings, or the PUT is sent again), one to the PATCH by reading the flow again.
   *
   * @return the mapping set version the dataflow now points at
   * @throws IllegalArgumentException if {@code mappings} is empty
   * @throws IngestionUpdateRefusedException if the dataflow is scheduled {@code once} (Adobe: "A
   *     dataflow that was scheduled for one-time ingestion cannot have its mapping sets updated") or
   *     has no Mapping transformation; nothing was changed
   * @throws IngestionValidationException if a destination is not an XDM path, is the target of more
   *     than one mapping (checked before anything is sent), or is not a field of the mapping set's
   *     output schema, or a source is not a column of the source connection's ad-hoc schema; nothing
   *     was changed
   */
  public String updateMappings(List<FieldMapping> mappings) {
    if (mappings == null || mappings.isEmpty()) {
      throw new IllegalArgumentException("mappings must not be empty");
    }
    List<String> invalid = InputRules.destinationProblems(mappings);
    if (!invalid.isEmpty()) {
      throw new IngestionValidationException(invalid);
    }
    Flow flow = flows().getFlow(flowId());
    refuseOnce(flow, "given new mappings");
    int index = mappingIndex(flow);
    String mappingSetId = flow.transformations().get(index).params().mappingId()
        .orElseThrow(() -> new IngestionUpdateRefusedException(flowId(), "The dataflow's Mapping transformation names no mapping set"));
    String outputSchema = aep.conversion().getMappingSet(mappingSetId).targetSchemaId()
        .orElseThrow(() -> new AepException("mapping set " + mappingSetId + " names no output schema"));
    List<String> problems = new ArrayList<>();
    Optional<String> adhocSchema = flow.sourceConnectionIds().stream().findFirst()
        .flatMap(id -> flows().getSourceConnection(id).data()).flatMap(ConnectionData::schema).map(io.github.aepsdk.flowservice.SchemaRef::id);
    adhocSchema.ifPresent(id -> problems.addAll(RemoteChecks.sourceProblems(aep.schemaRegistry(), id, mappings)));
    problems.addAll(RemoteChecks.destinationProblems(aep.schemaRegistry(), outputSchema, mappings));
    if (!problems.isEmpty()) {
      throw new IngestionValidationException(problems);
    }
    String version = versionWith(aep, mappingSetId, outputSchema, mappings);
    useMappingVersion(version);
    return version;
  }

  /**
   * Points the dataflow's Mapping transformation at {@code version} of its mapping set: {@code PATCH
   * /flows/{id}} ({@code replace /transformations/<index>/params/mappingVersion}) with the current
   * etag, unless it points there already.
   */
  void useMappingVersion(String version) {
    converge(current -> mappingTransformation(current).flatMap(t -> t.params().mappingVersion()).filter(version::equals).isPresent(),
        current -> flows().patchFlow(flowId(), etag(current), List.of(
            PatchOperation.replace("/transformations/" + mappingIndex(current) + "/params/mappingVersion", version))));
  }

  /**
   * The version of mapping set {@code id} that holds {@code mappings} to {@code outputSchema}: the
   * latest one when it does, else a new one ({@code PUT /mappingSets/{id}} with that output schema and
   * the same name), re-read after a lost answer before sending again.
   */
  static String versionWith(AepClient aep, String id, String outputSchema, List<FieldMapping> mappings) {
    MappingSet latest = aep.conversion().getMappingSet(id);
    if (holds(latest, outputSchema, mappings)) {
      return version(latest);
    }
    ImmutableMappingSet.Builder update = MappingSet.forSchema(outputSchema);
    latest.name().ifPresent(update::name);
    mappings.forEach(m -> update.addMappings(Mapping.attribute(m.source(), m.destination())));
    try {
      return version(aep.conversion().updateMappingSet(id, update.build()));
    } catch (RuntimeException failure) {
      if (!MarketingAutomationIngestion.outcomeUnknown(failure)) {
        throw failure;
      }
      MappingSet again = aep.conversion().getMappingSet(id);
      return holds(again, outputSchema, mappings) ? version(again) : version(aep.conversion().updateMappingSet(id, update.build()));
    }
  }

  private static boolean holds(MappingSet set, String outputSchema, List<FieldMapping> mappings) {
    return set.targetSchemaId().filter(outputSchema::equals).isPresent() && sameMappings(set, mappings);
  }

  /**
   * Reads the dataflow; unless {@code done} says the change is in place, sends it ({@code act}) with
   * what was read. After a lost answer or a stale etag the dataflow is read again, and the change is
   * sent once more only if it is still not in place.
   */
  private void converge(Predicate<Flow> done, Function<Flow, EntityRef> act) {
    Flow flow = flows().getFlow(flowId());
    if (done.test(flow)) {
      return;
    }
    try {
      act.apply(flow);
    } catch (RuntimeException failure) {
      if (!(failure instanceof PreconditionFailedException) && !MarketingAutomationIngestion.outcomeUnknown(failure)) {
        throw failure;
      }
      Flow again;
      try {
        again = flows().getFlow(flowId());
      } catch (RuntimeException readFailure) {
        failure.addSuppressed(readFailure);
        throw failure;
      }
      if (!done.test(again)) {
        act.apply(again);
      }
    }
  }

  /** The JSON Patch operations that make the flow's schedule exactly {@code wanted}. */
  private static List<PatchOperation> scheduleOperations(Flow flow, ScheduleParams wanted) {
    Optional<ScheduleParams> current = flow.scheduleParams();
    List<PatchOperation> ops = new ArrayList<>();
    ops.add(PatchOperation.replace("/scheduleParams/startTime", wanted.startTime()));
    ops.add(PatchOperation.replace("/scheduleParams/frequency", wanted.frequency()));
    member(ops, "interval", current.flatMap(ScheduleParams::interval), wanted.interval());
    member(ops, "backfill", current.flatMap(ScheduleParams::backfillValue), wanted.backfillValue());
    member(ops, "endTime", current.flatMap(ScheduleParams::endTime), wanted.endTime());
    return ops;
  }

  /** {@code add} a schedule member that is wanted ({@code add} replaces one that exists), {@code remove} one that is not. */
  private static void member(List<PatchOperation> ops, String name, Optional<?> current, Optional<?> wanted) {
    if (wanted.isPresent()) {
      ops.add(PatchOperation.add("/scheduleParams/" + name, wanted.get()));
    } else if (current.isPresent()) {
      ops.add(PatchOperation.remove("/scheduleParams/" + name));
    }
  }

  private static boolean sameSchedule(ScheduleParams a, ScheduleParams b) {
    return a.startTime() == b.startTime() && a.frequencyValue() == b.frequencyValue()
        && a.interval().equals(b.interval()) && a.backfillValue().equals(b.backfillValue())
        && a.endTime().equals(b.endTime());
  }

  /** Whether the set holds exactly {@code mappings} (source and destination; order aside). */
  static boolean sameMappings(MappingSet set, List<FieldMapping> mappings) {
    Set<String> have = new TreeSet<>();
    set.mappings().forEach(m -> have.add(m.effectiveSource().orElse("") + " -> " + m.effectiveDestination().orElse("")));
    Set<String> want = new TreeSet<>();
    mappings.forEach(m -> want.add(m.source() + " -> " + m.destination()));
    return have.equals(want);
  }

  private static String version(MappingSet set) {
    return set.version().map(String::valueOf).orElse("0");
  }

  private void refuseOnce(Flow flow, String what) {
    if (flow.scheduleParams().map(ScheduleParams::frequencyValue).filter(Frequency.ONCE::equals).isPresent()) {
      throw new IngestionUpdateRefusedException(flowId(), "AEP does not allow a dataflow configured for one-time"
          + " ingestion (frequency once) to be " + what);
    }
  }

  private int mappingIndex(Flow flow) {
    List<Transformation> transformations = flow.transformations();
    for (int i = 0; i < transformations.size(); i++) {
      if (Transformation.MAPPING.equals(transformations.get(i).name())) {
        return i;
      }
    }
    throw new IngestionUpdateRefusedException(flowId(), "The dataflow has no Mapping transformation");
  }

  private static Optional<Transformation> mappingTransformation(Flow flow) {
    return flow.transformations().stream().filter(t -> Transformation.MAPPING.equals(t.name())).findFirst();
  }

  private String etag(Flow flow) {
    return flow.etag().orElseThrow(() -> new AepException("Flow Service answered dataflow " + flowId() + " without an etag"));
  }

  private String flowFilter() {
    return "flowId==" + flowId();
  }

  private FlowServiceApi flows() {
    return aep.flowService();
  }

  /**
   * Removes what the ingestion made, as {@link Teardown} describes: reads what exists by the
   * ingestion's identities (cross-checked with {@link #resources()}), refuses before deleting
   * anything if another resource still uses one of them, then {@code DELETE}s in dependency order
   * (dataflow, target and source connections, the base connections it created, dataset, target and
   * ad-hoc schemas, ad-hoc class; API-NOTES §10 "Teardown order") and reads each back. A 404 counts
   * as already gone; a teardown interrupted by a fault can be called again and finishes the job.
   * What the ingestion did not create (a base connection given to the builder, global classes and
   * field groups) and its mapping set (Data Prep has no {@code DELETE}) are kept and reported.
   *
   * @return what was deleted, already gone, kept, and still present after the deletes
   * @throws TeardownRefusedException if another resource uses one the teardown would delete;
   *     nothing was deleted
   * @throws AepException a failed call; call again to finish
   */
  public TeardownReport teardown() {
    return new Teardown(aep, name, resources).run();
  }
}
