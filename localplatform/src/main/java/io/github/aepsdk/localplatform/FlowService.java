package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Flow Service ({@code /data/foundation/flowservice}): connection specs, base connections (with
 * explore), source and target connections, flow specs, flows and runs.
 *
 * <p>Answers as Flow Service does: creates give {@code 201 {id, etag}} with the etag in quotes;
 * lookups and lists are wrapped in {@code {"items":[…]}}; lists page with {@code _links.next};
 * PATCH takes JSON Patch and needs {@code If-Match} with the current etag ({@code 1403-400} when
 * missing, {@code 1404-412} when stale); DELETE answers 204, or {@code 1418-400} while a flow uses
 * the connection (directly, or through a source or target connection on a base connection). Unknown
 * ids answer the {@code FLOW-1439-404} document.
 *
 * <p>Base, source and target connections and flows are provisioned asynchronously, as Adobe's own
 * deployment tool expects (API-NOTES §10: it polls a new base connection and a new flow until their
 * {@code state} is {@code enabled}): a new one is {@code enabling} for its first {@code
 * provisioningReads} lookups ({@code GET /…/{id}}; lists show the state without counting), then
 * {@code enabled}. {@code enabling} is the spec's transitional value for source and target
 * connections; the spec names only the end states for base connections ("{@code enabled} or {@code
 * disabled}") and flows, so they use the same one. {@code POST /flows/{id}/action?op=DISABLE} (or
 * {@code ENABLE}), the documented state transition, ends a flow's provisioning in that state.
 *
 * <p>Created connection and flow specs are {@link CustomSpecs}; connection tests, connection
 * actions, searches and a run's update and re-trigger are {@link FlowServiceActions}.
 */
final class FlowService {
  private static final List<String> READ_ONLY = List.of("id", "createdAt", "createdBy", "createdClient", "sandboxId",
      "sandboxName", "imsOrgId", "etag", "version", "runs", "lastRunDetails", "lastOperation", "inheritedAttributes");

  private final Context ctx;
  private final FlowRunner runner;
  private final int provisioningReads;
  /** Resources still provisioning (ids are unique across sandboxes): lookups left that answer {@code enabling}. */
  private final Map<String, Integer> provisioning = new HashMap<>();
  /** The next scheduled run of each recurring flow (epoch ms) once set by an update or an ENABLE; else after its creation. */
  private final Map<String, Long> nextScheduledRuns = new HashMap<>();
  final Router router = new Router();

