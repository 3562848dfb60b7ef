package io.github.aepsdk.core.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Types;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.JsonTrees;
import io.github.aepsdk.schemaregistry.AllOfEntry;
import io.github.aepsdk.schemaregistry.AuditLogEntry;
import io.github.aepsdk.schemaregistry.Behavior;
import io.github.aepsdk.schemaregistry.ClassUsage;
import io.github.aepsdk.schemaregistry.CreateClassRequest;
import io.github.aepsdk.schemaregistry.CreateDataTypeRequest;
import io.github.aepsdk.schemaregistry.DataType;
import io.github.aepsdk.schemaregistry.CreateSchemaRequest;
import io.github.aepsdk.schemaregistry.Descriptor;
import io.github.aepsdk.schemaregistry.DescriptorType;
import io.github.aepsdk.schemaregistry.FieldGroup;
import io.github.aepsdk.schemaregistry.JsonPatchOperation;
import io.github.aepsdk.schemaregistry.RegistryStats;
import io.github.aepsdk.schemaregistry.ResultsPage;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.SchemaPatches;
import io.github.aepsdk.schemaregistry.XdmClass;
import io.github.aepsdk.schemaregistry.XdmIds;
import io.github.aepsdk.schemaregistry.XdmResource;
import io.github.aepsdk.schemaregistry.XdmResourceType;
import io.github.aepsdk.schemaregistry.XdmSummary;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Schema Registry example from Adobe's docs ({@code examples/schemaregistry/}) and from the
 * official spec ({@code examples/schemaregistry/from-openapi/}) is read by the model that binds it
 * in strict mode, checked for real values, and written back without losing a member. The table
 * below names the model of every file; error bodies are skipped with the reason, and the one
 * invalid example must fail with its location.
 */
class SchemaRegistryFixturesTest {

  static final Type SUMMARIES = Types.newParameterizedType(ResultsPage.class, XdmSummary.class);
  static final Type CLASSES = Types.newParameterizedType(ResultsPage.class, XdmClass.class);
  static final Type SCHEMAS = Types.newParameterizedType(ResultsPage.class, Schema.class);
  static final Type FIELD_GROUPS = Types.newParameterizedType(ResultsPage.class, FieldGroup.class);
  static final Type DATA_TYPES = Types.newParameterizedType(ResultsPage.class, DataType.class);
  static final Type AUDIT_LOG = Types.newParameterizedType(List.class, AuditLogEntry.class);
  static final Type RESOURCE_LIST = Types.newParameterizedType(List.class, XdmResource.class);
  static final Type PATCH = Types.newParameterizedType(List.class, JsonPatchOperation.class);
  static final Type FREE_FORM = Object.class;

  private static final String DIR = "examples/schemaregistry/";
  private static final String T = "https://ns.adobe.com/{TENANT_ID}/";

  /** One example file, the type that reads it (null when skipped), the checks, or why it is skipped. */
  record Fixture(String file, Type type, Consumer<Object> check, String skipReason) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static Fixture read(String file, Type type, Consumer<Object> check) {
    return new Fixture(file, type, check, null);
  }

  private static Fixture skip(String file, String reason) {
    return new Fixture(file, null, null, reason);
  }

  @SuppressWarnings("unchecked")
  private static <X> Consumer<Object> as(Consumer<X> check) {
    return value -> check.accept((X) value);
  }

  private static final String ERROR_BODY =
      "Schema Registry error body (problem document); parsed by core's error parser (io.github.aepsdk.core.error), not a model of this module";

