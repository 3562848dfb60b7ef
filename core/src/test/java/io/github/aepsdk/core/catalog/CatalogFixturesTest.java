package io.github.aepsdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Types;
import io.github.aepsdk.catalog.Batch;
import io.github.aepsdk.catalog.BatchStatus;
import io.github.aepsdk.catalog.CatalogRefs;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.catalog.DataSetRequest;
import io.github.aepsdk.catalog.JsonPatchOperation;
import io.github.aepsdk.catalog.LastBatch;
import io.github.aepsdk.catalog.RelatedObjectType;
import io.github.aepsdk.catalog.SchemaRef;
import io.github.aepsdk.catalog.TagValues;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.JsonTrees;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Catalog example from Adobe's docs and spec, read by the model that binds it in strict
 * mode, checked for real values, and written back without losing a member.
 */
class CatalogFixturesTest {

  static final Type REFS = Types.newParameterizedType(List.class, String.class);
  static final Type DATA_SETS = Types.newParameterizedType(Map.class, String.class, DataSet.class);
  static final Type BATCHES = Types.newParameterizedType(Map.class, String.class, Batch.class);
  static final Type LAST_BATCHES = Types.newParameterizedType(Map.class, String.class, LastBatch.class);
  static final Type PATCH = Types.newParameterizedType(List.class, JsonPatchOperation.class);
  /** The answer of GET /batches/uniques/{FIELD} ({@code CatalogApi.listUniqueBatchValues}): the values as strings. */
  static final Type UNIQUE_VALUES = Types.newParameterizedType(List.class, String.class);

  private static final String DIR = "examples/catalog/";