  FlowService(Context ctx, FlowRunner runner, int provisioningReads) {
    this.ctx = ctx;
    this.runner = runner;
    this.provisioningReads = provisioningReads;
    router
        .on("GET", "connectionSpecs", c -> Listing.list(c, "connectionSpecs", CustomSpecs.connectionSpecs(c.sandbox)))
        .on("GET", "connectionSpecs/{id}",
            c -> items(CustomSpecs.connectionSpec(c.sandbox, c.param("id")), "connectionSpecs", c.param("id")))
        .on("GET", "flowSpecs", c -> Listing.list(c, "flowSpecs", CustomSpecs.flowSpecs(c.sandbox)))
        .on("GET", "flowSpecs/{id}", c -> items(CustomSpecs.flowSpec(c.sandbox, c.param("id")), "flowSpecs", c.param("id")))
        .on("POST", "connections", this::createConnection)
        .on("GET", "connections", c -> Listing.list(c, "connections", new ArrayList<>(c.sandbox.connections.values())))
        .on("GET", "connections/{id}", c -> lookup(c, c.sandbox.connections, "connections"))
        .on("PATCH", "connections/{id}", c -> patch(c, c.sandbox.connections, "connections"))
        .on("DELETE", "connections/{id}", this::deleteConnection)
        .on("GET", "connections/{id}/explore", this::explore)
        .on("POST", "sourceConnections", this::createSourceConnection)
        .on("GET", "sourceConnections",
            c -> Listing.list(c, "sourceConnections", new ArrayList<>(c.sandbox.sourceConnections.values())))
        .on("GET", "sourceConnections/{id}", c -> lookup(c, c.sandbox.sourceConnections, "sourceConnections"))
        .on("PATCH", "sourceConnections/{id}", c -> patch(c, c.sandbox.sourceConnections, "sourceConnections"))
        .on("DELETE", "sourceConnections/{id}", c -> delete(c, c.sandbox.sourceConnections, "sourceConnections"))
        .on("POST", "targetConnections", this::createTargetConnection)
        .on("GET", "targetConnections",
            c -> Listing.list(c, "targetConnections", new ArrayList<>(c.sandbox.targetConnections.values())))
        .on("GET", "targetConnections/{id}", c -> lookup(c, c.sandbox.targetConnections, "targetConnections"))
        .on("PATCH", "targetConnections/{id}", c -> patch(c, c.sandbox.targetConnections, "targetConnections"))
        .on("DELETE", "targetConnections/{id}", c -> delete(c, c.sandbox.targetConnections, "targetConnections"))
        .on("POST", "flows", this::createFlow)
        .on("GET", "flows", c -> Listing.list(c, "flows", now(c.sandbox.flows.values(), f -> runner.now(c.sandbox, f))))
        .on("GET", "flows/{id}", c -> lookup(c, c.sandbox.flows, "flows", f -> runner.now(c.sandbox, f)))
        .on("PATCH", "flows/{id}", c -> patch(c, c.sandbox.flows, "flows"))
        .on("DELETE", "flows/{id}", c -> delete(c, c.sandbox.flows, "flows"))
        .on("POST", "flows/{id}/action", this::flowAction)
        .on("POST", "runs", this::createRun)
        .on("GET", "runs", c -> Listing.list(c, "runs", now(c.sandbox.runs.values(), runner::now)))
        .on("GET", "runs/{id}", c -> items(runNow(c.sandbox, c.param("id")), "runs", c.param("id")));
    new CustomSpecs(ctx).register(router);
    new FlowServiceActions(ctx, runner, this).register(router);
  }

  /** Runs and flows as they look now ({@link FlowRunner#now}): a run may still be in progress. */
  private static List<Map<String, Object>> now(Collection<Map<String, Object>> resources,
      UnaryOperator<Map<String, Object>> view) {
    List<Map<String, Object>> out = new ArrayList<>();
    resources.forEach(r -> out.add(view.apply(r)));
    return out;
  }

  private Map<String, Object> runNow(SandboxState sandbox, String id) {
    Map<String, Object> run = sandbox.runs.get(id);
    return run == null ? null : runner.now(run);
  }

  private static Reply items(Map<String, Object> resource, String type, String id) {
    if (resource == null) {
      throw Errors.flowNotFound(type, id);
    }
    return Reply.ok(obj("items", arr(Json.copy(resource))));
  }

  /** A lookup of a connection or flow; it counts as one of a provisioning resource's reads. */
  private Reply lookup(Call c, Map<String, Map<String, Object>> store, String type) {
    return lookup(c, store, type, UnaryOperator.identity());
  }

  /** {@link #lookup(Call, Map, String)} answering {@code view} of the resource (a flow with its latest run). */
  private Reply lookup(Call c, Map<String, Map<String, Object>> store, String type, UnaryOperator<Map<String, Object>> view) {
    String id = c.param("id");
    Map<String, Object> resource = store.get(id);
    Reply reply = items(resource == null ? null : view.apply(resource), type, id);
    Integer left = provisioning.remove(id);
    if (left != null && left > 1) {
      provisioning.put(id, left - 1);
    } else if (left != null) {
      resource.put("state", "enabled");
    }
    return reply;
  }

  /** The metadata every Flow Service entity (connection, flow, spec) starts with. */
  static Map<String, Object> entity(Context ctx, Call c) {
    long now = ctx.now();
    return obj(
        "id", ctx.ids.uuid(),
        "createdAt", now,
        "updatedAt", now,
        "createdBy", c.client,
        "updatedBy", c.client,
        "createdClient", c.client,
        "updatedClient", c.client,
        "sandboxId", c.sandbox.id,
        "sandboxName", c.sandbox.name,
        "imsOrgId", ctx.imsOrgId);
  }

