package io.github.aepsdk.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invariants of the Schema Registry models and value types (no JSON, no HTTP). */
class SchemaRegistryModelTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://ns.adobe.com/acme/schemas/26f6833e55db1dd8308aa07a64f2042d | https%3A%2F%2Fns.adobe.com%2Facme%2Fschemas%2F26f6833e55db1dd8308aa07a64f2042d",
      "https://ns.adobe.com/{TENANT_ID}/classes/6395cbd5 | https%3A%2F%2Fns.adobe.com%2F%7BTENANT_ID%7D%2Fclasses%2F6395cbd5",
      "_acme.schemas.26f6833e55db1dd8308aa07a64f2042d | _acme.schemas.26f6833e55db1dd8308aa07a64f2042d",
      "_xdm.context.profile-person-details | _xdm.context.profile-person-details",
      "a b+c?d#e&f=g%h~i | a%20b%2Bc%3Fd%23e%26f%3Dg%25h~i",
      "café | caf%C3%A9",
      "AZaz09-._~ | AZaz09-._~",
      "@[`{/:\u007f | %40%5B%60%7B%2F%3A%7F"})
  void idIsPercentEncodedAsOnePathSegment(String value, String encoded) {
    XdmId id = XdmId.of(value);
    assertThat(id.value()).isEqualTo(value);
    assertThat(id.encoded()).isEqualTo(encoded).doesNotContain("/", ":");
    assertThat(id).hasToString(encoded);
    assertThat(id.isUri()).isEqualTo(value.startsWith("https://"));
    assertThat(id).isEqualTo(XdmId.of(value)).hasSameHashCodeAs(XdmId.of(value)).isNotEqualTo(XdmId.of(value + "2"));
  }

  @Test
  void createRequestsAreJsonSchemaObjectsAndProfileEnabledMeansTheUnionTag() {
    assertThat(CreateSchemaRequest.of("Loyalty", "Loyalty members", XdmIds.PROFILE, List.of()).type()).isEqualTo("object");
    assertThat(CreateFieldGroupRequest.tenantFields("Loyalty", "d", XdmIds.PROFILE, "acme", Map.of("x", XdmField.string())).type())
        .isEqualTo("object");
    assertThat(Schema.builder().addImmutableTags("union").build().profileEnabled()).isTrue();
    assertThat(Schema.builder().addImmutableTags("other").build().profileEnabled()).isFalse();
  }

  @Test
  void theNextPageStartsAtPageNextUnlessItIsBlank() {
    assertThat(ResultsPage.<String>builder().page(PageInfo.builder().next("Hotels").build()).build().next()).contains("Hotels");
    assertThat(ResultsPage.<String>builder().page(PageInfo.builder().next("").build()).build().next()).isEmpty();
    assertThat(ResultsPage.<String>builder().page(PageInfo.builder().build()).build().next()).isEmpty();
    assertThat(ResultsPage.<String>builder().build().next()).isEmpty();
  }

  @Test
  void blankIdIsRejected() {
    assertThatThrownBy(() -> XdmId.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$id");
    assertThatThrownBy(() -> XdmId.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mediaTypesAreTheHeaderValuesWithMajorVersion() {
    assertThat(XedMediaType.values()).extracting(Object::toString).containsExactly(
        "application/vnd.adobe.xed+json; version=1",
        "application/vnd.adobe.xed-full+json; version=1",
        "application/vnd.adobe.xed-notext+json; version=1",
        "application/vnd.adobe.xed-full-notext+json; version=1",
        "application/vnd.adobe.xed-full-desc+json; version=1",
        "application/vnd.adobe.xed-deprecatefield+json; version=1");
    assertThat(Container.TENANT).hasToString("tenant");
    assertThat(Container.GLOBAL.pathSegment()).isEqualTo("global");
  }

  @Test
  void serverOwnedEnumsFallBackToUnknown() {
    assertThat(XdmResourceType.fromValue("mixins")).isEqualTo(XdmResourceType.MIXINS);
    assertThat(XdmResourceType.fromValue("relationships")).isEqualTo(XdmResourceType.UNKNOWN);
    assertThat(XdmResourceType.fromValue(null)).isEqualTo(XdmResourceType.UNKNOWN);
    assertThat(XdmResourceType.fromValue("")).isEqualTo(XdmResourceType.UNKNOWN);
    assertThat(Descriptor.builder().type("xdm:descriptorVersion").build().typeValue()).isEqualTo(DescriptorType.UNKNOWN);
    assertThat(DescriptorType.fromValue("xdm:descriptorIdentity")).isEqualTo(DescriptorType.IDENTITY);
    assertThat(Schema.builder().build().resourceTypeValue()).isEqualTo(XdmResourceType.UNKNOWN);
  }

  @Test
  void adHocClassPutsTypedFieldsUnderTheAdHocObject() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("crmId", XdmField.string("CRM id"));
    fields.put("score", XdmField.integer());
    fields.put("createdAt", XdmField.dateTime());

    CreateClassRequest request = CreateClassRequest.adHoc("CRM contacts", "Contacts from the CRM", fields);

    assertThat(request.type()).isEqualTo("object");
    assertThat(request.allOf().get(0)).isEqualTo(AllOfEntry.ofRef(XdmIds.ADHOC_BEHAVIOR));
    Map<String, Object> adHoc = XdmField.object(fields);
    assertThat(request.allOf().get(1).properties()).containsExactly(Map.entry("_adhoc", adHoc));
    assertThat(adHoc).containsEntry("type", "object");
    assertThat(((Map<?, ?>) adHoc.get("properties")).keySet()).extracting(Object::toString).containsExactly("crmId", "score", "createdAt");
    assertThat(XdmField.dateTime()).isEqualTo(Map.of("type", "string", "format", "date-time"));
    assertThat(XdmField.string("CRM id")).isEqualTo(Map.of("type", "string", "title", "CRM id"));
  }

  @Test
  void fieldDefinitionsAreTheJsonSchemaFragments() {
    assertThat(XdmField.string()).isEqualTo(Map.of("type", "string"));
    assertThat(XdmField.integer()).isEqualTo(Map.of("type", "integer"));
    assertThat(XdmField.number()).isEqualTo(Map.of("type", "number"));
    assertThat(XdmField.bool()).isEqualTo(Map.of("type", "boolean"));
    assertThat(XdmField.date()).isEqualTo(Map.of("type", "string", "format", "date"));
    assertThat(XdmField.array(XdmField.string())).isEqualTo(Map.of("type", "array", "items", Map.of("type", "string")));
    assertThatThrownBy(() -> XdmField.string().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requestsRequireWhatTheApiRequires() {
    assertThatThrownBy(() -> CreateClassRequest.builder().title("t").description("d").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("allOf");
    assertThatThrownBy(() -> CreateSchemaRequest.builder().title("t").description("d").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("allOf");
    assertThatThrownBy(() -> CreateSchemaRequest.builder().title("t").addAllOf(AllOfEntry.ofRef(XdmIds.PROFILE)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("description");
    assertThatThrownBy(() -> CreateFieldGroupRequest.builder().title("t").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("meta:intendedToExtend");
  }

  @Test
  void schemaOfClassAndFieldGroupsReferencesThemInOrder() {
    CreateSchemaRequest request = CreateSchemaRequest.of("Loyalty", "Loyalty members", XdmIds.PROFILE,
        List.of(XdmIds.PROFILE_PERSON_DETAILS, XdmIds.PROFILE_PERSONAL_DETAILS));
    assertThat(request.allOf()).extracting(e -> e.ref().orElseThrow())
        .containsExactly(XdmIds.PROFILE, XdmIds.PROFILE_PERSON_DETAILS, XdmIds.PROFILE_PERSONAL_DETAILS);
  }

  @Test
  void tenantFieldGroupNestsFieldsUnderTheTenantObject() {
    CreateFieldGroupRequest a = CreateFieldGroupRequest.tenantFields("Loyalty", "d", XdmIds.PROFILE, "acme",
        Map.of("points", XdmField.integer()));
    CreateFieldGroupRequest b = CreateFieldGroupRequest.tenantFields("Loyalty", "d", XdmIds.PROFILE, "_acme",
        Map.of("points", XdmField.integer()));
    assertThat(a).isEqualTo(b);
    assertThat(a.definitions()).isEqualTo(Map.of("customFields",
        Map.of("properties", Map.of("_acme", Map.of("type", "object", "properties", Map.of("points", Map.of("type", "integer")))))));
    assertThat(a.allOf()).containsExactly(AllOfEntry.ofRef("#/definitions/customFields"));
    assertThat(a.intendedToExtend()).containsExactly(XdmIds.PROFILE);
  }

  @Test
  void identityDescriptorUsesTheNamespaceCode() {
    Descriptor d = Descriptor.identity("https://ns.adobe.com/acme/schemas/1", "/_acme/crmId", "CRMID", false);
    assertThat(d.typeValue()).isEqualTo(DescriptorType.IDENTITY);
    assertThat(d.sourceVersion()).contains(1L);
    assertThat(d.property()).contains("xdm:code");
    assertThat(d.isPrimary()).contains(false);
    assertThat(d.descriptorId()).isEmpty();
  }

  @Test
  void patchesForCommonSchemaChanges() {
    assertThat(SchemaPatches.addFieldGroup("https://ns.adobe.com/acme/mixins/1")).containsExactly(
        JsonPatchOperation.add("/meta:extends/-", "https://ns.adobe.com/acme/mixins/1"),
        JsonPatchOperation.add("/allOf/-", Map.of("$ref", "https://ns.adobe.com/acme/mixins/1")));
    assertThat(SchemaPatches.enableProfile()).containsExactly(JsonPatchOperation.add("/meta:immutableTags", List.of("union")));
    assertThat(JsonPatchOperation.remove("/meta:immutableTags").value()).isEmpty();
  }

  @Test
  void fieldPathsDescendIntoObjectsDepthFirst() {
    Map<String, Object> tenant = new LinkedHashMap<>();
    tenant.put("crmId", XdmField.string());
    tenant.put("address", XdmField.object(Map.of("city", XdmField.string())));
    tenant.put("tags", XdmField.array(XdmField.string()));
    tenant.put("empty", Map.of("type", "object", "properties", Map.of()));
    Schema schema = Schema.builder()
        .putProperties("_acme", XdmField.object(tenant))
        .putProperties("personalEmail", XdmField.object(Map.of("address", XdmField.string())))
        .build();
    assertThat(schema.fieldPaths()).containsExactly(
        "_acme.crmId", "_acme.address.city", "_acme.tags", "_acme.empty", "personalEmail.address");
  }

  @Test
  void derivedViewsOfResources() {
    Schema schema = Schema.builder()
        .addAllOf(AllOfEntry.ofRef(XdmIds.PROFILE), AllOfEntry.ofProperties(Map.of("x", XdmField.string())))
        .addImmutableTags("union")
        .build();
    assertThat(schema.allOfRefs()).containsExactly(XdmIds.PROFILE);
    assertThat(schema.profileEnabled()).isTrue();
    assertThat(XdmClass.builder().addMetaExtends(XdmIds.ADHOC_BEHAVIOR).build().adHoc()).isTrue();
    assertThat(XdmClass.builder().addAllOf(AllOfEntry.ofRef(XdmIds.RECORD_BEHAVIOR)).build().adHoc()).isFalse();
    RegistryMetadata m = RegistryMetadata.builder().createdDate(1557527784822L).lastModifiedDate(1557527784823L).build();
    assertThat(m.created()).contains(Instant.parse("2019-05-10T22:36:24.822Z"));
    assertThat(m.lastModified()).contains(Instant.ofEpochMilli(1557527784823L));
    assertThat(RegistryMetadata.builder().build().created()).isEmpty();
    assertThat(ResultsPage.<XdmSummary>builder().page(PageInfo.builder().next("").build()).build().next()).isEmpty();
  }
}
