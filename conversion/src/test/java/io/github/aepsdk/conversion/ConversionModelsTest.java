package io.github.aepsdk.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants and typed views of the Data Prep models (no JSON involved). */
class ConversionModelsTest {

  private static final String SCHEMA = "https://ns.adobe.com/{TENANT_ID}/schemas/89abc189258b1cb1a816d8f2b2341a6d98000ed8f4008305";

  static Stream<Arguments> sourceTypes() {
    return Stream.of(
        Arguments.of("ATTRIBUTE", SourceType.ATTRIBUTE),
        Arguments.of("attribute", SourceType.ATTRIBUTE),
        Arguments.of("EXPRESSION", SourceType.EXPRESSION),
        Arguments.of("STATIC", SourceType.STATIC),
        Arguments.of("text/x.schema-path", SourceType.SCHEMA_PATH),
        Arguments.of("TEXT/X.SCHEMA-PATH", SourceType.SCHEMA_PATH),
        Arguments.of("text/x.something-new", SourceType.UNKNOWN),
        Arguments.of("", SourceType.UNKNOWN),
        Arguments.of(null, SourceType.UNKNOWN));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("sourceTypes")
  void sourceTypeOfAWireValue(String wire, SourceType expected) {
    assertThat(SourceType.fromValue(wire)).isEqualTo(expected);
    Mapping mapping = Mapping.builder().sourceType(java.util.Optional.ofNullable(wire)).build();
    assertThat(mapping.sourceTypeValue()).isEqualTo(expected);
    assertThat(mapping.sourceType()).isEqualTo(java.util.Optional.ofNullable(wire));
  }

  @Test
  void statusesFallBackToUnknown() {
    assertThat(MappingSetStatus.fromValue("PUBLISHED")).isEqualTo(MappingSetStatus.PUBLISHED);
    assertThat(MappingSetStatus.fromValue("draft")).isEqualTo(MappingSetStatus.DRAFT);
    assertThat(MappingSetStatus.fromValue("ARCHIVED")).isEqualTo(MappingSetStatus.UNKNOWN);
    assertThat(MappingSet.builder().build().statusValue()).isEqualTo(MappingSetStatus.UNKNOWN);
    assertThat(ValidationStatus.fromValue("FAILED")).isEqualTo(ValidationStatus.FAILED);
    assertThat(ValidationStatus.fromValue("UNKNOWN")).isEqualTo(ValidationStatus.UNKNOWN);
    assertThat(ValidationStatus.fromValue(null)).isEqualTo(ValidationStatus.UNKNOWN);
  }

  @Test
  void attributeAndExpressionMappingsUseTheCurrentShape() {
    Mapping attribute = Mapping.attribute("firstName", "person.name.firstName");
    Mapping expression = Mapping.expression("concat(firstName, \" \", lastName)", "person.name.fullName");

    assertThat(attribute.sourceType()).contains("ATTRIBUTE");
    assertThat(attribute.source()).contains("firstName");
    assertThat(attribute.destination()).contains("person.name.firstName");
    assertThat(attribute.sourceAttribute()).isEmpty();
    assertThat(attribute.destinationXdmPath()).isEmpty();
    assertThat(expression.sourceTypeValue()).isEqualTo(SourceType.EXPRESSION);
    assertThat(expression.source()).contains("concat(firstName, \" \", lastName)");
  }

  @Test
  void effectivePathsPreferTheCurrentShapeAndFallBackToTheLegacyOne() {
    Mapping legacy = Mapping.builder().sourceAttribute("Vid").destinationXdmPath("_id").identity(false).build();
    Mapping both = Mapping.builder().source("id").sourceAttribute("legacyId").destination("_id").destinationXdmPath("legacy").build();
    Mapping none = Mapping.builder().build();

    assertThat(legacy.effectiveSource()).contains("Vid");
    assertThat(legacy.effectiveDestination()).contains("_id");
    assertThat(both.effectiveSource()).contains("id");
    assertThat(both.effectiveDestination()).contains("_id");
    assertThat(none.effectiveSource()).isEmpty();
    assertThat(none.effectiveDestination()).isEmpty();
  }

  @Test
  void mappingSetForASchemaTargetsItWithTheResolvedXdmContentType() {
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("lastName", "person.name.lastName");
    paths.put("firstName", "person.name.firstName");

    MappingSet set = MappingSet.of(SCHEMA, paths);

    assertThat(set.targetSchemaId()).contains(SCHEMA);
    assertThat(set.outputSchema().flatMap(SchemaRepresentation::schemaRef).flatMap(SchemaRef::contentType))
        .contains("application/vnd.adobe.xed-full+json;version=1");
    assertThat(set.mappings()).extracting(m -> m.source().orElseThrow()).containsExactly("lastName", "firstName");
    assertThat(set.mappings()).extracting(m -> m.destination().orElseThrow())
        .containsExactly("person.name.lastName", "person.name.firstName");
    assertThat(set.id()).isEmpty();
    assertThat(set.version()).isEmpty();
  }

  @Test
  void targetSchemaIdLooksInOutputSchemaThenSchemaRefThenXdmSchema() {
    assertThat(MappingSet.builder().xdmSchema("legacy").build().targetSchemaId()).contains("legacy");
    assertThat(MappingSet.builder().xdmSchema("legacy").schemaRef(SchemaRef.xdm("echo")).build().targetSchemaId())
        .contains("echo");
    assertThat(MappingSet.forSchema("output").xdmSchema("legacy").schemaRef(SchemaRef.xdm("echo")).build().targetSchemaId())
        .contains("output");
    assertThat(MappingSet.builder().build().targetSchemaId()).isEmpty();
  }

  @Test
  void toBuilderChangesOneMemberAndKeepsTheRest() {
    MappingSet set = MappingSet.forSchema(SCHEMA).addMappings(Mapping.attribute("a", "b")).status("DRAFT").build();

    MappingSet more = set.toBuilder().addMappings(Mapping.attribute("c", "d")).build();

    assertThat(more.mappings()).hasSize(2);
    assertThat(more.status()).contains("DRAFT");
    assertThat(more.targetSchemaId()).contains(SCHEMA);
    assertThat(set.mappings()).hasSize(1);
    assertThat(Mapping.attribute("a", "b").toBuilder().name("n").build().name()).contains("n");
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of(1614901254724L, 1614901254724L),
        Arguments.of(new BigDecimal("1614901254724"), 1614901254724L),
        Arguments.of("1614901254724", 1614901254724L),
        Arguments.of("2020-11-25T19:40:24.123Z", 1606333224123L),
        Arguments.of("2020-11-25T14:40:24.123-05:00", 1606333224123L),
        Arguments.of("not a date", null),
        Arguments.of("", null),
        Arguments.of("99999999999999999999999", null),
        Arguments.of(Boolean.TRUE, null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dates")
  void datesAsEpochMillis(Object raw, Long millis) {
    MappingSetCreated created = MappingSetCreated.builder().createdDateRaw(raw).modifiedDateRaw(raw).build();

    assertThat(created.createdDate()).isEqualTo(java.util.Optional.ofNullable(millis));
    assertThat(created.modifiedDate()).isEqualTo(java.util.Optional.ofNullable(millis));
    assertThat(created.createdDateRaw()).contains(raw);
  }

  @Test
  void absentDatesAreEmpty() {
    assertThat(MappingSetCreated.builder().build().createdDate()).isEmpty();
  }

  @Test
  void validationAndPreviewSummaries() {
    TransformError error = TransformError.builder().destination("_id").exception("bad").sourceType("EXPRESSION").build();
    MappingSetValidation mixed = MappingSetValidation.builder()
        .addValidationResponse(MappingValidationResult.builder().status("SUCCESS").build())
        .addValidationResponse(MappingValidationResult.builder().status("FAILED").addErrors(error).build())
        .build();

    assertThat(mixed.allSucceeded()).isFalse();
    assertThat(mixed.validationResponse().get(1).statusValue()).isEqualTo(ValidationStatus.FAILED);
    assertThat(error.sourceTypeValue()).isEqualTo(SourceType.EXPRESSION);
    assertThat(MappingSetValidation.builder().build().allSucceeded()).isTrue();
    assertThat(PreviewResult.builder().putData("_id", "1").build().succeeded()).isTrue();
    assertThat(PreviewResult.builder().addErrors(error).build().succeeded()).isFalse();
  }

  @Test
  void previewRequestNeedsAMappingSet() {
    assertThatThrownBy(() -> PreviewRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mappingSet");
    PreviewRequest request = PreviewRequest.of(MappingSet.of(SCHEMA, Map.of("id", "_id")), List.of(Map.of("id", 1234L)));
    assertThat(request.data()).containsExactly(Map.of("id", 1234L));
  }

  @Test
  void expressionValidationRequestNeedsAnExpression() {
    assertThatThrownBy(() -> ExpressionValidationRequest.builder().mappingSetId("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expression");
    assertThat(ExpressionValidationRequest.of("trim(a)").expression()).isEqualTo("trim(a)");
  }

  @Test
  void expressionValidationReadsTheSpecBooleanAndTheGuidesObject() {
    assertThat(ExpressionValidation.of(true).valid()).isTrue();
    assertThat(ExpressionValidation.of(false).valid()).isFalse();
    ExpressionValidation succeeded = ExpressionValidation.of(Map.of("validationStatus", "succeeded", "error", "none"));
    assertThat(succeeded.valid()).isTrue();
    assertThat(succeeded.validationStatus()).contains("succeeded");
    assertThat(succeeded.error()).contains("none");
    assertThat(ExpressionValidation.of(Map.of("validationStatus", "failed")).valid()).isFalse();
    assertThat(ExpressionValidation.of(Map.of()).valid()).isFalse();
    assertThat(ExpressionValidation.of(true)).isEqualTo(ExpressionValidation.of(true)).isNotEqualTo(ExpressionValidation.of(false));
    assertThatThrownBy(() -> ExpressionValidation.of("yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yes");
    assertThatThrownBy(() -> ExpressionValidation.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