  private static void copy(Map<String, Object> from, Map<String, Object> to, String... names) {
    for (String name : names) {
      if (from.get(name) != null) {
        to.put(name, Json.copy(from.get(name)));
      }
    }
  }

  /** Stores a new connection or flow, provisioning it ({@code enabling}) unless {@code provisioningReads} is 0. */
  private Reply created(Map<String, Map<String, Object>> store, Map<String, Object> entity) {
    String etag = ctx.ids.etag();
    entity.put("state", provisioningReads == 0 ? "enabled" : "enabling");
    entity.put("version", etag);
    entity.put("etag", etag);
    store.put((String) entity.get("id"), entity);
    if (provisioningReads > 0) {
      provisioning.put((String) entity.get("id"), provisioningReads);
    }
    return Reply.json(201, obj("id", entity.get("id"), "etag", etag));
  }

  // ---- connections ----

  private Map<String, Object> connectionView(Map<String, Object> body, Map<String, Object> entity) {
    copy(body, entity, "name", "description", "connectionSpec");
    Map<String, Object> auth = FlowRules.publicAuth(FlowRules.connectionSpec(body), body.get("auth"));
    if (auth != null) {
      entity.put("auth", auth);
    }
    return entity;
  }

  private Reply createConnection(Call c) {
    Map<String, Object> body = c.object();
    FlowRules.checkConnection(body);
    return created(c.sandbox.connections, connectionView(body, entity(ctx, c)));
  }

  private Reply deleteConnection(Call c) {
    String id = c.param("id");
    if (!c.sandbox.connections.containsKey(id)) {
      throw Errors.flowNotFound("connections", id);
    }
    List<String> flows = new ArrayList<>();
    for (Map<String, Object> source : c.sandbox.sourceConnections.values()) {
      if (id.equals(source.get("baseConnectionId"))) {
        flows.addAll(flowsUsing(c.sandbox, "sourceConnectionIds", (String) source.get("id")));
      }
    }
    for (Map<String, Object> target : c.sandbox.targetConnections.values()) {
      if (id.equals(target.get("baseConnectionId"))) {
        flows.addAll(flowsUsing(c.sandbox, "targetConnectionIds", (String) target.get("id")));
      }
    }
    refuseWhileUsed(id, flows);
    c.sandbox.connections.remove(id);
    provisioning.remove(id);
    return Reply.empty(204);
  }

  /** The ids of the flows whose {@code member} ({@code sourceConnectionIds} or {@code targetConnectionIds}) holds {@code connectionId}. */
  private static List<String> flowsUsing(SandboxState sandbox, String member, String connectionId) {
    List<String> flows = new ArrayList<>();
    for (Map<String, Object> flow : sandbox.flows.values()) {
      if (Json.list(flow.get(member)).contains(connectionId)) {
        flows.add((String) flow.get("id"));
      }
    }
    return flows;
  }

  /**
   * A connection (base, source or target) that flows use cannot be deleted: Flow Service answers
   * {@code 400} with {@code FLOW-1418-400}, "Connection … is used by flow(s) […]" (API-NOTES §10,
   * Teardown order); delete the flows first.
   */
  private static void refuseWhileUsed(String connectionId, List<String> flows) {
    if (!flows.isEmpty()) {
      throw Errors.flowBadRequest("1418", "Invalid request", "Connection " + connectionId + " is used by flow(s) "
          + flows + ". Delete the flow(s) before deleting the connection.");
    }
  }

  /** {@link #refuseWhileUsed(String, List)} for a source or target connection, before the generic {@link #delete}. */
  private static void refuseWhileUsed(SandboxState sandbox, String type, String id) {
    if (type.equals("sourceConnections")) {
      refuseWhileUsed(id, flowsUsing(sandbox, "sourceConnectionIds", id));
    } else if (type.equals("targetConnections")) {
      refuseWhileUsed(id, flowsUsing(sandbox, "targetConnectionIds", id));
    }
  }

