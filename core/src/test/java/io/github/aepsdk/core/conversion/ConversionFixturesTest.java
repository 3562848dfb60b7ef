package io.github.aepsdk.core.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Types;
import io.github.aepsdk.conversion.DataPage;
import io.github.aepsdk.conversion.ExpressionFunction;
import io.github.aepsdk.conversion.ExpressionOperator;
import io.github.aepsdk.conversion.ExpressionValidation;
import io.github.aepsdk.conversion.ExpressionValidationRequest;
import io.github.aepsdk.conversion.Mapping;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.conversion.MappingSetCreated;
import io.github.aepsdk.conversion.MappingSetStatus;
import io.github.aepsdk.conversion.MappingSetValidation;
import io.github.aepsdk.conversion.PreviewRequest;
import io.github.aepsdk.conversion.PreviewResult;
import io.github.aepsdk.conversion.SchemaRef;
import io.github.aepsdk.conversion.SchemaRepresentation;
import io.github.aepsdk.conversion.SourceType;
import io.github.aepsdk.conversion.ValidationStatus;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.paging.Page;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.JsonTrees;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Data Prep example Adobe publishes ({@code examples/conversion/**}) against the model that
 * reads it: read strictly (an unknown member of a closed model fails), checked for real values,
 * and written back without losing a member. Invalid or spec-contradicting examples must fail with
 * an error that names the JSON location.
 */
class ConversionFixturesTest {

  private static final String DIR = "examples/conversion/";
  private static final String TENANT_SCHEMA =
      "https://ns.adobe.com/{TENANT_ID}/schemas/89abc189258b1cb1a816d8f2b2341a6d98000ed8f4008305";
  private static final Type MAPPING_SET_PAGE = Types.newParameterizedType(DataPage.class, MappingSet.class);
  private static final Type MAPPING_LIST = Types.newParameterizedType(List.class, Mapping.class);

  /**
   * An example that reads: {@code expected} turns the file's tree into what writing the model
   * gives back (identity except where the example contradicts the spec's shape).
   */
  record Readable(String file, Type type, UnaryOperator<Object> expected, Consumer<Object> check) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** An example that must be rejected with an error naming {@code location}. */
  record Rejected(String file, Type type, String location, String why) {
    @Override
    public String toString() {
      return file + " (" + why + ")";
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Readable read(String file, Type type, Consumer<T> check) {
    return new Readable(file, type, UnaryOperator.identity(), value -> check.accept((T) value));
  }

  /** The example sends one object as {@code member} where the spec declares an array; it is written back as an array. */
  @SuppressWarnings("unchecked")
  private static <T> Readable readSingleObjectAsList(String file, Type type, String member, Consumer<T> check) {
    UnaryOperator<Object> wrap = tree -> {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) tree);
      copy.put(member, List.of(copy.get(member)));
      return copy;
    };
    return new Readable(file, type, wrap, value -> check.accept((T) value));
  }

  static final List<Readable> READABLE = List.of(
      // --- current request shape (API guide and spec) ---
      read("create-mapping-set.request.json", MappingSet.class, (MappingSet set) -> {
        assertThat(set.targetSchemaId()).contains(TENANT_SCHEMA);
        assertThat(set.outputSchema().flatMap(SchemaRepresentation::schemaRef).flatMap(SchemaRef::contentType))
            .contains("application/vnd.adobe.xed-full+json;version=1");
        assertCurrentShape(set, List.of("id", "firstName", "lastName"),
            List.of("_id", "person.name.firstName", "person.name.lastName"));
        assertThat(set.mappings().get(0).name()).contains("id");
        assertThat(set.mappings().get(0).description()).contains("Identifier field");
        assertThat(set.mappings().get(1).name()).isEmpty();
        assertThat(set.id()).isEmpty();
      }),
      read("validate-mapping.request.json", MappingSet.class, (MappingSet set) -> assertCurrentShape(set,
          List.of("id", "firstName", "lastName"), List.of("_id", "person.name.firstName", "person.name.lastName"))),
      read("update-mapping-set.request.json", MappingSet.class, (MappingSet set) -> {
        assertCurrentShape(set, List.of("id", "firstName", "lastName", "nationality"),
            List.of("_id", "person.name.firstName", "person.name.lastName", "person.nationality"));
        assertThat(set.targetSchemaId()).contains(TENANT_SCHEMA);
      }),
      read("from-openapi/schema-MappingSet.example.json", MappingSet.class, (MappingSet set) -> {
        assertCurrentShape(set, List.of("id", "firstName", "lastName"),
            List.of("_id", "person.name.firstName", "person.name.lastName"));
        assertThat(set.targetSchemaId()).contains(TENANT_SCHEMA);
      }),
      // --- legacy request shape (marketing-automation tutorial) ---
      read("create-mapping-set-marketing-automation.request.json", MappingSet.class, (MappingSet set) -> {
        assertThat(set.id()).as("\"id\": null reads as absent").isEmpty();
        assertThat(set.version()).contains(0);
        assertThat(set.xdmSchema())
            .contains("https://ns.adobe.com/{TENANT_ID}/schemas/da411446eec78026c28d9fafd9e406e304b771d55b07b91b");
        assertThat(set.targetSchemaId()).isEqualTo(set.xdmSchema());
        assertThat(set.xdmVersion()).contains("1.0");
        assertThat(set.outputSchema()).isEmpty();
        assertThat(set.mappings()).extracting(m -> m.sourceAttribute().orElseThrow())
            .containsExactly("Vid", "Properties_Firstname_Value", "Added_At");
        assertThat(set.mappings()).extracting(m -> m.effectiveDestination().orElseThrow())
            .containsExactly("_id", "person.name.firstName", "_repo.createDate");
        Mapping first = set.mappings().get(0);
        assertThat(first.source()).isEmpty();
        assertThat(first.effectiveSource()).contains("Vid");
        assertThat(first.identity()).contains(false);
        assertThat(first.identityGroup()).isEmpty();
        assertThat(first.namespaceCode()).isEmpty();
        assertThat(first.version()).contains(0);
        assertThat(first.sourceTypeValue()).isEqualTo(SourceType.UNKNOWN);
      }),
      // --- early draft (swagger placeholders, ISO-8601 dates) ---
      read("create-mapping-set-draft2020.request.json", MappingSet.class, (MappingSet set) -> {
        assertThat(set.id()).contains("string");
        assertThat(set.createdDateRaw()).contains("2020-11-25T19:40:24.123Z");
        assertThat(set.createdDate()).contains(1606333224123L);
        assertThat(set.modifiedDate()).contains(1606333224123L);
        assertThat(set.statusValue()).isEqualTo(MappingSetStatus.DRAFT);
        assertThat(set.schemaRef().flatMap(SchemaRef::contentType)).contains("string");
        assertThat(set.transformScript()).contains("string");
        assertThat(set.version()).contains(0);
        Mapping mapping = set.mappings().get(0);
        assertThat(mapping.identity()).contains(true);
        assertThat(mapping.destinationXdmPath()).contains("string");
        assertThat(mapping.namespaceCode()).contains("string");
        assertThat(mapping.createdDate()).contains(1606333224123L);
      }),
      read("create-mapping-set-draft2020.response.json", MappingSetCreated.class, (MappingSetCreated created) -> {
        assertThat(created.id()).contains("string");
        assertThat(created.version()).contains(0);
        assertThat(created.createdDate()).contains(1606333224180L);
        assertThat(created.modifiedDate()).contains(1606333224180L);
      }),
      // --- create answers (HTTP 200, epoch millis) ---
      read("create-mapping-set.response.json", MappingSetCreated.class, (MappingSetCreated created) -> {
        assertThat(created.id()).contains("e7c80e4c0d8f4a98a7d400b4e178b635");
        assertThat(created.version()).contains(0);
        assertThat(created.createdDateRaw()).contains(1614901254724L);
        assertThat(created.createdDate()).contains(1614901254724L);
        assertThat(created.modifiedDate()).contains(1614901254724L);
        assertThat(created.createdBy()).contains("{CREATED_BY}");
        assertThat(created.modifiedBy()).contains("{MODIFIED_BY}");
      }),
      read("create-mapping-set-marketing-automation.response.json", MappingSetCreated.class, (MappingSetCreated created) -> {
        assertThat(created.id()).contains("500a9b747fcf4908a21917d49bd61780");
        assertThat(created.version()).contains(0);
        assertThat(created.createdDate()).contains(1591043336298L);
        assertThat(created.modifiedDate()).contains(1591043336298L);
      }),
      read("from-openapi/createMappingSet.200.response.json", MappingSetCreated.class, (MappingSetCreated created) -> {
        assertThat(created.id()).contains("e7c80e4c0d8f4a98a7d400b4e178b635");
        assertThat(created.createdDate()).contains(1614901254724L);
      }),
      // --- list of mapping sets ---
      read("list-mapping-sets.response.json", MAPPING_SET_PAGE, (DataPage<MappingSet> page) -> {
        assertThat(page.data()).extracting(s -> s.id().orElseThrow())
            .containsExactly("428beb15b4864daaaa9dc3f005448005", "8afb1351833a4a4692ea61074b60813b");
        assertThat(page.page().flatMap(p -> p.count())).contains(0);
        assertThat(page.page().flatMap(p -> p.limit())).contains(2);
        MappingSet published = page.data().get(0);
        assertPublishedProfileSet(published);
        MappingSet draft = page.data().get(1);
        assertThat(draft.version()).contains(0);
        assertThat(draft.statusValue()).isEqualTo(MappingSetStatus.DRAFT);
        assertThat(draft.mappings().get(0).effectiveSource()).contains("last_name");
        assertThat(draft.mappings().get(0).effectiveDestination()).contains("person.name.lastName");
      }),
      readSingleObjectAsList("from-openapi/schema-MapperSetPage.example.json", MAPPING_SET_PAGE, "data",
          (DataPage<MappingSet> page) -> {
            assertThat(page.data()).hasSize(1);
            assertPublishedProfileSet(page.data().get(0));
            assertThat(page.page()).isEmpty();
          }),
      // --- mappings of a set (both shapes echoed) ---
      read("list-mappings.response.json", MAPPING_LIST, (List<Mapping> mappings) -> {
        assertThat(mappings).extracting(m -> m.id().orElseThrow()).containsExactly(
            "1bb13ec5929f4847a8ea0f1d9e60d3e6", "394bec970d54410b98e1d4c55a3843ca",
            "a78729629b22418998b528755b3e0fb1", "c5211e1e295f48018c125c24a04e925a");
        assertThat(mappings).extracting(m -> m.destination().orElseThrow())
            .containsExactly("_id", "person.name.firstName", "person.name.lastName", "person.nationality");
        assertThat(mappings).allSatisfy(m -> {
          assertThat(m.sourceTypeValue()).isEqualTo(SourceType.SCHEMA_PATH);
          assertThat(m.sourceAttribute()).isEqualTo(m.source());
          assertThat(m.destinationXdmPath()).isEqualTo(m.destination());
          assertThat(m.createdDate()).contains(1614909614000L);
        });
        assertThat(mappings.get(0).name()).contains("id");
        assertThat(mappings.get(0).description()).contains("Identifier field");
      }),
      read("get-mapping.response.json", Mapping.class, ConversionFixturesTest::assertFirstNameMapping),
      read("from-openapi/schema-MappingOperation.example.json", Mapping.class, ConversionFixturesTest::assertFirstNameMapping),
      // --- validate ---
      read("validate-mapping.response.json", MappingSetValidation.class, ConversionFixturesTest::assertThreeSuccesses),
      read("from-openapi/validateMappingSet.200.response.json", MappingSetValidation.class,
          ConversionFixturesTest::assertThreeSuccesses),
      // --- preview ---
      read("preview-mapping.request.json", PreviewRequest.class, (PreviewRequest request) -> {
        assertThat(request.data()).hasSize(1);
        assertThat(request.data().get(0)).containsEntry("id", 1234L).containsEntry("firstName", "Jim")
            .containsEntry("lastName", "Seltzer");
        assertThat(request.mappingSet().targetSchemaId())
            .contains("https://ns.adobe.com/stardust/schemas/89abc189258b1cb1a816d8f2b2341a6d98000ed8f4008305");
        assertThat(request.mappingSet().mappings()).hasSize(3);
      }),
      readSingleObjectAsList("from-openapi/schema-PreviewRequest.example.json", PreviewRequest.class, "data",
          (PreviewRequest request) -> {
            assertThat(request.data()).hasSize(1);
            assertThat(request.data().get(0)).containsEntry("id", 1234L);
            assertThat(request.mappingSet().mappings()).extracting(m -> m.sourceTypeValue())
                .containsOnly(SourceType.ATTRIBUTE);
          }),
      read("preview-mapping.response.json", Types.newParameterizedType(List.class, PreviewResult.class),
          (List<PreviewResult> results) -> {
            assertThat(results).hasSize(1);
            assertPreviewedJim(results.get(0));
          }),
      read("from-openapi/schema-PreviewResponse.example.json", PreviewResult.class,
          ConversionFixturesTest::assertPreviewedJim),
      // --- expression language ---
      read("from-openapi/validateExpression.200.response.json", Object.class, (Object body) -> {
        assertThat(body).isEqualTo(false);
        assertThat(ExpressionValidation.of(body).valid()).isFalse();
        assertThat(ExpressionValidation.of(body).validationStatus()).isEmpty();
      }),
      read("from-openapi/listMappingSetFunctions.200.response.json",
          Types.newParameterizedType(List.class, ExpressionFunction.class), (List<ExpressionFunction> functions) -> {
            assertThat(functions).extracting(f -> f.function().orElseThrow()).containsExactly("date", "first");
            ExpressionFunction date = functions.get(0);
            assertThat(date.category()).contains("Date / Time");
            assertThat(date.returnType()).contains("java.time.ZonedDateTime");
            assertThat(date.example()).contains("");
            assertThat(date.params()).isEmpty();
            assertThat(date.since()).contains(1);
            ExpressionFunction first = functions.get(1);
            assertThat(first.syntax()).contains("T first(T...)");
            assertThat(first.example()).contains("first(\"1\", \"2\", \"3\")");
            assertThat(first.result()).contains("\"1\"");
            assertThat(first.params()).singleElement().satisfies(p -> {
              assertThat(p.name()).contains("values");
              assertThat(p.type()).contains("object");
              assertThat(p.dataType()).contains("[Ljava.lang.Object;");
              assertThat(p.position()).contains(1);
            });
          }),
      read("from-openapi/listMappingSetOperators.200.response.json",
          Types.newParameterizedType(List.class, ExpressionOperator.class), (List<ExpressionOperator> operators) -> {
            assertThat(operators).extracting(o -> o.operatorSymbol().orElseThrow())
                .containsExactly("+", "/", "~", "-", "!");
            assertThat(operators).extracting(o -> o.methodName().orElseThrow())
                .containsExactly("add", "divide", "complement", "negate", "not");
            assertThat(operators).extracting(o -> o.numberOfOperands().orElseThrow()).containsExactly(2, 2, 1, 1, 1);
            assertThat(operators.get(0).example()).contains("1 + 2");
          }));

  static final List<Rejected> REJECTED = List.of(
      new Rejected("get-mapping-set.response.invalid.json", MappingSet.class, "$.mappings[1].destination",
          "trailing comma in Adobe's doc example"),
      new Rejected("update-mapping-set.response.invalid.json", MappingSet.class,
          "$.outputSchema.jsonSchema.properties._id.type", "trailing comma and missing brace in Adobe's doc example"),
      new Rejected("from-openapi/schema-ValidationRequest.example.json", ExpressionValidationRequest.class,
          "$.expression", "the spec's example nests expression in an object; its schema and the docs send a string"));

  /**
   * The members the SDK does not write back, per example file, written out: the null members and
   * the empty {@code params} it omits. Every other member must come back as it was.
   */
  static final Map<String, UnaryOperator<Object>> WRITTEN_DIFFERENTLY = Map.of(
      "create-mapping-set-marketing-automation.request.json", t -> JsonTrees.without(t, "/id",
          "/mappings/0/identityGroup", "/mappings/0/namespaceCode", "/mappings/1/identityGroup",
          "/mappings/1/namespaceCode", "/mappings/2/identityGroup", "/mappings/2/namespaceCode"),
      "validate-mapping.response.json", t -> JsonTrees.without(t,
          "/validationResponse/0/errors", "/validationResponse/1/errors", "/validationResponse/2/errors"),
      "from-openapi/validateMappingSet.200.response.json", t -> JsonTrees.without(t,
          "/validationResponse/0/errors", "/validationResponse/1/errors", "/validationResponse/2/errors"),
      "preview-mapping.response.json", t -> JsonTrees.without(t, "/0/errors"),
      "from-openapi/listMappingSetFunctions.200.response.json", t -> JsonTrees.without(t, "/0/params"));

  static Stream<Readable> readable() {
    return READABLE.stream();
  }

  static Stream<Rejected> rejected() {
    return REJECTED.stream();
  }

  @Test
  void everyExampleFileIsCovered() throws IOException {
    Path dir = AepReference.root().resolve(DIR);
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(dir)) {
      onDisk = files.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> covered = new TreeSet<>();
    READABLE.forEach(r -> covered.add(r.file()));
    REJECTED.forEach(r -> covered.add(r.file()));
    assertThat(covered).hasSize(READABLE.size() + REJECTED.size());
    assertThat(onDisk).hasSize(27).isEqualTo(covered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void readsStrictlyAndWritesBackEveryMember(Readable fixture) throws IOException {
    String json = AepReference.read(DIR + fixture.file());
    JsonAdapter<Object> adapter = AepJson.strictAdapter(fixture.type());

    Object model = adapter.fromJson(json);

    assertThat(model).isNotNull();
    fixture.check().accept(model);
    assertNoUnknownMembers(model, "$");
    String written = adapter.toJson(model);
    assertThat(JsonTrees.of(written)).as("%s written back:%n%s", fixture.file(), written)
        .isEqualTo(fixture.expected().apply(WRITTEN_DIFFERENTLY.getOrDefault(fixture.file(), UnaryOperator.identity())
            .apply(JsonTrees.of(json))));
    assertThat(adapter.fromJson(adapter.toJson(model))).as("reads back equal").isEqualTo(model);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsWithAnErrorNamingTheLocation(Rejected fixture) {
    String json = AepReference.read(DIR + fixture.file());
    JsonAdapter<Object> strict = AepJson.strictAdapter(fixture.type());
    JsonAdapter<Object> lenient = AepJson.adapter(fixture.type());

    for (JsonAdapter<Object> adapter : List.of(strict, lenient)) {
      assertThatThrownBy(() -> adapter.fromJson(json))
          .isInstanceOfAny(JsonEncodingException.class, JsonDataException.class)
          .hasMessageContaining("at path " + fixture.location());
    }
  }

  /**
   * Adobe's GET /mappingSets/{id} example is invalid only because of two trailing commas; without
   * them it shows what {@code expandSchema=true} answers, and that must read and write back fully.
   */
  @Test
  void getMappingSetExampleWithoutTrailingCommasReadsTheExpandedSchema() throws IOException {
    String repaired = AepReference.read(DIR + "get-mapping-set.response.invalid.json").replaceAll(",(\\s*[}\\]])", "$1");
    JsonAdapter<MappingSet> adapter = AepJson.strictAdapter(MappingSet.class);

    MappingSet set = adapter.fromJson(repaired);

    assertThat(set.id()).contains("e7c80e4c0d8f4a98a7d400b4e178b635");
    assertThat(set.version()).contains(0);
    assertThat(set.createdDate()).contains(1614901255000L);
    assertThat(set.createdBy()).contains("CAEB5DE75E6FBFAC0A494110@techacct.adobe.com");
    assertThat(set.supportVersion()).contains("1.1");
    assertThat(set.statusValue()).isEqualTo(MappingSetStatus.DRAFT);
    assertThat(set.strictMapping()).contains(false);
    assertThat(set.allowNullValues()).contains(false);
    assertThat(set.xdmVersion()).contains("application/vnd.adobe.xed-full+json;version=1");
    assertThat(set.xdmSchema()).contains(TENANT_SCHEMA);
    assertThat(set.schemaRef().flatMap(SchemaRef::id)).contains(TENANT_SCHEMA);
    SchemaRepresentation output = set.outputSchema().orElseThrow();
    assertThat(output.id()).contains("cf0a57df22354cfdb5f32a747b63a456");
    assertThat(output.version()).contains(0);
    assertThat(output.jsonSchema()).containsEntry("$id", TENANT_SCHEMA).containsEntry("title", "A sample schema")
        .containsEntry("version", "1.0");
    @SuppressWarnings("unchecked")
    Map<String, Object> birthYear = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
        ((Map<String, Object>) output.jsonSchema().get("properties")).get("person")).get("properties")).get("birthYear");
    assertThat(birthYear).containsEntry("maximum", 32767L);
    assertThat(set.mappings()).extracting(m -> m.sourceType().orElseThrow()).containsOnly("text/x.schema-path");
    assertThat(set.mappings()).extracting(m -> m.id().orElseThrow()).containsExactly(
        "a11f44b0214d4fdcb79cbb5e1d93e638", "b9bf7873451f4b7ba767ca3ba9327750", "bab961fc18f54789b9268ec04c6f6f9b");
    assertNoUnknownMembers(set, "$");
    assertThat(JsonTrees.of(adapter.toJson(set))).isEqualTo(JsonTrees.of(repaired));
  }

  /** The common case built in code is exactly the mapping set of Adobe's create example. */
  @Test
  void mappingSetBuiltForASchemaEqualsTheCreateExample() throws IOException {
    MappingSet built = MappingSet.forSchema(TENANT_SCHEMA)
        .addMappings(Mapping.attribute("id", "_id").withName("id").withDescription("Identifier field"))
        .addMappings(Mapping.attribute("firstName", "person.name.firstName"))
        .addMappings(Mapping.attribute("lastName", "person.name.lastName"))
        .build();

    assertThat(built).isEqualTo(AepJson.<MappingSet>strictAdapter(MappingSet.class)
        .fromJson(AepReference.read(DIR + "create-mapping-set.request.json")));
  }

  /** {@code version} may arrive quoted; it is read either way and written as the spec's integer. */
  @Test
  void versionsReadAsNumbersOrQuotedNumbers() throws IOException {
    JsonAdapter<Mapping> mappings = AepJson.strictAdapter(Mapping.class);

    Mapping quoted = mappings.fromJson("{\"id\":\"m\",\"version\":\"2\",\"functionVersion\":\"1\"}");
    Mapping number = mappings.fromJson("{\"id\":\"m\",\"version\":2,\"functionVersion\":1}");

    assertThat(quoted.version()).contains(2);
    assertThat(quoted.functionVersion()).contains(1);
    assertThat(quoted).isEqualTo(number);
    assertThat(mappings.toJson(quoted)).isEqualTo("{\"id\":\"m\",\"version\":2,\"functionVersion\":1}");
  }

  /** Dates are epoch millis; a quoted number or an ISO-8601 date-time (any offset) gives the same millis. */
  @Test
  void datesReadAsEpochMillisFromEveryForm() throws IOException {
    JsonAdapter<MappingSetCreated> created = AepJson.strictAdapter(MappingSetCreated.class);

    assertThat(created.fromJson("{\"createdDate\":1606333224123}").createdDate()).contains(1606333224123L);
    assertThat(created.fromJson("{\"createdDate\":\"1606333224123\"}").createdDate()).contains(1606333224123L);
    assertThat(created.fromJson("{\"createdDate\":\"2020-11-25T19:40:24.123Z\"}").createdDate()).contains(1606333224123L);
    assertThat(created.fromJson("{\"createdDate\":\"2020-11-25T20:40:24.123+01:00\"}").createdDate())
        .contains(1606333224123L);
    MappingSetCreated garbled = created.fromJson("{\"createdDate\":\"yesterday\"}");
    assertThat(garbled.createdDate()).isEmpty();
    assertThat(garbled.createdDateRaw()).contains("yesterday");
    assertThat(created.toJson(garbled)).isEqualTo("{\"createdDate\":\"yesterday\"}");
  }

  // ---------------------------------------------------------------- shared checks

  private static void assertCurrentShape(MappingSet set, List<String> sources, List<String> destinations) {
    assertThat(set.mappings()).extracting(m -> m.source().orElseThrow()).containsExactlyElementsOf(sources);
    assertThat(set.mappings()).extracting(m -> m.destination().orElseThrow()).containsExactlyElementsOf(destinations);
    assertThat(set.mappings()).allSatisfy(m -> {
      assertThat(m.sourceType()).contains("ATTRIBUTE");
      assertThat(m.sourceTypeValue()).isEqualTo(SourceType.ATTRIBUTE);
      assertThat(m.sourceAttribute()).isEmpty();
      assertThat(m.destinationXdmPath()).isEmpty();
    });
    assertThat(set.xdmSchema()).isEmpty();
  }

  private static void assertPublishedProfileSet(MappingSet set) {
    assertThat(set.id()).contains("428beb15b4864daaaa9dc3f005448005");
    assertThat(set.version()).contains(1);
    assertThat(set.createdDate()).contains(1582250953000L);
    assertThat(set.modifiedDate()).contains(1582251156000L);
    assertThat(set.createdBy()).contains("acp_xql_gateway");
    assertThat(set.modifiedBy()).contains("acp_ui_platform");
    assertThat(set.statusValue()).isEqualTo(MappingSetStatus.PUBLISHED);
    assertThat(set.supportVersion()).contains("1.1");
    assertThat(set.inputSchema().flatMap(SchemaRepresentation::sampleId)).contains("f9e83882e3e34c1f8b873a3b8113c01e");
    assertThat(set.inputSchema().flatMap(SchemaRepresentation::id)).contains("e660142cab8e438382abc5691b364b30");
    assertThat(set.outputSchema().flatMap(SchemaRepresentation::schemaRef).flatMap(SchemaRef::contentType))
        .contains("1.0");
    assertThat(set.targetSchemaId()).contains("https://ns.adobe.com/xdm/context/profile__union");
    assertThat(set.xdmVersion()).contains("1.0");
    Mapping mapping = set.mappings().get(0);
    assertThat(mapping.id()).contains("af809223484341009ce0db13d4b32a3a");
    assertThat(mapping.sourceTypeValue()).isEqualTo(SourceType.SCHEMA_PATH);
    assertThat(mapping.source()).contains("id");
    assertThat(mapping.sourceAttribute()).contains("id");
    assertThat(mapping.destination()).contains("person.name.firstName");
    assertThat(mapping.destinationXdmPath()).contains("person.name.firstName");
    assertThat(mapping.createdDate()).contains(1582250953000L);
  }

  private static void assertFirstNameMapping(Mapping mapping) {
    assertThat(mapping.id()).contains("394bec970d54410b98e1d4c55a3843ca");
    assertThat(mapping.version()).contains(0);
    assertThat(mapping.createdDate()).contains(1614909614000L);
    assertThat(mapping.modifiedDate()).contains(1614909614000L);
    assertThat(mapping.sourceType()).contains("text/x.schema-path");
    assertThat(mapping.sourceTypeValue()).isEqualTo(SourceType.SCHEMA_PATH);
    assertThat(mapping.source()).contains("firstName");
    assertThat(mapping.sourceAttribute()).contains("firstName");
    assertThat(mapping.destination()).contains("person.name.firstName");
    assertThat(mapping.destinationXdmPath()).contains("person.name.firstName");
    assertThat(mapping.identity()).contains(false);
    assertThat(mapping.primaryIdentity()).contains(false);
    assertThat(mapping.matchScore()).contains(0.0);
    assertThat(mapping.functionVersion()).contains(1);
  }

  private static void assertThreeSuccesses(MappingSetValidation validation) {
    assertThat(validation.validationResponse()).hasSize(3).allSatisfy(r -> {
      assertThat(r.statusValue()).isEqualTo(ValidationStatus.SUCCESS);
      assertThat(r.errors()).isEmpty();
    });
    assertThat(validation.allSucceeded()).isTrue();
  }

  @SuppressWarnings("unchecked")
  private static void assertPreviewedJim(PreviewResult result) {
    assertThat(result.data()).containsEntry("_id", "1234");
    Map<String, Object> name = (Map<String, Object>) ((Map<String, Object>) result.data().get("person")).get("name");
    assertThat(name).containsEntry("firstName", "Jim").containsEntry("lastName", "Seltzer");
    assertThat(result.errors()).isEmpty();
    assertThat(result.succeeded()).isTrue();
  }

  /** A method of {@link Page} ({@code items()}, {@code nextPage()}…): paging, not a JSON member. */
  private static boolean isPageMethod(Method method) {
    return Arrays.stream(Page.class.getMethods()).anyMatch(p -> p.getName().equals(method.getName()));
  }

  /**
   * Walks a read model and fails on any member that landed in an {@code additionalProperties} map:
   * the examples hold no member the models should not declare.
   */
  static void assertNoUnknownMembers(Object value, String path) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> assertNoUnknownMembers(v, path));
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        assertNoUnknownMembers(list.get(i), path + "[" + i + "]");
      }
      return;
    }
    if (value == null || !value.getClass().getPackageName().equals(MappingSet.class.getPackageName())
        || value.getClass().isEnum()) {
      return;
    }
    List<Method> accessors = new ArrayList<>();
    for (Class<?> model : value.getClass().getInterfaces()) {
      for (Method m : model.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !isPageMethod(m)) {
          accessors.add(m);
        }
      }
    }
    for (Method accessor : accessors) {
      Class<?> returned = accessor.getReturnType();
      boolean nested = returned == Optional.class || returned == List.class
          || (returned.isInterface() && returned.getPackageName().equals(MappingSet.class.getPackageName()));
      if (!accessor.getName().equals("additionalProperties") && !nested) {
        continue;
      }
      Object member;
      try {
        member = accessor.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (accessor.getName().equals("additionalProperties")) {
        assertThat((Map<?, ?>) member).as("undeclared members at " + path).isEmpty();
      } else {
        assertNoUnknownMembers(member, path + "." + accessor.getName());
      }
    }
  }
}
