package io.github.aepsdk.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JSON decoding alone, from bytes in memory, the way each target decodes a response body: the SDK's
 * Moshi binding through the Immutables builders, Moshi's reflective adapters filling plain classes (raw), Gson with the
 * generated adapters and their validation (generated). Bodies: the flow of GET /flows/{id}, the page
 * of 100 flows, the grown xed-full schema and the page of 100 datasets. Throughput in bodies per second (MB/s = that times
 * the body size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBench {
  @Param({"raw", "sdk", "generated"})
  public String target;

  @Param({"flow", "flows", "schema", "dataSets"})
  public String body;

  private byte[] bytes;

  /** The body a benchmark of {@code body} decodes. */
  public static byte[] body(String body) {
    switch (body) {
      case "flow":
        return Canned.flow();
      case "flows":
        return Canned.flowsPage();
      case "schema":
        return Canned.xedFullSchema();
      case "dataSets":
        return Canned.dataSetsPage(0);
      default:
        throw new IllegalArgumentException(body);
    }
  }

  @Setup
  public void setUp() throws Exception {
    bytes = body(body);
    Object decoded = decode();
    try (Target t = Target.create(target, "http://127.0.0.1:1")) {
      switch (body) {
        case "flow":
          Target.Checks.count("flows", t.flowCount(decoded), 1);
          break;
        case "flows":
          Target.Checks.count("flows", t.flowCount(decoded), Canned.PAGE);
          break;
        case "schema":
          Target.Checks.count("schema sub-objects", t.schemaGroupCount(decoded), Canned.GROUPS + 2);
          break;
        default:
          Target.Checks.count("datasets", t.dataSetCount(decoded), Canned.PAGE);
      }
    }
  }

  @Benchmark
  public Object decode() throws Exception {
    switch (target) {
      case "sdk":
        return SdkTarget.decode(body, bytes);
      case "raw":
        return RawTarget.decode(body, bytes);
      default:
        return GeneratedTarget.decode(body, bytes);
    }
  }
}