  private Reply explore(Call c) {
    Map<String, Object> connection = c.sandbox.connections.get(c.param("id"));
    if (connection == null) {
      throw Errors.flowNotFound("connections", c.param("id"));
    }
    String specId = Json.string(connection, "connectionSpec.id");
    if (!FlowSpecs.HUBSPOT.equals(specId)) {
      throw Errors.flowBadRequest("1336", "Bad Request", "Explore connection is not supported for connection spec ID: "
          + specId + ". Please provide supported connection spec id and try again.");
    }
    String objectType = c.query("objectType") == null ? "root" : c.query("objectType").toLowerCase(Locale.ROOT);
    switch (objectType) {
      case "root":
        return Reply.ok(HubSpot.root());
      case "table": {
        String object = c.query("object");
        if (object == null || object.isBlank()) {
          throw Errors.flowBadRequest("1337", "Bad Request", "The object cannot be empty for objectType=table."
              + " Please provide valid object and try again.");
        }
        if (!HubSpot.CONTACTS.equals(object)) {
          throw Errors.flowBadRequest("1330", "Bad Request", "No columns were found for table " + object
              + ". Please provide a valid table name and try again.");
        }
        return Reply.ok(HubSpot.contactsTable());
      }
      default:
        throw Errors.flowBadRequest("1358", "Bad Request", "The provided param 'objectType' is invalid. Please provide"
            + " a valid objectType and try again.");
    }
  }

  // ---- source and target connections ----

  /**
   * A source or target connection as stored: the request's members, and {@code inheritedAttributes}
   * naming its base connection (a target connection may have none).
   */
  private Map<String, Object> connectionView(SandboxState sandbox, Map<String, Object> body, Map<String, Object> entity) {
    copy(body, entity, "name", "description", "baseConnectionId");
    copy(body, entity, "data", "connectionSpec", "params");
    Map<String, Object> base = sandbox.connections.get(Json.string(body, "baseConnectionId"));
    if (base != null) {
      entity.put("inheritedAttributes", obj("baseConnection",
          obj("id", base.get("id"), "connectionSpec", Json.copy(base.get("connectionSpec")))));
    }
    return entity;
  }

  private Reply createSourceConnection(Call c) {
    Map<String, Object> body = c.object();
    FlowRules.checkSourceConnection(c.sandbox, body);
    return created(c.sandbox.sourceConnections, connectionView(c.sandbox, body, entity(ctx, c)));
  }

  private Reply createTargetConnection(Call c) {
    Map<String, Object> body = c.object();
    FlowRules.checkTargetConnection(c.sandbox, body);
    return created(c.sandbox.targetConnections, connectionView(c.sandbox, body, entity(ctx, c)));
  }

  // ---- flows ----

  private Map<String, Object> flowView(SandboxState sandbox, Map<String, Object> body, Map<String, Object> entity,
      Map<String, Object> schedule) {
    copy(body, entity, "name", "description", "flowSpec");
    copy(body, entity, "sourceConnectionIds", "targetConnectionIds");
    entity.put("inheritedAttributes", inheritedAttributes(sandbox, body));
    entity.put("scheduleParams", schedule);
    entity.put("transformations", Json.copy(body.getOrDefault("transformations", arr())));
    copy(body, entity, "labels", "options");
    entity.put("runs", "/flows/" + entity.get("id") + "/runs");
    return entity;
  }

