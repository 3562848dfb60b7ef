package io.github.aepsdk.bench;

/**
 * One way of calling AEP that the benchmarks compare: the SDK, raw OkHttp + Moshi, or the
 * openapi-generator client. Every method makes one call (or, for {@link #walkDataSets()}, the whole
 * auto-paged walk) against the {@link BenchServer}'s canned server and returns the decoded answer.
 */
public interface Target extends AutoCloseable {

  /** The targets, by the name the benchmarks' {@code target} parameter uses. */
  static Target create(String name, String baseUrl) {
    switch (name) {
      case "sdk":
        return new SdkTarget(baseUrl);
      case "raw":
        return new RawTarget(baseUrl);
      case "generated":
        return new GeneratedTarget(baseUrl);
      default:
        throw new IllegalArgumentException("unknown target " + name);
    }
  }

  /** GET /flowservice/flows/{id}: the flow. */
  Object getFlow() throws Exception;

  /** GET /flowservice/flows?limit=100: a page of 100 flows. */
  Object listFlows() throws Exception;

  /** GET /catalog/dataSets?limit=100: 100 datasets keyed by id. */
  Object listDataSets() throws Exception;

  /** GET /schemaregistry/tenant/schemas/{id} with Accept xed-full: the grown schema. */
  Object getSchema() throws Exception;

  /**
   * All 100,000 datasets of the canned walk, 100 per request, each one looked at (its name read);
   * returns how many there were.
   */
  long walkDataSets() throws Exception;

  /** Checks every call's answer (values, not just success); throws if one is wrong. */
  default void check() throws Exception {
    Checks.flow(flowName(getFlow()));
    Checks.count("flows", flowCount(listFlows()), Canned.PAGE);
    Checks.count("datasets", dataSetCount(listDataSets()), Canned.PAGE);
    Checks.count("schema sub-objects", schemaGroupCount(getSchema()), Canned.GROUPS + 2);
  }

  /** The name of a flow {@link #getFlow()} returned. */
  String flowName(Object flow);

  /** The number of flows of a page {@link #listFlows()} returned. */
  int flowCount(Object page);

  /** The number of datasets {@link #listDataSets()} returned. */
  int dataSetCount(Object page);

  /** The number of members of the tenant object of a schema {@link #getSchema()} returned. */
  int schemaGroupCount(Object schema);

  @Override
  void close();

  /** Assertions of {@link #check()}. */
  final class Checks {
    private Checks() {}

    static void flow(String name) {
      if (!"Database dataflow using BigQuery".equals(name)) {
        throw new IllegalStateException("wrong flow name: " + name);
      }
    }

    static void count(String what, long actual, long expected) {
      if (actual != expected) {
        throw new IllegalStateException(what + ": expected " + expected + " but got " + actual);
      }
    }
  }
}
