package io.github.aepsdk.localplatform;

import org.assertj.core.api.InstanceOfAssertFactories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every sandbox has its own state: what one creates, another cannot see or reference. */
class SandboxIsolationTest {
  private LocalPlatform platform;
  private Http dev;
  private Http prod;
  private Tutorial t;

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    dev = new Http(platform, "dev");
    prod = dev.sandbox("prod");
    t = Tutorial.complete(dev);
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  @Test
  void resourcesOfOneSandboxAreInvisibleInAnother() {
    assertThat(prod.get(Tutorial.FLOW_SERVICE + "/flows").map().get("items")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
    assertThat(prod.get(Tutorial.FLOW_SERVICE + "/connections").map().get("items")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
    assertThat(prod.get(Tutorial.FLOW_SERVICE + "/flows/" + t.flowId).code()).isEqualTo(404);
    assertThat(prod.get(Tutorial.FLOW_SERVICE + "/runs?property=flowId==" + t.flowId).map().get("items")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
    assertThat(prod.get(Tutorial.DATASETS + "/" + t.dataSetId).code()).isEqualTo(404);
    assertThat(prod.get(Tutorial.DATASETS).map()).isEmpty();
    assertThat(prod.get(Tutorial.SCHEMAS + "/" + SchemaRegistryTest.enc(t.schemaId), "Accept",
        "application/vnd.adobe.xed+json;version=1").code()).isEqualTo(404);
    assertThat(prod.get(Tutorial.MAPPING_SETS + "/" + t.mappingSetId).code()).isEqualTo(404);

    assertThat(dev.get(Tutorial.FLOW_SERVICE + "/flows/" + t.flowId).code()).isEqualTo(200);
  }

  @Test
  void stateInspectionIsPerSandbox() {
    Map<String, Integer> devCounts = platform.resourceCounts("dev");
    assertThat(devCounts).containsEntry("schemas", 1).containsEntry("dataSets", 1).containsEntry("connections", 2)
        .containsEntry("sourceConnections", 1).containsEntry("targetConnections", 1).containsEntry("mappingSets", 1)
        .containsEntry("flows", 1).containsEntry("runs", 1).containsEntry("batches", 1);
    assertThat(platform.resourceCounts("prod").values()).containsOnly(0);
    assertThat(platform.resourceCount("dev", "flows")).isEqualTo(1);
    assertThatThrownBy(() -> platform.resourceCount("dev", "widgets")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> platform.datasetRecords("prod", t.dataSetId)).isInstanceOf(IllegalArgumentException.class);
    assertThat(platform.requestCount("dev")).isEqualTo(8);
  }

  @Test
  void referencesCannotCrossSandboxes() {
    Map<String, Object> target = AepExamples.object("flowservice/create-target-connection.request.json");
    Tutorial.set(target, "params.dataSetId", t.dataSetId);
    target.remove("data");

    Http.Res res = prod.post(Tutorial.FLOW_SERVICE + "/targetConnections", target);

    FlowServiceTest.assertFlowError(res, 404, "1439");
    Map<String, Object> mapping = AepExamples.object("conversion/create-mapping-set-marketing-automation.request.json");
    mapping.put("xdmSchema", t.schemaId);
    assertThat(prod.post(Tutorial.MAPPING_SETS, mapping).code()).isEqualTo(400);
  }

  @Test
  void titlesAreUniquePerSandboxOnlyAndEntitiesEchoTheirSandbox() {
    Tutorial other = Tutorial.complete(prod);

    Map<String, Object> devFlow = dev.get(Tutorial.FLOW_SERVICE + "/flows/" + t.flowId).item();
    Map<String, Object> prodFlow = prod.get(Tutorial.FLOW_SERVICE + "/flows/" + other.flowId).item();
    assertThat(devFlow.get("sandboxName")).isEqualTo("dev");
    assertThat(prodFlow.get("sandboxName")).isEqualTo("prod");
    assertThat(devFlow.get("sandboxId")).isNotEqualTo(prodFlow.get("sandboxId"));
    assertThat(platform.datasetRecords("prod", other.dataSetId)).hasSize(4);
    assertThat(platform.datasetRecords("dev", t.dataSetId)).hasSize(4);
    assertThat(Json.at(dev.get(Tutorial.SCHEMAS + "/" + SchemaRegistryTest.enc(t.schemaId), "Accept",
        "application/vnd.adobe.xed+json;version=1").json(), "meta:sandboxType")).isEqualTo("development");
  }
}