  /** One example file, the type that reads it, and checks of real values in it. */
  record Fixture(String file, Type type, Consumer<Object> check) {
    @Override
    public String toString() {
      return file;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Consumer<Object> as(Consumer<T> check) {
    return value -> check.accept((T) value);
  }

  static List<Fixture> fixtures() {
    return List.of(
        new Fixture("create-dataset-marketing-automation-2020.request.json", DataSetRequest.class,
            as((DataSetRequest r) -> {
              assertThat(r.name()).contains("Target dataset for a marketing automation connector");
              assertThat(r.schemaRef()).contains(SchemaRef.of(
                  "https://ns.adobe.com/{TENANT_ID}/schemas/da411446eec78026c28d9fafd9e406e304b771d55b07b91b",
                  "application/vnd.adobe.xed-full-notext+json; version=1"));
            })),
        new Fixture("create-dataset-marketing-automation-2020.response.json", REFS,
            as((List<String> refs) -> assertThat(CatalogRefs.id(refs)).isEqualTo("5ed5639d798a22191b6987b2"))),
        new Fixture("create-dataset.request.json", DataSetRequest.class,
            as((DataSetRequest r) -> {
              assertThat(r.name()).contains("LoyaltyMembersDataset");
              assertThat(r.schemaRef().orElseThrow().id())
                  .isEqualTo("https://ns.adobe.com/{TENANT_ID}/schemas/719c4e19184402c27595e65b931a142b");
              assertThat(r.schemaRef().orElseThrow().contentType()).contains("application/vnd.adobe.xed+json;version=1");
              assertThat(r.tags()).isEmpty();
            })),
        new Fixture("create-dataset.response.json", REFS,
            as((List<String> refs) -> assertThat(CatalogRefs.id(refs)).isEqualTo("5c8c3c555033b814b69f947f"))),
        new Fixture("delete-dataset.response.json", REFS,
            as((List<String> refs) -> assertThat(CatalogRefs.ids(refs)).containsExactly("5ba9452f7de80400007fc52a"))),
        new Fixture("get-dataset.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              assertThat(m).containsOnlyKeys("5ba9452f7de80400007fc52a");
              DataSet d = CatalogRefs.single(m, "5ba9452f7de80400007fc52a");
              assertThat(d.name()).contains("Sample Dataset");
              assertThat(d.description()).contains("Sample dataset containing important data.");
              assertThat(d.state()).contains("DRAFT");
              assertThat(d.tags()).containsExactly(Map.entry("adobe/pqs/table", List.of("sample_dataset")));
              assertThat(d.files()).contains("@/dataSets/5ba9452f7de80400007fc52a/views/5ba9452f7de80400007fc52b/files");
              assertThat(d.created()).isEmpty();
            })),
        new Fixture("list-datasets-orderby.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              assertThat(m.keySet()).containsExactly("5b67f4dd9f6e710000ea9da4", "5b1e3c867e6d2600003d5b49", "5cd3a129ec106214b722a939");
              DataSet first = m.get("5b67f4dd9f6e710000ea9da4");
              assertThat(first.name()).contains("0405");
              assertThat(first.version()).contains("1.0.2");
              assertThat(first.created()).contains(1554930967705L);
              assertThat(first.updated()).contains(1554931119718L);
              assertThat(first.imsOrg()).contains("{ORG_ID}");
              assertThat(first.createdClient()).contains("{API_KEY}");
              assertThat(first.createdUser()).contains("{USER_ID}");
              assertThat(first.dule()).isEmpty();
              assertThat(m.get("5cd3a129ec106214b722a939").updated()).contains(1554130582960L);
            })),
        new Fixture("list-datasets-property-filter.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              assertThat(m).hasSize(3);
              assertThat(m.values()).extracting(d -> d.version().orElseThrow()).containsExactly("1.1.2", "1.0.6", "1.0.4");
              assertThat(m.get("5b1e3c867e6d2600003d5b49").created()).contains(1554974386247L);
            })),
        new Fixture("list-datasets-simple-filter.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              assertThat(m.values()).extracting(d -> d.name().orElseThrow()).containsExactly("exampleName", "anotherName");
              assertThat(m.get("5b67f4dd9f6e710000ea9da4").updatedUser()).contains("{USER_ID}");
            })),
        new Fixture("list-datasets-start-limit.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              assertThat(m.keySet()).containsExactly("Dataset5", "Dataset6");
              assertThat(m.get("Dataset5")).isEqualTo(DataSet.builder().build());
            })),
        new Fixture("list-datasets-tags.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              DataSet second = m.get("5b1e3c867e6d2600003d5b49");
              assertThat(second.tags()).containsOnlyKeys("sampleTag", "secondTag", "anotherTag");
              assertThat(second.tags().get("anotherTag")).containsExactly("2.0");
              assertThat(second.tags().get("secondTag")).containsExactly("A different tag value");
              assertThat(second.created()).contains(1533539550237L);
              assertThat(second.updated()).contains(1533539552416L);
            })),
        new Fixture("list-datasets.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              assertThat(m.keySet()).containsExactly("5ba9452f7de80400007fc52a", "5bb276b03a14440000971552",
                  "5bceaa4c26c115000039b24b", "5bda3a4228babc0000126377", "5bde21511dd27b0000d24e95");
              assertThat(m.get("5bceaa4c26c115000039b24b").name()).contains("Sample Dataset 3");
              assertThat(m.get("5bceaa4c26c115000039b24b").description()).isEmpty();
              assertThat(m.get("5bda3a4228babc0000126377").files())
                  .contains("@/dataSets/5bda3a4228babc0000126377/views/5bda3a4228babc0000126378/files");
            })),
        new Fixture("patch-dataset-fields.request.json", DataSetRequest.class,
            as((DataSetRequest r) -> {
              assertThat(r.name()).contains("Updated Dataset Name");
              assertThat(r.description()).contains("Updated description for Sample Dataset");
              assertThat(r.schemaRef()).isEmpty();
            })),
        new Fixture("patch-dataset-jsonpatch.request.json", PATCH,
            as((List<JsonPatchOperation> ops) -> assertThat(ops).containsExactly(
                JsonPatchOperation.add("/name", "New Dataset Name"),
                JsonPatchOperation.add("/description", "New description for dataset")))),
        new Fixture("patch-dataset.response.json", REFS,
            as((List<String> refs) -> assertThat(CatalogRefs.id(refs)).isEqualTo("5ba9452f7de80400007fc52a"))),
        new Fixture("from-openapi/createDataset.request.enable-for-profile.json", DataSetRequest.class,
            as((DataSetRequest r) -> {
              assertThat(r.name()).contains("Profile-enabled sample dataset");
              assertThat(r.schemaRef().orElseThrow().contentType()).contains("application/vnd.adobe.xed-full-notext+json; version=1");
              assertThat(r.tags().get("unifiedProfile")).containsExactly("enabled: true", "isUpsert: true");
              assertThat(r.tags().get("unifiedIdentity")).containsExactly("enabled: true");
            })),
        new Fixture("from-openapi/listBatches.200.response.json", BATCHES,
            as((Map<String, Batch> m) -> assertSpecBatch(m, "4F3BB22C5631222A7F000101@AdobeOrg"))),
        new Fixture("from-openapi/listDatasets.200.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              DataSet d = assertSpecDataSet(m);
              assertThat(d.enableErrorDiagnostics()).isEmpty();
              assertThat(d.createdUser()).contains("platform_foundation_catalog@AdobeID");
            })),
        new Fixture("from-openapi/listLastBatches.200.response.json", LAST_BATCHES,
            as((Map<String, LastBatch> m) -> {
              LastBatch b = m.get("5ab540d0864cf0267448ead4");
              assertThat(b.lastBatchId()).contains("62a31e96ba86e52a2f729a8d");
              assertThat(b.lastBatchStatusValue()).isEqualTo(BatchStatus.PROCESSING);
              assertThat(b.lastSuccessfulBatchId()).contains("73a340e26b64ed3eb31ec8f9");
              assertThat(b.lastFailedBatchId()).contains("51b340e26b64ed3eb31ec9z8");
              assertThat(b.sandboxId()).contains("73d54130-c5bc-11e9-949c-0da8d50fcac1");
              assertThat(b.created()).contains(1658499154836L);
              assertThat(b.updated()).contains(1658499238628L);
            })),
        new Fixture("from-openapi/listTags.200.response.json", TagValues.class,
            as((TagValues t) -> {
              assertThat(t.values()).containsExactly(Map.entry("adobe/pqs/databases", List.of("baz", "bat", "foo", "bar")));
              assertThat(t.objectType()).containsOnlyKeys("datasets");
              assertThat(t.objectType().get("datasets")).containsExactly("@/DataSet/5b20017aa492bbd30425e21b",
                  "@/DataSet/5b20451bf4c5e1f6fad006f9", "@/DataSet/5b20451cf4c5e1f6fad006fb");
            })),
        new Fixture("from-openapi/patchDataset.request.update-a-dataset-to-be-profile-enabled.json", PATCH,
            as((List<JsonPatchOperation> ops) -> assertThat(ops).containsExactly(
                JsonPatchOperation.add("/tags/unifiedProfile", List.of("enabled:true", "isUpsert:true")),
                JsonPatchOperation.add("/tags/unifiedIdentity", List.of("enabled:true"))))),
        new Fixture("from-openapi/retrieveBatch.200.response.json", BATCHES,
            as((Map<String, Batch> m) -> assertSpecBatch(m, "5911f88ae2f4bf657c5a8cb5"))),
        new Fixture("from-openapi/retrieveDataset.200.response.json", DATA_SETS,
            as((Map<String, DataSet> m) -> {
              DataSet d = assertSpecDataSet(m);
              assertThat(d.enableErrorDiagnostics()).contains(true);
              assertThat(d.createdUser()).contains("4F3BB22C5631222A7F000101@AdobeOrg");
            })),
        new Fixture("from-openapi/retrieveUniqueBatchValues.200.response.json", UNIQUE_VALUES,
            as((List<String> ids) -> assertThat(ids)
                .containsExactly("5911f88ae2f4bf657c5a8cb5", "5911f88ae2f4bf657c5a8cb4", "5911f88ae2f4bf657c5a8cb3"))));
  }

  private static DataSet assertSpecDataSet(Map<String, DataSet> m) {
    assertThat(m).containsOnlyKeys("5ab540d0864cf0267448ead4");
    DataSet d = m.get("5ab540d0864cf0267448ead4");
    assertThat(d.name()).contains("Acme accounts dataset - 1521827915638");
    assertThat(d.version()).contains("1.0.0");
    assertThat(d.created()).contains(1521828048923L);
    assertThat(d.updated()).contains(1521828208046L);
    assertThat(d.viewId()).contains("5ab54170864cf0267448ead5");
    assertThat(d.basePath()).contains("s3://bar/ball/baz");
    assertThat(d.files()).contains("@/dataSetFiles?dataSetId=5ab540d0864cf0267448ead4");
    assertThat(d.tags().get("adobe/touchpoint/appliedTransformations")).containsExactly("CLUSTERED:FOO");
    assertThat(d.observableSchema()).isEmpty();
    return d;
  }

  private static void assertSpecBatch(Map<String, Batch> m, String imsOrg) {
    assertThat(m).containsOnlyKeys("5911f88ae2f4bf657c5a8cb5");
    Batch b = m.get("5911f88ae2f4bf657c5a8cb5");
    assertThat(b.imsOrg()).contains(imsOrg);
    assertThat(b.created()).contains(1494349962314L);
    assertThat(b.updated()).contains(1494349963467L);
    assertThat(b.status()).contains("success");
    assertThat(b.statusValue()).isEqualTo(BatchStatus.SUCCESS);
    assertThat(b.externalId()).contains("/adobe/bulkingest/5af9ee67e4045c1b4945c209");
    assertThat(b.errors()).singleElement().satisfies(e -> assertThat(e.code()).contains("err-1494349963436"));
    assertThat(b.version()).contains("1.0.3");
    assertThat(b.availableDates().orElseThrow().startDate()).contains(1337L);
    assertThat(b.availableDates().orElseThrow().endDate()).contains(4000L);
    assertThat(b.relatedObjects()).hasSize(7);
    assertThat(b.relatedObjects().get(1).typeValue()).isEqualTo(RelatedObjectType.DATA_SET);
    assertThat(b.relatedObjects().get(4).type()).isEqualTo("expressionBlock");
    assertThat(b.relatedObjects().get(4).typeValue()).isEqualTo(RelatedObjectType.UNKNOWN);
    assertThat(b.dataSetIds()).containsExactly("foo_dataSet");
    assertThat(b.metrics()).containsExactly(Map.entry("foo", 1337L));
    assertThat(b.tags().get("foo/bar/foo-bar")).containsExactly("weehaw", "wee:haw");
    assertThat(b.inputFormat().orElseThrow().format()).contains("parquet");
    assertThat(b.inputFormat().orElseThrow().escape()).contains("\\");
    assertThat(b.inputFormat().orElseThrow().nullMarker()).contains("");
    assertThat(b.inputFormat().orElseThrow().header()).contains("true");
  }

  /**
   * The members the SDK does not write back, per example file, written out: the empty objects it
   * omits ({@code dule}, {@code statsCache}, {@code observableSchema}). Every other member, nulls
   * included, must come back as it was.
   */
  static final Map<String, UnaryOperator<Object>> WRITTEN_DIFFERENTLY = Map.of(
      "list-datasets-orderby.response.json", t -> JsonTrees.without(t,
          "/5b67f4dd9f6e710000ea9da4/dule", "/5b67f4dd9f6e710000ea9da4/statsCache",
          "/5b1e3c867e6d2600003d5b49/dule", "/5b1e3c867e6d2600003d5b49/statsCache",
          "/5cd3a129ec106214b722a939/dule", "/5cd3a129ec106214b722a939/statsCache"),
      "list-datasets-property-filter.response.json", t -> JsonTrees.without(t,
          "/5b67f4dd9f6e710000ea9da4/dule", "/5b67f4dd9f6e710000ea9da4/statsCache",
          "/5b1e3c867e6d2600003d5b49/dule", "/5b1e3c867e6d2600003d5b49/statsCache",
          "/5cd3a129ec106214b722a939/dule", "/5cd3a129ec106214b722a939/statsCache"),
      "list-datasets-simple-filter.response.json", t -> JsonTrees.without(t,
          "/5b67f4dd9f6e710000ea9da4/dule", "/5b67f4dd9f6e710000ea9da4/statsCache",
          "/5b1e3c867e6d2600003d5b49/dule", "/5b1e3c867e6d2600003d5b49/statsCache"),
      "list-datasets-tags.response.json", t -> JsonTrees.without(t,
          "/5b67f4dd9f6e710000ea9da4/dule", "/5b67f4dd9f6e710000ea9da4/statsCache",
          "/5b1e3c867e6d2600003d5b49/dule", "/5b1e3c867e6d2600003d5b49/statsCache"),
      "from-openapi/listDatasets.200.response.json", t -> JsonTrees.without(t, "/5ab540d0864cf0267448ead4/observableSchema"),
      "from-openapi/retrieveDataset.200.response.json", t -> JsonTrees.without(t, "/5ab540d0864cf0267448ead4/observableSchema"));

  static Stream<Arguments> cases() {
    return fixtures().stream().map(f -> Arguments.of(f));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsStrictlyChecksValuesAndWritesBackEveryMember(Fixture fixture) throws IOException {
    String json = AepReference.read(DIR + fixture.file());
    JsonAdapter<Object> strict = AepJson.strictAdapter(fixture.type());
    Object value = strict.fromJson(json);
    assertThat(value).as(fixture.file()).isNotNull();
    fixture.check().accept(value);
    assertNoUnmodelledMembers(value);

    String written = AepJson.adapter(fixture.type()).toJson(value);
    assertThat(JsonTrees.of(written)).as("%s written back:%n%s", fixture.file(), written)
        .isEqualTo(WRITTEN_DIFFERENTLY.getOrDefault(fixture.file(), UnaryOperator.identity()).apply(JsonTrees.of(json)));
    assertThat(strict.fromJson(written)).as("reads its own output").isEqualTo(value);
  }

  /** The open models (DataSet, Batch) name every member the examples use: nothing lands in additionalProperties. */
  private static void assertNoUnmodelledMembers(Object value) {
    if (value instanceof Map<?, ?> map) {
      for (Object v : map.values()) {
        if (v instanceof DataSet d) {
          assertThat(d.additionalProperties()).as("members DataSet does not name").isEmpty();
        } else if (v instanceof Batch b) {
          assertThat(b.additionalProperties()).as("members Batch does not name").isEmpty();
        }
      }
    }
  }

  @Test
  void everyCatalogExampleIsCovered() throws IOException {
    Path root = AepReference.root().resolve(DIR);
    List<String> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
    List<String> covered = Stream.concat(fixtures().stream().map(Fixture::file), Stream.of(INVALID))
        .sorted().collect(Collectors.toList());
    assertThat(covered).as("fixtures listed in this test").containsExactlyElementsOf(files);
  }

  private static final String INVALID = "list-datasets-properties.response.invalid.json";

  @Test
  void invalidExampleFailsWithTheLocation() {
    String json = AepReference.read(DIR + INVALID);
    // Adobe's example has "name": {} and a trailing comma inside Dataset3.
    assertThatThrownBy(() -> AepJson.strictAdapter(DATA_SETS).fromJson(json))
        .isInstanceOfAny(JsonDataException.class, JsonEncodingException.class)
        .hasMessageContaining("$.Dataset3.name");
    assertThatThrownBy(() -> AepJson.adapter(DATA_SETS).fromJson(json))
        .as("lenient production adapter fails too")
        .hasMessageContaining("$.Dataset3");
  }

  @Test
  void invalidExampleSyntaxErrorAloneNamesTheLocation() {
    // With the wrong type fixed, the trailing comma is still rejected, at the member that follows it.
    String json = AepReference.read(DIR + INVALID).replace("\"name\": {},", "\"name\": \"Dataset 3\",");
    assertThat(json).contains("\"Dataset 3\",");
    assertThatThrownBy(() -> AepJson.strictAdapter(DATA_SETS).fromJson(json))
        .isInstanceOf(JsonEncodingException.class)
        .hasMessageContaining("$.Dataset3");
  }

}
