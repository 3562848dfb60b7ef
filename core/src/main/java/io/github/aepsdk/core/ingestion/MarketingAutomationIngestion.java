package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.catalog.SchemaRef;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.conversion.MappingSetCreated;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.AepException;
import io.github.aepsdk.core.error.BadRequestException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.ConnectionAuth;
import io.github.aepsdk.flowservice.ConnectionData;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.CreateFlowRequest;
import io.github.aepsdk.flowservice.CreateSourceConnectionRequest;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.EntityRef;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.Frequency;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.SourceConnectionParams;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.flowservice.TargetConnectionParams;
import io.github.aepsdk.flowservice.Transformation;
import io.github.aepsdk.schemaregistry.AllOfEntry;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.CreateClassRequest;
import io.github.aepsdk.schemaregistry.CreateSchemaRequest;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.schemaregistry.XdmClass;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Brings a marketing automation source (HubSpot) into AEP with one call, following Adobe's tutorial
 * "Collect marketing automation data through source connectors and APIs" step by step ({@link
 * IngestionStep}): ad-hoc class and schema, source connection, target schema, dataset, dataset base
 * connection (in the tutorial's form only), target connection, mapping set, {@code CRMToAEP} flow spec
 * lookup, dataflow; optionally the HubSpot base connection first and a wait for the first run last.
 *
 * <p>Where the tutorial (its 2020 revision) and the current docs send different request bodies,
 * {@link Builder#requestForm(RequestForm)} chooses; the default is {@link RequestForm#CURRENT_DOCS},
 * the form of the official spec, which creates no dataset base connection. In {@link
 * RequestForm#TUTORIAL_2020} the dataset base connection is created and the target connection
 * references it: no form creates a resource that nothing uses.
 *
 * <pre>{@code
 * IngestionResult result = MarketingAutomationIngestion.builder(aep)
 *     .baseConnectionId("c6d4ee17-6752-4e83-94ee-1767522e83fa")
 *     .sourcePath("Hubspot.Contacts")
 *     .discoverSourceFields()
 *     .mapping("Properties_Firstname_Value", "person.name.firstName")
 *     .mapping("Properties_Lastname_Value", "person.name.lastName")
 *     .deltaColumn(DeltaColumn.of("Added_At"))
 *     .schedule(ScheduleParams.every(Frequency.HOUR, 1, Instant.now()))
 *     .run();
 * }</pre>
 *
 * <p>The steps form two sides that meet only at the dataflow, and the two run at the same time, so
 * what a caller waits for is the longer side rather than the sum of every round trip: the source
 * side (base connection, ad-hoc class, ad-hoc schema, source connection) on the thread that calls
 * {@link Builder#run()}, and the target side (target schema, dataset, dataset base connection, target
 * connection, mapping set) on the client's executor ({@link AepClient#async}); each side runs its steps
 * in the documented order, and the flow spec lookup and dataflow follow once both have ended. Before
 * the sides start, the read-only calls are made at the same time: the checks of the validation (the
 * base connection's check and exploration on the calling thread, one after the other; the flow spec
 * lookup, the target class and each field group) and the look-up by identity of every step that
 * will look one up, so a step decides without a round trip of its own. At most four requests of one
 * ingestion are in flight at once: during those reads the calling thread and three tasks on the
 * client's executor, afterwards one per side. Work the executor has not started by the time the
 * calling thread needs it (all its threads busy, for example an ingestion run from one of its
 * tasks, or a task refused) is done on the calling thread instead, one part after another. When a
 * step of one
 * side fails, the other side finishes the step it is in (a create already sent is awaited, and what
 * it made is recorded) and starts no other; {@link IngestionFailedException#resources()} then names
 * every resource that exists, those of both sides. When both sides fail, the source side's failure
 * is thrown with the target side's added as {@linkplain Throwable#getSuppressed() suppressed}. An
 * {@link Error} on either side stops the other side the same way and is thrown as it is, once the
 * other side has ended its step: no step starts after {@code run()} has ended. The other side's
 * failure, if it failed too, is added to it as suppressed, with every resource that exists. The
 * listener gets one event at a time, in the order {@link ProgressListener} states.
 *
 * <p>Validation comes first and is complete: every problem of the input is reported in one {@link
 * IngestionValidationException}, static ones before any request, and those that need AEP's answers
 * (explored columns, the flow spec's JSON schemas for schedule and transformations, the target
 * schema's fields) after read-only calls only, so a rejected ingestion creates nothing.
 *
 * <p>Every resource it creates is named or titled {@code "<name>: <step label>"} after the
 * ingestion's {@link Builder#name(String) name}, and each step looks that identity up before it
 * creates anything (every step's look-up is made with the read-only checks, before any step runs; a
 * step whose create's outcome is unknown looks its identity up again): a matching resource is
 * adopted; one that differs only in what AEP lets change in place is updated (the mapping set's mappings: a new version; the dataflow's schedule and the
 * mapping set version it uses; not for a dataflow scheduled {@code once}); one that differs otherwise
 * stops the run with {@link IngestionConflictException} before anything changes. Running the same
 * ingestion again, changed or not, therefore converges; {@link Builder#plan()} tells, with GET
 * requests only, what a run would do. Day-two operations on what it made are {@link Ingestion}'s.
 *
 * <p>AEP provisions connections and flows asynchronously: each one is used only once its {@code
 * state} is {@code enabled}, polled as {@link Builder#waitUntilEnabled(Duration, Duration)} says.
 *
 * <p>If a step fails, {@link IngestionFailedException} names it and carries {@link
 * IngestionResources} with exactly the resources that exist; {@link Builder#resume} with them
 * re-runs from that step without looking them up again.
 *
 * <p>With {@link Builder#waitForFirstRun}, the dataflow's first run is judged, not taken at its
 * status: a run that says {@code success} while records failed is {@link
 * RunOutcome#PARTIALLY_SUCCEEDED}, and more failed records than {@link Builder#maxFailedRecords}
 * (default 0) throw {@link IngestionRunFailedException} with the {@link RunReport}.
 */
public final class MarketingAutomationIngestion {

  /** XDM Individual Profile, the default class of the target schema. */
  public static final String PROFILE_CLASS = "https://ns.adobe.com/xdm/context/profile";
  /** The field groups of the tutorial's target schema. */
  public static final List<String> DEFAULT_FIELD_GROUPS = List.of(
      "https://ns.adobe.com/xdm/context/profile-person-details",
      "https://ns.adobe.com/xdm/context/profile-personal-details");
  /** Schema Registry's answer to a create whose title another resource has. */
  private static final String TITLE_TAKEN = "XDM-1521-400";
  /** How many requests of one ingestion are in flight at most: during the validation, the calling thread's and three workers'. */
  private static final int MAX_IN_FLIGHT = 4;

  private final AepClient aep;
  private final Builder in;
  private final ResourceFinder finder;
  private final Readiness readiness;
  /** The bodies of the steps whose form differs ({@link RequestForm}). */
  private final FormRequests form;
  /** {@link Builder#plan()}: look every resource up, create nothing. */
  private final boolean planOnly;
  /** Guards every change of {@link #resources}, {@link #events} and {@link #planned}, and each listener call. */
  private final Object lock = new Object();
  private final List<StepEvent> events = new ArrayList<>();
  private final List<PlannedStep> planned = new ArrayList<>();
  private final Map<String, String> mappingVersions = new ConcurrentHashMap<>();
  /**
   * The look-ups by identity made with the checks, by step ({@link #looksUp}); filled before the
   * sides start, read by each step's first look-up.
   */
  private final Map<IngestionStep, CompletableFuture<List<?>>> lookUps = new EnumMap<>(IngestionStep.class);
  /** Replaced (never changed) under {@link #lock}; read without it. */
  private volatile IngestionResources resources;
  /** Set when a side failed (or the listener threw): the other side starts no further step. */
  private volatile boolean stopped;
  /** Set when the listener threw: it is not called again. */
  private boolean listenerFailed;

  private MarketingAutomationIngestion(AepClient aep, Builder in, boolean planOnly) {
    this.aep = aep;
    this.in = in;
    this.finder = new ResourceFinder(aep);
    this.readiness = new Readiness(aep, in.readinessInterval, in.readinessTimeout);
    this.form = new FormRequests(in);
    this.planOnly = planOnly;
    this.resources = in.resume;
  }

  /** A builder of an ingestion that calls AEP through {@code aep} (its IMS org and sandbox). */
  public static Builder builder(AepClient aep) {
    if (aep == null) {
      throw new IllegalArgumentException("aep client must not be null");
    }
    return new Builder(aep);
  }

  private IngestionResult run() {
    try {
      String flow = ensureAll();
      Optional<RunReport> firstRun = in.firstRunTimeout == null ? Optional.empty() : Optional.of(waitForFirstRun(flow));
      return IngestionResult.builder().name(in.name).resources(resources).steps(events).firstRun(firstRun).build();
    } catch (ListenerFailed e) {
      IngestionResources all = resources;
      for (Throwable other : e.getSuppressed()) { // a step's own failure: its resources may not be recorded
        if (other instanceof IngestionFailedException) {
          all = union(all, ((IngestionFailedException) other).resources());
        }
      }
      IngestionFailedException failed = new IngestionFailedException(e.step, all, e.getCause());
      for (Throwable other : e.getSuppressed()) {
        failed.addSuppressed(other);
      }
      throw failed;
    }
  }

  private IngestionPlan plan() {
    ensureAll();
    planned.sort(Comparator.comparing(PlannedStep::step));
    return IngestionPlan.of(planned);
  }

  /**
   * Validates (and looks every step's identity up meanwhile, {@link #validate}), then makes sure each
   * step's resource exists: adopted when one with the step's identity matches, created otherwise (or,
   * for a plan, only reported). The two sides that meet only at the dataflow run at the same time,
   * each in the documented order: the source side
   * ({@link #ensureSourceSide}) on this thread, the target side ({@link #ensureTargetSide}) on the
   * client's executor. When one fails, the other ends the step it is in (a create in flight is
   * awaited and its resource recorded) and starts no other; then the failure is thrown ({@link
   * #failure}). An {@link Error} (a listener's {@code AssertionError}, say) stops the other side
   * too, and is thrown as it is once that side has ended ({@link #withOtherSide}).
   *
   * @return the dataflow's id (null in a plan that would create it)
   */
  private String ensureAll() {
    Preflight preflight = validate();
    Forked<TargetSide> targetSide = new Forked<>(aep, () -> {
      try {
        return ensureTargetSide();
      } catch (RuntimeException | Error e) {
        stopped = true;
        throw e;
      }
    });
    String source = null;
    RuntimeException sourceFailure = null;
    try {
      source = ensureSourceSide(preflight.fields);
    } catch (RuntimeException e) {
      stopped = true;
      sourceFailure = e;
    } catch (Error e) {
      // thrown as it is, but only once the target side has ended: none of its steps starts after the run has ended
      stopped = true;
      throw withOtherSide(e, targetSide.settle());
    }
    TargetSide target = null;
    RuntimeException targetFailure = null;
    try {
      target = targetSide.join();
    } catch (RuntimeException e) {
      targetFailure = e;
    } catch (Error e) {
      throw withOtherSide(e, sourceFailure);
    }
    if (sourceFailure != null || targetFailure != null) {
      throw failure(sourceFailure, targetFailure);
    }
    step(IngestionStep.FLOW_SPEC, preflight.flowSpec);
    FlowSpec flowSpec = preflight.flowSpec.value;
    String sourceConnection = source;
    String targetConnection = target.targetConnection;
    String mappingSet = target.mappingSet;
    return ensure(IngestionStep.DATAFLOW, found -> findFlow(found, flowSpec, sourceConnection, targetConnection, mappingSet),
        () -> createFlow(flowSpec, sourceConnection, targetConnection, mappingSet));
  }

  /**
   * The source side: base connection, ad-hoc class, ad-hoc schema, source connection, in that order.
   *
   * @return the source connection's id (null in a plan that would create it)
   */
  private String ensureSourceSide(List<SourceField> fields) {
    String base = ensure(IngestionStep.BASE_CONNECTION, this::findBaseConnection, this::createBaseConnection);
    String adhocClass = ensure(IngestionStep.ADHOC_CLASS, found -> findAdhocClass(found, fields), () -> createAdhocClass(fields));
    String adhocSchema = ensure(IngestionStep.ADHOC_SCHEMA,
        found -> findSchema(found, adhocClass, List.of()), () -> createAdhocSchema(adhocClass));
    return ensure(IngestionStep.SOURCE_CONNECTION,
        found -> findSourceConnection(found, base, adhocSchema), () -> createSourceConnection(base, adhocSchema));
  }

  /** What the target side made: the target connection and the mapping set (null where a plan would create them). */
  private static final class TargetSide {
    final String targetConnection;
    final String mappingSet;

    TargetSide(String targetConnection, String mappingSet) {
      this.targetConnection = targetConnection;
      this.mappingSet = mappingSet;
    }
  }

  /** The target side: target schema, dataset, dataset base connection (tutorial's form), target connection, mapping set. */
  private TargetSide ensureTargetSide() {
    String targetSchema = ensure(IngestionStep.TARGET_SCHEMA,
        found -> findSchema(found, in.targetClassId, in.fieldGroupIds), this::createTargetSchema);
    String dataSet = ensure(IngestionStep.DATASET, found -> findDataSet(found, targetSchema), () -> createDataSet(targetSchema));
    String datasetBase = ensureDatasetBaseConnection(targetSchema, dataSet);
    String target = ensure(IngestionStep.TARGET_CONNECTION, found -> findTargetConnection(found, targetSchema, dataSet, datasetBase),
        () -> createTargetConnection(targetSchema, dataSet, datasetBase));
    String mappingSet = ensure(IngestionStep.MAPPING_SET,
        found -> findMappingSet(found, targetSchema), () -> createMappingSet(targetSchema));
    return new TargetSide(target, mappingSet);
  }

  /**
   * What a run whose sides have both ended throws: the source side's failure if it failed, else the
   * target side's, with the other side's failure (if any) added as suppressed. An {@link
   * IngestionFailedException} is given every resource that exists now, those the other side made
   * while this one failed included.
   */
  private RuntimeException failure(RuntimeException source, RuntimeException target) {
    RuntimeException first = source == null || source instanceof Stopped ? target : source;
    RuntimeException second = first == source ? target : source;
    IngestionResources all = resources;
    for (RuntimeException failure : Arrays.asList(first, second)) {
      if (failure instanceof IngestionFailedException) {
        all = union(all, ((IngestionFailedException) failure).resources());
      }
    }
    RuntimeException thrown = first instanceof IngestionFailedException
        ? ((IngestionFailedException) first).withResources(all) : first;
    if (second != null && !(second instanceof Stopped)) {
      thrown.addSuppressed(second);
    }
    return thrown;
  }

  /**
   * {@code error}, thrown as it is, with the other side's failure added as suppressed when that side
   * failed itself: an {@link IngestionFailedException} is given every resource that exists ({@link
   * #failure}), so that what both sides made is not lost.
   */
  private Error withOtherSide(Error error, Throwable other) {
    if (other instanceof RuntimeException && !(other instanceof Stopped)) {
      error.addSuppressed(failure(null, (RuntimeException) other));
    }
    return error;
  }

  /** {@code all} with the ids and etags of {@code more} that it lacks. */
  private static IngestionResources union(IngestionResources all, IngestionResources more) {
    IngestionResources union = all;
    for (Map.Entry<IngestionStep, String> id : more.ids().entrySet()) {
      if (union.id(id.getKey()).isEmpty()) {
        union = union.with(id.getKey(), id.getValue());
      }
    }
    for (Map.Entry<String, String> etag : more.etags().entrySet()) {
      if (!union.etags().containsKey(etag.getKey())) {
        union = union.withEtag(etag.getKey(), etag.getValue());
      }
    }
    return union;
  }

  /** The other side failed: this one starts no further step. Carries no failure of its own. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped because the other side of the ingestion failed", null, false, false);
    }
  }

  /**
   * The dataset base connection, in the tutorial's form only, where the target connection references
   * it; the current form creates none, and the step is neither planned nor reported.
   *
   * @return its id, or null when the form has none (or a plan would create it)
   */
  private String ensureDatasetBaseConnection(String targetSchema, String dataSet) {
    if (!form.createsDatasetBaseConnection()) {
      return null;
    }
    return ensure(IngestionStep.DATASET_BASE_CONNECTION, found -> findDatasetBaseConnection(found, targetSchema, dataSet),
        this::createDatasetBaseConnection);
  }

  /** What the read-only checks found: the source fields and the looked-up flow spec. */
  private static final class Preflight {
    final List<SourceField> fields;
    final Timed<FlowSpec> flowSpec;

    Preflight(List<SourceField> fields, Timed<FlowSpec> flowSpec) {
      this.fields = fields;
      this.flowSpec = flowSpec;
    }
  }

  /**
   * Every check of the input: static ones first (no request), then those that need AEP's answers
   * (read-only calls only), made at the same time as the look-ups by identity of the steps that will
   * look one up ({@link #lookUps}), at most {@value #MAX_IN_FLIGHT} at once ({@link BoundedReads}). It
   * ends once every read has ended; when it rejects the input, the reads not yet started are dropped.
   *
   * @throws IngestionValidationException listing every problem found
   */
  private Preflight validate() {
    List<String> problems = new InputRules(in).problems();
    if (!problems.isEmpty()) {
      throw new IngestionValidationException(problems);
    }
    RemoteChecks remote = new RemoteChecks(aep, in, resources.id(IngestionStep.TARGET_SCHEMA));
    BoundedReads reads = new BoundedReads();
    CompletableFuture<Timed<Optional<FlowSpec>>> flowSpec = reads.add(() -> readOnly(IngestionStep.FLOW_SPEC,
        () -> timed(this::lookUpFlowSpec, spec -> spec.map(FlowSpec::id).orElse(null))));
    CompletableFuture<RemoteChecks.TargetFields> targetFields = remote.targetFields(reads);
    for (IngestionStep step : IngestionStep.values()) {
      if (looksUp(step)) {
        String identity = identity(step);
        lookUps.put(step, reads.add(() -> finder.named(step, identity)));
      }
    }
    reads.start(aep, MAX_IN_FLIGHT - 1);
    boolean complete = false;
    try {
      Optional<String> knownBaseConnection = in.knownBaseConnectionId();
      if (knownBaseConnection.isPresent()) {
        problems.addAll(readOnly(IngestionStep.BASE_CONNECTION, () -> remote.baseConnectionProblems(knownBaseConnection.get())));
        if (!problems.isEmpty()) {
          throw new IngestionValidationException(problems);
        }
      }
      List<SourceField> fields = in.discover
          ? readOnly(IngestionStep.BASE_CONNECTION, () -> remote.discover(knownBaseConnection.orElseThrow()))
          : in.fields;
      reads.finish();
      Timed<Optional<FlowSpec>> lookup = Forked.join(flowSpec);
      problems.addAll(remote.mappingProblems(fields, readOnly(IngestionStep.TARGET_SCHEMA, () -> Forked.join(targetFields))));
      if (lookup.value.isPresent()) {
        problems.addAll(remote.flowSpecProblems(lookup.value.get()));
      } else {
        problems.add("no flow spec named '" + in.flowSpecName + "' in sandbox " + aep.sandboxName());
      }
      if (!problems.isEmpty()) {
        throw new IngestionValidationException(problems);
      }
      complete = true;
      return new Preflight(fields, new Timed<>(lookup.value.get(), lookup.duration, lookup.id));
    } finally { // no read outlives the validation, whatever ended it
      if (!complete) {
        reads.abandon();
      }
    }
  }

  /**
   * Whether {@code step} looks its identity up: it makes a resource of its own that is neither given
   * ({@link Builder#baseConnectionId}) nor resumed, and the request form creates it.
   */
  private boolean looksUp(IngestionStep step) {
    switch (step) {
      case FLOW_SPEC:
      case FIRST_RUN:
        return false;
      case BASE_CONNECTION:
        return in.baseConnectionId == null && resources.id(step).isEmpty();
      case DATASET_BASE_CONNECTION:
        return form.createsDatasetBaseConnection() && resources.id(step).isEmpty();
      default:
        return resources.id(step).isEmpty();
    }
  }

  /**
   * The resources with {@code step}'s identity as its look-up made with the checks found them
   * (failing as it failed), or, for a step given or resumed, as read now ({@link ResourceFinder#named}).
   */
  private List<?> lookedUp(IngestionStep step) {
    CompletableFuture<List<?>> lookUp = lookUps.get(step);
    return lookUp == null ? finder.named(step, identity(step)) : Forked.join(lookUp);
  }

  // ---- the requests of each step ------------------------------------------------------------

  private String createBaseConnection() {
    return flowEntity(flows().createConnection(CreateConnectionRequest.builder()
        .name(identity(IngestionStep.BASE_CONNECTION))
        .description("Base connection for " + in.sourcePath)
        .auth(in.auth)
        .connectionSpec(SpecRef.of(in.connectionSpecId, "1.0"))
        .build()));
  }

  private String createMappingSet(String targetSchema) {
    MappingSetCreated created = aep.conversion().createMappingSet(form.mappingSet(identity(IngestionStep.MAPPING_SET), targetSchema));
    String id = created.id().orElseThrow(() -> new AepException("Data Prep created a mapping set but answered no id"));
    mappingVersions.put(id, created.version().map(String::valueOf).orElse("0"));
    return id;
  }

  private String mappingVersion(String mappingSetId) {
    String known = mappingVersions.get(mappingSetId);
    if (known != null) {
      return known;
    }
    return aep.conversion().getMappingSet(mappingSetId).version().map(String::valueOf).orElse("0");
  }

  private String createAdhocClass(List<SourceField> fields) {
    return created(schemas().createClass(CreateClassRequest.adHoc(
        identity(IngestionStep.ADHOC_CLASS), "Source fields of " + in.sourcePath, adHocFields(fields))).id());
  }

  private String createAdhocSchema(String adhocClass) {
    return created(schemas().createSchema(CreateSchemaRequest.of(
        identity(IngestionStep.ADHOC_SCHEMA), "Source schema of " + in.sourcePath, adhocClass, List.of())).id());
  }

  private String createSourceConnection(String baseConnection, String adhocSchema) {
    return flowEntity(flows().createSourceConnection(CreateSourceConnectionRequest.builder()
        .name(identity(IngestionStep.SOURCE_CONNECTION))
        .description("Source connection for " + in.sourcePath)
        .baseConnectionId(baseConnection)
        .data(form.sourceData(adhocSchema))
        .params(SourceConnectionParams.ofPath(in.sourcePath))
        .connectionSpec(SpecRef.of(in.connectionSpecId, "1.0"))
        .build()));
  }

  private String createTargetSchema() {
    return created(schemas().createSchema(form.targetSchema(
        identity(IngestionStep.TARGET_SCHEMA), "Target schema for " + in.sourcePath)).id());
  }

  private String createDataSet(String targetSchema) {
    return aep.catalog().createDataSet(form.dataSet(identity(IngestionStep.DATASET), "Target dataset for " + in.sourcePath, targetSchema));
  }

  private String createDatasetBaseConnection() {
    return flowEntity(flows().createConnection(
        CreateConnectionRequest.dataLake(identity(IngestionStep.DATASET_BASE_CONNECTION), "Data Lake base connection")));
  }

  private String createTargetConnection(String targetSchema, String dataSet, String datasetBaseConnection) {
    return flowEntity(flows().createTargetConnection(form.targetConnection(identity(IngestionStep.TARGET_CONNECTION),
        "Target connection to dataset " + dataSet, targetSchema, dataSet, datasetBaseConnection)));
  }

  private String createFlow(FlowSpec flowSpec, String source, String target, String mappingSet) {
    return flowEntity(flows().createFlow(CreateFlowRequest.builder()
        .name(identity(IngestionStep.DATAFLOW))
        .description("Collecting " + in.sourcePath)
        .flowSpec(SpecRef.of(flowSpec.id(), flowSpec.version().orElse("1.0")))
        .addSourceConnectionIds(source)
        .addTargetConnectionIds(target)
        .transformations(in.transformations(flowSpec, mappingSet, mappingVersion(mappingSet)))
        .scheduleParams(in.schedule)
        .build()));
  }

  // ---- look-ups by identity: what exists, and how it differs from what the step would create ----

  /** The name or title of {@code step}'s resource: {@link IngestionStep#identity(String)}. */
  private String identity(IngestionStep step) {
    return step.identity(in.name);
  }

  /**
   * The base connection this ingestion creates: of its connection spec, with the credentials given.
   * AEP answers the auth params that are not secrets (HubSpot's {@code clientId}); each must be the
   * one given (values are not shown), so another account's connection is not adopted. Secrets are
   * not answered, so rotated ones cannot be compared: update them with {@code PATCH /connections/{id}}.
   */
  private List<Existing> findBaseConnection(List<?> found) {
    return found.stream().map(Connection.class::cast).map(c -> {
      Differences differences = new Differences().check("connection spec", c.connectionSpec().map(SpecRef::id), in.connectionSpecId);
      c.auth().ifPresent(auth -> {
        differences.check("auth spec", auth.specName(), in.auth.specName());
        auth.params().forEach((param, value) -> {
          if (!Objects.equals(value, in.auth.params().get(param))) {
            differences.note("auth param '" + param + "' is not the one given (values not shown)");
          }
        });
      });
      return Existing.of(c.id(), c.etag(), differences);
    }).collect(Collectors.toList());
  }

  private List<Existing> findAdhocClass(List<?> found, List<SourceField> fields) {
    Set<String> wanted = new TreeSet<>();
    fields.forEach(f -> wanted.add(fieldType(f.name(), f.type().jsonSchema())));
    return found.stream().map(XdmClass.class::cast).map(c -> Existing.of(created(c.id()), Optional.empty(),
        new Differences()
            .check("ad-hoc behavior", c.adHoc(), true)
            .check("fields", fieldTypes(c), wanted)))
        .collect(Collectors.toList());
  }

  /**
   * The fields of an ad-hoc class with their types, as {@link #fieldType}: the members of the object
   * its inline allOf entry holds, sent as {@code _adhoc} and stored by the registry under the class's
   * own namespace ({@code meta:datasetNamespace}, {@code _<hex>}).
   */
  private static Set<String> fieldTypes(XdmClass adHocClass) {
    String namespace = adHocClass.datasetNamespace().orElse(CreateClassRequest.AD_HOC_FIELDS);
    Set<String> fields = new TreeSet<>();
    for (AllOfEntry entry : adHocClass.allOf()) {
      Object adhoc = entry.properties().get(namespace);
      Object properties = adhoc instanceof Map ? ((Map<?, ?>) adhoc).get("properties") : null;
      if (properties instanceof Map) {
        ((Map<?, ?>) properties).forEach((name, definition) -> fields.add(fieldType(String.valueOf(name),
            definition instanceof Map ? (Map<?, ?>) definition : Map.of())));
      }
    }
    return fields;
  }

  /** A field as compared: {@code name: type} or {@code name: type/format}. */
  private static String fieldType(String name, Map<?, ?> definition) {
    Object format = definition.get("format");
    return name + ": " + definition.get("type") + (format == null ? "" : "/" + format);
  }

  private List<Existing> findSchema(List<?> found, String classId, List<String> fieldGroupIds) {
    return found.stream().map(Schema.class::cast).map(schema -> {
      Set<String> fieldGroups = new TreeSet<>(schema.allOfRefs());
      fieldGroups.remove(schema.classId().orElse(null));
      return Existing.of(created(schema.id()), Optional.empty(), new Differences()
          .check("class", schema.classId(), classId)
          .check("field groups", fieldGroups, new TreeSet<>(fieldGroupIds)));
    }).collect(Collectors.toList());
  }

  private List<Existing> findSourceConnection(List<?> found, String baseConnection, String adhocSchema) {
    return found.stream().map(SourceConnection.class::cast).map(c -> Existing.of(c.id(), c.etag(),
        new Differences()
            .check("base connection", c.baseConnectionId(), baseConnection)
            .check("connection spec", c.connectionSpec().map(SpecRef::id), in.connectionSpecId)
            .check("source path", c.params().flatMap(SourceConnectionParams::path), in.sourcePath)
            .check("format", c.data().flatMap(ConnectionData::format), form.sourceFormat())
            .check("schema", c.data().flatMap(ConnectionData::schema).map(io.github.aepsdk.flowservice.SchemaRef::id), adhocSchema)))
        .collect(Collectors.toList());
  }

  private List<Existing> findDataSet(List<?> found, String targetSchema) {
    return found.stream().map(e -> (CatalogEntry<?>) e).map(e -> Existing.of(e.id(), Optional.empty(),
        new Differences().check("schema", ((DataSet) e.value()).schemaRef().map(SchemaRef::id), targetSchema)))
        .collect(Collectors.toList());
  }

  /**
   * The dataset base connection with the step's identity. When a run would create it, the target
   * connection's identity is looked up first: one that exists cannot reference a connection made now,
   * so the run stops on it ({@link IngestionConflictException}, step {@link
   * IngestionStep#TARGET_CONNECTION}) before it makes a connection that nothing would reference.
   */
  private List<Existing> findDatasetBaseConnection(List<?> connections, String targetSchema, String dataSet) {
    List<Existing> found = connections.stream().map(Connection.class::cast)
        .map(c -> Existing.of(c.id(), c.etag(),
            new Differences().check("connection spec", c.connectionSpec().map(SpecRef::id), ConnectionSpec.DATA_LAKE_ID)))
        .collect(Collectors.toList());
    if (found.isEmpty() && !planOnly) {
      List<Existing> targets = findTargetConnection(lookedUp(IngestionStep.TARGET_CONNECTION), targetSchema, dataSet, null);
      if (!targets.isEmpty()) {
        throw new IngestionConflictException(IngestionStep.TARGET_CONNECTION, identity(IngestionStep.TARGET_CONNECTION),
            targets.stream().map(t -> t.id).collect(Collectors.toList()),
            targets.size() == 1 ? targets.get(0).differences : List.of(), resources);
      }
    }
    return found;
  }

  private List<Existing> findTargetConnection(List<?> found, String targetSchema, String dataSet, String datasetBaseConnection) {
    return found.stream().map(TargetConnection.class::cast).map(c -> {
      Differences differences = new Differences()
          .check("connection spec", c.connectionSpec().map(SpecRef::id), form.targetConnectionSpecId())
          .check("dataset", c.params().flatMap(TargetConnectionParams::dataSetId), dataSet)
          .check("schema", c.data().flatMap(ConnectionData::schema).map(io.github.aepsdk.flowservice.SchemaRef::id), targetSchema);
      if (form.createsDatasetBaseConnection()) {
        differences.check("base connection", c.baseConnectionId(), datasetBaseConnection);
      } else {
        c.baseConnectionId().ifPresent(base -> differences.note("base connection is " + base
            + ", the ingestion's has none (the current docs' form, RequestForm.CURRENT_DOCS)"));
      }
      return Existing.of(c.id(), c.etag(), differences);
    }).collect(Collectors.toList());
  }

  /**
   * The mapping set with the step's identity. Other mappings are changed in place ({@code PUT
   * /mappingSets/{id}}, a new version, which the dataflow step then points the flow at), unless the
   * ingestion's dataflow is scheduled {@code once}: AEP does not let its mapping be updated. So is
   * the output schema when the one it names no longer exists ({@code GET /tenant/schemas/{id}}
   * answers 404): the mapping set a {@link Ingestion#teardown() teardown} keeps (Data Prep has no
   * {@code DELETE}) is pointed at the target schema of the ingestion made again.
   */
  private List<Existing> findMappingSet(List<?> found, String targetSchema) {
    Set<String> wanted = new TreeSet<>();
    in.mappings.forEach(m -> wanted.add(m.source() + " -> " + m.destination()));
    return found.stream().map(MappingSet.class::cast).map(m -> {
      String id = m.id().orElseThrow(() -> new AepException("Data Prep listed a mapping set without an id"));
      m.version().ifPresent(version -> mappingVersions.put(id, String.valueOf(version)));
      Set<String> mappings = new TreeSet<>();
      m.mappings().forEach(mapping -> mappings.add(mapping.effectiveSource().orElse("") + " -> "
          + mapping.effectiveDestination().orElse("")));
      Differences differences = new Differences();
      if (m.targetSchemaId().filter(schema -> !schema.equals(targetSchema)).filter(this::schemaGone).isPresent()) {
        differences.checkInPlace("output schema", m.targetSchemaId(), targetSchema);
      } else {
        differences.check("output schema", m.targetSchemaId(), targetSchema);
      }
      differences.checkInPlace("mappings", mappings, wanted);
      if (!differences.onlyInPlace()) {
        return Existing.of(id, Optional.empty(), differences);
      }
      if (flowScheduledOnce()) {
        return Existing.of(id, Optional.empty(), differences.note("the dataflow '" + identity(IngestionStep.DATAFLOW)
            + "' is scheduled once, and AEP does not let the mapping of a one-time dataflow be updated"));
      }
      if (planOnly) { // Data Prep's PUT stores the next version
        mappingVersions.put(id, String.valueOf(m.version().map(v -> v + 1).orElse(1)));
      }
      return Existing.updatable(id, Optional.empty(), differences, () -> {
        mappingVersions.put(id, Ingestion.versionWith(aep, id, targetSchema, in.mappings));
        return Optional.empty();
      });
    }).collect(Collectors.toList());
  }

  /** Whether tenant schema {@code id} no longer exists ({@code GET /tenant/schemas/{id}} answers 404). */
  private boolean schemaGone(String id) {
    try {
      schemas().getSchema(Container.TENANT, id);
      return false;
    } catch (NotFoundException gone) {
      return true;
    }
  }

  /** Whether the one dataflow with the ingestion's identity, if any, is scheduled {@code once}. */
  private boolean flowScheduledOnce() {
    return lookedUp(IngestionStep.DATAFLOW).stream().map(Flow.class::cast)
        .anyMatch(f -> f.scheduleParams().map(ScheduleParams::frequencyValue).filter(Frequency.ONCE::equals).isPresent());
  }

  /**
   * The dataflow with the step's identity. Its schedule and the mapping set version its Mapping
   * transformation points at are changed in place ({@code PATCH /flows/{id}}, see {@link
   * Ingestion#updateSchedule} and {@link Ingestion#updateMappings}), unless it is scheduled {@code
   * once}: AEP does not let a one-time dataflow be rescheduled or remapped.
   */
  private List<Existing> findFlow(List<?> found, FlowSpec flowSpec, String source, String target, String mappingSet) {
    return found.stream().map(Flow.class::cast).map(f -> {
      boolean once = f.scheduleParams().map(ScheduleParams::frequencyValue).filter(Frequency.ONCE::equals).isPresent();
      List<Transformation> wanted = mappingSet == null ? null : in.transformations(flowSpec, mappingSet, mappingVersion(mappingSet));
      boolean onlyVersion = wanted != null && describe(f.transformations(), false).equals(describe(wanted, false));
      Optional<String> schedule = f.scheduleParams().map(p -> schedule(p, flowSpec));
      Differences differences = new Differences()
          .check("flow spec", f.flowSpec().map(SpecRef::id), flowSpec.id())
          .check("source connections", f.sourceConnectionIds(), listOf(source))
          .check("target connections", f.targetConnectionIds(), listOf(target));
      List<String> transformations = describe(f.transformations(), true);
      List<String> wantedTransformations = wanted == null ? null : describe(wanted, true);
      String wantedSchedule = schedule(in.schedule, flowSpec);
      if (once || !onlyVersion) {
        differences.check("transformations", transformations, wantedTransformations);
      } else {
        differences.checkInPlace("transformations", transformations, wantedTransformations);
      }
      if (once || schedule.isEmpty()) {
        differences.check("schedule", schedule, wantedSchedule);
      } else {
        differences.checkInPlace("schedule", schedule, wantedSchedule);
      }
      if (once && !differences.list().isEmpty() && onlyVersion) {
        differences.note("AEP does not let a dataflow scheduled once be rescheduled or remapped");
      }
      if (!differences.onlyInPlace()) {
        return Existing.of(f.id(), f.etag(), differences);
      }
      return Existing.updatable(f.id(), f.etag(), differences, () -> {
        Ingestion ingestion = Ingestion.of(aep, in.name, IngestionResources.none().with(IngestionStep.DATAFLOW, f.id()));
        if (!schedule.get().equals(wantedSchedule)) {
          ingestion.updateSchedule(in.schedule);
        }
        ingestion.useMappingVersion(mappingVersion(mappingSet));
        return flows().getFlow(f.id()).etag();
      });
    }).collect(Collectors.toList());
  }

  /** Transformations as compared: name, mapping set and (with {@code version}) its version, delta column. */
  private static List<String> describe(List<Transformation> transformations, boolean version) {
    return transformations.stream().map(t -> t.name() + " " + t.params().mappingId().orElse("")
        + " " + (version ? t.params().mappingVersion().orElse("") : "") + " "
        + t.params().deltaColumn().map(String::valueOf).orElse(""))
        .collect(Collectors.toList());
  }

  private static List<String> listOf(String id) {
    return id == null ? List.of() : List.of(id);
  }

  /**
   * What a schedule repeats: frequency, interval and backfill (when absent, the flow spec's default
   * for it: {@code scheduleSpec.spec.properties.backfill.default}, {@code true} for CRMToAEP). The
   * start time is not compared: a run of the same ingestion later (with {@code startTime} "now"
   * again) finds the flow it made, whose schedule has started.
   */
  private static String schedule(ScheduleParams schedule, FlowSpec flowSpec) {
    boolean backfill = schedule.backfillValue().orElseGet(() -> flowSpec.scheduleSpec()
        .map(spec -> spec.spec().get("properties")).filter(Map.class::isInstance)
        .map(properties -> ((Map<?, ?>) properties).get("backfill")).filter(Map.class::isInstance)
        .map(backfillSpec -> Boolean.TRUE.equals(((Map<?, ?>) backfillSpec).get("default"))).orElse(false));
    return schedule.frequency() + " every " + schedule.interval().map(String::valueOf).orElse("-")
        + (backfill ? " with backfill" : " without backfill");
  }

  // ---- steps ------------------------------------------------------------------------------

  /** The resumed flow spec, or the one named {@code flowSpecName}; empty if there is none of that name. */
  private Optional<FlowSpec> lookUpFlowSpec() {
    Optional<String> known = resources.id(IngestionStep.FLOW_SPEC);
    if (known.isPresent()) {
      return Optional.of(flows().getFlowSpec(known.get()));
    }
    return flows().findFlowSpecByName(in.flowSpecName);
  }

  /**
   * Polls the dataflow's runs ({@code GET /runs?property=flowId==<id>}) every {@code pollInterval}
   * until the first one (the earliest created) ends, for at most the configured timeout, on the
   * client's clock and sleeper. Reports {@code WAITING} before each wait (the run still running or
   * not started), then {@code COMPLETED} with the report when the run is good enough, or {@code
   * FAILED} and {@link IngestionRunFailedException} when it is not.
   */
  private RunReport waitForFirstRun(String flowId) {
    Instant start = aep.clock().instant();
    RunReport firstRun;
    try {
      firstRun = Poll.until(aep, in.firstRunTimeout, in.pollInterval, "the first run of dataflow " + flowId,
          () -> pollFirstRun(flowId, start), r -> r.outcome() != RunOutcome.STILL_RUNNING,
          r -> reportRun(StepEvent.Status.WAITING, r, start));
    } catch (IngestionFailedException pollFailed) { // reported by pollFirstRun
      throw pollFailed;
    } catch (AepException interrupted) {
      throw firstRunFailed(start, interrupted);
    }
    boolean goodEnough = firstRun.outcome() == RunOutcome.SUCCEEDED
        || (firstRun.outcome() == RunOutcome.PARTIALLY_SUCCEEDED && firstRun.failedRecordCount() <= in.maxFailedRecords);
    if (!goodEnough) {
      throw failed(() -> reportRun(StepEvent.Status.FAILED, firstRun, start),
          new IngestionRunFailedException(firstRun, in.maxFailedRecords, resources));
    }
    reportRun(StepEvent.Status.COMPLETED, firstRun, start);
    return firstRun;
  }

  /** The report of the flow's earliest run as listed now. */
  private RunReport pollFirstRun(String flowId, Instant start) {
    try {
      return flows().listRunsOfFlow(flowId).items().stream()
          .min(Comparator.comparing((Run r) -> r.createdAt().orElse(Long.MAX_VALUE)))
          .map(RunReport::of)
          .orElseGet(RunReport::noRun);
    } catch (RuntimeException e) {
      throw firstRunFailed(start, e);
    }
  }

  private IngestionFailedException firstRunFailed(Instant start, RuntimeException cause) {
    return failed(IngestionStep.FIRST_RUN, null, start, new IngestionFailedException(IngestionStep.FIRST_RUN, resources, cause));
  }

  /** Reports the first run's state: its id and status as last polled, and the time since the wait began. */
  private void reportRun(StepEvent.Status status, RunReport firstRun, Instant start) {
    emit(StepEvent.builder().step(IngestionStep.FIRST_RUN).status(status)
        .resourceId(firstRun.run().map(Run::id)).runStatus(firstRun.run().map(Run::statusValue))
        .duration(since(start)).build());
  }

  // ---- step bookkeeping -------------------------------------------------------------------

  /** A value and the time it took to get it. */
  private static final class Timed<T> {
    final T value;
    final Duration duration;
    final String id;

    Timed(T value, Duration duration, String id) {
      this.value = value;
      this.duration = duration;
      this.id = id;
    }
  }

  private <T> Timed<T> timed(Supplier<T> work, Function<T, String> id) {
    Instant start = aep.clock().instant();
    T value = work.get();
    return new Timed<>(value, since(start), id.apply(value));
  }

  /** The time since {@code start} on the client's {@link AepClient#clock() clock}: every step's duration is measured on it. */
  private Duration since(Instant start) {
    return Duration.between(start, aep.clock().instant());
  }

  /**
   * A read-only check made before anything is created; a failure other than invalid input or an
   * ingestion failure the read itself found (a conflict) is reported as a failure of {@code step},
   * with the resources given (nothing was created).
   */
  private <T> T readOnly(IngestionStep step, Supplier<T> read) {
    try {
      return read.get();
    } catch (IngestionValidationException | IngestionFailedException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IngestionFailedException(step, resources, e);
    }
  }

  /**
   * Makes sure {@code step}'s resource exists and returns its id. A resource given by the caller or
   * a resumed run is used as it is ({@code SKIPPED}). Otherwise what the look-up of the step's
   * identity made with the checks found ({@link #lookedUp}) is compared first ({@code compare}): a matching resource is adopted ({@code ADOPTED}), one that differs (or several) stops the
   * ingestion with {@link IngestionConflictException}, and only when none exists is it created. When
   * a create's outcome is unknown (the request may have reached AEP and no answer says what happened)
   * the identity is looked up again before anything else is sent; a create is never re-sent blindly.
   * A connection or flow, whichever way it was obtained, is used only once enabled ({@link
   * #awaitEnabled}). In a plan nothing is created: the outcome is recorded and null stands for a
   * missing id.
   */
  private String ensure(IngestionStep step, Function<List<?>, List<Existing>> compare, Supplier<String> create) {
    if (stopped) {
      throw new Stopped();
    }
    Instant start = aep.clock().instant();
    Optional<String> known = resources.id(step)
        .or(() -> step == IngestionStep.BASE_CONNECTION ? Optional.ofNullable(in.baseConnectionId) : Optional.empty());
    if (known.isPresent()) {
      remember(step, known.get(), Optional.empty());
      plan(step, PlannedStep.Action.EXISTS, known.get(), List.of());
      awaitEnabled(step, known.get(), start);
      report(step, StepEvent.Status.SKIPPED, known.get(), Duration.ZERO);
      return known.get();
    }
    Optional<Existing> existing = lookUp(step, compare);
    if (existing.isPresent()) {
      Existing found = existing.get();
      if (found.update != null) {
        return update(step, found, start);
      }
      if (!found.differences.isEmpty()) {
        if (planOnly) {
          plan(step, PlannedStep.Action.DIFFERS, found.id, found.differences);
          return found.id;
        }
        throw new IngestionConflictException(step, identity(step), List.of(found.id), found.differences, resources);
      }
      plan(step, PlannedStep.Action.EXISTS, found.id, List.of());
      return record(step, found.id, found.etag, StepEvent.Status.ADOPTED, start);
    }
    if (planOnly) {
      plan(step, PlannedStep.Action.CREATE, null, List.of());
      return null;
    }
    String id;
    try {
      id = create.get();
    } catch (RuntimeException failure) {
      boolean unknown = outcomeUnknown(failure);
      Optional<Existing> made = unknown ? lookUpAfter(step, compare, failure) : Optional.empty();
      if (made.isPresent() && made.get().differences.isEmpty()) {
        return record(step, made.get().id, made.get().etag, StepEvent.Status.COMPLETED, start);
      }
      throw failed(step, null, start, new IngestionFailedException(step, resources, failure, unknown));
    }
    return record(step, id, Optional.empty(), StepEvent.Status.COMPLETED, start);
  }

  /**
   * Updates in place a resource that differs only in what AEP lets change ({@link
   * PlannedStep.Action#UPDATE}): in a plan only reported; in a run updated, then recorded and
   * reported {@code UPDATED}. A failed update fails the step; the resource exists and is named.
   */
  private String update(IngestionStep step, Existing found, Instant start) {
    plan(step, PlannedStep.Action.UPDATE, found.id, found.differences);
    if (planOnly) {
      return found.id;
    }
    Optional<String> etag;
    try {
      etag = found.update.get();
    } catch (RuntimeException failure) {
      throw failed(step, found.id, start, new IngestionFailedException(step, resources.with(step, found.id), failure));
    }
    return record(step, found.id, etag.isPresent() ? etag : found.etag, StepEvent.Status.UPDATED, start);
  }

  /**
   * Readiness: a connection or flow is used (and its step reported) only once {@code enabled}, with a
   * {@code WAITING} event before each wait while it provisions. A plan waits for nothing. If it does
   * not become enabled the step fails; the resource exists and is in {@link #resources}.
   */
  private void awaitEnabled(IngestionStep step, String id, Instant start) {
    if (planOnly || !Readiness.applies(step)) {
      return;
    }
    try {
      readiness.awaitEnabled(step, id,
          () -> report(step, StepEvent.Status.WAITING, id, since(start)));
    } catch (AepException e) {
      throw failed(step, id, start, new IngestionFailedException(step, resources, e));
    }
  }

  /** Reports {@code step} {@code FAILED} and returns {@code failure}, to be thrown ({@link #failed(Runnable, IngestionFailedException)}). */
  private IngestionFailedException failed(IngestionStep step, String id, Instant start, IngestionFailedException failure) {
    return failed(() -> report(step, StepEvent.Status.FAILED, id, since(start)), failure);
  }

  /**
   * Sends the {@code FAILED} event ({@code reportFailure}) and returns {@code failure}, to be thrown.
   * When the listener throws on that event, its failure is thrown instead ({@link ProgressListener}),
   * an {@link Error} as it is, with {@code failure} added as suppressed so that the step's own failure
   * and resources are not lost.
   */
  private <E extends IngestionFailedException> E failed(Runnable reportFailure, E failure) {
    try {
      reportFailure.run();
    } catch (ListenerFailed | Error listener) {
      listener.addSuppressed(failure);
      throw listener;
    }
    return failure;
  }

  /**
   * The one resource with {@code step}'s identity, if any, as its look-up made with the checks found
   * it ({@link #lookedUp}); several stop a run, and differ in a plan.
   */
  private Optional<Existing> lookUp(IngestionStep step, Function<List<?>, List<Existing>> compare) {
    List<Existing> found = readOnly(step, () -> compare.apply(lookedUp(step)));
    if (found.size() > 1) {
      List<String> ids = found.stream().map(e -> e.id).collect(Collectors.toList());
      if (planOnly) {
        return Optional.of(Existing.of(ids.get(0), Optional.empty(),
            new Differences().note(ids.size() + " resources have this name: " + String.join(", ", ids))));
      }
      throw new IngestionConflictException(step, identity(step), ids, List.of(), resources);
    }
    return found.stream().findFirst();
  }

  /**
   * The look-up after a create whose outcome is unknown, a new read (not the one made with the
   * checks); its own failure is reported with the create's.
   */
  private Optional<Existing> lookUpAfter(IngestionStep step, Function<List<?>, List<Existing>> compare, RuntimeException failure) {
    try {
      List<Existing> found = compare.apply(finder.named(step, identity(step)));
      return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    } catch (RuntimeException lookUpFailure) {
      failure.addSuppressed(lookUpFailure);
      return Optional.empty();
    }
  }

  /**
   * Whether AEP may have acted on a create that failed: the exception says so ({@link
   * AepException#mayHaveTakenEffect()}: a timeout after sending, a dropped connection, a 500, 502 or
   * 504), or Schema Registry's {@code XDM-1521-400} (the title is taken: by this very create, when
   * an earlier attempt's answer was lost).
   */
  static boolean outcomeUnknown(RuntimeException failure) {
    return (failure instanceof AepException && ((AepException) failure).mayHaveTakenEffect())
        || (failure instanceof BadRequestException
            && ((BadRequestException) failure).errorCode().filter(TITLE_TAKEN::equals).isPresent());
  }

  /**
   * Records {@code step}'s resource (and its Flow Service etag, when a look-up found it; a create
   * recorded its own), waits until it is enabled, and reports the step.
   */
  private String record(IngestionStep step, String id, Optional<String> etag, StepEvent.Status status, Instant start) {
    remember(step, id, etag);
    awaitEnabled(step, id, start);
    report(step, status, id, since(start));
    return id;
  }

  /** Records that {@code step}'s resource is {@code id} (with its Flow Service etag, if given). */
  private void remember(IngestionStep step, String id, Optional<String> etag) {
    synchronized (lock) {
      IngestionResources with = resources.with(step, id);
      resources = etag.isPresent() ? with.withEtag(id, etag.get()) : with;
    }
  }

  private void plan(IngestionStep step, PlannedStep.Action action, String id, List<String> differences) {
    PlannedStep planStep = PlannedStep.builder().step(step).action(action).resourceId(Optional.ofNullable(id))
        .differences(differences).build();
    synchronized (lock) {
      planned.add(planStep);
    }
  }

  /** Reports a step whose work was done during validation: the flow spec look-up. */
  private <T> void step(IngestionStep step, Timed<T> done) {
    plan(step, PlannedStep.Action.EXISTS, done.id, List.of());
    if (resources.id(step).isPresent()) {
      report(step, StepEvent.Status.SKIPPED, resources.require(step), Duration.ZERO);
      return;
    }
    remember(step, done.id, Optional.empty());
    report(step, StepEvent.Status.COMPLETED, done.id, done.duration);
  }

  private void report(IngestionStep step, StepEvent.Status status, String id, Duration duration) {
    if (planOnly) {
      return;
    }
    emit(StepEvent.builder().step(step).status(status).resourceId(Optional.ofNullable(id)).duration(duration).build());
  }

  /**
   * Records {@code event} and hands it to the listener, one event at a time whichever side reports
   * it; once the listener has thrown, it is not called again and both sides stop. An {@link Error}
   * it throws leaves the run as it is ({@link #ensureAll}).
   */
  private void emit(StepEvent event) {
    synchronized (lock) {
      events.add(event);
      if (listenerFailed) {
        return;
      }
      try {
        in.listener.onStep(event);
      } catch (RuntimeException e) {
        listenerFailed = true;
        stopped = true;
        throw new ListenerFailed(event.step(), e);
      } catch (Error e) {
        listenerFailed = true;
        stopped = true;
        throw e;
      }
    }
  }

  /**
   * The listener's own failure, carried out of the steps unreported (the listener is not told of
   * it) and thrown by {@link #run()} as an {@link IngestionFailedException} with the resources.
   */
  private static final class ListenerFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final IngestionStep step;

    ListenerFailed(IngestionStep step, RuntimeException cause) {
      super(cause);
      this.step = step;
    }
  }

  /** The id of a Flow Service resource just created; its etag is kept for later PATCHes. */
  private String flowEntity(EntityRef ref) {
    synchronized (lock) {
      resources = resources.withEtag(ref.id(), ref.etag());
    }
    return ref.id();
  }

  private static String created(Optional<String> xdmId) {
    return xdmId.orElseThrow(() -> new AepException("Schema Registry created a resource but answered no $id"));
  }

  private Map<String, Object> adHocFields(List<SourceField> fields) {
    Map<String, Object> properties = new LinkedHashMap<>();
    fields.forEach(f -> properties.put(f.name(), f.type().jsonSchema()));
    return properties;
  }

  private FlowServiceApi flows() {
    return aep.flowService();
  }

  private SchemaRegistryApi schemas() {
    return aep.schemaRegistry();
  }

  /**
   * Configures an ingestion. Nothing is sent until {@link #run()}. Names and titles of the created
   * resources start with {@link #name(String)} (Schema Registry titles must be unique per org).
   */
  public static final class Builder {
    final AepClient aep;
    String name;
    String baseConnectionId;
    ConnectionAuth auth;
    String connectionSpecId = ConnectionSpec.HUBSPOT_ID;
    String sourcePath;
    String format = "tabular";
    RequestForm requestForm = RequestForm.CURRENT_DOCS;
    final List<SourceField> fields = new ArrayList<>();
    boolean discover;
    String targetClassId = PROFILE_CLASS;
    List<String> fieldGroupIds = DEFAULT_FIELD_GROUPS;
    final List<FieldMapping> mappings = new ArrayList<>();
    DeltaColumn deltaColumn;
    ScheduleParams schedule;
    String flowSpecName = FlowSpec.CRM_TO_AEP_NAME;
    ProgressListener listener = event -> {};
    Duration firstRunTimeout;
    Duration pollInterval = Duration.ofSeconds(10);
    long maxFailedRecords;
    Duration readinessTimeout = Duration.ofMinutes(5);
    Duration readinessInterval = Duration.ofSeconds(30);
    IngestionResources resume = IngestionResources.none();

    private Builder(AepClient aep) {
      this.aep = aep;
    }

    /**
     * The flow's transformations for this input: Copy with the delta column when one is given, then
     * Mapping. The flow spec lists the transformations a flow may carry ({@code transformationSpecs})
     * and, per transformation, what its params require; it makes none of them mandatory (CRMToAEP in
     * the 2020 tutorial and in the current docs alike), so without a delta column the flow has the
     * Mapping transformation only, as the tutorial's dataflow. A delta column given for a flow spec
     * that has no Copy transformation is refused by {@link RemoteChecks#flowSpecProblems}.
     */
    List<Transformation> transformations(FlowSpec spec, String mappingSetId, String mappingVersion) {
      List<Transformation> list = new ArrayList<>();
      if (deltaColumn != null && spec.findTransformationSpec(Transformation.COPY).isPresent()) {
        list.add(Transformation.copy(deltaColumn));
      }
      list.add(Transformation.mapping(mappingSetId, mappingVersion));
      return list;
    }

    /** The base connection given, or the one a resumed run created. */
    Optional<String> knownBaseConnectionId() {
      return Optional.ofNullable(baseConnectionId).or(() -> resume.id(IngestionStep.BASE_CONNECTION));
    }

    /**
     * The ingestion's name: every resource it creates is named (Flow Service, Catalog, Data Prep) or
     * titled (Schema Registry) {@code "<name>: <step label>"}, e.g. {@code "HubSpot contacts: target
     * schema"}, and found again by it. It must not be blank, start or end with a space, or hold a
     * control character. Default: the source path and a short hash of the connection
     * spec, base connection and source path, the same for the same input. Schema Registry titles
     * must be unique in the sandbox, so two ingestions need two names.
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** An existing marketing automation base connection (Flow Service id, a UUID). */
    public Builder baseConnectionId(String baseConnectionId) {
      this.baseConnectionId = baseConnectionId;
      return this;
    }

    /**
     * Step 0: create the base connection with these credentials (for HubSpot {@code specName}
     * "Basic Authentication" with clientId, clientSecret, accessToken, refreshToken), instead of
     * {@link #baseConnectionId(String)}.
     */
    public Builder createBaseConnection(ConnectionAuth auth) {
      this.auth = auth;
      return this;
    }

    /** The source's connection spec id; default HubSpot ({@value ConnectionSpec#HUBSPOT_ID}). */
    public Builder connectionSpecId(String connectionSpecId) {
      this.connectionSpecId = connectionSpecId;
      return this;
    }

    /** The table to collect, as exploring the base connection names it, e.g. {@code Hubspot.Contacts}. */
    public Builder sourcePath(String sourcePath) {
      this.sourcePath = sourcePath;
      return this;
    }

    /**
     * The source connection's data format in the current docs' form; default {@code tabular}. The
     * tutorial's form ({@link RequestForm#TUTORIAL_2020}) sends {@code parquet_xdm}, as the tutorial does.
     */
    public Builder format(String format) {
      this.format = format;
      return this;
    }

    /** A column of the source table and its type; one call per column. */
    public Builder sourceField(String name, XdmType type) {
      this.fields.add(SourceField.of(name, type));
      return this;
    }

    /**
     * Take the source fields from AEP instead: explore the base connection ({@code GET
     * /connections/{id}/explore?objectType=table&object=<sourcePath>}) and turn its columns and
     * their types into the ad-hoc class's fields. Needs {@link #baseConnectionId(String)}.
     */
    public Builder discoverSourceFields() {
      this.discover = true;
      return this;
    }

    /** The target schema's class; default XDM Individual Profile. */
    public Builder targetClassId(String classId) {
      this.targetClassId = classId;
      return this;
    }

    /** The target schema's field groups; default profile-person-details and profile-personal-details. */
    public Builder targetFieldGroupIds(List<String> fieldGroupIds) {
      this.fieldGroupIds = List.copyOf(fieldGroupIds);
      return this;
    }

    /** Map source column {@code source} to target XDM path {@code xdmPath} (dot notation). */
    public Builder mapping(String source, String xdmPath) {
      this.mappings.add(FieldMapping.of(source, xdmPath));
      return this;
    }

    /**
     * The delta column of the {@code Copy} transformation, by which AEP reads only new records.
     * Optional: without it the dataflow has the {@code Mapping} transformation only, as the
     * tutorial's dataflow; with it the flow spec must offer {@code Copy} (CRMToAEP does), and its
     * params are checked against the flow spec's JSON schema for {@code Copy} before anything is created.
     */
    public Builder deltaColumn(DeltaColumn deltaColumn) {
      this.deltaColumn = deltaColumn;
      return this;
    }

    /** The dataflow's schedule ({@code startTime} in epoch seconds). Required. */
    public Builder schedule(ScheduleParams schedule) {
      this.schedule = schedule;
      return this;
    }

    /**
     * Which of Adobe's two descriptions of the steps to send where they differ ({@link RequestForm}).
     * Default {@link RequestForm#CURRENT_DOCS}: the official Flow Service spec's target connection
     * request has no {@code baseConnectionId} and names the Data Lake connection spec (its only
     * allowed value in Flow Service's error catalog, {@code 1307-400}), so the current docs' form is
     * the one today's AEP documents; it creates no dataset base connection. {@link
     * RequestForm#TUTORIAL_2020} sends the tutorial's bodies request for request: a dataset base
     * connection that the target connection references, {@code parquet_xdm} connections and the
     * legacy mapping set.
     */
    public Builder requestForm(RequestForm requestForm) {
      this.requestForm = requestForm;
      return this;
    }

    /** The flow spec to look up by name; default {@code CRMToAEP}. */
    public Builder flowSpecName(String flowSpecName) {
      this.flowSpecName = flowSpecName;
      return this;
    }

    /**
     * Receives one event per step, one at a time, each side's in the documented order ({@link
     * ProgressListener} says from which threads and in which order).
     */
    public Builder listener(ProgressListener listener) {
      this.listener = listener == null ? event -> {} : listener;
      return this;
    }

    /**
     * After creating the dataflow, poll its runs ({@code GET /runs?property=flowId==<id>}) every
     * {@code pollInterval} until the first one ends, for at most {@code timeout}, on the client's
     * {@link AepClient#clock() clock} and {@link AepClient#sleeper() sleeper}; each wait after a poll
     * that found it still running (or not started) is announced by a {@link StepEvent.Status#WAITING} event.
     * The ended run is judged by its {@link RunReport}: {@link #run()} returns it in {@link
     * IngestionResult#firstRun()} when it {@link RunOutcome#SUCCEEDED succeeded} or {@link
     * RunOutcome#PARTIALLY_SUCCEEDED partially succeeded} within {@link #maxFailedRecords(long)},
     * and throws {@link IngestionRunFailedException} otherwise, also when it had not ended at the
     * timeout. {@code null} timeout: do not wait (the default).
     */
    public Builder waitForFirstRun(Duration timeout, Duration pollInterval) {
      this.firstRunTimeout = timeout;
      this.pollInterval = pollInterval;
      return this;
    }

    /**
     * How many records of the first run may fail ({@code metrics.recordSummary.failedRecordCount},
     * see {@link RunReport#failedRecordCount()}) before {@link #run()} throws {@link
     * IngestionRunFailedException}; applies with {@link #waitForFirstRun(Duration, Duration)}.
     * Default 0: a run whose records failed is an error, even when AEP's status says {@code success}
     * (Adobe's monitoring doc shows such runs; a failed record is data that did not arrive). A run
     * whose status is {@code failed}, or that wrote nothing, fails whatever the limit.
     */
    public Builder maxFailedRecords(long maxFailedRecords) {
      this.maxFailedRecords = maxFailedRecords;
      return this;
    }

    /**
     * How long to wait for each connection and flow to be enabled, and how often to look. AEP
     * provisions base, source and target connections and flows asynchronously; as Adobe's own
     * deployment tool does, the ingestion reads each one it creates, adopts, resumes or is given
     * ({@code GET /connections/{id}}, {@code /sourceConnections/{id}}, {@code /targetConnections/{id}},
     * {@code /flows/{id}}) every {@code pollInterval} until its {@code state} is {@code enabled},
     * reporting {@link StepEvent.Status#WAITING} before each wait, and uses it only then. Default: 5
     * minutes, every 30 seconds (Adobe's tool polls at 30 s intervals and provisioning takes minutes).
     * Waits go through the client's {@link AepClient#sleeper() sleeper} and the timeout is measured
     * with its {@link AepClient#clock() clock}.
     *
     * <p>If a resource's state is {@code disabled}, {@code disabling} or {@code draft}, or it is still
     * provisioning ({@code inProgress}, {@code updating}, {@code enabling}, or a state this SDK does
     * not know) after {@code timeout}, its step fails with an {@link IngestionFailedException} whose
     * cause is a {@link ResourceNotReadyException} and whose resources include it.
     *
     * @param timeout zero or more: how long to keep polling (zero: one read)
     * @param pollInterval more than zero; the last wait is shortened to end at the timeout
     */
    public Builder waitUntilEnabled(Duration timeout, Duration pollInterval) {
      this.readinessTimeout = timeout;
      this.readinessInterval = pollInterval;
      return this;
    }

    /**
     * Resources that exist already, from an {@link IngestionFailedException} or named by the
     * caller: their steps are skipped and their ids used (a connection or flow once it is enabled,
     * see {@link #waitUntilEnabled(Duration, Duration)}).
     */
    public Builder resume(IngestionResources existing) {
      this.resume = existing == null ? IngestionResources.none() : existing;
      return this;
    }

    /**
     * Validates the input, then makes sure each step's resource exists: a resource with the step's
     * identity (its name or title, derived from {@link #name(String)}) that matches is adopted
     * ({@link StepEvent.Status#ADOPTED}); one that differs only in its mappings (mapping set) or its
     * schedule and mapping version (dataflow) is updated in place ({@link StepEvent.Status#UPDATED}:
     * {@code PUT /mappingSets/{id}}, then {@code PATCH /flows/{id}} with its etag), unless the
     * dataflow is scheduled {@code once}, which AEP does not let be rescheduled or remapped; a
     * missing one is created. Running the same ingestion again therefore converges to its input: it
     * creates what is missing, updates what it can, and creates nothing twice.
     *
     * @return every id created or adopted, the step events, and the first run's report if waited for
     * @throws IngestionValidationException listing every input problem; nothing was created
     * @throws IngestionConflictException if a resource with a step's identity differs from what the
     *     step would create in what is not updated in place (or several share it); that resource is
     *     left unchanged, and the steps before it have run ({@link IngestionFailedException#resources()}
     *     names what exists; {@link #plan()} shows a conflict before anything is created)
     * @throws IngestionRunFailedException if the first run, waited for, failed, had not ended at the
     *     timeout, or had more failed records than {@link #maxFailedRecords(long)} allows
     * @throws IngestionFailedException naming the failed step and the resources that exist
     */
    public IngestionResult run() {
      return new MarketingAutomationIngestion(aep, withDefaultName(), false).run();
    }

    /**
     * What {@link #run()} would do, without changing anything: the same validation, then per step
     * (in the documented order, although the two sides are looked up at the same time) whether a resource with its identity exists and matches ({@code EXISTS}), is missing ({@code
     * CREATE}), differs in what a run updates in place ({@code UPDATE}) or differs otherwise ({@code
     * DIFFERS}). Sends GET requests only.
     *
     * @throws IngestionValidationException listing every input problem
     * @throws IngestionFailedException if a read-only call failed
     */
    public IngestionPlan plan() {
      return new MarketingAutomationIngestion(aep, withDefaultName(), true).plan();
    }

    /**
     * This builder with its name set: the given one, or one derived from what identifies the
     * source (connection spec, base connection, source path), the same for the same input.
     */
    private Builder withDefaultName() {
      if (name == null && sourcePath != null) {
        String source = connectionSpecId + "\n" + (baseConnectionId == null ? "created" : baseConnectionId) + "\n" + sourcePath;
        try {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
          name = sourcePath + " " + String.format("%02x%02x%02x%02x", digest[0], digest[1], digest[2], digest[3]);
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
      }
      return this;
    }
  }
}