  static List<Fixture> fixtures() {
    return List.of(
        // ------------------------------------------------------------ Adobe's guides
        read("create-adhoc-class.request.json", CreateClassRequest.class, as((CreateClassRequest r) -> {
          assertThat(r.title()).isEqualTo("New ad-hoc class");
          assertThat(r.description()).isEqualTo("New ad-hoc class description");
          assertThat(r.type()).isEqualTo("object");
          assertThat(r.allOf()).hasSize(2);
          assertThat(r.allOf().get(0).ref()).contains(XdmIds.ADHOC_BEHAVIOR);
          assertThat(r.allOf().get(1).properties()).containsOnlyKeys(CreateClassRequest.AD_HOC_FIELDS);
          assertThat(r.additionalProperties()).isEmpty();
          assertThat(r).isEqualTo(CreateClassRequest.adHoc("New ad-hoc class", "New ad-hoc class description",
              orderedFields("field1", "field2")));
        })),
        read("create-adhoc-class.response.json", XdmClass.class, as((XdmClass c) -> {
          assertThat(c.id()).contains(T + "classes/6395cbd58812a6d64c4e5344f7b9120f");
          assertThat(c.altId()).contains("_{TENANT_ID}.classes.6395cbd58812a6d64c4e5344f7b9120f");
          assertThat(c.resourceTypeValue()).isEqualTo(XdmResourceType.CLASSES);
          assertThat(c.version()).contains("1.0");
          assertThat(c.adHoc()).isTrue();
          assertThat(c.datasetNamespace()).contains("_6395cbd58812a6d64c4e5344f7b9120f");
          assertThat(c.metaAbstract()).contains(true);
          assertThat(c.metaExtensible()).contains(true);
          assertThat(c.containerId()).contains("tenant");
          assertThat(c.imsOrg()).contains("{ORG_ID}");
          assertThat(c.allOf().get(1).properties()).containsOnlyKeys("_6395cbd58812a6d64c4e5344f7b9120f");
          assertThat(c.allOf().get(1).xdmType()).contains("object");
          assertThat(c.registryMetadata().orElseThrow().createdDate()).contains(1557527784822L);
          assertThat(c.registryMetadata().orElseThrow().eTag()).contains("Jggrlh4PQdZUvDUhQHXKx38iTQo=");
          assertThat(c.additionalProperties()).isEmpty();
        })),
        read("create-adhoc-schema.request.json", CreateSchemaRequest.class, as((CreateSchemaRequest r) -> {
          assertThat(r).isEqualTo(CreateSchemaRequest.of("New Schema", "New schema description.",
              T + "classes/6395cbd58812a6d64c4e5344f7b9120f", List.of()));
        })),
        read("create-adhoc-schema.response.json", Schema.class, as((Schema s) -> {
          assertThat(s.id()).contains(T + "schemas/26f6833e55db1dd8308aa07a64f2042d");
          assertThat(s.classId()).contains(T + "classes/6395cbd58812a6d64c4e5344f7b9120f");
          assertThat(s.metaExtends()).containsExactly(T + "classes/6395cbd58812a6d64c4e5344f7b9120f", XdmIds.ADHOC_BEHAVIOR);
          assertThat(s.datasetNamespace()).contains("_6395cbd58812a6d64c4e5344f7b9120f");
          assertThat(s.metaAbstract()).contains(false);
          assertThat(s.registryMetadata().orElseThrow().created()).contains(Instant.ofEpochMilli(1557528570542L));
          assertThat(s.additionalProperties()).isEmpty();
        })),
        read("create-schema-marketing-automation-2020.request.json", CreateSchemaRequest.class, as((CreateSchemaRequest r) -> {
          assertThat(r.title()).isEqualTo("Target schema for marketing automation");
          assertThat(r.allOf()).extracting(e -> e.ref().orElseThrow())
              .containsExactly(XdmIds.PROFILE, XdmIds.PROFILE_PERSON_DETAILS, XdmIds.PROFILE_PERSONAL_DETAILS);
          // Members of the 2020 revision the current create body no longer uses: kept and sent back.
          assertThat(r.additionalProperties()).containsExactly(
              Map.entry("meta:containerId", "tenant"), Map.entry("meta:resourceType", "schemas"),
              Map.entry("meta:xdmType", "object"), Map.entry("meta:class", XdmIds.PROFILE));
        })),
        read("create-schema-marketing-automation-2020.response.json", Schema.class, as((Schema s) -> {
          // The doc's placeholders lack a closing brace ('{TENANT_ID'); they are read verbatim.
          assertThat(s.id()).contains("https://ns.adobe.com/{TENANT_ID/schemas/da411446eec78026c28d9fafd9e406e304b771d55b07b91b");
          assertThat(s.tenantNamespace()).contains("_{TENANT_ID");
          assertThat(s.refs()).containsExactly(XdmIds.PROFILE_PERSON_DETAILS, XdmIds.PROFILE_PERSONAL_DETAILS, XdmIds.PROFILE);
          assertThat(s.allOfRefs()).containsExactly(XdmIds.PROFILE, XdmIds.PROFILE_PERSON_DETAILS, XdmIds.PROFILE_PERSONAL_DETAILS);
          assertThat(s.classId()).contains(XdmIds.PROFILE);
          assertThat(s.registryMetadata().orElseThrow().globalLibVersion()).contains("1.10.4.2");
          assertThat(s.registryMetadata().orElseThrow().createdUserId()).contains("{CREATED_USER_ID}");
          assertThat(s.profileEnabled()).isFalse();
        })),
        read("create-schema.request.json", CreateSchemaRequest.class, as((CreateSchemaRequest r) -> {
          assertThat(r.title()).isEqualTo("Property Information");
          assertThat(r.allOf()).containsExactly(AllOfEntry.ofRef(T + "classes/19e1d8b5098a7a76e2c10a81cbc99590"));
        })),
        read("create-schema.response.json", Schema.class, as((Schema s) -> {
          assertThat(s.altId()).contains("_{TENANT_ID}.schemas.d5cc04eb8d50190001287e4c869ebe67");
          assertThat(s.metaExtends()).containsExactly(T + "classes/19e1d8b5098a7a76e2c10a81cbc99590", XdmIds.RECORD_BEHAVIOR);
          // This answer spells the creation time 'repo:createDate' (lookups say 'repo:createdDate').
          assertThat(s.registryMetadata().orElseThrow().createdDate()).isEmpty();
          assertThat(s.registryMetadata().orElseThrow().created()).contains(Instant.ofEpochMilli(1552088461236L));
          assertThat(s.registryMetadata().orElseThrow().additionalProperties())
              .containsEntry("repo:createDate", 1552088461236L)
              .containsEntry("xdm:repositoryCreatedBy", "{CREATED_BY}");
        })),
        read("get-adhoc-schema-xed-full.response.json", Schema.class, as((Schema s) -> {
          assertThat(s.allOf()).isEmpty();
          assertThat(s.fieldPaths()).containsExactly(
              "_6395cbd58812a6d64c4e5344f7b9120f.field1", "_6395cbd58812a6d64c4e5344f7b9120f.field2");
          assertThat(s.registryMetadata().orElseThrow().eTag()).contains("bTogM1ON2LO/F7rlcc1iOWmNVy0=");
        })),
        read("get-schema.response.json", Schema.class, as((Schema s) -> {
          assertThat(s.version()).contains("1.1");
          assertThat(s.title()).contains("Example schema");
          assertThat(s.allOfRefs()).containsExactly(XdmIds.PROFILE, T + "mixins/443fe51457047d958f4a97853e64e0eca93ef34d7990583b");
          assertThat(s.sandboxId()).contains("ff0f6870-c46d-11e9-8ca3-036939a64204");
          assertThat(s.sandboxType()).contains("production");
          assertThat(s.tenantNamespace()).contains("_{TENANT_ID}");
          assertThat(s.registryMetadata().orElseThrow().lastModified()).contains(Instant.ofEpochMilli(1603381419889L));
          assertThat(s.additionalProperties()).isEmpty();
        })),
        read("list-global-classes.response.json", SUMMARIES, as((ResultsPage<XdmSummary> p) -> {
          assertThat(p.results()).extracting(XdmSummary::id).containsExactly(XdmIds.EXPERIENCE_EVENT, XdmIds.PROFILE);
          assertThat(p.results().get(1).altId()).contains("_xdm.context.profile");
          assertThat(p.results().get(1).version()).contains("1");
          assertThat(p.results().get(1).title()).contains("XDM Individual Profile");
          assertThat(p.page()).isEmpty();
          assertThat(p.next()).isEmpty();
        })),
        read("list-schemas.response.json", SUMMARIES, as((ResultsPage<XdmSummary> p) -> {
          assertThat(p.results()).extracting(s -> s.title().orElseThrow()).containsExactly("Hotels", "Loyalty Members");
          assertThat(p.results().get(0).xdmId().encoded())
              .isEqualTo("https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fschemas%2F0238be93d3e7a06aec5e0655955901ec");
          assertThat(p.page().orElseThrow().orderby()).contains("title");
          assertThat(p.page().orElseThrow().count()).contains(2L);
          assertThat(p.next()).isEmpty();
          assertThat(p.links().orElseThrow().next()).isEmpty();
          assertThat(p.links().orElseThrow().globalSchemas().orElseThrow().href())
              .hasValue("https://platform.adobe.io/data/foundation/schemaregistry/global/schemas");
        })),
        read("patch-schema-add-fieldgroup.request.json", PATCH, as((List<JsonPatchOperation> ops) -> assertThat(ops)
            .isEqualTo(SchemaPatches.addFieldGroup(T + "mixins/e49cbb2eec33618f686b8344b4597ecf")))),
        read("patch-schema-add-fieldgroup.response.json", Schema.class, as((Schema s) -> {
          assertThat(s.version()).contains("1.1");
          assertThat(s.metaExtends()).endsWith(T + "mixins/e49cbb2eec33618f686b8344b4597ecf");
          assertThat(s.allOfRefs()).endsWith(T + "mixins/e49cbb2eec33618f686b8344b4597ecf");
          assertThat(s.registryMetadata().orElseThrow().lastModifiedDate()).contains(1552088649634L);
        })),
        read("patch-schema-enable-profile.request.json", PATCH, as((List<JsonPatchOperation> ops) -> assertThat(ops)
            .isEqualTo(SchemaPatches.enableProfile()))),
        read("patch-schema-enable-profile.response.json", Schema.class, as((Schema s) -> {
          assertThat(s.immutableTags()).containsExactly("union");
          assertThat(s.profileEnabled()).isTrue();
        })),
        read("replace-schema.request.json", CreateSchemaRequest.class, as((CreateSchemaRequest r) -> {
          assertThat(r).isEqualTo(CreateSchemaRequest.of("Commercial Property Information",
              "Information related to commercial properties.", T + "classes/01b7b1745e8ac4ed1e8784ec91b6afa7", List.of()));
        })),
        read("replace-schema.response.json", Schema.class, as((Schema s) -> {
          assertThat(s.title()).contains("Commercial Property Information");
          assertThat(s.version()).contains("1.0");
          assertThat(s.registryMetadata().orElseThrow().lastModifiedDate()).contains(1552088470592L);
        })),
        // get-stats.response.invalid.json: see invalidExampleFailsWithTheLocation().

        // ------------------------------------------------------------ the official spec's examples
        read("from-openapi/listBehaviors.200.response.json", SUMMARIES, as((ResultsPage<XdmSummary> p) -> {
          assertThat(p.results()).extracting(XdmSummary::id)
              .containsExactly(XdmIds.RECORD_BEHAVIOR, XdmIds.ADHOC_BEHAVIOR, XdmIds.TIME_SERIES_BEHAVIOR);
          assertThat(p.results().get(1).title()).contains("Ad Hoc Schema");
          assertThat(p.page().orElseThrow().orderby()).contains("updated");
          assertThat(p.page().orElseThrow().count()).contains(3L);
          assertThat(p.next()).isEmpty();
        })),
        read("from-openapi/retrieveAuditLog.200.response.json", AUDIT_LOG, as((List<AuditLogEntry> log) -> {
          assertThat(log).hasSize(2);
          assertThat(log.get(0).updatedTime()).contains("02-19-2021 05:43:56");
          assertThat(log.get(0).requestId()).contains("a14NMF0jd6BIfyXaHdTDl4bC4R0r9rht");
          assertThat(log.get(0).sandboxId()).contains("28e74200-e3de-11e9-8f5d-7f27416c5f0d");
          assertThat(log.get(0).changes()).singleElement().satisfies(c -> {
            assertThat(c.xdmType()).contains("schemas");
            assertThat(c.path()).contains("/meta:usageCount");
            assertThat(c.value()).contains(0L);
          });
          assertThat(log.get(1).changes()).extracting(c -> c.action().orElseThrow()).containsExactly("remove", "remove");
          assertThat(log.get(1).changes().get(0).value().orElseThrow())
              .isInstanceOfSatisfying(Map.class, v -> assertThat(v).containsEntry("meta:xdmType", "string"));
          assertThat(log.get(1).additionalProperties()).isEmpty();
        })),
        // GET /rpc/sampledata/{id} (getSampleData) answers an XDM record of the schema, free-form by nature.
        read("from-openapi/retrieveSampleData.200.response.json", FREE_FORM, as((Map<String, Object> record) -> {
          assertThat(record).containsEntry("xdm:name", "Example Offer Name").containsEntry("xdm:status", "draft");
        })),
        skip("from-openapi/schema-acceptErrorDescriptorList.example.json", ERROR_BODY),
        skip("from-openapi/schema-acceptErrorDescriptorLookup.example.json", ERROR_BODY),
        skip("from-openapi/schema-acceptErrorList.example.json", ERROR_BODY),
        skip("from-openapi/schema-acceptErrorLookup.example.json", ERROR_BODY),
        read("from-openapi/schema-createClassResponse.example.json", XdmClass.class, as((XdmClass c) -> {
          assertThat(c.title()).contains("New Class");
          assertThat(c.metaExtends()).containsExactly(XdmIds.RECORD_BEHAVIOR);
          assertThat(c.adHoc()).isFalse();
          // The spec's examples misspell "$ref" with a trailing space (SPEC-VALIDATION D-SR-1): kept verbatim.
          assertThat(c.allOf().get(0).ref()).isEmpty();
          assertThat(c.allOf().get(0).additionalProperties()).containsEntry("$ref ", XdmIds.RECORD_BEHAVIOR);
          assertThat(c.registryMetadata().orElseThrow().globalLibVersion()).contains("1.27.4");
        })),
        read("from-openapi/schema-createDataType.example.json", CreateDataTypeRequest.class, as((CreateDataTypeRequest r) -> {
          assertThat(r.title()).isEqualTo("Property Construction");
          assertThat(r.description()).contains("Information related to the property construction");
          assertThat(r.type()).isEqualTo("object");
          assertThat(r.properties()).containsOnlyKeys("yearBuilt", "propertyType");
          assertThat(r.items()).isEmpty();
          assertThat(r.additionalProperties()).isEmpty();
        })),
        read("from-openapi/schema-createDataTypeResponse.example.json", DataType.class, as((DataType d) -> {
          assertThat(d.resourceTypeValue()).isEqualTo(XdmResourceType.DATATYPES);
          assertThat(d.refs()).isEmpty();
          @SuppressWarnings("unchecked")
          Map<String, Object> yearBuilt = (Map<String, Object>) d.properties().get("yearBuilt");
          assertThat(yearBuilt).containsEntry("meta:xdmType", "int").containsEntry("type", "integer");
          assertThat(d.registryMetadata().orElseThrow().createdDate()).contains(1670885230789L);
        })),
        read("from-openapi/schema-createDescriptor.example.json", Descriptor.class, as((Descriptor d) -> {
          assertThat(d.typeValue()).isEqualTo(DescriptorType.IDENTITY);
          assertThat(d.descriptorId()).isEmpty();
          assertThat(d.sourceSchema()).contains(T + "schemas/5b8d40b434bec502955d3e0144c4ce14d096897c6b0ca11f");
          assertThat(d.sourceVersion()).contains(1L);
          assertThat(d.sourceProperty()).contains("/homeAddress");
          assertThat(d.additionalProperties()).containsEntry("xdm:description", Map.of("en_us", "The home address for the customer."));
        })),
        read("from-openapi/schema-createDescriptorResponse.example.json", Descriptor.class, as((Descriptor d) -> {
          assertThat(d.descriptorId()).contains("557ab9db09a9451820c1dca6b8bc13473695ac63c56934eb");
          assertThat(d.typeValue()).isEqualTo(DescriptorType.ALTERNATE_DISPLAY_INFO);
          assertThat(d.version()).contains("1");
          assertThat(d.sandboxId()).contains("36ac3b60-e3df-11e9-8f5d-7f27416c5f0d");
        })),
        read("from-openapi/schema-createFieldGroupResponse.example.json", FieldGroup.class, as((FieldGroup f) -> {
          assertThat(f.resourceTypeValue()).isEqualTo(XdmResourceType.MIXINS);
          assertThat(f.version()).contains("1.2");
          assertThat(f.intendedToExtend()).containsExactly(XdmIds.PROFILE);
          assertThat(f.definitions()).containsOnlyKeys("property");
          assertThat(f.registryMetadata().orElseThrow().lastModifiedDate()).contains(1594941538433L);
        })),
        read("from-openapi/schema-createSchemaResponse.example.json", Schema.class, as((Schema s) -> {
          assertThat(s.id()).contains(T + "schemas/e417987b8b861d373ef4d0fe8ad61fa4c15fa0274332c8af");
          assertThat(s.refs()).containsExactly(XdmIds.PROFILE);
          assertThat(s.classId()).contains(XdmIds.PROFILE);
          assertThat(s.allOf().get(0).additionalProperties()).containsEntry("$ref ", XdmIds.PROFILE);
        })),
        read("from-openapi/schema-friendlyNameDescriptorResponse.example.json", Descriptor.class, as((Descriptor d) -> {
          assertThat(d.typeValue()).isEqualTo(DescriptorType.ALTERNATE_DISPLAY_INFO);
          assertThat(d.sourceProperty()).contains("/_experience/analytics/customDimensions/eVars/eVar1");
          assertThat(d.additionalProperties()).containsEntry("xdm:title", Map.of("en_us", "Internal Campaign"));
          assertThat(d.registryMetadata().orElseThrow().createdDate()).contains(1611685171098L);
        })),
        read("from-openapi/schema-identityDescriptorResponse.example.json", Descriptor.class, as((Descriptor d) -> {
          assertThat(d.descriptorId()).contains("8f52618ac104afa0da2b1d7c1cc8ac4a0da66a53");
          assertThat(d.typeValue()).isEqualTo(DescriptorType.IDENTITY);
          assertThat(d.sourceProperty()).contains("/personalEmail/address");
          assertThat(d.namespace()).contains("Email");
          assertThat(d.property()).contains("xdm:code");
          assertThat(d.isPrimary()).contains(true);
          assertThat(d.containerId()).contains("tenant");
          assertThat(d.additionalProperties()).isEmpty();
        })),
        skip("from-openapi/schema-importError.example.json", ERROR_BODY),
        // GET /rpc/export answers it and POST /rpc/import sends it: an array of XDM resources.
        read("from-openapi/schema-importExportPayload.example.json", RESOURCE_LIST, as((List<XdmResource> l) -> {
          assertThat(l).extracting(XdmResource::resourceTypeValue).containsExactly(XdmResourceType.MIXINS, XdmResourceType.SCHEMAS);
          assertThat(l.get(0).title()).contains("Example field group");
          assertThat(l.get(1).metaExtends()).contains(XdmIds.PROFILE);
          assertThat(l.get(1).additionalProperties()).containsEntry("meta:class", XdmIds.PROFILE);
        })),
        read("from-openapi/schema-importResponse.example.json", RESOURCE_LIST, as((List<XdmResource> l) -> {
          assertThat(l).hasSize(2);
          assertThat(l.get(0).id()).contains(T + "mixins/443fe51457047d958f4a97853e64e0eca93ef34d7990583b");
          assertThat(l.get(1).sandboxId()).contains("ff0f6870-c46d-11e9-8ca3-036939a64204");
        })),
        read("from-openapi/schema-listClassesResponse.example.json", CLASSES, as((ResultsPage<XdmClass> p) -> {
          assertThat(p.results()).extracting(c -> c.title().orElseThrow())
              .containsExactly("Journey Orchestration Class", "Journey Step Event");
          assertThat(p.results().get(1).metaExtends()).containsExactly(XdmIds.TIME_SERIES_BEHAVIOR);
          assertThat(p.results().get(0).additionalProperties()).containsEntry("auditable", true);
          assertThat(p.page().orElseThrow().count()).contains(2L);
        })),
        read("from-openapi/schema-listDataTypesResponse.example.json", DATA_TYPES, as((ResultsPage<DataType> p) -> {
          assertThat(p.results()).hasSize(2);
          assertThat(p.results()).allSatisfy(d -> assertThat(d.resourceTypeValue()).isEqualTo(XdmResourceType.DATATYPES));
          assertThat(p.page().orElseThrow().orderby()).contains("updated");
        })),
        read("from-openapi/schema-listFieldGroupsResponse.example.json", FIELD_GROUPS, as((ResultsPage<FieldGroup> p) -> {
          assertThat(p.results()).hasSize(2);
          assertThat(p.results().get(0).id()).contains(XdmIds.PROFILE_PERSON_DETAILS);
          assertThat(p.results().get(0).intendedToExtend()).containsExactly(XdmIds.PROFILE);
          assertThat(p.results().get(0).status()).contains("stable");
        })),
        read("from-openapi/schema-listResponseBasic.example.json", SUMMARIES, as((ResultsPage<XdmSummary> p) -> {
          assertThat(p.results()).extracting(s -> s.version().orElseThrow()).containsExactly("1.4", "1.0");
          assertThat(p.links().orElseThrow().globalSchemas()).isPresent();
        })),
        read("from-openapi/schema-listUnionsResponse.example.json", SCHEMAS, as((ResultsPage<Schema> p) -> {
          assertThat(p.results()).hasSize(3);
          assertThat(p.results()).allSatisfy(u -> assertThat(u.resourceTypeValue()).isEqualTo(XdmResourceType.UNIONS));
          assertThat(p.page()).isEmpty();
        })),
        read("from-openapi/schema-lookupClassResponse.example.json", XdmClass.class, as((XdmClass c) -> {
          assertThat(c.title()).contains("Luma Product Class");
          assertThat(c.tenantNamespace()).contains("_{TENANT_ID}");
        })),
        read("from-openapi/schema-lookupDataTypeResponse.example.json", DataType.class, as((DataType d) -> {
          assertThat(d.resourceTypeValue()).isEqualTo(XdmResourceType.DATATYPES);
          assertThat(d.jsonSchema()).contains("http://json-schema.org/draft-06/schema#");
          assertThat(d.definitions()).isNotEmpty();
        })),
        read("from-openapi/schema-lookupFieldGroupResponse.example.json", FieldGroup.class, as((FieldGroup f) -> {
          assertThat(f.title()).contains("Demographic Details");
          assertThat(f.registryMetadata().orElseThrow().additionalProperties()).containsEntry("meta:usageCount", 29L);
          assertThat(f.additionalProperties())
              .containsEntry("meta:tags", Map.of("industry", List.of("all")))
              .containsEntry("meta:createdDate", "2020-08-10");
        })),
        read("from-openapi/schema-lookupSchemaResponse.example.json", Schema.class, as((Schema s) -> {
          assertThat(s.title()).contains("Hotels");
          // The spec's example misspells "allOf" with a trailing space (D-SR-1): kept verbatim, not allOf.
          assertThat(s.allOf()).isEmpty();
          assertThat(s.additionalProperties()).containsOnlyKeys("allOf ");
        })),
        read("from-openapi/schema-lookupUnionResponse.example.json", Schema.class, as((Schema u) -> {
          assertThat(u.resourceTypeValue()).isEqualTo(XdmResourceType.UNIONS);
          assertThat(u.classId()).contains(XdmIds.PROFILE);
          assertThat(u.metaExtends()).isNotEmpty();
        })),
        skip("from-openapi/schema-notFoundError.example.json", ERROR_BODY),
        read("from-openapi/schema-patchClass.example.json", PATCH, as((List<JsonPatchOperation> ops) -> assertThat(ops)
            .containsExactly(JsonPatchOperation.replace("description", "A PATCH-updated description for the class.")))),
        read("from-openapi/schema-patchClassResponse.example.json", XdmClass.class, as((XdmClass c) -> {
          assertThat(c.description()).contains("A PATCH-updated description of the new class.");
        })),
        read("from-openapi/schema-patchFieldGroup.example.json", PATCH, as((List<JsonPatchOperation> ops) -> {
          assertThat(ops).hasSize(1);
          assertThat(ops.get(0).op()).isEqualTo(JsonPatchOperation.Op.ADD);
          assertThat(ops.get(0).path()).isEqualTo("/definitions/property/properties/_{TENANT_ID}/properties/propertyCity");
          assertThat(ops.get(0).value()).contains(Map.of(
              "title", "Property Country", "description", "The country where the property is located.", "type", "string"));
        })),
        read("from-openapi/schema-referenceDescriptorResponse.example.json", Descriptor.class, as((Descriptor d) -> {
          assertThat(d.typeValue()).isEqualTo(DescriptorType.REFERENCE_IDENTITY);
          assertThat(d.identityNamespace()).contains("productID");
        })),
        read("from-openapi/schema-relationshipDescriptorResponse.example.json", Descriptor.class, as((Descriptor d) -> {
          assertThat(d.typeValue()).isEqualTo(DescriptorType.ONE_TO_ONE);
          assertThat(d.destinationSchema()).contains(T + "schemas/74ec84c38fefa486bc81c03a172933f1");
          assertThat(d.destinationVersion()).contains(1L);
        })),
        read("from-openapi/schema-singleBehaviorResponse.example.json", Behavior.class, as((Behavior b) -> {
          assertThat(b.resourceTypeValue()).isEqualTo(XdmResourceType.BEHAVIORS);
          assertThat(b.allOfRefs()).containsExactly("#/definitions/record");
          assertThat(b.fieldPaths()).isEmpty();
        })),
        read("from-openapi/schema-singleClassResponse.example.json", XdmClass.class, as((XdmClass c) -> {
          assertThat(c.altId()).contains("_experience.journeyOrchestration.stepEvents.journey");
          assertThat(c.definitions()).containsEntry("journeyClass", Map.of("properties", Map.of()));
        })),
        read("from-openapi/schema-unionBasic.example.json", Schema.class, as((Schema u) -> {
          assertThat(u.id()).contains("https://ns.adobe.com/xdm/context/profile__union");
          assertThat(u.allOf()).hasSize(28);
          assertThat(u.imsOrg()).contains("7ABB3E6A5A7491460A495D61@AdobeOrg");
        })),
        read("from-openapi/schema-updateClassResponse.example.json", XdmClass.class, as((XdmClass c) -> {
          assertThat(c.description()).contains("Updated description of the new class.");
          assertThat(c.metaExtends()).containsExactly(XdmIds.TIME_SERIES_BEHAVIOR);
        })));
  }