  /** What a flow shows of its connections: their specs and the source's base connection. */
  private static Map<String, Object> inheritedAttributes(SandboxState sandbox, Map<String, Object> flow) {
    List<Object> sources = arr();
    for (Object id : Json.list(flow.get("sourceConnectionIds"))) {
      Map<String, Object> source = sandbox.sourceConnections.get(String.valueOf(id));
      Map<String, Object> base = sandbox.connections.get(Json.string(source, "baseConnectionId"));
      Map<String, Object> inherited = obj("id", id, "connectionSpec", Json.copy(source.get("connectionSpec")));
      if (base != null) {
        inherited.put("baseConnection", obj("id", base.get("id"), "connectionSpec", Json.copy(base.get("connectionSpec"))));
      }
      sources.add(inherited);
    }
    List<Object> targets = arr();
    for (Object id : Json.list(flow.get("targetConnectionIds"))) {
      Map<String, Object> target = sandbox.targetConnections.get(String.valueOf(id));
      targets.add(obj("id", id, "connectionSpec", Json.copy(target.get("connectionSpec"))));
    }
    return obj("sourceConnections", sources, "targetConnections", targets);
  }

  private Reply createFlow(Call c) {
    Map<String, Object> body = c.object();
    if (body.get("state") != null) {
      throw Errors.flowBadRequest("1410", "Invalid request", "State is not allowed in the create flow request.");
    }
    Map<String, Object> schedule = FlowRules.checkFlow(c.sandbox, body);
    Map<String, Object> flow = flowView(c.sandbox, body, entity(ctx, c), schedule);
    flow.put("lastOperation", lastOperation("create", arr()));
    Reply reply = created(c.sandbox.flows, flow);
    if (ctx.autoRun) {
      runner.run(c.sandbox, flow, c.client, null);
    }
    return reply;
  }

  /** The {@code lastOperation} of a flow: operations complete at once here. */
  private Map<String, Object> lastOperation(String operation, Object ops) {
    long now = ctx.now();
    return obj("started", now, "updated", now, "percentCompleted", new BigDecimal("100.0"),
        "status", obj("value", "completed", "errors", arr()), "ops", Json.copy(ops), "operation", operation);
  }

  // ---- runs ----

  private Reply createRun(Call c) {
    Map<String, Object> body = c.object();
    String flowId = Json.string(body, "flowId");
    if (flowId == null || flowId.isBlank()) {
      throw Errors.flowBadRequest("1446", "Invalid request",
          "The flow ID cannot be null or empty. Please update the flow ID and try again.");
    }
    Map<String, Object> flow = c.sandbox.flows.get(flowId);
    if (flow == null) {
      throw Errors.flowBadRequest("1430", "Invalid request", "Flow not found with id " + flowId + ".");
    }
    Map<String, Object> run = runner.run(c.sandbox, flow, c.client, Json.map(body.get("params")));
    return Reply.json(201, Json.copy(runner.now(run)));
  }

  // ---- patch and delete ----

  private Reply patch(Call c, Map<String, Map<String, Object>> store, String type) {
    String id = c.param("id");
    Map<String, Object> current = store.get(id);
    if (current == null) {
      throw Errors.flowNotFound(type, id);
    }
    checkVersion(requireIfMatch(c), current);
    Map<String, Object> patched;
    try {
      patched = JsonPatch.apply(current, c.json());
    } catch (JsonPatch.PatchException e) {
      throw Errors.flowBadRequest("1455", "Invalid request",
          "An error has occurred while validating patch instructions: " + e.getMessage());
    }
    for (String field : READ_ONLY) {
      if (current.containsKey(field)) {
        patched.put(field, current.get(field));
      } else {
        patched.remove(field);
      }
    }
    if (!type.equals("flows") && !Objects.equals(Json.string(current, "connectionSpec.id"),
        Json.string(patched, "connectionSpec.id"))) {
      throw Errors.flowBadRequest("1414", "Invalid request", "The connection spec of a connection cannot be updated.");
    }
    switch (type) {
      case "connections": {
        Map<String, Object> spec = FlowRules.connectionSpec(patched);
        FlowRules.requireName(patched);
        if (patched.get("auth") != null) {
          patched.put("auth", FlowRules.publicAuth(spec, patched.get("auth")));
        }
        break;
      }
      case "sourceConnections":
        FlowRules.checkSourceConnection(c.sandbox, patched);
        break;
      case "targetConnections":
        FlowRules.checkTargetConnection(c.sandbox, patched);
        break;
      default:
        refuseOneTimeUpdate(current, patched);
        patched.put("scheduleParams", FlowRules.checkFlow(c.sandbox, patched));
        if (!Objects.equals(current.get("scheduleParams"), patched.get("scheduleParams"))) {
          nextScheduledRuns.put(id, nextSlot(patched, ctx.now()));
        }
        patched.put("inheritedAttributes", inheritedAttributes(c.sandbox, patched));
        patched.put("lastOperation", lastOperation("update", c.json()));
    }
    updated(c, patched);
    store.put(id, patched);
    return Reply.ok(obj("id", id, "etag", patched.get("etag")));
  }

