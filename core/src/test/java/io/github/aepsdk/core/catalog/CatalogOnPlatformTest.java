package io.github.aepsdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.catalog.Batch;
import io.github.aepsdk.catalog.BatchRequest;
import io.github.aepsdk.catalog.BatchStatus;
import io.github.aepsdk.catalog.BatchedRequestItem;
import io.github.aepsdk.catalog.CatalogApi;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.catalog.DataSetClassification;
import io.github.aepsdk.catalog.DataSetCredentials;
import io.github.aepsdk.catalog.DataSetPatchV2;
import io.github.aepsdk.catalog.DataSetRequest;
import io.github.aepsdk.catalog.RelatedObject;
import io.github.aepsdk.catalog.SchemaRef;
import io.github.aepsdk.catalog.TagValues;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.BadRequestException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.schemaregistry.CreateSchemaRequest;
import io.github.aepsdk.testsupport.AepReference;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's Catalog methods beyond datasets' create/read/PATCH/DELETE against the local platform:
 * what one writes, the other reads back, in both directions.
 */
@SuppressWarnings("deprecation") // several of these endpoints are deprecated in the spec, and typed all the same
class CatalogOnPlatformTest {

  private LocalPlatform platform;
  private AepClient aep;
  private CatalogApi catalog;
  private String schemaId;
  private String dataSetId;

  @BeforeEach
  void start() throws IOException {
    platform = LocalPlatform.start();
    LocalPlatform.Credentials credentials = platform.credentials();
    aep = AepClient.builder()
        .baseUrl(platform.baseUrl())
        .imsUrl(platform.imsUrl())
        .imsOrgId(credentials.imsOrgId())
        .oauthServerToServer(credentials.clientId(), credentials.clientSecret(), credentials.scopes())
        .sandboxName("prod")
        .build();
    catalog = aep.catalog();
    CreateSchemaRequest schema = AepJson.<CreateSchemaRequest>strictAdapter(CreateSchemaRequest.class)
        .fromJson(AepReference.read("examples/schemaregistry/create-schema-marketing-automation-2020.request.json"));
    schemaId = aep.schemaRegistry().createSchema(schema).id().orElseThrow();
    dataSetId = catalog.createDataSet(dataSetRequest("Accounts"));
  }

  @AfterEach
  void stop() {
    aep.close();
    platform.close();
  }

  private DataSetRequest dataSetRequest(String name) {
    return DataSetRequest.builder().name(name).schemaRef(SchemaRef.of(schemaId, "application/vnd.adobe.xed+json;version=1")).build();
  }

  private BatchRequest batch(String status) {
    return BatchRequest.builder().status(status).recordCount(45L)
        .addRelatedObjects(RelatedObject.builder().type("dataSet").id(dataSetId).build())
        .build();
  }

  @Test
  void batchesRoundTrip() {
    String id = catalog.createBatch(batch("processing"));
    assertThat(catalog.createBatch("my-batch-1", batch("queued"))).isEqualTo("my-batch-1");

    Batch created = catalog.getBatch(id);
    assertThat(created.statusValue()).isEqualTo(BatchStatus.PROCESSING);
    assertThat(created.dataSetIds()).containsExactly(dataSetId);
    assertThat(created.recordCount()).contains(45L);

    assertThat(catalog.updateBatch(id, BatchRequest.builder().status("success").completed(1494349963467L).build())).isEqualTo(id);
    Batch updated = catalog.getBatch(id);
    assertThat(updated.statusValue()).isEqualTo(BatchStatus.SUCCESS);
    assertThat(updated.recordCount()).contains(45L);
    assertThat(updated.version()).contains("1.0.1");

    catalog.replaceBatch("my-batch-1", BatchRequest.builder().status("failed").build());
    assertThat(catalog.getBatch("my-batch-1").relatedObjects()).isEmpty();

    assertThat(catalog.listUniqueBatchValues("status", CatalogQuery.none())).containsExactly("success", "failed");
    assertThat(catalog.listUniqueBatchValues("batch", CatalogQuery.builder().putFilters("dataSet", dataSetId).build()))
        .containsExactly(id);
    assertThat(catalog.listBatchesOfDataSet(dataSetId, CatalogQuery.none()).objects()).containsOnlyKeys(id);

    assertThat(catalog.deleteBatch(id)).isTrue();
    assertThatThrownBy(() -> catalog.getBatch(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> catalog.deleteBatch(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> catalog.createBatch("my-batch-1", batch("queued"))).isInstanceOf(BadRequestException.class);
  }

  @Test
  void dataSetReplaceMergeCredentialsAndTags() {
    catalog.replaceDataSet(dataSetId, DataSetRequest.builder().from(dataSetRequest("Renamed"))
        .putTags("adobe/pqs/databases", List.of("baz", "bat")).build());
    catalog.updateDataSetV2(dataSetId, DataSetPatchV2.builder()
        .description("Updated dataset for Q2 sales analysis")
        .putExtensions("adobe_lakeHouse", Map.of("rowExpiration", Map.of("ttlValue", "P3Y")))
        .classification(DataSetClassification.of("time-series", "CUSTOMER"))
        .build());

    DataSet dataSet = catalog.getDataSet(dataSetId);
    assertThat(dataSet.name()).contains("Renamed");
    assertThat(dataSet.description()).contains("Updated dataset for Q2 sales analysis");
    assertThat(dataSet.tags()).containsEntry("adobe/pqs/databases", List.of("baz", "bat"));
    assertThat(dataSet.additionalProperties()).containsEntry("extensions",
        Map.of("adobe_lakeHouse", Map.of("rowExpiration", Map.of("ttlValue", "P3Y"))));

    String batchId = catalog.createBatch(batch("loading"));
    DataSetCredentials credentials = catalog.getDataSetCredentials(dataSetId, batchId);
    assertThat(credentials.dataSetId()).contains(dataSetId);
    assertThat(credentials.stagePath()).contains("platformdataset/stage/" + batchId);
    assertThat(credentials.credentials().orElseThrow().clientId()).contains(platform.credentials().clientId());
    assertThat(credentials.toString()).doesNotContain(credentials.credentials().orElseThrow().clientKey().orElseThrow());

    TagValues tags = catalog.listTags("adobe/pqs/databases");
    assertThat(tags.values()).containsExactly(Map.entry("adobe/pqs/databases", List.of("baz", "bat")));
    assertThat(tags.objectType().get("datasets")).containsExactly("@/DataSet/" + dataSetId);
    assertThatThrownBy(() -> catalog.updateDataSetV2("5ba9452f7de80400007fc52a", DataSetPatchV2.builder().description("x").build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void batchedRequestsRunEachItem() {
    List<String> ids = catalog.createBatchedRequest(List.of(
        BatchedRequestItem.builder().id("first").method("POST").resource("/dataSets")
            .putBody("name", "Second").putBody("schemaRef", Map.of("id", schemaId,
                "contentType", "application/vnd.adobe.xed+json;version=1")).build(),
        BatchedRequestItem.builder().id("second").method("PATCH").resource("/dataSets/" + dataSetId)
            .putBody("description", "patched in a batch").build()));

    assertThat(ids).hasSize(2).endsWith(dataSetId);
    assertThat(catalog.getDataSet(ids.get(0)).name()).contains("Second");
    assertThat(catalog.getDataSet(dataSetId).description()).contains("patched in a batch");
    assertThat(catalog.listBatchedRequests(CatalogQuery.none()).dataSet()).contains(ids.get(0));
  }
}
