package io.github.aepsdk.bench;

import io.github.aepsdk.bench.tutorial.TutorialRaw;
import io.github.aepsdk.bench.tutorial.TutorialWithGeneratedClient;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.examples.tutorial.TutorialSetup;
import io.github.aepsdk.examples.tutorial.TutorialWithApiClients;
import io.github.aepsdk.examples.tutorial.TutorialWithBuilder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
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
 * writes"). Every measurement iteration works in a new sandbox (with its own HubSpot base connection
 * and client, made before the iteration starts), so that no target is slowed down by the resources
 * the platform holds from earlier runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TutorialBench {
  @Param({"raw", "builder", "apiClients", "generated"})
  public String target;

  private TutorialSetup setup;
  private AepClient aep;
  private OkHttpClient http;
  private TutorialWithGeneratedClient.Clients generated;
  private String prefix;
  private int run;

  @Setup(Level.Iteration)
  public void setUp() throws Exception {
    String sandbox = "bench-" + target.toLowerCase() + "-" + Long.toString(System.nanoTime(), 36);
    setup = TutorialSetup.on(System.getProperty("bench.platform.url"), Canned.TOKEN, sandbox);
    prefix = "T" + Long.toString(System.nanoTime(), 36);
    switch (target) {
      case "builder":
        aep = TutorialWithBuilder.connect(setup);
        break;
      case "apiClients":
        aep = TutorialWithApiClients.connect(setup);
        break;
      case "generated":
        generated = TutorialWithGeneratedClient.connect(setup);
        break;
      case "raw":
        http = TutorialRaw.connect(setup);
        break;
      default:
        throw new IllegalArgumentException(target);
    }
    if (tutorial() == null) {
      throw new IllegalStateException("no dataflow id");
    }
  }

  @TearDown(Level.Iteration)
  public void tearDown() {
    if (aep != null) {
      aep.close();
    }
    if (http != null) {
      http.connectionPool().evictAll();
    }
    if (generated != null) {
      for (OkHttpClient client : List.of(generated.classes().getApiClient().getHttpClient(),
          generated.flows().getApiClient().getHttpClient(), generated.dataSets().getApiClient().getHttpClient(),
          generated.mappingSets().getApiClient().getHttpClient())) {
        client.connectionPool().evictAll();
      }
    }
  }

  @Benchmark
  public String tutorial() throws Exception {
    String name = prefix + "-" + (run++);
    switch (target) {
      case "builder":
        return TutorialWithBuilder.run(aep, setup, name);
      case "apiClients":
        return TutorialWithApiClients.run(aep, setup, name);
      case "generated":
        return TutorialWithGeneratedClient.run(generated, setup, name);
      default:
        return TutorialRaw.run(http, setup, name);
    }
  }
}
