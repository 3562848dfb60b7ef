package io.github.aepsdk.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One API call per invocation, on one thread, against the canned server ({@code -Dbench.canned.url}):
 * the latency distribution of each target and operation. Allocation per call comes from {@code
 * -prof gc}; the server runs in another process, so it is the client's alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBench {
  @Param({"raw", "sdk", "generated"})
  public String target;

  @Param({"getFlow", "listFlows", "listDataSets", "getSchema"})
  public String op;

  private Target client;
  private Callable<Object> call;

  @Setup
  public void setUp() throws Exception {
    client = Target.create(target, System.getProperty("bench.canned.url"));
    client.check();
    switch (op) {
      case "getFlow":
        call = client::getFlow;
        break;
      case "listFlows":
        call = client::listFlows;
        break;
      case "listDataSets":
        call = client::listDataSets;
        break;
      case "getSchema":
        call = client::getSchema;
        break;
      default:
        throw new IllegalArgumentException(op);
    }
  }

  @TearDown
  public void tearDown() {
    client.close();
  }

  @Benchmark
  public Object call() throws Exception {
    return call.call();
  }
}
