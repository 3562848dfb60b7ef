package io.github.aepsdk.core.conversion;

import static io.github.aepsdk.testsupport.ContractValidator.Spec.DATA_PREP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.aepsdk.conversion.ConversionApi;
import io.github.aepsdk.conversion.DataPage;
import io.github.aepsdk.conversion.ExpressionFunction;
import io.github.aepsdk.conversion.ExpressionOperator;
import io.github.aepsdk.conversion.ExpressionValidation;
import io.github.aepsdk.conversion.ExpressionValidationRequest;
import io.github.aepsdk.conversion.ImmutableDataPage;
import io.github.aepsdk.conversion.Mapping;
import io.github.aepsdk.conversion.MappingSet;
import io.github.aepsdk.conversion.MappingSetCreated;
import io.github.aepsdk.conversion.MappingSetStatus;
import io.github.aepsdk.conversion.MappingSetValidation;
import io.github.aepsdk.conversion.PageInfo;
import io.github.aepsdk.conversion.PreviewRequest;
import io.github.aepsdk.conversion.PreviewResult;
import io.github.aepsdk.conversion.SchemaRepresentation;
import io.github.aepsdk.conversion.SourceType;
import io.github.aepsdk.core.error.BadRequestException;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.core.testing.JsonTrees;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.core.testing.MockAep;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ConversionApi} operation on the wire: method, raw path and query, request body,
 * the typed answer, and both sides checked against Adobe's Data Prep spec (with the spec fixes)
 * by {@link ContractValidator}. Bodies are Adobe's examples, read in place.
 */
class ConversionApiWireTest {
  private static final String BASE = "/data/foundation/conversion";
  private static final String EXAMPLES = "examples/conversion/";
  private static final String JSON = "application/json";
  private static final String SET_ID = "e7c80e4c0d8f4a98a7d400b4e178b635";
  private static final String SCHEMA_ID =
      "https://ns.adobe.com/{TENANT_ID}/schemas/89abc189258b1cb1a816d8f2b2341a6d98000ed8f4008305";

  private MockAep aep;
  private ConversionApi api;

