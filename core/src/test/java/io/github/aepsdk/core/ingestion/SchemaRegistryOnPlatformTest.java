package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.error.BadRequestException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.schemaregistry.AuditLogEntry;
import io.github.aepsdk.schemaregistry.ClassUsage;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.CreateDataTypeRequest;
import io.github.aepsdk.schemaregistry.CreateFieldGroupRequest;
import io.github.aepsdk.schemaregistry.CreateSchemaRequest;
import io.github.aepsdk.schemaregistry.DataType;
import io.github.aepsdk.schemaregistry.Descriptor;
import io.github.aepsdk.schemaregistry.FieldGroup;
import io.github.aepsdk.schemaregistry.JsonPatchOperation;
import io.github.aepsdk.schemaregistry.RegistryStats;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.SchemaPatches;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.schemaregistry.XdmField;
import io.github.aepsdk.schemaregistry.XdmId;
import io.github.aepsdk.schemaregistry.XdmIds;
import io.github.aepsdk.schemaregistry.XdmResource;
import io.github.aepsdk.schemaregistry.XdmResourceType;
import io.github.aepsdk.schemaregistry.XdmSummary;
import io.github.aepsdk.schemaregistry.XedMediaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's Schema Registry methods beyond the ingestion path against the local platform: data
 * types, field group changes and the audit log, export/import between sandboxes, behaviors, unions,
 * stats, sample data and descriptor changes, each answer read by the SDK's models.
 */
class SchemaRegistryOnPlatformTest {
  private IngestionPlatform ingestion;
  private SchemaRegistryApi registry;

  @BeforeEach
  void start() {
    ingestion = IngestionPlatform.start();
    registry = ingestion.aep.schemaRegistry();
  }

  @AfterEach
  void stop() {
    ingestion.close();
  }

  private Schema profileSchema() {
    return registry.createSchema(CreateSchemaRequest.of("Loyalty members", "Members of the loyalty program.",
        XdmIds.PROFILE, List.of(XdmIds.PROFILE_PERSON_DETAILS)));
  }

  @Test
  void dataTypesAreCreatedPatchedListedAndDeleted() {
    DataType created = registry.createDataType(CreateDataTypeRequest.object("Property Construction",
        "Information related to the property construction", Map.of("yearBuilt", XdmField.integer())));

    DataType patched = registry.patchDataType(XdmId.of(created.id().orElseThrow()),
        List.of(JsonPatchOperation.add("/properties/floorSize", XdmField.integer())));

    assertThat(created.resourceTypeValue()).isEqualTo(XdmResourceType.DATATYPES);
    assertThat(patched.version()).contains("1.1");
    assertThat(patched.fieldPaths()).containsExactly("yearBuilt", "floorSize");
    assertThat(registry.listDataTypes(Container.TENANT).results()).extracting(XdmSummary::id)
        .containsExactly(created.id().orElseThrow());
    assertThat(registry.getDataType(Container.TENANT, created.altId().orElseThrow()).title()).contains("Property Construction");

    registry.deleteDataType(created.id().orElseThrow());
    assertThatThrownBy(() -> registry.getDataType(Container.TENANT, created.altId().orElseThrow()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).contains("XDM-1010-404"));
  }

  @Test
  void fieldGroupPatchesShowInTheAuditLogAndTheExportImportsIntoAnotherSandbox() {
    FieldGroup group = registry.createFieldGroup(CreateFieldGroupRequest.tenantFields("Property Details", "Property details.",
        XdmIds.PROFILE, "localtenant", Map.of("propertyName", XdmField.string("Property Name"))));
    XdmId id = XdmId.of(group.id().orElseThrow());

    FieldGroup patched = registry.patchFieldGroup(id, List.of(JsonPatchOperation.add(
        "/definitions/customFields/properties/_localtenant/properties/propertyCity", XdmField.string("Property City"))));
    List<AuditLogEntry> log = registry.getAuditLog(id);
    List<XdmResource> payload = registry.getExportPayload(group.altId().orElseThrow());
    List<XdmResource> imported = ingestion.aep.withSandbox("dev").schemaRegistry().importResources(payload);

    assertThat(patched.version()).contains("1.1");
    assertThat(log).singleElement().satisfies(entry -> {
      assertThat(entry.changes()).singleElement().satisfies(change -> {
        assertThat(change.action()).contains("add");
        assertThat(change.path()).contains("/definitions/customFields/properties/_localtenant/properties/propertyCity");
      });
      assertThat(entry.updatedTime()).isPresent();
    });
    assertThat(payload).singleElement().satisfies(r -> assertThat(r.id())
        .contains(group.id().orElseThrow().replace("localtenant", "<XDM_TENANTID_PLACEHOLDER>")));
    assertThat(imported).extracting(r -> r.id().orElseThrow()).containsExactly(group.id().orElseThrow());
    assertThatThrownBy(() -> ingestion.aep.withSandbox("dev").schemaRegistry().importResources(payload))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.errorCode()).contains("XDM-3005-400"));

    registry.deleteFieldGroup(group.id().orElseThrow());
    assertThatThrownBy(() -> registry.getFieldGroup(Container.TENANT, group.id().orElseThrow()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void behaviorsUnionsStatsAndSampleData() {
    Schema schema = profileSchema();
    registry.patchSchema(schema.altId().orElseThrow(), SchemaPatches.enableProfile());

    RegistryStats stats = registry.getStats();
    Schema union = registry.getUnion(XdmId.of(XdmIds.PROFILE + "__union"), XedMediaType.XED_FULL);
    Map<String, Object> sample = registry.getSampleData(schema.id().orElseThrow());

    assertThat(registry.listBehaviors().results()).extracting(XdmSummary::id)
        .contains(XdmIds.RECORD_BEHAVIOR, XdmIds.TIME_SERIES_BEHAVIOR, XdmIds.ADHOC_BEHAVIOR);
    assertThat(registry.getBehavior(XdmIds.RECORD_BEHAVIOR).resourceTypeValue()).isEqualTo(XdmResourceType.BEHAVIORS);
    assertThat(registry.listUnions().results()).extracting(XdmSummary::id).containsExactly(XdmIds.PROFILE + "__union");
    assertThat(union.classId()).contains(XdmIds.PROFILE);
    assertThat(union.fieldPaths()).contains("person.name.firstName");
    assertThat(stats.tenantId()).contains("localtenant");
    assertThat(stats.counts().orElseThrow().schemas()).contains(1L);
    assertThat(stats.counts().orElseThrow().unions()).contains(1L);
    assertThat(stats.classUsage()).extracting(ClassUsage::classId).containsExactly(XdmIds.PROFILE);
    assertThat(stats.classUsage().get(0).schemas()).extracting(s -> s.id().orElseThrow()).containsExactly(schema.id().orElseThrow());
    assertThat(sample).containsKey("person");
  }

  @Test
  void descriptorsAreReplacedAndDeleted() {
    Schema schema = profileSchema();
    Descriptor created = registry.createDescriptor(
        Descriptor.identity(schema.id().orElseThrow(), "/personalEmail/address", "Email", true));
    String id = created.descriptorId().orElseThrow();

    Descriptor replaced = registry.replaceDescriptor(id,
        Descriptor.identity(schema.id().orElseThrow(), "/personalEmail/address", "Email", false));

    assertThat(replaced.descriptorId()).contains(id);
    assertThat(replaced.isPrimary()).contains(false);
    registry.deleteDescriptor(id);
    assertThatThrownBy(() -> registry.getDescriptor(Container.TENANT, id)).isInstanceOf(NotFoundException.class);
  }
}
