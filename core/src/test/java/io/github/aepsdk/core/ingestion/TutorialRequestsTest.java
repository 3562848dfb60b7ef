package io.github.aepsdk.core.ingestion;

import static io.github.aepsdk.core.ingestion.IngestionPlatform.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.testsupport.AepReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tutorial, request for request ({@link TutorialDocument}, read in place): the builder in the
 * tutorial's form ({@link RequestForm#TUTORIAL_2020}) sends each of the document's request bodies,
 * member by member, up to the ids of the resources (the document's placeholders), the names
 * ({@code name}, {@code title}, {@code description}), and the defects SOURCES.md lists for the
 * document; and every body of the document, its placeholders filled, is accepted by the local
 * platform, while a target connection on the source's base connection is refused as the
 * document's IMPORTANT note warns.
 */
class TutorialRequestsTest {
  private static final String FLOW_SERVICE = "/data/foundation/flowservice";
  private static final String SCHEMAS = "/data/foundation/schemaregistry/tenant/schemas";
  private static final String DATASETS = "/data/foundation/catalog/dataSets";
  private static final String MAPPING_SETS = "/data/foundation/conversion/mappingSets";
  /** The dataset base connection's body: the tutorial links to this doc instead of printing one. */
  private static final String DATASET_BASE_CONNECTION_DOC = "examples/flowservice/create-dataset-base-connection.request.json";
  /** Members that name a resource; the builder names them after the ingestion. */
  private static final List<String> NAMES = List.of("name", "title", "description");

  @RegisterExtension
  final IngestionPlatform p = IngestionPlatform.start();

  /**
   * The builder in the tutorial's form, with the tutorial's input: the mappings of its mapping set
   * (source attribute to XDM path, as printed), its schedule (every 30 minutes), no delta column.
   */
  private MarketingAutomationIngestion.Builder tutorialForm() {
    MarketingAutomationIngestion.Builder builder = MarketingAutomationIngestion.builder(p.aep)
        .name(IngestionPlatform.NAME)
        .requestForm(RequestForm.TUTORIAL_2020)
        .createBaseConnection(IngestionPlatform.hubSpotAuth())
        .sourcePath(string(TutorialDocument.request("POST", FLOW_SERVICE + "/sourceConnections").object(), "params.path"))
        .sourceField("Properties_Firstname_Value", XdmType.STRING)
        .sourceField("Properties_Lastname_Value", XdmType.STRING)
        .sourceField("Added_At", XdmType.DATE_TIME)
        .sourceField("Portal_Id", XdmType.STRING);
    for (Object mapping : (List<?>) TutorialDocument.request("POST", MAPPING_SETS).object().get("mappings")) {
      builder.mapping(string(mapping, "sourceAttribute"), string(mapping, "destinationXdmPath"));
    }
    Map<String, Object> schedule = map(TutorialDocument.request("POST", FLOW_SERVICE + "/flows").object().get("scheduleParams"));
    return builder.schedule(io.github.aepsdk.flowservice.ScheduleParams.builder()
        .startTime(IngestionPlatform.START.getEpochSecond())
        .frequency(string(schedule, "frequency"))
        .interval(Integer.parseInt(string(schedule, "interval")))
        .build());
  }

  @Test
  void theDocumentHoldsEveryRequestOfItsStepsAndOnlyTheListedDefect() {
    List<TutorialDocument.Request> requests = TutorialDocument.requests();

    assertThat(requests).extracting(r -> r.method + " " + r.path).containsExactly(
        "POST " + FLOW_SERVICE + "/sourceConnections",
        "POST " + SCHEMAS,
        "POST " + DATASETS,
        "POST " + FLOW_SERVICE + "/targetConnections",
        "POST " + MAPPING_SETS,
        "GET " + FLOW_SERVICE + "/flowSpecs",
        "POST " + FLOW_SERVICE + "/flows");
    assertThat(requests).extracting(r -> r.repairs).as("the missing quote after dataSetId, and nothing else")
        .containsExactly(0, 0, 0, 1, 0, 0, 0);
    assertThat(string(TutorialDocument.request("POST", FLOW_SERVICE + "/targetConnections").object(), "params.dataSetId"))
        .isEqualTo("5e9797ac6d771118ad8356db");
  }

  @Test
  void theBuilderInTheTutorialsFormSendsTheTutorialsRequestBodies() {
    IngestionResult result = tutorialForm().run();
    IngestionResources r = result.resources();

    Map<String, Object> source = sent(FLOW_SERVICE + "/sourceConnections");
    assertThat(differences(doc(FLOW_SERVICE + "/sourceConnections"), source,
        "baseConnectionId", "data.schema.id")).isEmpty();
    assertThat(source.get("baseConnectionId")).isEqualTo(r.require(IngestionStep.BASE_CONNECTION));
    assertThat(string(source, "data.schema.id")).isEqualTo(r.require(IngestionStep.ADHOC_SCHEMA));

    // SOURCES.md: "the target schema lists one field group twice"; once is what it means
    Map<String, Object> targetSchema = doc(SCHEMAS);
    List<?> allOf = (List<?>) targetSchema.get("allOf");
    targetSchema.put("allOf", new ArrayList<>(new LinkedHashSet<>(allOf)));
    assertThat(allOf).hasSize(((List<?>) targetSchema.get("allOf")).size() + 1);
    assertThat(differences(targetSchema, sent(SCHEMAS, "title", IngestionStep.TARGET_SCHEMA))).isEmpty();

    Map<String, Object> dataSet = sent(DATASETS);
    assertThat(differences(doc(DATASETS), dataSet, "schemaRef.id")).isEmpty();
    assertThat(string(dataSet, "schemaRef.id")).isEqualTo(r.require(IngestionStep.TARGET_SCHEMA));

    Map<String, Object> datasetBase = sent(FLOW_SERVICE + "/connections", "name", IngestionStep.DATASET_BASE_CONNECTION);
    assertThat(differences(map(TutorialDocument.parse(AepReference.read(DATASET_BASE_CONNECTION_DOC))), datasetBase)).isEmpty();

    Map<String, Object> target = sent(FLOW_SERVICE + "/targetConnections");
    assertThat(differences(doc(FLOW_SERVICE + "/targetConnections"), target,
        "baseConnectionId", "data.schema.id", "params.dataSetId")).isEmpty();
    assertThat(target.get("baseConnectionId")).as("the dataset base connection, as the IMPORTANT note says")
        .isEqualTo(r.require(IngestionStep.DATASET_BASE_CONNECTION))
        .isNotEqualTo(r.require(IngestionStep.BASE_CONNECTION));
    assertThat(string(target, "params.dataSetId")).isEqualTo(r.require(IngestionStep.DATASET));

    Map<String, Object> mappingSet = sent(MAPPING_SETS);
    assertThat(differences(doc(MAPPING_SETS), mappingSet, "xdmSchema")).isEmpty();
    assertThat(mappingSet.get("xdmSchema")).isEqualTo(r.require(IngestionStep.TARGET_SCHEMA));

    assertThat(p.platform.recordedCalls()).filteredOn(c -> c.method().equals("GET") && c.path().equals(FLOW_SERVICE + "/flowSpecs"))
        .isNotEmpty();

    // D-FS-1: the document sends the schedule's numbers as strings; the flow spec types them integer
    Map<String, Object> flowDoc = doc(FLOW_SERVICE + "/flows");
    Map<String, Object> schedule = map(flowDoc.get("scheduleParams"));
    schedule.put("interval", Double.valueOf(string(schedule, "interval")));
    Map<String, Object> flow = sent(FLOW_SERVICE + "/flows");
    assertThat(differences(flowDoc, flow, "sourceConnectionIds.0", "targetConnectionIds.0",
        "transformations.0.params.mappingId", "scheduleParams.startTime")).isEmpty();
    assertThat(flow.get("sourceConnectionIds")).isEqualTo(List.of(r.require(IngestionStep.SOURCE_CONNECTION)));
    assertThat(flow.get("targetConnectionIds")).isEqualTo(List.of(r.require(IngestionStep.TARGET_CONNECTION)));
    assertThat(map(flow.get("scheduleParams")).get("startTime")).isEqualTo((double) IngestionPlatform.START.getEpochSecond());
  }

  @Test
  void everyRequestBodyOfTheTutorialWithItsPlaceholdersFilledIsAcceptedByTheLocalPlatform() {
    String hubSpot = p.createHubSpotBaseConnection();
    // the ad-hoc schema is the step before this document's first request ("Create an ad-hoc XDM class and schema")
    String adhocSchema = tutorialForm().baseConnectionId(hubSpot).createBaseConnection(null).run()
        .resources().require(IngestionStep.ADHOC_SCHEMA);

    Map<String, Object> source = doc(FLOW_SERVICE + "/sourceConnections");
    source.put("baseConnectionId", hubSpot);
    set(source, "data.schema.id", adhocSchema);
    String sourceId = string(created(FLOW_SERVICE + "/sourceConnections", source, 201), "id");

    String schemaId = string(created(SCHEMAS, doc(SCHEMAS), 201), "$id");

    Map<String, Object> dataSet = doc(DATASETS);
    set(dataSet, "schemaRef.id", schemaId);
    TutorialDocument.Request dataSetRequest = TutorialDocument.request("POST", DATASETS);
    Object dataSetAnswer = TutorialDocument.parse(post(DATASETS + "?" + dataSetRequest.query, dataSet, 201));
    String dataSetId = String.valueOf(((List<?>) dataSetAnswer).get(0)).substring("@/dataSets/".length());

    String datasetBase = string(created(FLOW_SERVICE + "/connections",
        map(TutorialDocument.parse(AepReference.read(DATASET_BASE_CONNECTION_DOC))), 201), "id");

    Map<String, Object> target = doc(FLOW_SERVICE + "/targetConnections");
    target.put("baseConnectionId", datasetBase);
    set(target, "data.schema.id", schemaId);
    set(target, "params.dataSetId", dataSetId);
    String targetId = string(created(FLOW_SERVICE + "/targetConnections", target, 201), "id");

    Map<String, Object> mappingSet = doc(MAPPING_SETS);
    mappingSet.put("xdmSchema", schemaId);
    String mappingSetId = string(created(MAPPING_SETS, mappingSet, 200), "id");

    TutorialDocument.Request flowSpecs = TutorialDocument.request("GET", FLOW_SERVICE + "/flowSpecs");
    IngestionPlatform.Answer specs = p.send(new Request.Builder()
        .url(p.platform.baseUrl() + FLOW_SERVICE + "/flowSpecs?" + flowSpecs.query).get(), SANDBOX);
    assertThat(specs.status).as("%s", specs).isEqualTo(200);
    Map<String, Object> flow = doc(FLOW_SERVICE + "/flows");
    assertThat(string(((List<?>) map(TutorialDocument.parse(specs.body)).get("items")).get(0), "id"))
        .isEqualTo(string(flow, "flowSpec.id")).isEqualTo(FlowSpec.CRM_TO_AEP_ID);

    flow.put("sourceConnectionIds", List.of(sourceId));
    flow.put("targetConnectionIds", List.of(targetId));
    set(flow, "transformations.0.params.mappingId", mappingSetId);
    set(flow, "scheduleParams.startTime", String.valueOf(IngestionPlatform.START.getEpochSecond()));
    String flowId = string(created(FLOW_SERVICE + "/flows", flow, 201), "id");

    assertThat(p.aep.flowService().getFlow(flowId).transformations()).extracting(t -> t.name()).containsExactly("Mapping");
    assertThat(p.aep.flowService().getTargetConnection(targetId).baseConnectionId()).contains(datasetBase);
  }

  @Test
  void aTargetConnectionOnTheSourcesBaseConnectionIsRefusedAsTheImportantNoteWarns() {
    String hubSpot = p.createHubSpotBaseConnection();
    String schemaId = string(created(SCHEMAS, doc(SCHEMAS), 201), "$id");
    Map<String, Object> dataSet = doc(DATASETS);
    set(dataSet, "schemaRef.id", schemaId);
    Object dataSetAnswer = TutorialDocument.parse(post(DATASETS, dataSet, 201));
    String dataSetId = String.valueOf(((List<?>) dataSetAnswer).get(0)).substring("@/dataSets/".length());

    Map<String, Object> target = doc(FLOW_SERVICE + "/targetConnections");
    target.put("baseConnectionId", hubSpot);
    set(target, "data.schema.id", schemaId);
    set(target, "params.dataSetId", dataSetId);
    IngestionPlatform.Answer refused = p.send(new Request.Builder().url(p.platform.baseUrl() + FLOW_SERVICE + "/targetConnections")
        .post(RequestBody.create(json(target), MediaType.get("application/json"))), SANDBOX);

    assertThat(refused.status).isEqualTo(400);
    Map<String, Object> error = map(TutorialDocument.parse(refused.body));
    assertThat(error.get("type")).isEqualTo("https://ns.adobe.com/aep/errors/FLOW-1307-400");
    assertThat(string(error, "report.detailed-message"))
        .startsWith("The target connection spec ID is not valid=cc6a4487-9e91-433e-a3a3-9cf6626c1806. The allowed value is:"
            + " c604ff05-7f1a-43c0-8e18-33bf874cb11c.")
        .contains("The base connection " + hubSpot + " of the target connection is not a dataset base connection");
    assertThat(p.platform.resourceCounts(SANDBOX)).containsEntry("targetConnections", 0);
  }

  // ---- the document's bodies, the builder's, and how they compare ----

  /** The document's body of {@code POST path}. */
  private static Map<String, Object> doc(String path) {
    return TutorialDocument.request("POST", path).object();
  }

  /** The body of the builder's only {@code POST path} in {@link IngestionPlatform#SANDBOX}. */
  private Map<String, Object> sent(String path) {
    List<Map<String, Object>> bodies = sentBodies(path);
    assertThat(bodies).as("POST %s", path).hasSize(1);
    return bodies.get(0);
  }

  /**
   * The body of the builder's one {@code POST path} whose {@code member} is {@code step}'s identity:
   * of two steps that post to one path, one on each side of the ingestion, either may post first.
   */
  private Map<String, Object> sent(String path, String member, IngestionStep step) {
    List<Map<String, Object>> bodies = sentBodies(path);
    bodies.removeIf(body -> !step.identity(IngestionPlatform.NAME).equals(body.get(member)));
    assertThat(bodies).as("POST %s of the %s", path, step.label()).hasSize(1);
    return bodies.get(0);
  }

  private List<Map<String, Object>> sentBodies(String path) {
    List<Map<String, Object>> bodies = new ArrayList<>();
    for (LocalPlatform.RecordedCall call : p.platform.recordedCalls()) {
      if (call.method().equals("POST") && call.path().equals(path) && SANDBOX.equals(call.sandbox())) {
        bodies.add(map(TutorialDocument.parse(call.body().orElseThrow())));
      }
    }
    return bodies;
  }

  /**
   * How {@code sent} differs from {@code documented}, one line per member: the document's ids (the
   * dotted {@code ids}) and names are those the builder sent (a builder's name the document lacks is
   * allowed), and a {@code null} member is the same as an absent one (the document writes {@code
   * "id": null}, the SDK omits what it does not set).
   */
  private static List<String> differences(Map<String, Object> documented, Map<String, Object> sent, String... ids) {
    Map<String, Object> expected = map(TutorialDocument.copy(documented));
    for (String id : ids) {
      set(expected, id, at(sent, id));
    }
    for (String name : NAMES) {
      if (sent.containsKey(name)) {
        expected.put(name, sent.get(name));
      }
    }
    List<String> out = new ArrayList<>();
    diff("", withoutNulls(expected), withoutNulls(sent), out);
    return out;
  }

  private static void diff(String path, Object expected, Object actual, List<String> out) {
    if (expected instanceof Map && actual instanceof Map) {
      Map<?, ?> e = (Map<?, ?>) expected;
      Map<?, ?> a = (Map<?, ?>) actual;
      LinkedHashSet<Object> keys = new LinkedHashSet<>(e.keySet());
      keys.addAll(a.keySet());
      keys.forEach(k -> diff(path + "/" + k, e.get(k), a.get(k), out));
    } else if (expected instanceof List && actual instanceof List && ((List<?>) expected).size() == ((List<?>) actual).size()) {
      for (int i = 0; i < ((List<?>) expected).size(); i++) {
        diff(path + "/" + i, ((List<?>) expected).get(i), ((List<?>) actual).get(i), out);
      }
    } else if (!Objects.equals(expected, actual)) {
      out.add(path + ": the tutorial has " + expected + ", the builder sent " + actual);
    }
  }

  private static Object withoutNulls(Object tree) {
    if (tree instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) tree).forEach((k, v) -> {
        if (v != null) {
          out.put(String.valueOf(k), withoutNulls(v));
        }
      });
      return out;
    }
    if (tree instanceof List) {
      return ((List<?>) tree).stream().map(TutorialRequestsTest::withoutNulls).collect(Collectors.toList());
    }
    return tree;
  }

  // ---- raw calls ----

  /** Posts {@code body}; the answer must have {@code status}. Returns the answer's body. */
  private String post(String path, Map<String, Object> body, int status) {
    IngestionPlatform.Answer answer = p.send(new Request.Builder().url(p.platform.baseUrl() + path)
        .post(RequestBody.create(json(body), MediaType.get("application/json"))), SANDBOX);
    assertThat(answer.status).as("POST %s: %s", path, answer).isEqualTo(status);
    return answer.body;
  }

  private Map<String, Object> created(String path, Map<String, Object> body, int status) {
    return map(TutorialDocument.parse(post(path, body, status)));
  }

  private static String json(Object tree) {
    return new com.squareup.moshi.Moshi.Builder().build().adapter(Object.class).toJson(tree);
  }

  // ---- dotted paths in JSON trees (numeric segments index arrays) ----

  private static Object at(Object tree, String dotted) {
    Object node = tree;
    for (String segment : dotted.split("\\.")) {
      if (node instanceof Map) {
        node = ((Map<?, ?>) node).get(segment);
      } else if (node instanceof List && segment.matches("\\d+") && Integer.parseInt(segment) < ((List<?>) node).size()) {
        node = ((List<?>) node).get(Integer.parseInt(segment));
      } else {
        return null;
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static void set(Object tree, String dotted, Object value) {
    int last = dotted.lastIndexOf('.');
    Object parent = last < 0 ? tree : at(tree, dotted.substring(0, last));
    String key = dotted.substring(last + 1);
    if (parent instanceof List) {
      ((List<Object>) parent).set(Integer.parseInt(key), value);
    } else {
      ((Map<String, Object>) parent).put(key, value);
    }
  }

  private static String string(Object tree, String dotted) {
    Object value = at(tree, dotted);
    return value == null ? null : String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
