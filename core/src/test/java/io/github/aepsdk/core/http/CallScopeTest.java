package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.testing.MockAep;
import java.io.IOException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** An asynchronous operation holds on to the HTTP calls in flight only, not to every call it made. */
class CallScopeTest {

  @Test
  void callsLeaveTheScopeWhenTheyEnd() throws IOException {
    OkHttpClient base = new OkHttpClient();
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          boolean found = request.getUrl().encodedPath().endsWith("/even");
          return new MockResponse.Builder().code(found ? 200 : 404).addHeader("Content-Type", "application/json")
              .body(found ? "{}" : "{\"title\":\"Not found\"}").build();
        }
      });
      server.start();
      OkHttpClient scoped = AepHttp.scoped(base, AccessTokenProvider.ofStatic(MockAep.TOKEN), MockAep.API_KEY,
          MockAep.IMS_ORG, MockAep.SANDBOX);
      FlowCalls flows = AepHttp.service(scoped, server.url("/"), FlowCalls.BASE_PATH, FlowCalls.class);
      CallScope scope = new CallScope();
      scope.enter();
      try {
        for (int i = 0; i < 20; i++) {
          if (i % 2 == 0) {
            flows.getFlow("even");
          } else {
            try {
              flows.getFlow("odd");
            } catch (NotFoundException expected) {
              // an error answer ends the call too
            }
          }
        }
      } finally {
        CallScope.exit();
      }
      assertThat(server.getRequestCount()).isEqualTo(20);
      assertThat(scope.inFlight()).as("calls still held by the scope").isZero();
    } finally {
      base.connectionPool().evictAll();
      base.dispatcher().executorService().shutdown();
    }
  }
}
