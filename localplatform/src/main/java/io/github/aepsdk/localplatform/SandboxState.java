package io.github.aepsdk.localplatform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything one sandbox holds. Resources created in one sandbox are invisible in every other one.
 * Guarded by the platform's lock.
 */
final class SandboxState {
  final String name;
  final String id = UUID.randomUUID().toString();
  long requests;

  // Flow Service, keyed by id
  final Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> sourceConnections = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> targetConnections = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> flows = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> runs = new LinkedHashMap<>();
  /** Connection specs and flow specs created in this sandbox ({@code POST /connectionSpecs}, {@code POST /flowSpecs}). */
  final Map<String, Map<String, Object>> connectionSpecs = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> flowSpecs = new LinkedHashMap<>();

  // Schema Registry tenant container, keyed by $id (descriptors by @id)
  final Map<String, Map<String, Object>> classes = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> fieldGroups = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> descriptors = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> dataTypes = new LinkedHashMap<>();
  // Schema Registry audit log: resource $id -> its updates, oldest first
  final Map<String, List<Map<String, Object>>> auditLog = new LinkedHashMap<>();

  // Catalog, keyed by id
  final Map<String, Map<String, Object>> dataSets = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> batches = new LinkedHashMap<>();
  /** The dataset the latest batched request ({@code POST /}) created, or null. */
  String batchedRequestDataSet;

  // Data Prep: mapping set id -> its versions (index = version)
  final Map<String, List<Map<String, Object>>> mappingSets = new LinkedHashMap<>();

  // Data Lake: dataset id -> XDM records written by flow runs
  final Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();

  SandboxState(String name) {
    this.name = name;
  }

  /** {@code production} for {@code prod}, {@code development} otherwise (Schema Registry's meta:sandboxType). */
  String type() {
    return "prod".equals(name) ? "production" : "development";
  }

  /** The records of a dataset, created empty on first use. */
  List<Map<String, Object>> records(String dataSetId) {
    return records.computeIfAbsent(dataSetId, k -> new ArrayList<>());
  }

  /** Number of resources per kind, named like the API collections. */
  Map<String, Integer> resourceCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("connections", connections.size());
    counts.put("sourceConnections", sourceConnections.size());
    counts.put("targetConnections", targetConnections.size());
    counts.put("flows", flows.size());
    counts.put("runs", runs.size());
    counts.put("classes", classes.size());
    counts.put("schemas", schemas.size());
    counts.put("fieldgroups", fieldGroups.size());
    counts.put("descriptors", descriptors.size());
    counts.put("datatypes", dataTypes.size());
    counts.put("dataSets", dataSets.size());
    counts.put("batches", batches.size());
    counts.put("mappingSets", mappingSets.size());
    return counts;
  }
}