  private static Map<String, Object> orderedFields(String... names) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String name : names) {
      fields.put(name, io.github.aepsdk.schemaregistry.XdmField.string());
    }
    return fields;
  }

  /**
   * The members the SDK does not write back, per example file, written out: a last page's null
   * {@code next} links and an empty {@code refs}, which it omits. Every other member must come back
   * as it was.
   */
  static final Map<String, UnaryOperator<Object>> WRITTEN_DIFFERENTLY = Map.of(
      "list-schemas.response.json", t -> JsonTrees.without(t, "/_page/next", "/_links/next"),
      "from-openapi/listBehaviors.200.response.json", t -> JsonTrees.without(t, "/_page/next", "/_links/next"),
      "from-openapi/schema-listClassesResponse.example.json", t -> JsonTrees.without(t, "/_page/next", "/_links/next"),
      "from-openapi/schema-listDataTypesResponse.example.json", t -> JsonTrees.without(t, "/_page/next", "/_links/next"),
      "from-openapi/schema-listFieldGroupsResponse.example.json", t -> JsonTrees.without(t, "/_page/next", "/_links/next"),
      "from-openapi/schema-listResponseBasic.example.json", t -> JsonTrees.without(t, "/_page/next", "/_links/next"),
      "from-openapi/schema-createDataTypeResponse.example.json", t -> JsonTrees.without(t, "/refs"));

  static Stream<Fixture> readable() {
    return fixtures().stream().filter(f -> f.skipReason() == null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void readsStrictlyChecksValuesAndWritesBackEveryMember(Fixture fixture) throws IOException {
    String json = AepReference.read(DIR + fixture.file());
    JsonAdapter<Object> strict = AepJson.strictAdapter(fixture.type());
    Object value = strict.fromJson(json);
    fixture.check().accept(value);

    String written = AepJson.adapter(fixture.type()).toJson(value);
    assertThat(JsonTrees.of(written)).as("%s written back:%n%s", fixture.file(), written)
        .isEqualTo(WRITTEN_DIFFERENTLY.getOrDefault(fixture.file(), UnaryOperator.identity()).apply(JsonTrees.of(json)));
    assertThat(strict.fromJson(written)).as("reads its own output to an equal value").isEqualTo(value);
  }

  @Test
  void everySchemaRegistryExampleIsInTheTable() throws IOException {
    Path root = AepReference.root().resolve(DIR);
    List<String> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    }
    List<String> covered = Stream.concat(fixtures().stream().map(Fixture::file), Stream.of(INVALID))
        .sorted()
        .collect(Collectors.toList());
    assertThat(covered).doesNotHaveDuplicates();
    assertThat(covered).isEqualTo(files);
    assertThat(fixtures().stream().filter(f -> f.skipReason() != null).map(Fixture::file))
        .as("only error bodies are skipped")
        .allMatch(f -> f.contains("Error"));
  }

  private static final String INVALID = "get-stats.response.invalid.json";

  @Test
  void invalidExampleFailsWithTheLocation() {
    // The guide's GET /stats answer has a trailing comma after "unions": 0 (SchemaRegistryApiTest
    // reads it with the comma removed).
    String json = AepReference.read(DIR + INVALID);
    assertThatThrownBy(() -> AepJson.strictAdapter(RegistryStats.class).fromJson(json))
        .isInstanceOf(JsonEncodingException.class)
        .hasMessageContaining("$.counts.unions");
    assertThatThrownBy(() -> AepJson.adapter(FREE_FORM).fromJson(json))
        .as("the free-form reader fails the same way")
        .isInstanceOf(JsonEncodingException.class)
        .hasMessageContaining("$.counts.unions");
  }

  @Test
  void statsReadClassUsageInTheSpecsArrayForm() throws IOException {
    // statsResponse.classUsage as the spec declares it (D-SR-16); the guide's object form is read in
    // SchemaRegistryApiTest.getStatsReadsTheGuidesClassUsage.
    RegistryStats stats = AepJson.<RegistryStats>strictAdapter(RegistryStats.class).fromJson("{\"tenantId\":\"acme\","
        + "\"classUsage\":[{\"$id\":\"https://ns.adobe.com/xdm/context/profile\",\"title\":\"XDM Individual Profile\","
        + "\"numberOfSchemas\":1,\"schemas\":[{\"$id\":\"" + T + "schemas/3d56\",\"title\":\"Customers\","
        + "\"description\":\"Basic profile schema.\"}]}]}");
    assertThat(stats.classUsage()).singleElement().satisfies(u -> {
      assertThat(u).isEqualTo(ClassUsage.builder().classId(XdmIds.PROFILE).title("XDM Individual Profile").numberOfSchemas(1L)
          .addSchemas(XdmResource.builder().id(T + "schemas/3d56").title("Customers").description("Basic profile schema.").build())
          .build());
    });
  }

  @Test
  void auditLogReadsTheGuidesShape() throws IOException {
    // The audit log guide's shape (D-SR-17): changes under auditTrails, the time as epoch milliseconds.
    List<AuditLogEntry> log = AepJson.<List<AuditLogEntry>>strictAdapter(AUDIT_LOG).fromJson("[{\"id\":\"" + T + "mixins/922a\","
        + "\"auditTrails\":[{\"id\":\"" + T + "mixins/922a\",\"xdmType\":\"mixins\",\"action\":\"add\","
        + "\"path\":\"/meta:usageCount\",\"value\":0}],\"updatedUser\":\"{USER_ID}\",\"updated\":1606255582281,"
        + "\"sandBoxId\":\"{SANDBOX_ID}\"}]");
    assertThat(log.get(0).updated()).contains(1606255582281L);
    assertThat(log.get(0).updatedTime()).isEmpty();
    assertThat(log.get(0).changes()).singleElement().satisfies(c -> assertThat(c.action()).contains("add"));
    assertThat(log.get(0).sandboxId()).contains("{SANDBOX_ID}");
  }

  @Test
  void closedModelsRejectUnknownMembersInStrictModeOnly() throws IOException {
    String page = AepReference.read(DIR + "list-schemas.response.json").replace("\"count\": 2", "\"count\": 2, \"total\": 9");
    assertThatThrownBy(() -> AepJson.strictAdapter(SUMMARIES).fromJson(page))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("total");
    ResultsPage<XdmSummary> lenient = AepJson.<ResultsPage<XdmSummary>>adapter(SUMMARIES).fromJson(page);
    assertThat(lenient.page().orElseThrow().count()).contains(2L);
  }

  @Test
  void summaryWithoutIdNamesTheModelAndPath() {
    assertThatThrownBy(() -> AepJson.strictAdapter(SUMMARIES).fromJson("{\"results\":[{\"title\":\"x\"}]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("XdmSummary")
        .hasMessageContaining("$.results[0]")
        .hasMessageContaining("id");
  }

  @Test
  void nextPageStartMayArriveAsNumberOrString() throws IOException {
    ResultsPage<XdmSummary> numeric = AepJson.<ResultsPage<XdmSummary>>strictAdapter(SUMMARIES)
        .fromJson("{\"results\":[],\"_page\":{\"orderby\":\"updated\",\"next\":1635361814823,\"count\":0}}");
    assertThat(numeric.next()).contains("1635361814823");
    ResultsPage<XdmSummary> text = AepJson.<ResultsPage<XdmSummary>>strictAdapter(SUMMARIES)
        .fromJson("{\"results\":[],\"_page\":{\"orderby\":\"title\",\"next\":\"Hotels\",\"count\":0}}");
    assertThat(text.next()).contains("Hotels");
  }

  @Test
  void descriptorVersionsAreReadFromStringsAndSentAsNumbers() throws IOException {
    JsonAdapter<Descriptor> adapter = AepJson.strictAdapter(Descriptor.class);
    Descriptor d = adapter.fromJson("{\"@type\":\"xdm:descriptorOneToOne\",\"xdm:sourceVersion\":\"1\",\"xdm:destinationVersion\":\"1\"}");
    assertThat(d.sourceVersion()).contains(1L);
    assertThat(d.destinationVersion()).contains(1L);
    assertThat(adapter.toJson(d))
        .isEqualTo("{\"@type\":\"xdm:descriptorOneToOne\",\"xdm:sourceVersion\":1,\"xdm:destinationVersion\":1}");
  }

  @Test
  void nullMembersOfOpenModelsAreAbsent() throws IOException {
    Schema s = AepJson.<Schema>strictAdapter(Schema.class)
        .fromJson("{\"title\":\"x\",\"meta:class\":null,\"meta:somethingNew\":null,\"meta:other\":{\"a\":null}}");
    assertThat(s.classId()).isEmpty();
    assertThat(s.additionalProperties()).doesNotContainKey("meta:somethingNew");
    assertThat(AepJson.adapter(Schema.class).toJson(s)).isEqualTo("{\"title\":\"x\",\"meta:other\":{}}");
  }

}
