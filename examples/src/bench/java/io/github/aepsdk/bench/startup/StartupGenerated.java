package io.github.aepsdk.bench.startup;

import aep.flow.api.FlowsApi;
import aep.flow.client.ApiClient;

/** First call with the generated Flow Service client. */
public final class StartupGenerated {
  private StartupGenerated() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    FlowsApi flows = new FlowsApi(new ApiClient().setBasePath(args[0] + "/data/foundation/flowservice"));
    String name = flows.retrieveFlow("Bearer " + Gateway.TOKEN, Gateway.API_KEY, Gateway.IMS_ORG, Gateway.FLOW_ID,
        Gateway.SANDBOX).getItems().get(0).getName();
    Gateway.done(name, start);
  }
}
