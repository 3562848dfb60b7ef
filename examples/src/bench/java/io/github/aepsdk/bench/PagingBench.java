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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole walk of 100,000 datasets, 100 per request (1,001 requests: the last page is empty), per
 * invocation: the SDK's {@code listDataSets(…).autoPager()} against the same loop written by hand over
 * the raw and the generated client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PagingBench {
  @Param({"raw", "sdk", "generated"})
  public String target;

  private Target client;

  @Setup
  public void setUp() throws Exception {
    client = Target.create(target, System.getProperty("bench.canned.url"));
  }

  @TearDown
  public void tearDown() {
    client.close();
  }

  @Benchmark
  public long walk() throws Exception {
    long items = client.walkDataSets();
    if (items != (long) Canned.PAGE * Canned.PAGES) {
      throw new IllegalStateException("walked " + items + " items");
    }
    return items;
  }
}
