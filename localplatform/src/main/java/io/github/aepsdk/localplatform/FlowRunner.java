package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.arr;
import static io.github.aepsdk.localplatform.Json.obj;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes a dataflow run: reads the source table's records from the (synthetic) HubSpot account,
 * applies the flow's mapping set, writes the XDM records into the target dataset as one Catalog
 * batch, and records the run with its metrics in the shape of {@code GET /runs} (records read,
 * written and failed; a {@code copyActivity} and a {@code promotionActivity}), as the monitoring doc
 * shows it: records that fail mapping leave the status {@code success} and are reported as errors of
 * the run and, with their count, nested in the promotion activity's {@code
 * statusSummary.extensions.errors}; a run that writes nothing because every record failed, or whose
 * resources are gone, is {@code failed}. The work is done when the run starts; the run is shown
 * {@code inProgress} until {@link Context#runMillis} have passed on the platform's clock ({@link
 * #now(Map)}).
 */
final class FlowRunner {
  private final Context ctx;
  private final SchemaRegistry registry;
  private final Catalog catalog;

  FlowRunner(Context ctx, SchemaRegistry registry, Catalog catalog) {
    this.ctx = ctx;
    this.registry = registry;
    this.catalog = catalog;
  }

  /** Runs {@code flow} now and returns the stored run. */
  Map<String, Object> run(SandboxState sandbox, Map<String, Object> flow, String client, Map<String, Object> params) {
    long started = ctx.now();
    String runId = ctx.ids.uuid();
    String sourceId = String.valueOf(Json.list(flow.get("sourceConnectionIds")).get(0));
    String targetId = String.valueOf(Json.list(flow.get("targetConnectionIds")).get(0));
    Map<String, Object> source = sandbox.sourceConnections.get(sourceId);
    Map<String, Object> target = sandbox.targetConnections.get(targetId);
    String dataSetId = target == null ? null : Json.string(target, "params.dataSetId");
    Map<String, Object> dataSet = dataSetId == null ? null : sandbox.dataSets.get(dataSetId);
    Map<String, Object> schema = dataSet == null ? null
        : SchemaRegistry.schema(sandbox, String.valueOf(Json.string(dataSet, "schemaRef.id")));
    Map<String, Object> mappingSet = mappingSetOf(sandbox, flow);

    String problem = source == null ? "source connection " + sourceId + " no longer exists"
        : target == null ? "target connection " + targetId + " no longer exists"
        : dataSet == null ? "target dataset " + dataSetId + " no longer exists"
        : schema == null ? "the schema of dataset " + dataSetId + " no longer exists"
        : mappingSet == null ? "the mapping set of the flow no longer exists" : null;

    List<Map<String, Object>> input = source == null ? List.of() : HubSpot.records(Json.string(source, "params.path"));
    List<Map<String, Object>> written = new ArrayList<>();
    long failed = 0;
    if (problem == null) {
      Map<String, Map<String, Object>> fields = registry.fields(sandbox, schema);
      List<Mapper.Rule> rules = Mapper.rules(mappingSet.get("mappings"));
      for (Map<String, Object> record : input) {
        Mapper.Result result = Mapper.apply(rules, record, fields);
        if (result.errors.isEmpty()) {
          written.add(result.data);
        } else {
          failed++;
        }
      }
      sandbox.records(dataSetId).addAll(written);
    }
    long completed = started + ctx.runMillis;
    long inputBytes = Json.write(input).getBytes(StandardCharsets.UTF_8).length;
    long outputBytes = Json.write(written).getBytes(StandardCharsets.UTF_8).length;
    String batchId = problem == null
        ? catalog.createBatch(sandbox, dataSetId, client, started, completed, written.size(), failed, outputBytes)
        : null;
    String status = problem != null || (written.isEmpty() && failed > 0) ? "failed" : "success";

    Map<String, Object> statusSummary = obj("status", status);
    List<Object> errors = arr();
    if (problem != null) {
      errors.add(obj("code", "CONNECTOR-2001-500", "message", "Error occurred at promotion activity: " + problem + "."));
    } else if (failed > 0) {
      errors.add(obj("code", "CONNECTOR-2001-500", "message", "Error occurred at promotion activity."));
    }
    if (!errors.isEmpty()) {
      statusSummary.put("errors", errors);
    }
    statusSummary.put("activityRefs", arr("promotionActivity"));

    Map<String, Object> promotionStatus = obj("status", status);
    if (!errors.isEmpty()) {
      promotionStatus.put("errors", Json.copy(errors));
    }
    if (failed > 0) {
      promotionStatus.put("extensions", obj("errors", arr(
          obj("code", "INGEST-1212-400", "message", "Encountered " + failed + " errors in the data. Successfully"
              + " ingested " + written.size() + " rows. Review the associated diagnostic files for additional details."),
          obj("code", "MAPPER-3700-400", "recordCount", failed, "message", "Mapper Transform Error"))));
    }
    long windowStart = 1000 * Json.wholeNumber(Json.at(flow, "scheduleParams.startTime"));
    Map<String, Object> promotion = obj(
        "id", "promotionActivity",
        "updatedAtUTC", completed,
        "durationSummary", obj("startedAtUTC", started, "completedAtUTC", completed),
        "sizeSummary", obj("inputBytes", inputBytes, "outputBytes", outputBytes),
        "recordSummary", obj("inputRecordCount", (long) input.size(), "outputRecordCount", (long) written.size(),
            "failedRecordCount", failed),
        "fileSummary", obj("inputFileCount", 1L, "outputFileCount", written.isEmpty() ? 0L : 1L),
        "statusSummary", promotionStatus);
    if (batchId != null) {
      promotion.put("targetInfo", arr(obj("id", targetId, "type", "TargetConnection",
          "reference", obj("type", "Batch", "ids", arr(batchId)))));
    }
    Map<String, Object> run = obj(
        "createdAt", started,
        "updatedAt", completed,
        "createdBy", client,
        "updatedBy", client,
        "createdClient", client,
        "updatedClient", client,
        "sandboxId", sandbox.id,
        "sandboxName", sandbox.name,
        "imsOrgId", ctx.imsOrgId,
        "id", runId,
        "flowId", flow.get("id"),
        "etag", ctx.ids.etag());
    if (params != null) {
      run.put("params", Json.copy(params));
    }
    run.put("metrics", obj(
        "durationSummary", obj("startedAtUTC", started, "completedAtUTC", completed),
        "sizeSummary", obj("inputBytes", inputBytes, "outputBytes", outputBytes),
        "recordSummary", obj("inputRecordCount", (long) input.size(), "outputRecordCount", (long) written.size(),
            "failedRecordCount", failed),
        "fileSummary", obj("inputFileCount", 1L, "outputFileCount", written.isEmpty() ? 0L : 1L,
            "activityRefs", arr("promotionActivity")),
        "statusSummary", statusSummary));
    run.put("activities", arr(
        obj("id", "copyActivity",
            "updatedAtUTC", completed,
            "durationSummary", obj("startedAtUTC", started, "completedAtUTC", completed,
                "extensions", obj("windowStart", windowStart, "windowEnd", started)),
            "sizeSummary", obj("inputBytes", inputBytes, "outputBytes", inputBytes),
            "recordSummary", obj(),
            "fileSummary", obj("inputFileCount", 1L, "outputFileCount", 1L),
            "statusSummary", obj("status", source == null ? "failed" : "success",
                "extensions", obj("type", "one-time")),
            "sourceInfo", arr(obj("id", sourceId, "type", "SourceConnection",
                "reference", obj("type", "AdfRunId", "ids", arr(ctx.ids.uuid()))))),
        promotion));
    sandbox.runs.put(runId, run);
    flow.put("lastRunDetails", obj("id", runId, "state", status, "startedAtUTC", started, "completedAtUTC", completed));
    return run;
  }

  /**
   * {@code run} as it looks now: the stored run once it has ended; before, the run {@code
   * inProgress}, with its start time and no metrics or activities yet.
   */
  Map<String, Object> now(Map<String, Object> run) {
    if (!inProgress(run)) {
      return run;
    }
    Map<String, Object> running = new LinkedHashMap<>(run);
    running.put("updatedAt", run.get("createdAt"));
    running.put("metrics", obj("durationSummary", obj("startedAtUTC", Json.at(run, "metrics.durationSummary.startedAtUTC")),
        "statusSummary", obj("status", "inProgress")));
    running.put("activities", arr());
    return running;
  }

  /** {@code flow} as it looks now: while its last run is in progress, {@code lastRunDetails} says so. */
  Map<String, Object> now(SandboxState sandbox, Map<String, Object> flow) {
    Map<String, Object> run = sandbox.runs.get(Json.string(flow, "lastRunDetails.id"));
    if (run == null || !inProgress(run)) {
      return flow;
    }
    Map<String, Object> running = new LinkedHashMap<>(flow);
    running.put("lastRunDetails", obj("id", run.get("id"), "state", "inProgress",
        "startedAtUTC", Json.at(run, "metrics.durationSummary.startedAtUTC")));
    return running;
  }

  private boolean inProgress(Map<String, Object> run) {
    return ctx.now() < Json.wholeNumber(Json.at(run, "metrics.durationSummary.completedAtUTC"));
  }

  private static Map<String, Object> mappingSetOf(SandboxState sandbox, Map<String, Object> flow) {
    List<Object> transformations = Json.list(flow.get("transformations"));
    if (transformations != null) {
      for (Object t : transformations) {
        if ("Mapping".equals(Json.string(t, "name"))) {
          Object version = Json.at(t, "params.mappingVersion");
          return Conversion.mappingSet(sandbox, Json.string(t, "params.mappingId"),
              version == null ? null : Json.wholeNumber(version));
        }
      }
    }
    return null;
  }
}
