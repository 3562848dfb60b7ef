package io.github.aepsdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogPage;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ItemsPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The next page repeats the call that made its page as it was made: from a {@code withSandbox}
 * copy, to that copy's sandbox; with the query parameters the call was given, even when the caller
 * changes the map or list it passed after the call.
 */
class PageCallArgumentsTest {
  private MockAep aep;

  @BeforeEach
  void start() {
    aep = MockAep.start();
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  @Test
  void aPageOfAWithSandboxCopyFetchesItsNextPageFromThatSandbox() throws Exception {
    aep.enqueueJson(200, "{\"items\":[{\"id\":\"f1\"}],\"_links\":{\"next\":{\"href\":\"/flows?continuationToken=t2\"}}}")
        .enqueueJson(200, "{\"items\":[{\"id\":\"f2\"}],\"_links\":{}}");

    ItemsPage<Flow> first = aep.client().withSandbox("other-sandbox").flowService().listFlows();

    assertThat(first.autoPager().stream().map(Flow::id)).containsExactly("f1", "f2");
    assertThat(aep.server().takeRequest().getHeaders().get("x-sandbox-name")).isEqualTo("other-sandbox");
    RecordedRequest second = aep.server().takeRequest();
    assertThat(second.getUrl().queryParameter("continuationToken")).isEqualTo("t2");
    assertThat(second.getHeaders().get("x-sandbox-name")).isEqualTo("other-sandbox");
  }

  @Test
  void theNextPageKeepsTheQueryTheCallWasGivenWhenTheCallerChangesItsMapAfterwards() throws Exception {
    aep.enqueueJson(200, "{\"d1\":{\"name\":\"one\"},\"d2\":{\"name\":\"two\"}}")
        .enqueueJson(200, "{\"d3\":{\"name\":\"three\"}}");
    Map<String, String> parameters = new HashMap<>(Map.of("limit", "2", "orderBy", "created"));

    CatalogPage<DataSet> first = aep.client().catalog().listDataSets(parameters);
    parameters.put("orderBy", "name");   // the caller reuses its map for another query
    parameters.put("limit", "50");
    CatalogPage<DataSet> second = first.nextPage();

    assertThat(second.items()).extracting(CatalogEntry::id).containsExactly("d3");
    aep.server().takeRequest();
    RecordedRequest next = aep.server().takeRequest();
    assertThat(next.getUrl().queryParameter("orderBy")).isEqualTo("created");
    assertThat(next.getUrl().queryParameter("limit")).isEqualTo("2");
    assertThat(next.getUrl().queryParameter("start")).isEqualTo("2");
  }

  @Test
  void theNextPageKeepsThePropertyFiltersTheCallWasGivenWhenTheCallerChangesItsListAfterwards() throws Exception {
    aep.enqueueJson(200, "{\"items\":[{\"id\":\"f1\"}],\"_links\":{\"next\":{\"href\":\"/flows?continuationToken=t2\"}}}")
        .enqueueJson(200, "{\"items\":[{\"id\":\"f2\"}],\"_links\":{}}");
    List<String> property = new ArrayList<>(List.of("state==enabled"));

    ItemsPage<Flow> first = aep.client().flowService().listFlows(property, 1, null, null, null);
    property.clear();
    first.nextPage();

    aep.server().takeRequest();
    RecordedRequest next = aep.server().takeRequest();
    assertThat(next.getUrl().queryParameterValues("property")).containsExactly("state==enabled");
    assertThat(next.getUrl().queryParameter("continuationToken")).isEqualTo("t2");
  }
}