  /** The {@code If-Match} header of a call that needs it; {@code 1403-400} when it is missing. */
  static String requireIfMatch(Call c) {
    String ifMatch = c.header("If-Match");
    if (ifMatch == null || ifMatch.isBlank()) {
      throw Errors.flowBadRequest("1403", "Header is missing",
          "The header 'If-Match' is missing in the request. Please provide the header and try again.");
    }
    return ifMatch;
  }

  /** {@code 1404-412} unless {@code ifMatch} is the entity's current etag. */
  static void checkVersion(String ifMatch, Map<String, Object> current) {
    String etag = (String) current.get("etag");
    if (!ifMatch.equals(etag)) {
      String message = "Supplied version=[" + ifMatch + "] does not match the current version on entity=[" + etag + "]";
      PlatformError error = Errors.flow(412, "1404", "Version not matching", message, null);
      Json.map(((Map<?, ?>) error.reply.body).get("report")).put("detailed-message", "The supplied version '"
          + ifMatch + "' does not match the current version on entity '" + etag + "'. Please ensure that the supplied"
          + " version matches the current version on entity and try again.");
      throw error;
    }
  }

  /** A new etag and the update metadata on an entity about to be stored. */
  void updated(Call c, Map<String, Object> entity) {
    String etag = ctx.ids.etag();
    entity.put("etag", etag);
    entity.put("version", etag);
    entity.put("updatedAt", ctx.now());
    entity.put("updatedBy", c.client);
    entity.put("updatedClient", c.client);
  }

  /**
   * {@code POST /flows/{id}/action?op=ENABLE|DISABLE} (operationId {@code postStateTransition}): sets the
   * flow's state, ending its provisioning; answers {@code {id, etag}}. {@code If-Match} is optional (the
   * spec's) and checked when given. The spec's other operations ({@code FINALIZE_UPDATE}, {@code
   * FINALIZE}, {@code PUBLISH}) concern drafts and updates this platform does not have: {@code 1312-400}.
   */
  private Reply flowAction(Call c) {
    String id = c.param("id");
    Map<String, Object> flow = c.sandbox.flows.get(id);
    if (flow == null) {
      throw Errors.flowNotFound("flows", id);
    }
    String op = c.query("op");
    if (!"ENABLE".equals(op) && !"DISABLE".equals(op)) {
      throw Errors.flowBadRequest("1312", "Bad Request", "The provided param value " + op
          + " is not a valid input for property=op. Please provide a valid param value and try again.");
    }
    String ifMatch = c.header("If-Match");
    if (ifMatch != null) {
      checkVersion(ifMatch, flow);
    }
    provisioning.remove(id);
    flow.put("state", "ENABLE".equals(op) ? "enabled" : "disabled");
    nextScheduledRuns.put(id, nextSlot(flow, ctx.now()));
    updated(c, flow);
    return Reply.ok(obj("id", id, "etag", flow.get("etag")));
  }

  private Reply delete(Call c, Map<String, Map<String, Object>> store, String type) {
    if (!store.containsKey(c.param("id"))) {
      throw Errors.flowNotFound(type, c.param("id"));
    }
    refuseWhileUsed(c.sandbox, type, c.param("id"));
    store.remove(c.param("id"));
    provisioning.remove(c.param("id"));
    return Reply.empty(204);
  }

  // ---- schedules ----

