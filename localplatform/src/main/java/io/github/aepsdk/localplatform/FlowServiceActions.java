package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Flow Service calls beside create, read, update and delete: testing a base connection,
 * publishing connections, searching connections and flows, and a provider's update and retry of a
 * flow run.
 *
 * <ul>
 *   <li>{@code GET /connections/{id}/test} answers {@code {"result": true}}: the platform checked the
 *       connection's credentials when it was created.
 *   <li>{@code POST /connections|sourceConnections|targetConnections/{id}/action?op=publish} (the
 *       drafts tutorial; the spec writes {@code PUBLISH}, both are accepted) sets the connection's
 *       {@code state} to {@code enabled} and answers {@code {id, etag}} with a new etag. The
 *       platform creates no drafts, so publishing only confirms the state. Other ops ({@code
 *       FINALIZE_UPDATE}, {@code FINALIZE}) concern updates the platform does not have: {@code
 *       1312-400}.
 *   <li>{@code POST /connections/search} and {@code POST /flows/search}: see {@link FlowSearch}.
 *   <li>{@code PUT /runs/{id}} needs {@code If-Match} ({@code 1403-400} when missing, {@code
 *       1404-412} when stale), replaces the run members the body gives ({@code UpdateFlowRunRequest})
 *       and answers the run with a new etag.
 *   <li>{@code POST /runs/{id}/action?op=re-trigger} (the retry tutorial; the spec writes {@code
 *       RE_TRIGGER}, both are accepted) retries a failed run, or a successful run that ingested no
 *       record, as a new run of the same flow with the same params, and answers the new run's {@code
 *       {id, etag}}; any other run answers the generic 400.
 * </ul>
 */
final class FlowServiceActions {
  /** The members of a run {@code PUT /runs/{id}} replaces (the spec's {@code UpdateFlowRunRequest}). */
  private static final List<String> RUN_MEMBERS = List.of("flowId", "flowSpec", "providerRefId", "parentFlowRunId",
      "childFlowRunIds", "params", "predecessors", "metrics", "activities", "recordTypes");

  private final Context ctx;
  private final FlowRunner runner;
  private final FlowService flowService;

  FlowServiceActions(Context ctx, FlowRunner runner, FlowService flowService) {
    this.ctx = ctx;
    this.runner = runner;
    this.flowService = flowService;
  }

  void register(Router router) {
    router
        .on("GET", "connections/{id}/test", this::testConnection)
        .on("POST", "connections/{id}/action", c -> publish(c, c.sandbox.connections, "connections"))
        .on("POST", "sourceConnections/{id}/action", c -> publish(c, c.sandbox.sourceConnections, "sourceConnections"))
        .on("POST", "targetConnections/{id}/action", c -> publish(c, c.sandbox.targetConnections, "targetConnections"))
        .on("POST", "connections/search",
            c -> FlowSearch.search(c, "connections", new ArrayList<>(c.sandbox.connections.values())))
        .on("POST", "flows/search", this::searchFlows)
        .on("PUT", "runs/{id}", this::updateRun)
        .on("POST", "runs/{id}/action", this::runAction);
  }

  private Reply testConnection(Call c) {
    if (!c.sandbox.connections.containsKey(c.param("id"))) {
      throw Errors.flowNotFound("connections", c.param("id"));
    }
    return Reply.ok(obj("result", true));
  }

  private Reply publish(Call c, Map<String, Map<String, Object>> store, String type) {
    String id = c.param("id");
    Map<String, Object> connection = store.get(id);
    if (connection == null) {
      throw Errors.flowNotFound(type, id);
    }
    String op = c.query("op");
    if (op == null || !op.equalsIgnoreCase("publish")) {
      throw invalidOp(op);
    }
    connection.put("state", "enabled");
    flowService.updated(c, connection);
    return Reply.ok(obj("id", id, "etag", connection.get("etag")));
  }

  private Reply searchFlows(Call c) {
    List<Map<String, Object>> flows = new ArrayList<>();
    c.sandbox.flows.values().forEach(f -> flows.add(runner.now(c.sandbox, f)));
    return FlowSearch.search(c, "flows", flows);
  }

  private Reply updateRun(Call c) {
    String id = c.param("id");
    Map<String, Object> run = c.sandbox.runs.get(id);
    if (run == null) {
      throw Errors.flowNotFound("runs", id);
    }
    FlowService.checkVersion(FlowService.requireIfMatch(c), run);
    Map<String, Object> body = c.object();
    for (String member : RUN_MEMBERS) {
      if (body.get(member) != null) {
        run.put(member, Json.copy(body.get(member)));
      }
    }
    run.put("etag", ctx.ids.etag());
    run.put("updatedAt", ctx.now());
    run.put("updatedBy", c.client);
    run.put("updatedClient", c.client);
    return Reply.ok(Json.copy(runner.now(run)));
  }

  private Reply runAction(Call c) {
    String id = c.param("id");
    Map<String, Object> run = c.sandbox.runs.get(id);
    if (run == null) {
      throw Errors.flowNotFound("runs", id);
    }
    String op = c.query("op");
    String normalized = op == null ? "" : op.toLowerCase(Locale.ROOT).replace('_', '-');
    if (!normalized.equals("re-trigger")) {
      throw invalidOp(op);
    }
    Map<String, Object> now = runner.now(run);
    String status = Json.string(now, "metrics.statusSummary.status");
    Long written = Json.wholeNumber(Json.at(now, "metrics.recordSummary.outputRecordCount"));
    if (!"failed".equals(status) && !("success".equals(status) && Long.valueOf(0).equals(written))) {
      throw Errors.badRequest("Only a failed run, or a successful run that ingested no record, can be re-triggered;"
          + " run " + id + " is " + (status == null ? "in progress" : status) + ".");
    }
    String flowId = Json.string(run, "flowId");
    Map<String, Object> flow = c.sandbox.flows.get(flowId);
    if (flow == null) {
      throw Errors.flowBadRequest("1430", "Invalid request", "Flow not found with id " + flowId + ".");
    }
    Map<String, Object> retry = runner.run(c.sandbox, flow, c.client, Json.map(run.get("params")));
    return Reply.ok(obj("id", retry.get("id"), "etag", retry.get("etag")));
  }

  private static PlatformError invalidOp(String op) {
    return Errors.flowBadRequest("1312", "Bad Request", "The provided param value " + op
        + " is not a valid input for property=op. Please provide a valid param value and try again.");
  }
}
