package io.github.aepsdk.core.paging;

import io.github.aepsdk.flowservice.ItemsPage;
import java.util.Optional;
import java.util.function.Function;

/**
 * Auto-pagers for the paging style of each AEP API.
 *
 * <ul>
 *   <li>Flow Service: follow {@code _links.next.href}, passing its {@code continuationToken} back;
 *       an absent or empty {@code _links} ends the list.
 * </ul>
 */
public final class Paging {
  private Paging() {}

  /**
   * All items of a Flow Service list.
   *
   * <pre>{@code
   * AutoPager<Flow> flows = Paging.flowService(token -> aep.flowService().listFlows(null, 100, token));
   * }</pre>
   *
   * @param fetch fetches one page given the continuation token ({@code null} for the first page)
   */
  public static <T> AutoPager<T> flowService(Function<String, ItemsPage<T>> fetch) {
    return AutoPager.of(
        () -> fetch.apply(null),
        page -> page.continuationToken().map(fetch),
        ItemsPage::items);
  }
}
