package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.error.AepInvalidResponseException;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.FlowServiceApi;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A 2xx answer that has no model in it (no body, an empty body, the JSON literal {@code null}) is an
 * {@link AepInvalidResponseException} for every method that promises a model, never a {@code null}
 * return, a {@code NullPointerException} or an I/O error; only {@code Void} methods accept it. A
 * lookup answered without its documented {@code {"items":[…]}} envelope is an invalid response too,
 * never a not-found (code that creates what is not found would act on a broken answer).
 */
class SuccessWithoutModelTest {
  private static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";

  static Stream<Arguments> answers() {
    Consumer<FlowServiceApi> single = api -> api.getFlow(FLOW_ID);
    Consumer<FlowServiceApi> list = api -> api.listFlows(null, null, null, null, null);
    return Stream.of(
        Arguments.of("200 with an empty body, lookup", json(200, ""), single, "the body is empty"),
        Arguments.of("200 with an empty body, list", json(200, ""), list, "the body is empty"),
        Arguments.of("200 with only whitespace", json(200, " \n"), single, "the body ends before its JSON document"),
        Arguments.of("200 with a cut JSON document", json(200, "{\"items\": ["), list, "the body ends before its JSON document"),
        Arguments.of("200 with JSON null, items lookup", json(200, "null"), single, "JSON null"),
        Arguments.of("200 with JSON null, list", json(200, "null"), list, "JSON null"),
        Arguments.of("200 without the items envelope, lookup",
            json(200, "{\"id\":\"" + FLOW_ID + "\",\"name\":\"a flow\"}"), single, "the answer has no items array"),
        Arguments.of("200 with items null, lookup", json(200, "{\"items\":null}"), single, "the answer has no items array"),
        Arguments.of("200 with items a string, lookup", json(200, "{\"items\":\"f\"}"), single,
            "Expected BEGIN_ARRAY but was STRING at path $.items"),
        Arguments.of("200 with a JSON array, lookup", json(200, "[]"), single, "Expected BEGIN_OBJECT but was BEGIN_ARRAY"),
        Arguments.of("204, lookup", new MockResponse.Builder().code(204).build(), single, "HTTP 204 without a body"),
        Arguments.of("204, list", new MockResponse.Builder().code(204).build(), list, "HTTP 204 without a body"));
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void aSuccessWithoutAModelIsAnInvalidResponse(String name, MockResponse answer, Consumer<FlowServiceApi> call, String why) {
    try (MockAep aep = MockAep.start()) {
      aep.server().enqueue(answer);
      assertThatThrownBy(() -> call.accept(aep.client().flowService()))
          .isInstanceOf(AepInvalidResponseException.class)
          .hasMessageContaining("/data/foundation/flowservice/flows")
          .hasMessageContaining(why);
      assertThat(aep.server().getRequestCount()).as("not retried").isEqualTo(1);
    }
  }

  @Test
  void anAsyncLookupAnswered204CompletesWithAnInvalidResponse() {
    try (MockAep aep = MockAep.start()) {
      aep.server().enqueue(new MockResponse.Builder().code(204).build());
      FlowCalls flows = aep.client().customApi(FlowCalls.class, FlowCalls.BASE_PATH);
      assertThatThrownBy(() -> flows.getFlowAsync(FLOW_ID).join())
          .isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(AepInvalidResponseException.class);
    }
  }

  @Test
  void aLookupWhoseItemsIsALoneObjectReturnsIt() {
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(200, "{\"items\":{\"id\":\"" + FLOW_ID + "\",\"name\":\"a flow\"}}");
      assertThat(aep.client().flowService().getFlow(FLOW_ID).name()).hasValue("a flow");
    }
  }

  @Test
  void aDeleteAnswered204ReturnsNull() {
    try (MockAep aep = MockAep.start()) {
      aep.server().enqueue(new MockResponse.Builder().code(204).build());
      assertThat(aep.client().flowService().deleteFlow(FLOW_ID)).isNull();
      assertThat(aep.takeRequest().getMethod()).isEqualTo("DELETE");
    }
  }
}