  /**
   * Runs each flow of {@code sandbox} whose next scheduled run has come on the platform's clock, as
   * AEP's scheduler would: only {@code enabled} flows with a recurring schedule ({@code once} flows
   * run at creation only); one run however many scheduled times have passed since the last. The next
   * time is the first one of the schedule ({@code startTime} epoch seconds, then every {@code
   * interval} units of {@code frequency}) after the flow's creation, after its last schedule update
   * or {@code ENABLE}, or after its last scheduled run. A disabled flow gets no scheduled run.
   *
   * @return the ids of the new runs
   */
  List<String> runScheduled(SandboxState sandbox, String client) {
    List<String> runIds = new ArrayList<>();
    long now = ctx.now();
    for (Map<String, Object> flow : new ArrayList<>(sandbox.flows.values())) {
      String id = (String) flow.get("id");
      if (period(flow) == null) {
        continue;
      }
      long next = nextScheduledRuns.computeIfAbsent(id, k -> nextSlot(flow, Json.wholeNumber(flow.get("createdAt"))));
      if (now >= next && "enabled".equals(flow.get("state"))) {
        runIds.add((String) runner.run(sandbox, flow, client, null).get("id"));
        nextScheduledRuns.put(id, nextSlot(flow, now));
      }
    }
    return runIds;
  }

  /** The first scheduled time of {@code flow} after {@code after} (epoch ms); {@code Long.MAX_VALUE} for {@code once}. */
  private static long nextSlot(Map<String, Object> flow, long after) {
    Long period = period(flow);
    if (period == null) {
      return Long.MAX_VALUE;
    }
    long start = 1000 * Json.wholeNumber(Json.at(flow, "scheduleParams.startTime"));
    return after < start ? start : start + ((after - start) / period + 1) * period;
  }

  /** The time between a flow's scheduled runs in milliseconds; null for {@code once}. */
  private static Long period(Map<String, Object> flow) {
    String frequency = Json.string(flow, "scheduleParams.frequency");
    Long interval = Json.wholeNumber(Json.at(flow, "scheduleParams.interval"));
    long unit;
    switch (frequency == null ? "once" : frequency) {
      case "minute":
        unit = 60_000L;
        break;
      case "hour":
        unit = 3_600_000L;
        break;
      case "day":
        unit = 86_400_000L;
        break;
      case "week":
        unit = 604_800_000L;
        break;
      default:
        return null;
    }
    return interval == null ? null : unit * interval;
  }

  /**
   * A flow scheduled {@code once} keeps its schedule and its mapping: Adobe documents that a dataflow
   * configured for one-time ingestion cannot be rescheduled nor have its mapping sets updated ("Update
   * dataflows in the UI"). Adobe publishes no error code for it; the catalog's generic refusal of the
   * flow provider, {@code 1100-400}, answers it.
   */
  private static void refuseOneTimeUpdate(Map<String, Object> current, Map<String, Object> patched) {
    if (!"once".equals(Json.string(current, "scheduleParams.frequency"))) {
      return;
    }
    if (!Objects.equals(current.get("scheduleParams"), FlowRules.checkSchedule(patched.get("scheduleParams")))) {
      throw Errors.flowBadRequest("1100", "Invalid request", "The request could not be processed. Error from flow"
          + " provider: a dataflow configured for one-time ingestion cannot be rescheduled.");
    }
    if (!Objects.equals(mappings(current), mappings(patched))) {
      throw Errors.flowBadRequest("1100", "Invalid request", "The request could not be processed. Error from flow"
          + " provider: the mapping of a dataflow configured for one-time ingestion cannot be updated.");
    }
  }

  /** The mapping set and version of each Mapping transformation of a flow, as text. */
  private static List<String> mappings(Map<String, Object> flow) {
    List<String> out = new ArrayList<>();
    List<Object> transformations = Json.list(flow.get("transformations"));
    for (Object t : transformations == null ? List.of() : transformations) {
      if ("Mapping".equals(Json.string(t, "name"))) {
        out.add(Json.string(t, "params.mappingId") + " " + Json.wholeNumber(Json.at(t, "params.mappingVersion")));
      }
    }
    return out;
  }
}
