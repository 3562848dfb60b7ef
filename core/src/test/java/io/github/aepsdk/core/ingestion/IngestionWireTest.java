package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.testsupport.AepReference;
import io.github.aepsdk.testsupport.ContractValidator;
import io.github.aepsdk.testsupport.ContractValidator.Spec;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Ingestion}'s calls on the wire, against Adobe's example flow: each change reads the flow
 * first and sends the etag it read as {@code If-Match}, and every exchange passes the official
 * (patched) Flow Service spec.
 */
class IngestionWireTest {
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";
  /** The etag of examples/flowservice/get-flow.response.json. */
  private static final String ETAG = "\"5400d99c-0000-0200-0000-60358d540000\"";

  private MockAep aep;
  private Ingestion ingestion;

  @BeforeEach
  void start() {
    aep = MockAep.start();
    ingestion = Ingestion.of(aep.client(), "HubSpot contacts", IngestionResources.none().with(IngestionStep.DATAFLOW, FLOW_ID));
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  private RecordedRequest exchange(int status, String body) {
    RecordedRequest request = aep.takeRequest();
    ContractValidator.assertValid(Spec.FLOW_SERVICE, request, status, "application/json", body);
    return request;
  }

  @Test
  void pauseReadsTheFlowThenDisablesItWithTheEtagItRead() {
    String flow = AepReference.read("examples/flowservice/get-flow.response.json");
    String changed = "{\"id\":\"" + FLOW_ID + "\",\"etag\":\"\\\"0c0051a3-0000-0200-0000-5f3f24f10000\\\"\"}";
    aep.enqueueJson(200, flow).enqueueJson(200, changed);

    ingestion.pause();

    RecordedRequest read = exchange(200, flow);
    assertThat(read.getMethod()).isEqualTo("GET");
    assertThat(read.getUrl().encodedPath()).isEqualTo("/data/foundation/flowservice/flows/" + FLOW_ID);
    RecordedRequest disable = exchange(200, changed);
    assertThat(disable.getMethod()).isEqualTo("POST");
    assertThat(disable.getUrl().encodedPath()).isEqualTo("/data/foundation/flowservice/flows/" + FLOW_ID + "/action");
    assertThat(disable.getUrl().encodedQuery()).isEqualTo("op=DISABLE");
    assertThat(disable.getHeaders().values("If-Match")).containsExactly(ETAG);
  }

  @Test
  void resumeOfAnEnabledFlowSendsNothingButTheRead() {
    String flow = AepReference.read("examples/flowservice/get-flow.response.json");
    aep.enqueueJson(200, flow);

    ingestion.resume();

    exchange(200, flow);
    assertThat(aep.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void statusAsksForTheLatestRunsNewestFirst() {
    String flow = AepReference.read("examples/flowservice/get-flow.response.json");
    String runs = AepReference.read("examples/flowservice/list-runs.response.json");
    aep.enqueueJson(200, flow).enqueueJson(200, runs);

    IngestionStatus status = ingestion.status();

    exchange(200, flow);
    RecordedRequest list = exchange(200, runs);
    assertThat(list.getUrl().encodedPath()).isEqualTo("/data/foundation/flowservice/runs");
    assertThat(list.getUrl().queryParameterValues("property")).containsExactly("flowId==" + FLOW_ID);
    assertThat(list.getUrl().queryParameter("orderby")).isEqualTo("-createdAt");
    assertThat(list.getUrl().queryParameter("limit")).isEqualTo(String.valueOf(Ingestion.LATEST_RUNS));
    assertThat(status.state()).contains("enabled");
    assertThat(status.resources().etags()).containsEntry(FLOW_ID, ETAG);
    assertThat(status.latestRuns()).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(RunOutcome.PARTIALLY_SUCCEEDED);
      assertThat(r.failedRecordCount()).isEqualTo(1);
    });
  }

  @Test
  void aStaleEtagIsSettledByReadingTheFlowAgainAndSendingItsNewEtag() {
    String flow = AepReference.read("examples/flowservice/get-flow.response.json");
    String stale = AepReference.read("examples/errors/flowservice-etag-mismatch.json");
    String newEtag = "\"6100a1b2-0000-0200-0000-60358d990000\"";
    String changedMeanwhile = flow.replace(ETAG.replace("\"", "\\\""), newEtag.replace("\"", "\\\""));
    String disabled = "{\"id\":\"" + FLOW_ID + "\",\"etag\":\"\\\"0c0051a3-0000-0200-0000-5f3f24f10000\\\"\"}";
    aep.enqueueJson(200, flow).enqueueJson(412, stale).enqueueJson(200, changedMeanwhile).enqueueJson(200, disabled);

    ingestion.pause();

    exchange(200, flow);
    assertThat(exchange(412, stale).getHeaders().values("If-Match")).containsExactly(ETAG);
    assertThat(exchange(200, changedMeanwhile).getMethod()).isEqualTo("GET");
    RecordedRequest again = exchange(200, disabled);
    assertThat(again.getUrl().encodedQuery()).isEqualTo("op=DISABLE");
    assertThat(again.getHeaders().values("If-Match")).containsExactly(newEtag);
    assertThat(aep.server().getRequestCount()).isEqualTo(4);
  }
}
