package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.FlowServiceTest.assertFlowError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.testsupport.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Living with a dataflow (API-NOTES §10): scheduled runs stop while the flow is disabled and start
 * again once it is enabled, runs are listed by flow and by start-time window, a mapping set PUT makes
 * a new version that the next run uses once the flow points at it, and a flow scheduled {@code once}
 * keeps its schedule and its mapping.
 */
class FlowScheduleTest {
  private static final String FS = "/data/foundation/flowservice";
  private static final Instant START = Instant.ofEpochSecond(1_718_000_000L);

  private final FakeClock clock = new FakeClock(START);
  private LocalPlatform platform;
  private Http http;

  @BeforeEach
  void start() {
    platform = LocalPlatform.builder().clock(clock).provisioningReads(0).start();
    http = new Http(platform, "prod");
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  /** The tutorial up to the mapping set, then a flow that runs every hour from {@link #START}. */
  private Map<String, String> hourlyFlow(Tutorial t) {
    Map<String, Object> flow = t.flowRequest();
    flow.put("scheduleParams", Json.obj("startTime", START.getEpochSecond(), "frequency", "hour", "interval", 1L));
    Http.Res created = Tutorial.created(http.post(FS + "/flows", flow), 201);
    return Map.of("id", created.str("id"), "etag", created.str("etag"));
  }

  private List<Object> runsOf(String flowId, String... filters) {
    StringBuilder query = new StringBuilder("?property=flowId==" + flowId);
    for (String filter : filters) {
      query.append("&property=").append(filter);
    }
    return Json.list(http.get(FS + "/runs" + query).map().get("items"));
  }

  @Test
  void aDisabledFlowGetsNoScheduledRunAndAfterEnableTheScheduleGoesOn() {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, String> flow = hourlyFlow(t);
    String action = FS + "/flows/" + flow.get("id") + "/action";

    clock.advance(Duration.ofMinutes(30));
    assertThat(platform.runScheduledFlows("prod")).as("before the next hour").isEmpty();
    clock.advance(Duration.ofMinutes(30));
    List<String> second = platform.runScheduledFlows("prod");
    assertThat(second).hasSize(1);

    Http.Res disabled = http.post(action + "?op=DISABLE", Json.obj(), "If-Match", flow.get("etag"));
    assertThat(disabled.code()).as(disabled.body()).isEqualTo(200);
    clock.advance(Duration.ofHours(3));
    assertThat(platform.runScheduledFlows("prod")).as("disabled").isEmpty();

    Http.Res enabled = http.post(action + "?op=ENABLE", Json.obj(), "If-Match", disabled.str("etag"));
    assertThat(enabled.code()).as(enabled.body()).isEqualTo(200);
    assertThat(enabled.str("etag")).isNotEqualTo(disabled.str("etag"));
    assertThat(platform.runScheduledFlows("prod")).as("the missed hours are not made up").isEmpty();
    clock.advance(Duration.ofHours(1));
    List<String> third = platform.runScheduledFlows("prod");

    assertThat(third).hasSize(1);
    assertThat(runsOf(flow.get("id"))).hasSize(3);
    long hourAfterStart = START.plus(Duration.ofHours(1)).toEpochMilli();
    assertThat(runsOf(flow.get("id"), "metrics.durationSummary.startedAtUTC>=" + hourAfterStart,
        "metrics.durationSummary.startedAtUTC<" + (hourAfterStart + 1)))
        .extracting(r -> Json.string(r, "id")).containsExactlyElementsOf(second);
    assertThat(runsOf(flow.get("id"), "metrics.durationSummary.startedAtUTC>" + hourAfterStart))
        .extracting(r -> Json.string(r, "id")).containsExactlyElementsOf(third);
  }

  @Test
  void aStaleEtagOnAnActionIsRefusedAndChangesNothing() {
    Map<String, String> flow = hourlyFlow(Tutorial.upToMapping(http));
    http.post(FS + "/flows/" + flow.get("id") + "/action?op=DISABLE", Json.obj(), "If-Match", flow.get("etag"));

    assertFlowError(http.post(FS + "/flows/" + flow.get("id") + "/action?op=ENABLE", Json.obj(), "If-Match", flow.get("etag")),
        412, "1404");
    assertThat(http.get(FS + "/flows/" + flow.get("id")).item()).containsEntry("state", "disabled");
  }

  @Test
  void theNextRunUsesTheMappingSetVersionTheFlowIsPatchedToPointAt() {
    Tutorial t = Tutorial.upToMapping(http);
    Map<String, String> flow = hourlyFlow(t);
    Map<String, Object> remapped = Tutorial.mappingSetRequest(t.schemaId);
    Json.map(Json.list(remapped.get("mappings")).get(1)).put("destinationXdmPath", "person.name.lastName");

    Http.Res put = http.put("/data/foundation/conversion/mappingSets/" + t.mappingSetId, remapped);
    assertThat(put.code()).as(put.body()).isEqualTo(200);
    assertThat(put.map().get("version")).isEqualTo(1L);
    clock.advance(Duration.ofHours(1));
    platform.runScheduledFlows("prod");
    assertThat(platform.datasetRecords("prod", t.dataSetId)).as("the flow still points at version 0")
        .allSatisfy(r -> assertThat(Json.at(r, "person.name.firstName")).isNotNull());

    Http.Res patched = http.patch(FS + "/flows/" + flow.get("id"), List.of(Json.obj("op", "replace",
        "path", "/transformations/1/params/mappingVersion", "value", "1")), "If-Match", flow.get("etag"));
    assertThat(patched.code()).as(patched.body()).isEqualTo(200);
    int before = platform.datasetRecords("prod", t.dataSetId).size();
    clock.advance(Duration.ofHours(1));
    platform.runScheduledFlows("prod");

    List<Map<String, Object>> records = platform.datasetRecords("prod", t.dataSetId);
    assertThat(records.subList(before, records.size())).isNotEmpty().allSatisfy(r -> {
      assertThat(Json.at(r, "person.name.lastName")).isNotNull();
      assertThat(Json.at(r, "person.name.firstName")).isNull();
    });
    assertThat(Json.string(Json.list(http.get(FS + "/flows/" + flow.get("id")).item().get("transformations")).get(1),
        "params.mappingVersion")).isEqualTo("1");
  }

  @Test
  void aFlowScheduledOnceKeepsItsScheduleAndItsMappingButTakesOtherUpdates() {
    Tutorial t = Tutorial.complete(http);
    http.put("/data/foundation/conversion/mappingSets/" + t.mappingSetId, Tutorial.mappingSetRequest(t.schemaId));
    String flow = FS + "/flows/" + t.flowId;

    Http.Res reschedule = http.patch(flow, List.of(Json.obj("op", "replace", "path", "/scheduleParams/frequency",
        "value", "hour"), Json.obj("op", "add", "path", "/scheduleParams/interval", "value", 1L)), "If-Match", t.flowEtag);
    Http.Res remap = http.patch(flow, List.of(Json.obj("op", "replace",
        "path", "/transformations/1/params/mappingVersion", "value", "1")), "If-Match", t.flowEtag);
    Http.Res rename = http.patch(flow, List.of(Json.obj("op", "replace", "path", "/name", "value", "renamed")),
        "If-Match", t.flowEtag);

    assertFlowError(reschedule, 400, "1100");
    assertThat(reschedule.str("errorMessage")).contains("one-time ingestion cannot be rescheduled");
    assertFlowError(remap, 400, "1100");
    assertThat(remap.str("errorMessage")).contains("mapping of a dataflow configured for one-time ingestion");
    assertThat(rename.code()).as(rename.body()).isEqualTo(200);
    Map<String, Object> stored = http.get(flow).item();
    assertThat(Json.string(stored, "scheduleParams.frequency")).isEqualTo("once");
    assertThat(Json.string(stored, "name")).isEqualTo("renamed");
    clock.advance(Duration.ofDays(30));
    assertThat(platform.runScheduledFlows("prod")).as("a once flow runs at creation only").isEmpty();
  }
}
