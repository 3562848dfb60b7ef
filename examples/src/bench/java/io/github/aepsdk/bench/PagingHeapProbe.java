package io.github.aepsdk.bench;

import io.github.aepsdk.catalog.CatalogEntry;
import io.github.aepsdk.catalog.CatalogQuery;
import io.github.aepsdk.catalog.DataSet;
import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.http.AccessTokenProvider;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap the SDK's auto-pager retains while it walks the 100,000 datasets: when the first
 * page has been walked, before every 100th page request after it, and after the walk, it runs a full
 * GC twice and reads the used heap, which then is what is still reachable. Mode {@code retain} keeps every dataset in a list as it goes,
 * the control that shows what a growing heap looks like to the same probe. Prints one line: {@code
 * HEAP <mode> <items>:<bytes> ...}.
 */
public final class PagingHeapProbe {
  private PagingHeapProbe() {}

  public static void main(String[] args) {
    String url = args[0];
    boolean retain = args.length > 1 && args[1].equals("retain");
    List<Object> kept = new ArrayList<>();
    StringBuilder out = new StringBuilder("HEAP " + (retain ? "retain" : "stream"));
    try (AepClient aep = AepClient.builder()
        .baseUrl(url)
        .imsOrgId(Canned.IMS_ORG)
        .apiKey(Canned.API_KEY)
        .accessTokenProvider(AccessTokenProvider.ofStatic(Canned.TOKEN))
        .sandboxName(Canned.SANDBOX)
        .build()) {
      CatalogQuery query = CatalogQuery.builder().build();
      long items = 0;
      long start = 0;   // the offset of the entry's page when the entry is the first of its page
      for (CatalogEntry<DataSet> entry : aep.catalog().listDataSets(query.page(0, Canned.PAGE)).autoPager()) {
        if (start == Canned.PAGE || start > 0 && start % (Canned.PAGE * 100) == 0) {
          out.append(' ').append(start).append(':').append(retained());
        }
        start++;
        if (retain) {
          kept.add(entry);
        }
        items += entry.value().name().isPresent() ? 1 : 0;
      }
      out.append(" end:").append(retained()).append(" items=").append(items);
    }
    System.out.println(out + (kept.isEmpty() ? "" : " kept=" + kept.size()));
  }

  private static long retained() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
