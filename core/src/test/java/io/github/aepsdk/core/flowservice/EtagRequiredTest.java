package io.github.aepsdk.core.flowservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.PatchOperation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Flow Service PATCH without its If-Match etag is refused before anything is sent. */
class EtagRequiredTest {

  private final List<PatchOperation> rename = List.of(PatchOperation.replace("/name", "renamed"));

  @Test
  void nullOrBlankEtagIsRefusedWithoutARequest() {
    try (MockAep aep = MockAep.start()) {
      assertThatThrownBy(() -> aep.client().flowService().patchFlow("f", null, rename))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("patchFlow")
          .hasMessageContaining("If-Match");
      assertThatThrownBy(() -> aep.client().flowService().patchSourceConnection("s", " ", rename))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("patchSourceConnection");
      assertThat(aep.server().getRequestCount()).isZero();
    }
  }

  @Test
  void etagIsSentExactlyAsGiven() throws Exception {
    try (MockAep aep = MockAep.start()) {
      aep.enqueueJson(200, "{\"id\":\"f\",\"etag\":\"\\\"2\\\"\"}");
      aep.client().flowService().patchFlow("f", "\"1a0037e4-0000-0200-0000-602e06f60000\"", rename);
      assertThat(aep.takeRequest().getHeaders().get("If-Match")).isEqualTo("\"1a0037e4-0000-0200-0000-602e06f60000\"");
    }
  }
}