  @BeforeEach
  void start() {
    aep = MockAep.start();
    api = aep.client().conversion();
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  private static String example(String file) {
    return AepReference.read(EXAMPLES + file);
  }

  private static <T> T read(String file, Class<T> type) throws IOException {
    return AepJson.<T>strictAdapter(type).fromJson(example(file));
  }

  /** Asserts method and raw target (percent-encoded path and query, as sent). */
  private static void assertTarget(RecordedRequest request, String method, String rawTarget) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath() + (request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().encodedQuery()))
        .isEqualTo(rawTarget);
  }

  private static void assertBodyEquals(RecordedRequest request, String expectedJson) {
    assertThat(JsonTrees.of(request.getBody().utf8())).isEqualTo(JsonTrees.of(expectedJson));
  }

  private static void assertNoBody(RecordedRequest request) {
    assertThat(request.getBody() == null || request.getBody().size() == 0).as("no request body").isTrue();
  }

  // ---------------------------------------------------------------- mapping sets

  @Test
  void createMappingSetBuiltForASchemaSendsTheDocumentedBody() {
    String answer = example("create-mapping-set.response.json");
    aep.enqueueJson(200, answer);
    MappingSet set = MappingSet.forSchema(SCHEMA_ID)
        .addMappings(Mapping.attribute("id", "_id").withName("id").withDescription("Identifier field"))
        .addMappings(Mapping.attribute("firstName", "person.name.firstName"))
        .addMappings(Mapping.attribute("lastName", "person.name.lastName"))
        .build();

    MappingSetCreated created = api.createMappingSet(set);

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "POST", BASE + "/mappingSets");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo(JSON);
    assertBodyEquals(request, example("create-mapping-set.request.json"));
    assertThat(created.id()).contains(SET_ID);
    assertThat(created.version()).contains(0);
    assertThat(created.createdDate()).contains(1614901254724L);
    assertThat(created.modifiedDate()).contains(1614901254724L);
    assertThat(created.createdBy()).contains("{CREATED_BY}");
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void createMappingSetFromAMapOfAttributesToPaths() {
    String answer = example("from-openapi/createMappingSet.200.response.json");
    aep.enqueueJson(200, answer);
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("firstName", "person.name.firstName");
    paths.put("lastName", "person.name.lastName");

    MappingSetCreated created = api.createMappingSet(MappingSet.of(SCHEMA_ID, paths));

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "POST", BASE + "/mappingSets");
    assertThat(JsonTrees.of(request.getBody().utf8())).isEqualTo(JsonTrees.of(
        "{\"outputSchema\":{\"schemaRef\":{\"id\":\"" + SCHEMA_ID + "\","
            + "\"contentType\":\"application/vnd.adobe.xed-full+json;version=1\"}},"
            + "\"mappings\":[{\"sourceType\":\"ATTRIBUTE\",\"source\":\"firstName\",\"destination\":\"person.name.firstName\"},"
            + "{\"sourceType\":\"ATTRIBUTE\",\"source\":\"lastName\",\"destination\":\"person.name.lastName\"}]}"));
    assertThat(created.id()).contains(SET_ID);
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void listMappingSetsSendsRequiredLimitAndStart() {
    String answer = example("list-mapping-sets.response.json");
    aep.enqueueJson(200, answer);

    DataPage<MappingSet> page = api.listMappingSets(2, 0);

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "GET", BASE + "/mappingSets?limit=2&start=0");
    assertNoBody(request);
    assertThat(page.data()).extracting(s -> s.id().orElseThrow())
        .containsExactly("428beb15b4864daaaa9dc3f005448005", "8afb1351833a4a4692ea61074b60813b");
    assertThat(page.data()).extracting(MappingSet::statusValue)
        .containsExactly(MappingSetStatus.PUBLISHED, MappingSetStatus.DRAFT);
    assertThat(page.data().get(0).version()).contains(1);
    assertThat(page.data().get(0).modifiedDate()).contains(1582251156000L);
    assertThat(page.page().flatMap(p -> p.limit())).contains(2);
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void listMappingSetsWithoutArgumentsSendsTheSpecDefaults() {
    String answer = example("list-mapping-sets.response.json");
    aep.enqueueJson(200, answer);

    assertThat(api.listMappingSets().data()).hasSize(2);

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "GET", BASE + "/mappingSets?limit=10&start=0");
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void listMappingSetsEncodesFiltersAndTheSortSign() {
    String answer = example("list-mapping-sets.response.json");
    aep.enqueueJson(200, answer).enqueueJson(200, answer);

    api.listMappingSets(10, 20, "CRM contacts", "+createdDate", true);
    api.listMappingSets(5, 0, null, "-updatedDate", null);

    RecordedRequest first = aep.takeRequest();
    assertTarget(first, "GET",
        BASE + "/mappingSets?limit=10&start=20&name=CRM%20contacts&orderBy=%2BcreatedDate&expandSchema=true");
    ContractValidator.assertValid(DATA_PREP, first, 200, JSON, answer);
    RecordedRequest second = aep.takeRequest();
    assertTarget(second, "GET", BASE + "/mappingSets?limit=5&start=0&orderBy=-updatedDate");
    ContractValidator.assertValid(DATA_PREP, second, 200, JSON, answer);
  }

  @Test
  void getMappingSetReadsTheLatestRevision() throws IOException {
    // The answer of GET /mappingSets/{id} without expandSchema: the first set of Adobe's list example.
    Map<String, Object> listed = AepJson.<Map<String, Object>>adapter(Map.class).fromJson(example("list-mapping-sets.response.json"));
    String answer = AepJson.adapter(Object.class).toJson(((List<?>) listed.get("data")).get(0));
    aep.enqueueJson(200, answer);

    MappingSet set = api.getMappingSet("428beb15b4864daaaa9dc3f005448005");

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "GET", BASE + "/mappingSets/428beb15b4864daaaa9dc3f005448005");
    assertNoBody(request);
    assertThat(set.id()).contains("428beb15b4864daaaa9dc3f005448005");
    assertThat(set.version()).contains(1);
    assertThat(set.createdDate()).contains(1582250953000L);
    assertThat(set.inputSchema().flatMap(SchemaRepresentation::sampleId)).contains("f9e83882e3e34c1f8b873a3b8113c01e");
    assertThat(set.mappings()).singleElement().satisfies(m -> {
      assertThat(m.sourceTypeValue()).isEqualTo(SourceType.SCHEMA_PATH);
      assertThat(m.effectiveSource()).contains("id");
      assertThat(m.sourceAttribute()).contains("id");
      assertThat(m.effectiveDestination()).contains("person.name.firstName");
    });
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void getMappingSetWithVersionAndExpandedSchema() {
    // Adobe's example of this answer is invalid JSON only by two trailing commas; without them:
    String answer = example("get-mapping-set.response.invalid.json").replaceAll(",(\\s*[}\\]])", "$1");
    aep.enqueueJson(200, answer);

    MappingSet set = api.getMappingSet(SET_ID, 0, true);

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "GET", BASE + "/mappingSets/" + SET_ID + "?version=0&expandSchema=true");
    assertThat(set.id()).contains(SET_ID);
    assertThat(set.outputSchema().map(SchemaRepresentation::jsonSchema).orElseThrow())
        .containsEntry("$id", SCHEMA_ID)
        .containsKey("properties");
    assertThat(set.mappings()).extracting(m -> m.destination().orElseThrow())
        .containsExactly("_id", "person.name.firstName", "person.name.lastName");
    assertThat(set.xdmVersion()).contains("application/vnd.adobe.xed-full+json;version=1");
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void updateMappingSetPutsTheWholeSetAndReadsTheBumpedVersion() throws IOException {
    MappingSet update = read("update-mapping-set.request.json", MappingSet.class);
    String answer = repairedUpdateAnswer();
    aep.enqueueJson(200, answer);

    MappingSet updated = api.updateMappingSet(SET_ID, update);

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "PUT", BASE + "/mappingSets/" + SET_ID);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo(JSON);
    assertBodyEquals(request, example("update-mapping-set.request.json"));
    assertThat(updated.version()).contains(1);
    assertThat(updated.createdDate()).contains(1614901255000L);
    assertThat(updated.modifiedDate()).contains(1614909614227L);
    assertThat(updated.mappings()).extracting(m -> m.id().orElseThrow()).containsExactly(
        "1bb13ec5929f4847a8ea0f1d9e60d3e6", "394bec970d54410b98e1d4c55a3843ca",
        "a78729629b22418998b528755b3e0fb1", "c5211e1e295f48018c125c24a04e925a");
    assertThat(updated.mappings().get(3).effectiveDestination()).contains("person.nationality");
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  /**
   * Adobe's PUT answer example is invalid JSON (doc says it is truncated): a trailing comma after
   * {@code _id.type} and no closing brace for {@code person}. Both repaired; fails loudly if the
   * example changes.
   */
  private static String repairedUpdateAnswer() {
    String broken = example("update-mapping-set.response.invalid.json");
    String personEnd = "\n                },\n                \"personID\"";
    assertThat(broken).contains(personEnd);
    String repaired = broken.replaceAll(",(\\s*[}\\]])", "$1")
        .replace(personEnd, "\n                    }\n                },\n                \"personID\"");
    assertThat(JsonTrees.of(repaired)).as("repaired example parses").isInstanceOf(Map.class);
    return repaired;
  }

  @Test
  void validateMappingSetAnswersOneResultPerMapping() throws IOException {
    MappingSet set = read("validate-mapping.request.json", MappingSet.class);
    String answer = example("validate-mapping.response.json");
    aep.enqueueJson(200, answer);

    MappingSetValidation validation = api.validateMappingSet(set);

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "POST", BASE + "/mappingSets/validate");
    assertBodyEquals(request, example("validate-mapping.request.json"));
    assertThat(validation.validationResponse()).hasSize(set.mappings().size());
    assertThat(validation.allSucceeded()).isTrue();
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void previewMappingSetAnswersAnArrayOfMappedRows() throws IOException {
    PreviewRequest preview = read("preview-mapping.request.json", PreviewRequest.class);
    String answer = example("preview-mapping.response.json");
    aep.enqueueJson(200, answer);

    List<PreviewResult> results = api.previewMappingSet(preview);

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "POST", BASE + "/mappingSets/preview");
    assertBodyEquals(request, example("preview-mapping.request.json"));
    assertThat(request.getBody().utf8()).contains("\"id\":1234");
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.data()).containsEntry("_id", "1234");
      assertThat(r.succeeded()).isTrue();
    });
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  // ---------------------------------------------------------------- mappings of a set

  @Test
  void listMappingsAnswersABareArrayInBothShapes() {
    String answer = example("list-mappings.response.json");
    aep.enqueueJson(200, answer);

    List<Mapping> mappings = api.listMappings(SET_ID);

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "GET", BASE + "/mappingSets/" + SET_ID + "/mappings");
    assertNoBody(request);
    assertThat(mappings).hasSize(4);
    assertThat(mappings).extracting(m -> m.sourceAttribute().orElseThrow())
        .containsExactly("id", "firstName", "lastName", "nationality");
    assertThat(mappings).extracting(m -> m.destination().orElseThrow())
        .containsExactly("_id", "person.name.firstName", "person.name.lastName", "person.nationality");
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void getMappingReadsOneMapping() {
    String answer = example("get-mapping.response.json");
    aep.enqueueJson(200, answer);

    Mapping mapping = api.getMapping(SET_ID, "394bec970d54410b98e1d4c55a3843ca");

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "GET", BASE + "/mappingSets/" + SET_ID + "/mappings/394bec970d54410b98e1d4c55a3843ca");
    assertThat(mapping.id()).contains("394bec970d54410b98e1d4c55a3843ca");
    assertThat(mapping.sourceType()).contains("text/x.schema-path");
    assertThat(mapping.source()).contains("firstName");
    assertThat(mapping.destinationXdmPath()).contains("person.name.firstName");
    assertThat(mapping.createdDate()).contains(1614909614000L);
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  // ---------------------------------------------------------------- expression language

  @Test
  void validateExpressionSendsTheExpressionAsAStringAndReadsTheSpecBoolean() {
    String answer = example("from-openapi/validateExpression.200.response.json");
    aep.enqueueJson(200, answer);

    ExpressionValidation validation = api.validateExpression("concat(\"Hi\", \",\", \"there\", \"!\")");

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "POST", BASE + "/languages/el/validate");
    assertThat(request.getBody().utf8()).isEqualTo("{\"expression\":\"concat(\\\"Hi\\\", \\\",\\\", \\\"there\\\", \\\"!\\\")\"}");
    assertThat(validation.valid()).isFalse();
    assertThat(validation.body()).isEqualTo(false);
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, answer);
  }

  @Test
  void validateExpressionReadsTheObjectFormOfTheApiGuide() {
    // Adobe's API guide (data-prep/api/functions.md) shows this answer instead of the spec's boolean.
    aep.enqueueJson(200, "{\"validationStatus\":\"succeeded\",\"error\":\"none\"}");

    ExpressionValidation validation = api.validateExpression(
        ExpressionValidationRequest.builder().expression("trim(name)").mappingSetId(SET_ID).build());

    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "POST", BASE + "/languages/el/validate");
    assertBodyEquals(request, "{\"expression\":\"trim(name)\",\"mappingSetId\":\"" + SET_ID + "\"}");
    assertThat(validation.valid()).isTrue();
    assertThat(validation.validationStatus()).contains("succeeded");
    assertThat(validation.error()).contains("none");
    // The spec declares a boolean answer, so only the request is checked against it.
    ContractValidator.assertRequestValid(DATA_PREP, request);
  }

  @Test
  void listFunctionsAndOperators() {
    String functionsAnswer = example("from-openapi/listMappingSetFunctions.200.response.json");
    String operatorsAnswer = example("from-openapi/listMappingSetOperators.200.response.json");
    aep.enqueueJson(200, functionsAnswer).enqueueJson(200, operatorsAnswer);

    List<ExpressionFunction> functions = api.listFunctions();
    List<ExpressionOperator> operators = api.listOperators();

    RecordedRequest functionsRequest = aep.takeRequest();
    assertTarget(functionsRequest, "GET", BASE + "/languages/el/functions");
    assertThat(functions).extracting(f -> f.function().orElseThrow()).containsExactly("date", "first");
    assertThat(functions.get(1).params()).extracting(p -> p.name().orElseThrow()).containsExactly("values");
    ContractValidator.assertValid(DATA_PREP, functionsRequest, 200, JSON, functionsAnswer);
    RecordedRequest operatorsRequest = aep.takeRequest();
    assertTarget(operatorsRequest, "GET", BASE + "/languages/el/operators");
    assertThat(operators).extracting(o -> o.operatorSymbol().orElseThrow()).containsExactly("+", "/", "~", "-", "!");
    ContractValidator.assertValid(DATA_PREP, operatorsRequest, 200, JSON, operatorsAnswer);
  }

  // ---------------------------------------------------------------- errors

  @Test
  void errorAnswersBecomeTypedExceptionsNamingTheCall() {
    aep.server().enqueue(new MockResponse.Builder().code(404).build());
    aep.server().enqueue(new MockResponse.Builder().code(400).build());

    assertThatThrownBy(() -> api.getMapping(SET_ID, "missing"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo(BASE + "/mappingSets/" + SET_ID + "/mappings/missing");
        });
    ContractValidator.assertValid(DATA_PREP, aep.takeRequest(), 404, null, null);

    assertThatThrownBy(() -> api.createMappingSet(MappingSet.forSchema(SCHEMA_ID).build()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo(BASE + "/mappingSets");
        });
    ContractValidator.assertValid(DATA_PREP, aep.takeRequest(), 400, null, null);
  }

  // ---------------------------------------------------------------- paging

  @Test
  void pagingWalksThreePagesUntilAShortOne() throws IOException {
    JsonAdapter<DataPage<MappingSet>> pages = AepJson.adapter(Types.newParameterizedType(DataPage.class, MappingSet.class));
    DataPage<MappingSet> listed = pages.fromJson(example("list-mapping-sets.response.json"));
    MappingSet a = listed.data().get(0);
    MappingSet b = listed.data().get(1);
    aep.enqueueJson(200, pages.toJson(page(a, b)))
        .enqueueJson(200, pages.toJson(page(a.toBuilder().id("set-3").build(), b.toBuilder().id("set-4").build())))
        .enqueueJson(200, pages.toJson(page(a.toBuilder().id("set-5").build())));

    List<String> ids = api.listMappingSets(2, 0).autoPager()
        .stream().map(s -> s.id().orElseThrow()).toList();

    assertThat(ids).containsExactly("428beb15b4864daaaa9dc3f005448005", "8afb1351833a4a4692ea61074b60813b",
        "set-3", "set-4", "set-5");
    assertThat(aep.server().getRequestCount()).isEqualTo(3);
    for (String query : List.of("limit=2&start=0", "limit=2&start=2", "limit=2&start=4")) {
      RecordedRequest request = aep.takeRequest();
      assertTarget(request, "GET", BASE + "/mappingSets?" + query);
      ContractValidator.assertRequestValid(DATA_PREP, request);
    }
  }

  @Test
  void pagingStopsAfterAnEmptyFirstPage() {
    aep.enqueueJson(200, "{\"data\":[],\"_page\":{\"count\":0,\"limit\":10}}");

    List<MappingSet> all = api.listMappingSets(10, 0).autoPager()
        .stream().toList();

    assertThat(all).isEmpty();
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
    RecordedRequest request = aep.takeRequest();
    assertTarget(request, "GET", BASE + "/mappingSets?limit=10&start=0");
    ContractValidator.assertValid(DATA_PREP, request, 200, JSON, "{\"data\":[],\"_page\":{\"count\":0,\"limit\":10}}");
  }

  @Test
  void pagingEndsOnAFullPageFollowedByAnEmptyOne() {
    aep.enqueueJson(200, AepJson.adapter(Types.newParameterizedType(DataPage.class, MappingSet.class))
            .toJson(page(MappingSet.builder().id("only").build())))
        .enqueueJson(200, "{\"data\":[],\"_page\":{\"count\":0,\"limit\":1}}");

    List<MappingSet> all = api.listMappingSets(1, 0).autoPager()
        .stream().toList();

    assertThat(all).extracting(s -> s.id().orElseThrow()).containsExactly("only");
    assertThat(aep.server().getRequestCount()).isEqualTo(2);
    for (String query : List.of("limit=1&start=0", "limit=1&start=1")) {
      RecordedRequest request = aep.takeRequest();
      assertTarget(request, "GET", BASE + "/mappingSets?" + query);
      ContractValidator.assertRequestValid(DATA_PREP, request);
    }
  }

  @Test
  void pagingFollowsASmallerPageSizeTheServerApplied() {
    JsonAdapter<DataPage<MappingSet>> pages = AepJson.adapter(Types.newParameterizedType(DataPage.class, MappingSet.class));
    aep.enqueueJson(200, pages.toJson(capped(2, "a", "b")))
        .enqueueJson(200, pages.toJson(capped(2, "c", "d")))
        .enqueueJson(200, pages.toJson(capped(2, "e")));

    List<String> ids = api.listMappingSets(50, 0).autoPager()
        .stream().map(s -> s.id().orElseThrow()).toList();

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    assertThat(aep.server().getRequestCount()).isEqualTo(3);
    for (String query : List.of("limit=50&start=0", "limit=50&start=2", "limit=50&start=4")) {
      RecordedRequest request = aep.takeRequest();
      assertTarget(request, "GET", BASE + "/mappingSets?" + query);
      ContractValidator.assertRequestValid(DATA_PREP, request);
    }
  }

  private static DataPage<MappingSet> capped(int appliedLimit, String... ids) {
    ImmutableDataPage.Builder<MappingSet> builder = DataPage.<MappingSet>builder()
        .page(PageInfo.builder().count(0).limit(appliedLimit).build());
    for (String id : ids) {
      builder.addData(MappingSet.builder().id(id).build());
    }
    return builder.build();
  }

  @Test
  void aPageDecodedWithoutTheClientCannotFetchTheNextOne() throws IOException {
    DataPage<MappingSet> decoded = AepJson.<DataPage<MappingSet>>adapter(Types.newParameterizedType(DataPage.class, MappingSet.class))
        .fromJson("{\"data\":[{\"id\":\"a\"}],\"_page\":{\"count\":1,\"limit\":1}}");

    assertThat(decoded.hasNextPage()).as("the limit asked is unknown").isFalse();
    assertThatThrownBy(decoded::nextPage).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DataPage has no next page fetcher");
  }

  @Test
  void nextPageKeepsTheOtherArgumentsAndEndsOnAShortPage() {
    JsonAdapter<DataPage<MappingSet>> pages = AepJson.adapter(Types.newParameterizedType(DataPage.class, MappingSet.class));
    aep.enqueueJson(200, pages.toJson(capped(2, "a", "b"))).enqueueJson(200, pages.toJson(capped(2, "c")));

    DataPage<MappingSet> first = api.listMappingSets(2, 0, "my set", "-updatedDate", true);
    DataPage<MappingSet> second = first.nextPage();

    assertThat(second.items()).extracting(s -> s.id().orElseThrow()).containsExactly("c");
    assertThat(second.hasNextPage()).isFalse();
    assertThatThrownBy(second::nextPage).isInstanceOf(NoSuchElementException.class);
    assertTarget(aep.takeRequest(), "GET", BASE + "/mappingSets?limit=2&start=0&name=my%20set&orderBy=-updatedDate&expandSchema=true");
    assertTarget(aep.takeRequest(), "GET", BASE + "/mappingSets?limit=2&start=2&name=my%20set&orderBy=-updatedDate&expandSchema=true");
  }

  private static DataPage<MappingSet> page(MappingSet... sets) {
    return DataPage.<MappingSet>builder().addData(sets).build();
  }
}
