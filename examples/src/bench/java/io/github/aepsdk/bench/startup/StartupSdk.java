package io.github.aepsdk.bench.startup;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.http.AccessTokenProvider;

/** First call with this SDK. */
public final class StartupSdk {
  private StartupSdk() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    AepClient aep = AepClient.builder()
        .baseUrl(args[0])
        .imsOrgId(Gateway.IMS_ORG)
        .apiKey(Gateway.API_KEY)
        .accessTokenProvider(AccessTokenProvider.ofStatic(Gateway.TOKEN))
        .sandboxName(Gateway.SANDBOX)
        .build();
    String name = aep.flowService().getFlow(Gateway.FLOW_ID).name().orElseThrow();
    Gateway.done(name, start);
  }
}
