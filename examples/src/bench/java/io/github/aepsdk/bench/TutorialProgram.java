package io.github.aepsdk.bench;

import io.github.aepsdk.bench.tutorial.TutorialRaw;
import io.github.aepsdk.bench.tutorial.TutorialWithGeneratedClient;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.examples.tutorial.TutorialSetup;
import io.github.aepsdk.examples.tutorial.TutorialWithApiClients;
import io.github.aepsdk.examples.tutorial.TutorialWithBuilder;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * One of the four tutorial programs ({@code raw}, {@code builder}, {@code apiClients}, {@code
 * generated}) connected to a {@link TutorialSetup}: {@link #run(String)} makes one complete run,
 * {@link #close()} lets go of its connections.
 */
final class TutorialProgram implements AutoCloseable {
  /** The benchmark target names, in the order the tables show them. */
  static final List<String> TARGETS = List.of("raw", "builder", "apiClients", "generated");

  private final String target;
  private final TutorialSetup setup;
  private AepClient aep;
  private OkHttpClient http;
  private TutorialWithGeneratedClient.Clients generated;

  private TutorialProgram(String target, TutorialSetup setup) {
    this.target = target;
    this.setup = setup;
  }

  /** {@code target}'s client for {@code setup}. */
  static TutorialProgram connect(String target, TutorialSetup setup) {
    TutorialProgram program = new TutorialProgram(target, setup);
    switch (target) {
      case "builder":
        program.aep = TutorialWithBuilder.connect(setup);
        break;
      case "apiClients":
        program.aep = TutorialWithApiClients.connect(setup);
        break;
      case "generated":
        program.generated = TutorialWithGeneratedClient.connect(setup);
        break;
      case "raw":
        program.http = TutorialRaw.connect(setup);
        break;
      default:
        throw new IllegalArgumentException(target);
    }
    return program;
  }

  /** Runs the tutorial; resource names start with {@code name}; returns the dataflow id. */
  String run(String name) throws Exception {
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

  @Override
  public void close() {
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
}
