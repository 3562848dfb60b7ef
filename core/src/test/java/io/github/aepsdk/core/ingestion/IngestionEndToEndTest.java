package io.github.aepsdk.core.ingestion;

import static io.github.aepsdk.core.ingestion.IngestionPlatform.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.core.ingestion.IngestionResources;
import io.github.aepsdk.core.ingestion.IngestionResult;
import io.github.aepsdk.core.ingestion.IngestionStep;
import io.github.aepsdk.core.ingestion.MarketingAutomationIngestion;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.ConnectionSpec;
import io.github.aepsdk.flowservice.DeltaColumn;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.Run;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SourceConnection;
import io.github.aepsdk.flowservice.TargetConnection;
import io.github.aepsdk.flowservice.Transformation;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.XdmClass;
import io.github.aepsdk.schemaregistry.XdmId;
import io.github.aepsdk.schemaregistry.XedMediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The builder against the local platform creates every resource of the tutorial; each one is read
 * back through the SDK's own API clients and its references checked, and the first run's XDM
 * records hold the mapped values of the synthetic HubSpot contacts.
 */
class IngestionEndToEndTest {
  private static final String XED_FULL_V1 = "application/vnd.adobe.xed-full+json;version=1";

  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  @Test
  void createsEveryResourceWithTheDocumentedReferencesAndTheFirstRunWritesTheMappedContacts() {
    IngestionResult result = p.tutorial().requestForm(RequestForm.CURRENT_DOCS).run();
    IngestionResources r = result.resources();

    assertThat(r.ids().keySet()).as("the current docs' form: no dataset base connection").containsExactly(
        IngestionStep.BASE_CONNECTION, IngestionStep.ADHOC_CLASS, IngestionStep.ADHOC_SCHEMA,
        IngestionStep.SOURCE_CONNECTION, IngestionStep.TARGET_SCHEMA, IngestionStep.DATASET,
        IngestionStep.TARGET_CONNECTION, IngestionStep.MAPPING_SET, IngestionStep.FLOW_SPEC, IngestionStep.DATAFLOW);
    assertThat(p.platformIds()).isEqualTo(IngestionPlatform.idsByKind(r));

    // base connection (step 0): HubSpot, with the credentials given
    Connection base = p.aep.flowService().getConnection(r.require(IngestionStep.BASE_CONNECTION));
    assertThat(base.id()).isEqualTo(r.require(IngestionStep.BASE_CONNECTION));
    assertThat(base.connectionSpec().orElseThrow().id()).isEqualTo(ConnectionSpec.HUBSPOT_ID);
    assertThat(base.auth().orElseThrow().specName()).isEqualTo("Basic Authentication");

    // ad-hoc class: ad-hoc behavior, the source fields under its own namespace
    XdmClass adhocClass = p.aep.schemaRegistry().getXdmClass(Container.TENANT, r.require(IngestionStep.ADHOC_CLASS));
    assertThat(adhocClass.id()).contains(r.require(IngestionStep.ADHOC_CLASS));
    assertThat(adhocClass.adHoc()).isTrue();
    assertThat(adhocClass.title()).contains(IngestionPlatform.NAME + ": ad-hoc class");
    assertThat(adHocFieldTypes(r.require(IngestionStep.ADHOC_CLASS))).containsExactly(
        Map.entry("Properties_Firstname_Value", Map.of("type", "string")),
        Map.entry("Properties_Lastname_Value", Map.of("type", "string")),
        Map.entry("Properties_Email_Value", Map.of("type", "string")),
        Map.entry("Added_At", Map.of("type", "string", "format", "date-time")));

    // ad-hoc schema → ad-hoc class
    Schema adhocSchema = p.aep.schemaRegistry().getSchema(Container.TENANT, r.require(IngestionStep.ADHOC_SCHEMA));
    assertThat(adhocSchema.id()).contains(r.require(IngestionStep.ADHOC_SCHEMA));
    assertThat(adhocSchema.allOfRefs()).containsExactly(r.require(IngestionStep.ADHOC_CLASS));

    // source connection → base connection, ad-hoc schema, params.path
    SourceConnection source = p.aep.flowService().getSourceConnection(r.require(IngestionStep.SOURCE_CONNECTION));
    assertThat(source.id()).isEqualTo(r.require(IngestionStep.SOURCE_CONNECTION));
    assertThat(source.baseConnectionId()).contains(base.id());
    assertThat(source.params().orElseThrow().path()).contains("Hubspot.Contacts");
    assertThat(source.data().orElseThrow().format()).contains("tabular");
    assertThat(source.data().orElseThrow().schema().orElseThrow().id()).isEqualTo(adhocSchema.id().orElseThrow());
    assertThat(source.data().orElseThrow().schema().orElseThrow().version()).contains(XED_FULL_V1);
    assertThat(source.connectionSpec().orElseThrow().id()).isEqualTo(ConnectionSpec.HUBSPOT_ID);

    // target schema: XDM Individual Profile with the tutorial's field groups
    Schema targetSchema = p.aep.schemaRegistry().getSchema(Container.TENANT, r.require(IngestionStep.TARGET_SCHEMA));
    assertThat(targetSchema.id()).contains(r.require(IngestionStep.TARGET_SCHEMA));
    assertThat(targetSchema.allOfRefs()).containsExactly(MarketingAutomationIngestion.PROFILE_CLASS,
        MarketingAutomationIngestion.DEFAULT_FIELD_GROUPS.get(0), MarketingAutomationIngestion.DEFAULT_FIELD_GROUPS.get(1));

    // dataset → target schema
    DataSet dataSet = p.aep.catalog().getDataSet(r.require(IngestionStep.DATASET));
    assertThat(dataSet.schemaRef().orElseThrow().id()).isEqualTo(targetSchema.id().orElseThrow());
    assertThat(dataSet.schemaRef().orElseThrow().contentType()).contains(XED_FULL_V1);
    assertThat(dataSet.name()).contains(IngestionPlatform.NAME + ": target dataset");

    // target connection → dataset and target schema, on the Data Lake connection spec without a base connection
    TargetConnection target = p.aep.flowService().getTargetConnection(r.require(IngestionStep.TARGET_CONNECTION));
    assertThat(target.id()).isEqualTo(r.require(IngestionStep.TARGET_CONNECTION));
    assertThat(target.params().orElseThrow().dataSetId()).contains(r.require(IngestionStep.DATASET));
    assertThat(target.data().orElseThrow().schema().orElseThrow().id()).isEqualTo(targetSchema.id().orElseThrow());
    assertThat(target.data().orElseThrow().schema().orElseThrow().version()).contains(XED_FULL_V1);
    assertThat(target.connectionSpec().orElseThrow().id()).isEqualTo(ConnectionSpec.DATA_LAKE_ID);
    assertThat(target.baseConnectionId()).isEmpty();
    assertThat(p.platformIds().get("connections")).containsExactly(base.id());

    // mapping set → target schema, the mappings as given
    MappingSet mappingSet = p.aep.conversion().getMappingSet(r.require(IngestionStep.MAPPING_SET));
    assertThat(mappingSet.id()).contains(r.require(IngestionStep.MAPPING_SET));
    assertThat(mappingSet.targetSchemaId()).contains(targetSchema.id().orElseThrow());
    assertThat(mappingSet.name()).contains(IngestionPlatform.NAME + ": mapping set");
    Map<String, String> mappings = new LinkedHashMap<>();
    mappingSet.mappings().forEach(m -> mappings.put(m.effectiveSource().orElseThrow(), m.effectiveDestination().orElseThrow()));
    assertThat(mappings).containsExactly(
            Map.entry("Properties_Firstname_Value", "person.name.firstName"),
            Map.entry("Properties_Lastname_Value", "person.name.lastName"),
            Map.entry("Properties_Email_Value", "personalEmail.address"),
            Map.entry("Added_At", "_repo.createDate"));

    // flow spec lookup: CRMToAEP
    assertThat(r.require(IngestionStep.FLOW_SPEC)).isEqualTo(FlowSpec.CRM_TO_AEP_ID);

    // dataflow → both connections, the flow spec, Copy with the delta column, Mapping with the mapping set
    Flow flow = p.aep.flowService().getFlow(result.flowId());
    assertThat(flow.id()).isEqualTo(r.require(IngestionStep.DATAFLOW));
    assertThat(flow.sourceConnectionIds()).containsExactly(source.id());
    assertThat(flow.targetConnectionIds()).containsExactly(target.id());
    assertThat(flow.flowSpec().orElseThrow().id()).isEqualTo(FlowSpec.CRM_TO_AEP_ID);
    assertThat(flow.flowSpec().orElseThrow().version()).contains("1.0");
    assertThat(flow.transformations()).extracting(Transformation::name)
        .containsExactly(Transformation.COPY, Transformation.MAPPING);
    assertThat(flow.transformations().get(0).params().deltaColumn()).contains(
        DeltaColumn.builder().name("Added_At").dateFormat("YYYY-MM-DD").timezone("UTC").build());
    assertThat(flow.transformations().get(1).params().mappingId()).contains(mappingSet.id().orElseThrow());
    assertThat(flow.transformations().get(1).params().mappingVersion())
        .contains(String.valueOf(mappingSet.version().orElseThrow()));
    ScheduleParams schedule = flow.scheduleParams().orElseThrow();
    assertThat(schedule.startTime()).isEqualTo(IngestionPlatform.START.getEpochSecond());
    assertThat(schedule.frequency()).isEqualTo("hour");
    assertThat(schedule.interval()).contains(1);
    assertThat(schedule.backfill()).isEmpty();

    // the etag of every Flow Service resource as Flow Service gave it, quotes included (If-Match of a PATCH)
    assertThat(r.etags()).containsOnly(
        Map.entry(base.id(), base.etag().orElseThrow()),
        Map.entry(source.id(), source.etag().orElseThrow()),
        Map.entry(target.id(), target.etag().orElseThrow()),
        Map.entry(flow.id(), flow.etag().orElseThrow()));
    assertThat(r.etags().values()).allSatisfy(etag -> assertThat(etag).matches("\"[^\"]+\""));

    // the first run: 5 contacts read, the one with a malformed Added_At failed, 4 written
    RunReport report = result.firstRun().orElseThrow();
    Run run = report.run().orElseThrow();
    assertThat(run.flowId()).contains(flow.id());
    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIALLY_SUCCEEDED);
    List<Map<String, Object>> records = p.platform.datasetRecords(SANDBOX, r.require(IngestionStep.DATASET));
    assertThat(report.inputRecordCount()).isEqualTo(5L);
    assertThat(report.outputRecordCount()).isEqualTo(records.size());
    assertThat(report.failedRecordCount()).isEqualTo(1L);
    assertThat(records).containsExactly(
        contact("Avery", "Quillfeather", "avery.quillfeather@example.com", "2024-01-08T09:15:00Z"),
        contact("Bruno", "Tindlewick", "bruno.tindlewick@example.com", "2024-01-19T14:02:31Z"),
        contact("Cyra", "Mossgrove", "cyra.mossgrove@example.com", "2024-02-03T07:45:10Z"),
        contact("Dario", "Pennyfield", "dario.pennyfield@example.com", "2024-02-27T18:30:00Z"));
    Run listed = p.aep.flowService().listRunsOfFlow(flow.id()).items().get(0);
    assertThat(listed.id()).isEqualTo(run.id());
    assertThat(listed.metrics()).isEqualTo(run.metrics());
  }

  @Test
  void discoverSourceFieldsTurnsTheExploredColumnsIntoTheAdHocClassFields() {
    String baseConnection = p.createHubSpotBaseConnection();
    long connectionsBefore = p.platform.resourceCount(SANDBOX, "connections");

    IngestionResult result = MarketingAutomationIngestion.builder(p.aep)
        .name("Discovered contacts")
        .baseConnectionId(baseConnection)
        .sourcePath("Hubspot.Contacts")
        .discoverSourceFields()
        .mapping("Properties_Firstname_Value", "person.name.firstName")
        .mapping("Added_At", "_repo.createDate")
        .deltaColumn(DeltaColumn.of("Added_At"))
        .schedule(ScheduleParams.once(IngestionPlatform.START))
        .run();

    assertThat(result.resources().id(IngestionStep.BASE_CONNECTION)).contains(baseConnection);
    assertThat(p.platform.resourceCount(SANDBOX, "connections")).as("the current docs' form makes no dataset base connection")
        .isEqualTo(connectionsBefore);
    assertThat(adHocFieldTypes(result.resources().require(IngestionStep.ADHOC_CLASS))).containsExactly(
        Map.entry("Vid", Map.of("type", "string")),
        Map.entry("Properties_Firstname_Value", Map.of("type", "string")),
        Map.entry("Properties_Lastname_Value", Map.of("type", "string")),
        Map.entry("Properties_Email_Value", Map.of("type", "string")),
        Map.entry("Added_At", Map.of("type", "string", "format", "date-time")),
        Map.entry("Portal_Id", Map.of("type", "string")));
    SourceConnection source = p.aep.flowService().getSourceConnection(result.resources().require(IngestionStep.SOURCE_CONNECTION));
    assertThat(source.baseConnectionId()).contains(baseConnection);
  }

  /** The fields of an ad-hoc class as read back: name → {type, format}, in class order. */
  private Map<String, Map<String, Object>> adHocFieldTypes(String classId) {
    XdmClass adhoc = p.aep.schemaRegistry().getXdmClass(Container.TENANT, XdmId.of(classId), XedMediaType.XED_FULL);
    assertThat(adhoc.properties()).hasSize(1);
    Map.Entry<String, Object> namespace = adhoc.properties().entrySet().iterator().next();
    assertThat(namespace.getKey()).matches("_[0-9a-f]{32}");
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) ((Map<String, Object>) namespace.getValue()).get("properties");
    Map<String, Map<String, Object>> types = new LinkedHashMap<>();
    fields.forEach((name, definition) -> {
      Map<?, ?> d = (Map<?, ?>) definition;
      Map<String, Object> type = new LinkedHashMap<>();
      type.put("type", d.get("type"));
      if (d.get("format") != null) {
        type.put("format", d.get("format"));
      }
      types.put(name, type);
    });
    return types;
  }

  private static Map<String, Object> contact(String first, String last, String email, String addedAt) {
    return Map.of(
        "person", Map.of("name", Map.of("firstName", first, "lastName", last)),
        "personalEmail", Map.of("address", email),
        "_repo", Map.of("createDate", addedAt));
  }
}
