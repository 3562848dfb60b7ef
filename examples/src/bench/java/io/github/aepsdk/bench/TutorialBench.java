package io.github.aepsdk.bench;

import io.github.aepsdk.examples.tutorial.TutorialSetup;
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
 * The marketing-automation tutorial, one complete run per invocation, on the local platform
 * ({@code -Dbench.platform.url}): the SDK's builder against the tutorial's calls made with the SDK's
 * API clients, the generated clients and raw OkHttp + Moshi (the four programs of "what a user
 * writes", {@link TutorialProgram}). Every measurement iteration works in a new sandbox (with its own
 * HubSpot base connection and client, made before the iteration starts), so that no target is slowed
 * down by the resources the platform holds from earlier runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TutorialBench {
  @Param({"raw", "builder", "apiClients", "generated"})
  public String target;

  private TutorialProgram program;
  private String prefix;
  private int run;

  @Setup(Level.Iteration)
  public void setUp() throws Exception {
    program = connect(target, System.getProperty("bench.platform.url"));
    prefix = "T" + Long.toString(System.nanoTime(), 36);
    if (tutorial() == null) {
      throw new IllegalStateException("no dataflow id");
    }
  }

  /** {@code target}'s program in a new sandbox of the local platform at {@code platformUrl}. */
  static TutorialProgram connect(String target, String platformUrl) {
    String sandbox = "bench-" + target.toLowerCase() + "-" + Long.toString(System.nanoTime(), 36);
    return TutorialProgram.connect(target, TutorialSetup.on(platformUrl, Canned.TOKEN, sandbox));
  }

  @TearDown(Level.Iteration)
  public void tearDown() {
    program.close();
  }

  @Benchmark
  public String tutorial() throws Exception {
    return program.run(prefix + "-" + (run++));
  }
}
