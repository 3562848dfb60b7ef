package io.github.aepsdk.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The tutorial's ingestion, one complete run per invocation (JMH single shot), on the local platform
 * that answers every call after a fixed {@value #LATENCY_MILLIS} ms ({@code -Dbench.latency.url};
 * {@link io.github.aepsdk.localplatform.LocalPlatform.Builder#latency}), as over a network to AEP:
 * the wall time of a run against the sum of its calls' latencies and against its critical path
 * ({@link CallGraph}). Each iteration works in a new sandbox, as in {@link TutorialBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestionBench {
  /** The latency the platform adds to every answer, milliseconds. */
  static final int LATENCY_MILLIS = 50;
  /** Warm-up runs, then measured runs (one fork). */
  static final int WARMUPS = 3;
  static final int RUNS = 12;

  @Param({"raw", "builder", "apiClients", "generated"})
  public String target;

  private TutorialProgram program;
  private String prefix;
  private int run;

  @Setup(Level.Iteration)
  public void setUp() {
    program = TutorialBench.connect(target, System.getProperty("bench.latency.url"));
    prefix = "I" + Long.toString(System.nanoTime(), 36);
  }

  @TearDown(Level.Iteration)
  public void tearDown() {
    program.close();
  }

  @Benchmark
  public String ingestion() throws Exception {
    return program.run(prefix + "-" + (run++));
  }
}
