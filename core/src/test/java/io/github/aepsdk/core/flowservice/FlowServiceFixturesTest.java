package io.github.aepsdk.core.flowservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Types;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.JsonTrees;
import io.github.aepsdk.flowservice.ColumnConfig;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.CreateConnectionRequest;
import io.github.aepsdk.flowservice.CreateFlowRequest;
import io.github.aepsdk.flowservice.CreateRunRequest;
import io.github.aepsdk.flowservice.CreateSourceConnectionRequest;
import io.github.aepsdk.flowservice.CreateTargetConnectionRequest;
import io.github.aepsdk.flowservice.EntityRef;
import io.github.aepsdk.flowservice.ExploreItem;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.Frequency;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.PatchOperation;
import io.github.aepsdk.flowservice.ResourceState;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.RunActivity;
import io.github.aepsdk.flowservice.RunStatus;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SpecDefinition;
import io.github.aepsdk.flowservice.StatusExtensions;
import io.github.aepsdk.flowservice.TableColumn;
import io.github.aepsdk.flowservice.TableStructure;
import io.github.aepsdk.flowservice.Transformation;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Flow Service example from Adobe's docs and spec ({@code examples/flowservice/**}) read into
 * its model in strict mode, checked for real values, and written back without losing a member.
 *
 * <p>The written JSON, read by an independent parser ({@link JsonTrees}), must equal the input as a
 * tree, nulls and empty containers included, except for the changes {@link #WRITTEN_DIFFERENTLY}
 * writes out per file; numbers compare by value.
 */
class FlowServiceFixturesTest {

  private static final String DIR = "examples/flowservice/";

  /**
   * What the SDK writes differently from an example document, written out per file: the
   * doc-vs-spec conflicts it resolves by reading both forms and writing the spec's form
   * (SPEC-VALIDATION §5a, D-FS-1, D-FS-7), and the null members and empty containers it omits.
   * Every other member must come back as it was.
   */
  static final Map<String, UnaryOperator<Object>> WRITTEN_DIFFERENTLY = Map.of(
      // a flow spec's transformationSpec (newer docs) is written as the spec's transformationSpecs
      "get-flow-spec-crmtoaep.response.json", t -> JsonTrees.renamed(t, "/transformationSpec", "transformationSpecs"),
      "from-openapi/createFlowSpec.201.response.success.json", t -> JsonTrees.renamed(
          JsonTrees.without(t, "/attributes/notification/flowRun"), "/transformationSpec", "transformationSpecs"),
      "from-openapi/updateFlowSpec.200.response.success.json", t -> JsonTrees.renamed(
          JsonTrees.without(t, "/scheduleSpec/spec/then/allOf/0/not", "/scheduleSpec/spec/then/allOf/1/not"),
          "/transformationSpec", "transformationSpecs"),
      // scheduleParams strings as the spec's integers and boolean; mappingVersion as the spec's string
      "create-flow.request.json", t -> JsonTrees.with(JsonTrees.with(JsonTrees.with(t,
          "/transformations/1/params/mappingVersion", "0"),
          "/scheduleParams/startTime", 1591043454L), "/scheduleParams/interval", 15),
      "create-flow-2020.request.json", t -> JsonTrees.with(JsonTrees.with(t,
          "/scheduleParams/startTime", 1591043454L), "/scheduleParams/interval", 15),
      "get-flow.response.json", t -> JsonTrees.without(JsonTrees.with(JsonTrees.with(JsonTrees.with(t,
          "/items/0/scheduleParams/startTime", 1612310466L), "/items/0/scheduleParams/interval", 15),
          "/items/0/scheduleParams/backfill", true), "/items/0/lastOperation/status/errors"),
      // run params times as the spec's integers
      "create-run.request.json", t -> JsonTrees.with(JsonTrees.with(t,
          "/params/windowStartTime", 1651584991L), "/params/windowEndTime", 16515859567L),
      "create-run.response.json", t -> JsonTrees.without(JsonTrees.with(JsonTrees.with(t,
          "/params/windowStartTime", 1651584991L), "/params/windowEndTime", 16515859567L), "/activities"));

  /** One example file, the model type that reads it, and what it must contain. */
  record Fixture(String file, Type type, Consumer<Object> check, String invalidAt) {
    boolean invalid() {
      return file.endsWith(".invalid.json");
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private static <T> Fixture fixture(String file, Type type, Consumer<T> check) {
    return fixture(file, type, check, null);
  }

  @SuppressWarnings("unchecked")
  private static <T> Fixture fixture(String file, Type type, Consumer<T> check, String invalidAt) {
    return new Fixture(file, type, v -> check.accept((T) v), invalidAt);
  }

  private static Type pageOf(Type item) {
    return Types.newParameterizedType(ItemsPage.class, item);
  }

  private static Type listOf(Type item) {
    return Types.newParameterizedType(List.class, item);
  }

  private static Consumer<EntityRef> entityRef(String id, String etag) {
    return ref -> {
      assertThat(ref.id()).isEqualTo(id);
      assertThat(ref.etag()).isEqualTo(etag).startsWith("\"").endsWith("\"");
    };
  }

  static List<Fixture> fixtures() {
    return List.of(
        // ---- base connections
        fixture("create-base-connection-hubspot.request.json", CreateConnectionRequest.class, (CreateConnectionRequest r) -> {
          assertThat(r.name()).contains("connection for HubSpot");
          assertThat(r.connectionSpec().id()).isEqualTo(ConnectionSpec.HUBSPOT_ID);
          assertThat(r.connectionSpec().version()).contains("1.0");
          assertThat(r.auth().orElseThrow().specName()).isEqualTo("Basic Authentication");
          assertThat(r.auth().orElseThrow().params()).containsOnlyKeys("clientId", "clientSecret", "accessToken", "refreshToken");
          assertThat(r.auth().orElseThrow().toString()).doesNotContain("{CLIENT_SECRET}");
        }),
        fixture("create-base-connection-hubspot.response.json", EntityRef.class,
            entityRef("2fce94c1-9a93-4971-8e94-c19a93097129", "\"d403848a-0000-0200-0000-5e978f7b0000\"")),
        fixture("create-base-connection-hubspot-2020.response.json", EntityRef.class,
            entityRef("2eb9c78b-e8b8-4400-b9c7-8be8b86400b2", "\"05026cf5-0000-0200-0000-5e4c42920000\"")),
        fixture("create-dataset-base-connection.request.json", CreateConnectionRequest.class, (CreateConnectionRequest r) -> {
          assertThat(r).isEqualTo(CreateConnectionRequest.dataLake("Dataset Base Connection", "Dataset Base Connection"));
          assertThat(r.auth()).isEmpty();
        }),
        fixture("create-dataset-base-connection.response.json", EntityRef.class,
            entityRef("d6c3988d-14ef-4000-8398-8d14ef000021", "\"d502e61b-0000-0200-0000-5e62a1f90000\"")),
        fixture("from-openapi/createConnection.201.response.json", EntityRef.class,
            entityRef("69f188b6-af07-4587-8061-e94d34637b41", "\"6802064a-0000-0200-0000-6387c6b90000\"")),
        fixture("from-openapi/patchConnection.200.response.json", EntityRef.class,
            entityRef("69f188b6-af07-4587-8061-e94d34637b41", "\"6802064a-0000-0200-0000-6387c6b90000\"")),
        // ---- explore
        fixture("explore-root.response.invalid.json", listOf(ExploreItem.class), (List<ExploreItem> items) -> {
          assertThat(items).extracting(ExploreItem::path)
              .containsExactly("Hubspot.All_Deals", "Hubspot.Blog_Authors", "Hubspot.Blog_Comments", "Hubspot.Contacts");
          assertThat(items).allSatisfy(i -> {
            assertThat(i.type()).isEqualTo("table");
            assertThat(i.canPreview()).contains(true);
            assertThat(i.canFetchSchema()).contains(true);
          });
        }, "$[4]"),
        fixture("explore-table.response.invalid.json", TableStructure.class, (TableStructure t) -> {
          assertThat(t.format()).contains("flat");
          assertThat(t.schema().orElseThrow().columns()).extracting(TableColumn::name)
              .containsExactly("Properties_Firstname_Value", "Properties_Lastname_Value", "Added_At", "Portal_Id");
          TableColumn addedAt = t.column("Added_At").orElseThrow();
          assertThat(addedAt.type()).contains("string");
          assertThat(addedAt.xdmType()).contains("date-time");
          assertThat(addedAt.xdm()).containsEntry("format", "date-time");
          assertThat(t.column("Portal_Id").orElseThrow().xdmType()).isEmpty();
          assertThat(t.additionalProperties()).isEmpty();
        }, "$.schema.columns[4]"),
        fixture("from-openapi/exploreConfigByConnectionId.200.response.success.json", pageOf(ColumnConfig.class), columnConfigs()),
        fixture("from-openapi/exploreByConnectionSpecId.200.response.success.json", pageOf(ColumnConfig.class), columnConfigs()),
        fixture("from-openapi/configByConnectionSpecId.200.response.success.json", pageOf(ColumnConfig.class), columnConfigs()),
        // ---- connection specs
        fixture("get-connection-spec-hubspot.response.invalid.json", pageOf(ConnectionSpec.class), (ItemsPage<ConnectionSpec> page) -> {
          ConnectionSpec spec = single(page);
          assertThat(spec.id()).isEqualTo(ConnectionSpec.HUBSPOT_ID);
          assertThat(spec.name()).contains("hubspot");
          assertThat(spec.providerId()).contains("0ed90a81-07f4-4586-8190-b40eccef1c5a");
          SpecDefinition auth = spec.findAuthSpec("Basic Authentication").orElseThrow();
          assertThat(auth.propertyNames()).containsExactly("clientId", "clientSecret", "accessToken", "refreshToken");
          assertThat(auth.spec()).containsEntry("required", List.of("clientId", "clientSecret", "accessToken", "refreshToken"));
          assertThat(spec.additionalProperties()).isEmpty();
        }, "$.items[0].authSpec"),
        fixture("list-connection-specs-datalake.response.json", pageOf(ConnectionSpec.class), (ItemsPage<ConnectionSpec> page) -> {
          ConnectionSpec spec = single(page);
          assertThat(spec.id()).isEqualTo(ConnectionSpec.DATA_LAKE_ID);
          assertThat(spec.version()).contains("1.0");
          assertThat(spec.targetSpec().orElseThrow().propertyNames()).containsExactly("dataSetId");
          assertThat(spec.attributes()).containsEntry("category", "{CATEGORY}");
          assertThat(spec.permissionsInfo()).containsKeys("view", "manage");
          assertThat(spec.additionalProperties()).isEmpty();
        }),
        fixture("from-openapi/createConnectionSpec.201.response.success.json", ConnectionSpec.class, dynamicsSpec("7DC732555AECDB4C0A494036@AdobeOrg")),
        fixture("from-openapi/updateConnectionSpec.200.response.success.json", ConnectionSpec.class, dynamicsSpec("7BA732555AECDB4C0A494036@AdobeOrg")),
        // ---- source and target connections
        fixture("create-source-connection.request.invalid.json", CreateSourceConnectionRequest.class, (CreateSourceConnectionRequest r) -> {
          assertThat(r.name()).isEqualTo("HubSpot source connection");
          assertThat(r.baseConnectionId()).contains("c6d4ee17-6752-4e83-94ee-1767522e83fa");
          assertThat(r.data().format()).contains("tabular");
          assertThat(r.params().orElseThrow().path()).contains("Hubspot.Contacts");
          assertThat(r.connectionSpec().id()).isEqualTo(ConnectionSpec.HUBSPOT_ID);
        }, "$.data.format"),
        fixture("create-source-connection.response.json", EntityRef.class,
            entityRef("f44dbef2-a4f0-4978-8dbe-f2a4f0e978cf", "\"5f00fba7-0000-0200-0000-5ed560520000\"")),
        fixture("create-target-connection.request.json", CreateTargetConnectionRequest.class, (CreateTargetConnectionRequest r) -> {
          assertThat(r.name()).contains("HubSpot target connection");
          assertThat(r.data().schema().orElseThrow().id())
              .isEqualTo("https://ns.adobe.com/{TENANT_ID}/schemas/da411446eec78026c28d9fafd9e406e304b771d55b07b91b");
          assertThat(r.data().schema().orElseThrow().version()).contains("application/vnd.adobe.xed-full+json;version=1");
          assertThat(r.params().orElseThrow().dataSetId()).contains("5ed5639d798a22191b6987b2");
          assertThat(r.connectionSpec().id()).isEqualTo(ConnectionSpec.DATA_LAKE_ID);
        }),
        fixture("create-target-connection.response.json", EntityRef.class,
            entityRef("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65", "\"dd00a1a2-0000-0200-0000-5ed564850000\"")),
        // ---- flow specs
        fixture("list-flow-specs-crmtoaep-2020.response.json", pageOf(FlowSpec.class), (ItemsPage<FlowSpec> page) -> {
          FlowSpec spec = single(page);
          assertThat(spec.id()).isEqualTo(FlowSpec.CRM_TO_AEP_ID);
          assertThat(spec.name()).contains(FlowSpec.CRM_TO_AEP_NAME);
          assertThat(spec.transformationSpecs()).extracting(s -> s.name().orElseThrow()).containsExactly("Copy", "Mapping");
          assertThat(spec.findTransformationSpec("Mapping").orElseThrow().propertyNames()).containsExactly("mappingId", "mappingVersion");
          SpecDefinition schedule = spec.scheduleSpec().orElseThrow();
          assertThat(schedule.name()).contains("PeriodicSchedule");
          assertThat(schedule.type()).contains("Periodic");
          assertThat(schedule.propertyNames()).containsExactly("startTime", "endTime", "interval", "frequency", "backfill");
          assertThat(spec.additionalProperties()).isEmpty();
        }),
        fixture("get-flow-spec-crmtoaep.response.json", FlowSpec.class, (FlowSpec spec) -> {
          assertThat(spec.id()).isEqualTo(FlowSpec.CRM_TO_AEP_ID);
          assertThat(spec.sourceConnectionSpecIds()).hasSize(36).contains(ConnectionSpec.HUBSPOT_ID);
          assertThat(spec.targetConnectionSpecIds()).containsExactly(ConnectionSpec.DATA_LAKE_ID);
          assertThat(spec.transformationSpecs()).extracting(s -> s.name().orElseThrow()).containsExactly("Copy", "Mapping");
          assertThat(spec.scheduleSpec().orElseThrow().spec()).containsEntry("required", List.of("startTime", "frequency"));
          assertThat(spec.optionSpec().orElseThrow().propertyNames()).containsExactly("errorDiagnosticsEnabled", "partialIngestionPercent");
          assertThat(spec.runSpec().orElseThrow().propertyNames()).containsExactly("startTime", "windowStartTime", "windowEndTime", "deltaColumn");
          assertThat(spec.attributes()).containsEntry("isSourceFlow", true).containsEntry("frequency", "batch");
          assertThat(spec.additionalProperties()).isEmpty();
        }),
        fixture("from-openapi/createFlowSpec.201.response.success.json", FlowSpec.class, (FlowSpec spec) -> {
          assertThat(spec.name()).contains("CloudStorageToAEP");
          assertThat(spec.sourceConnectionSpecIds()).hasSize(11);
          assertThat(spec.transformationSpecs()).extracting(s -> s.name().orElseThrow()).containsExactly("Mapping");
          // the spec's example puts the option schema's members beside "spec" (a doc defect): kept, not lost
          assertThat(spec.optionSpec().orElseThrow().type()).contains("object");
          assertThat(spec.optionSpec().orElseThrow().additionalProperties()).containsOnlyKeys("properties");
          assertThat(spec.additionalProperties()).isEmpty();
        }),
        fixture("from-openapi/updateFlowSpec.200.response.success.json", FlowSpec.class, (FlowSpec spec) -> {
          assertThat(spec.id()).isEqualTo("9753525b-82c7-4dce-8a9b-5ccfce2b9876");
          assertThat(spec.scheduleSpec().orElseThrow().propertyNames()).containsExactly("startTime", "frequency", "interval", "backfill");
          assertThat(spec.transformationSpecs()).hasSize(1);
        }),
        // ---- flows
        fixture("create-flow.request.json", CreateFlowRequest.class, (CreateFlowRequest r) -> {
          assertCreateFlow(r, "HubSpot dataflow");
        }),
        fixture("create-flow-2020.request.json", CreateFlowRequest.class, (CreateFlowRequest r) -> {
          assertCreateFlow(r, "Dataflow for a marketing automation source");
        }),
        fixture("create-flow.response.json", EntityRef.class,
            entityRef("e0bd8463-0913-4ca1-bd84-6309134ca1f6", "\"04004fe9-0000-0200-0000-5ebc4c8b0000\"")),
        fixture("from-openapi/createFlow.201.response.json", EntityRef.class,
            entityRef("3d17a4ff-9e0a-4f7c-94bb-bc0b61a3a76d", "\"7e05b480-0000-0200-0000-638e84a00000\"")),
        fixture("get-flow.response.json", pageOf(Flow.class), (ItemsPage<Flow> page) -> {
          Flow flow = single(page);
          assertThat(flow.id()).isEqualTo("2edc08ac-4df5-4fe6-936f-81a19ce92f5c");
          assertThat(flow.createdAt()).contains(1612310475905L);
          assertThat(flow.etag()).contains("\"5400d99c-0000-0200-0000-60358d540000\"");
          assertThat(flow.stateValue()).isEqualTo(ResourceState.ENABLED);
          assertThat(flow.flowSpec().orElseThrow().id()).isEqualTo(FlowSpec.CRM_TO_AEP_ID);
          ScheduleParams schedule = flow.scheduleParams().orElseThrow();
          assertThat(schedule.startTime()).isEqualTo(1612310466L);
          assertThat(schedule.startInstant()).hasToString("2021-02-03T00:01:06Z");
          assertThat(schedule.frequencyValue()).isEqualTo(Frequency.WEEK);
          assertThat(schedule.interval()).contains(15);
          assertThat(schedule.backfill()).contains(true);
          assertThat(schedule.backfillValue()).contains(true);
          assertThat(flow.transformations().get(1).params().mappingVersion()).contains("0");
          assertThat(flow.transformations().get(0).params().deltaColumn().orElseThrow().name()).isEqualTo("Datefield");
          assertThat(flow.inheritedAttributes().orElseThrow().sourceConnections().get(0).baseConnection().orElseThrow().id())
              .isEqualTo("6990abad-977d-41b9-a85d-17ea8cf1c0e4");
          assertThat(flow.lastOperation().orElseThrow().percentCompleted()).contains(100.0);
          assertThat(flow.lastOperation().orElseThrow().ops()).containsExactly(PatchOperation.replace("/scheduleParams/frequency", "week"));
          assertThat(flow.lastRunDetails().orElseThrow().stateValue()).isEqualTo(RunStatus.SUCCESS);
          assertThat(flow.runs()).contains("/flows/2edc08ac-4df5-4fe6-936f-81a19ce92f5c/runs");
        }),
        fixture("list-flows-count.response.json", pageOf(Flow.class), (ItemsPage<Flow> page) -> {
          assertThat(page.count()).contains(95L);
          assertThat(page.items()).isEmpty();
          assertThat(page.continuationToken()).isEmpty();
        }),
        fixture("patch-flow-labels.request.json", listOf(PatchOperation.class), (List<PatchOperation> ops) -> {
          assertThat(ops).containsExactly(PatchOperation.add("/labels", List.of("core/C12")));
          assertThat(ops.get(0).opValue()).isEqualTo(PatchOperation.Op.ADD);
        }),
        fixture("patch-flow-labels.response.json", EntityRef.class,
            entityRef("84224def-1e2a-4d95-9ea2-132d697ed2aa", "\"50014cc8-0000-0200-0000-6036eb720000\"")),
        fixture("patch-flow-mapping.request.json", listOf(PatchOperation.class), (List<PatchOperation> ops) -> {
          assertThat(ops).hasSize(1);
          assertThat(ops.get(0).path()).isEqualTo("/transformations/0");
          assertThat(ops.get(0).value().orElseThrow()).isEqualTo(Map.of(
              "name", "Mapping", "params", Map.of("mappingId", "c5f22f04e09f44498e528901546a83b1", "mappingVersion", 2L)));
        }),
        fixture("patch-flow-mapping.response.json", EntityRef.class,
            entityRef("2edc08ac-4df5-4fe6-936f-81a19ce92f5c", "\"2c000802-0000-0200-0000-613976440000\"")),
        fixture("patch-flow-schedule.request.json", listOf(PatchOperation.class), (List<PatchOperation> ops) -> {
          assertThat(ops).containsExactly(
              PatchOperation.replace("/scheduleParams/frequency", "day"),
              PatchOperation.replace("/name", "Database Dataflow Feb2021"),
              PatchOperation.replace("/description", "Database dataflow for testing update API"));
        }),
        fixture("patch-flow-schedule.response.json", EntityRef.class,
            entityRef("2edc08ac-4df5-4fe6-936f-81a19ce92f5c", "\"50014cc8-0000-0200-0000-6036eb720000\"")),
        // ---- runs
        fixture("create-run.request.json", CreateRunRequest.class, (CreateRunRequest r) -> {
          assertThat(r.flowId()).isEqualTo("3abea21c-7e36-4be1-bec1-d3bad0e3e0de");
          assertThat(r.params().orElseThrow().windowStartTime()).contains(1651584991L);
          assertThat(r.params().orElseThrow().windowEndTime()).contains(16515859567L);
          assertThat(r.params().orElseThrow().deltaColumn().orElseThrow().name()).isEqualTo("DOB");
        }),
        fixture("create-run.response.json", Run.class, (Run run) -> {
          assertThat(run.id()).isEqualTo("3fb0418e-1804-45d6-8d56-dd51f05c0baf");
          assertThat(run.flowId()).contains("3abea21c-7e36-4be1-bec1-d3bad0e3e0de");
          assertThat(run.createdAt()).contains(1651587212543L);
          assertThat(run.etag()).contains("\"1100c53e-0000-0200-0000-627138980000\"");
          assertThat(run.statusValue()).isEqualTo(RunStatus.SCHEDULED);
          assertThat(run.statusValue().isTerminal()).isFalse();
          assertThat(run.activities()).isEmpty();
        }),
        fixture("list-runs.response.json", pageOf(Run.class), (ItemsPage<Run> page) -> {
          Run run = single(page);
          assertThat(page.links().orElseThrow().next()).isEmpty();
          assertThat(run.id()).isEqualTo("9830305a-985f-47d0-b030-5a985fd7d004");
          assertThat(run.flowId()).contains("c9cef9cb-c934-4467-8ef9-cbc934546741");
          assertThat(run.statusValue()).isEqualTo(RunStatus.SUCCESS);
          assertThat(run.statusValue().isTerminal()).isTrue();
          var metrics = run.metrics().orElseThrow();
          assertThat(metrics.durationSummary().orElseThrow().startedAtUTC()).contains(1596656058198L);
          assertThat(metrics.sizeSummary().orElseThrow().outputBytes()).contains(17128L);
          assertThat(metrics.recordSummary().orElseThrow().failedRecordCount()).contains(1L);
          assertThat(metrics.fileSummary().orElseThrow().activityRefs()).containsExactly("promotionActivity");
          assertThat(metrics.statusSummary().orElseThrow().errors().get(0).code()).contains("CONNECTOR-2001-500");
          assertThat(run.activities()).extracting(a -> a.id().orElseThrow()).containsExactly("copyActivity", "promotionActivity");
          RunActivity copy = run.activities().get(0);
          assertThat(copy.durationSummary().orElseThrow().extensions()).containsEntry("windowStart", 1596653708000L);
          assertThat(copy.sourceInfo().get(0).reference().orElseThrow().ids()).containsExactly("8a8eb0cc-e283-4605-ac70-65a5adb1baef");
          RunActivity promotion = run.activities().get(1);
          assertThat(promotion.targetInfo().get(0).reference().orElseThrow().type()).contains("Batch");
          assertThat(copy.statusSummary().orElseThrow().extensions().orElseThrow().additionalProperties())
              .containsEntry("type", "one-time");
          StatusExtensions extensions = promotion.statusSummary().orElseThrow().extensions().orElseThrow();
          assertThat(extensions.errors()).extracting(e -> e.code().orElseThrow(), e -> e.recordCount().orElse(null))
              .containsExactly(tuple("INGEST-1212-400", null), tuple("MAPPER-3700-400", 1L));
          assertThat(extensions.errors().get(1).message()).contains("Mapper Transform Error");
          assertThat(extensions.additionalProperties()).containsOnlyKeys("manifest");
        }),
        fixture("from-openapi/updateRun.200.response.success.json", Run.class, (Run run) -> {
          assertThat(run.id()).isEqualTo("ae4532-fe4324-f34vsd32");
          assertThat(run.statusValue()).isEqualTo(RunStatus.UNKNOWN);
        }));
  }

  private static Consumer<ItemsPage<ColumnConfig>> columnConfigs() {
    return page -> assertThat(page.items()).extracting(ColumnConfig::columnName, ColumnConfig::columnType).containsExactly(
        org.assertj.core.groups.Tuple.tuple("name", "string"),
        org.assertj.core.groups.Tuple.tuple("address", "string"),
        org.assertj.core.groups.Tuple.tuple("dob", "date"),
        org.assertj.core.groups.Tuple.tuple("phone", "string"));
  }

  private static Consumer<ConnectionSpec> dynamicsSpec(String imsOrgId) {
    return spec -> {
      assertThat(spec.id()).isEqualTo("44c6e8ec-54e8-4813-a472-93c6cf29c3d7");
      assertThat(spec.createdAt()).contains(1624299037286L);
      assertThat(spec.imsOrgId()).contains(imsOrgId);
      SpecDefinition auth = spec.authSpec().get(0);
      assertThat(auth.type()).contains("BasicAuthentication");
      assertThat(auth.propertyNames()).containsExactly("serviceUri", "username", "password");
      assertThat(spec.sourceSpec().orElseThrow().propertyNames()).containsExactly("tableName", "columns");
      assertThat(spec.sourceSpec().orElseThrow().attributes()).containsKey("uiAttributes");
      assertThat(spec.attributes()).containsEntry("isSource", true).containsEntry("category", "CRM");
      assertThat(spec.additionalProperties()).isEmpty();
    };
  }

  private static void assertCreateFlow(CreateFlowRequest r, String name) {
    assertThat(r.name()).isEqualTo(name);
    assertThat(r.flowSpec().id()).isEqualTo(FlowSpec.CRM_TO_AEP_ID);
    assertThat(r.sourceConnectionIds()).containsExactly("f44dbef2-a4f0-4978-8dbe-f2a4f0e978cf");
    assertThat(r.targetConnectionIds()).containsExactly("4b3d05d8-b7aa-40de-bd05-d8b7aa80de65");
    assertThat(r.transformations()).extracting(Transformation::name).containsExactly(Transformation.COPY, Transformation.MAPPING);
    assertThat(r.transformations().get(1)).isEqualTo(Transformation.mapping("500a9b747fcf4908a21917d49bd61780", "0"));
    assertThat(r.transformations().get(0).params().deltaColumn().orElseThrow().dateFormat()).contains("YYYY-MM-DD");
    ScheduleParams schedule = r.scheduleParams().orElseThrow();
    assertThat(schedule.startTime()).isEqualTo(1591043454L);
    assertThat(schedule.frequencyValue()).isEqualTo(Frequency.ONCE);
    assertThat(schedule.interval()).contains(15);
  }

  private static <T> T single(ItemsPage<T> page) {
    assertThat(page.items()).hasSize(1);
    return page.items().get(0);
  }

  // ------------------------------------------------------------------ tests

  static Stream<Fixture> validFixtures() {
    return fixtures().stream().filter(f -> !f.invalid());
  }

  static Stream<Fixture> invalidFixtures() {
    return fixtures().stream().filter(Fixture::invalid);
  }

  @Test
  void everyExampleFileIsMappedToAModel() throws IOException {
    Path dir = AepReference.root().resolve(DIR);
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(dir)) {
      onDisk = files.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> mapped = fixtures().stream().map(Fixture::file).collect(Collectors.toCollection(TreeSet::new));
    assertThat(fixtures()).hasSameSizeAs(mapped);
    assertThat(mapped).isEqualTo(onDisk);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixtures")
  void readsStrictlyAndWritesBackEveryMember(Fixture fixture) throws IOException {
    roundTrip(fixture, AepReference.read(DIR + fixture.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void invalidJsonFailsNamingTheLocation(Fixture fixture) {
    String text = AepReference.read(DIR + fixture.file());
    JsonAdapter<Object> strict = AepJson.strictAdapter(fixture.type());
    assertThatThrownBy(() -> strict.fromJson(text))
        .isInstanceOf(JsonEncodingException.class)
        .hasMessageContaining("at path " + fixture.invalidAt());
  }

  /** The documents with only their one trailing comma removed are valid and fit the models. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void invalidJsonWithTheTrailingCommaRemovedFitsTheModel(Fixture fixture) throws IOException {
    String text = AepReference.read(DIR + fixture.file());
    Matcher trailingComma = Pattern.compile(",(\\s*[}\\]])").matcher(text);
    assertThat(trailingComma.results().count()).as("trailing commas").isEqualTo(1);
    roundTrip(fixture, trailingComma.replaceAll("$1"));
  }

  private static void roundTrip(Fixture fixture, String text) throws IOException {
    Object value = AepJson.strictAdapter(fixture.type()).fromJson(text);
    fixture.check().accept(value);

    String written = AepJson.<Object>adapter(fixture.type()).toJson(value);
    Object expected = WRITTEN_DIFFERENTLY.getOrDefault(fixture.file(), UnaryOperator.identity()).apply(JsonTrees.of(text));
    Object actual = JsonTrees.of(written);
    assertThat(actual).as("written JSON %s", written).isEqualTo(expected);

    // writing is stable: what was written reads back and writes the same text again
    JsonAdapter<Object> adapter = AepJson.adapter(fixture.type());
    assertThat(adapter.toJson(AepJson.strictAdapter(fixture.type()).fromJson(written))).isEqualTo(written);
  }
}
