package io.github.aepsdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.testing.MockAep;
import io.github.aepsdk.flowservice.Flow;
import io.github.aepsdk.flowservice.ItemsPage;
import java.util.concurrent.CompletableFuture;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * {@code nextPage()} of a page from a {@code CompletableFuture} list call, called in a callback of
 * that future (on an OkHttp dispatcher thread, which holds its call's place among the dispatcher's
 * {@code maxRequestsPerHost}): the next page is fetched on the calling thread, without waiting for
 * another place in the dispatcher, which the callback itself may be the last to hold.
 */
class AsyncPageInCallbackTest {
  private MockAep aep;

  /** A Flow Service list declared with a {@code CompletableFuture} answer, as {@code AepClient.customApi} allows. */
  public interface AsyncFlows {
    @GET("flows")
    CompletableFuture<ItemsPage<Flow>> listFlows(@Query("limit") Integer limit, @Query("continuationToken") String continuationToken);
  }

  @AfterEach
  void stop() {
    aep.close();
  }

  @Test
  void theNextPageIsFetchedInACallbackOfTheFirstPagesFuture() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(1);
    aep = MockAep.start(b -> b.okHttpClient(new OkHttpClient.Builder().dispatcher(dispatcher).build()));
    AsyncFlows async = aep.client().customApi(AsyncFlows.class, "data/foundation/flowservice/");

    CompletableFuture<ItemsPage<Flow>> first = async.listFlows(1, null);
    CompletableFuture<ItemsPage<Flow>> second = first.thenApply(ItemsPage::nextPage); // registered before the answer
    aep.enqueueJson(200, "{\"items\":[{\"id\":\"f1\"}],\"_links\":{\"next\":{\"href\":\"/flows?continuationToken=t2\"}}}")
        .enqueueJson(200, "{\"items\":[{\"id\":\"f2\"}],\"_links\":{}}");

    assertThat(second.join().items()).extracting(Flow::id).containsExactly("f2");
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isEqualTo("limit=1");
    assertThat(aep.takeRequest().getUrl().encodedQuery()).isEqualTo("limit=1&continuationToken=t2");
  }
}
