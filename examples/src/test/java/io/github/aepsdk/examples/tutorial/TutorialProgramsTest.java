package io.github.aepsdk.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.flowservice.Transformation;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The builder and API-client tutorial programs build the same working dataflow on a local platform. */
class TutorialProgramsTest {
  private static LocalPlatform platform;

  @BeforeAll
  static void start() {
    // enabled at once: the builder's readiness check reads each connection and flow once, without waiting 30 s
    platform = LocalPlatform.builder().autoRunFlows(false).provisioningReads(0).start();
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  static Stream<Arguments> programs() {
    return Stream.of(
        Arguments.of("builder", (Program) TutorialWithBuilder::run),
        Arguments.of("apiClients", (Program) TutorialWithApiClients::run));
  }

  interface Program {
    String run(AepClient aep, TutorialSetup setup, String name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void createsTheDataflowOfTheTutorial(String sandbox, Program program) {
    TutorialSetup setup = TutorialSetup.on(platform.baseUrl(), platform.issueAccessToken(), sandbox.toLowerCase());
    try (AepClient aep = TutorialWithBuilder.connect(setup)) {
      String flowId = program.run(aep, setup, "Test");

      Flow flow = aep.flowService().getFlow(flowId);
      assertThat(flow.name()).contains("Test: dataflow");
      assertThat(flow.flowSpec().orElseThrow().id()).isEqualTo("14518937-270c-4525-bdec-c2ba7cce3860");
      assertThat(flow.transformations()).extracting(Transformation::name).containsExactly("Copy", "Mapping");
      SourceConnection source = aep.flowService().getSourceConnection(flow.sourceConnectionIds().get(0));
      assertThat(source.baseConnectionId()).contains(setup.hubSpotConnectionId());
      TargetConnection target = aep.flowService().getTargetConnection(flow.targetConnectionIds().get(0));
      String dataSetId = target.params().orElseThrow().dataSetId().orElseThrow();
      DataSet dataSet = aep.catalog().getDataSet(dataSetId);
      assertThat(dataSet.name()).contains("Test: target dataset");
      assertThat(platform.resourceCounts(sandbox.toLowerCase()))
          .as("the current docs' form: the HubSpot base connection only, no unused dataset base connection")
          .containsEntry("connections", 1)
          .containsEntry("flows", 1).containsEntry("schemas", 2).containsEntry("classes", 1)
          .containsEntry("dataSets", 1).containsEntry("mappingSets", 1);
    }
  }
}
