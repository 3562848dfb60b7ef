package io.github.aepsdk.bench.startup;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.aepsdk.bench.RawTarget;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** First call with raw OkHttp + Moshi (the model classes of {@link RawTarget}). */
public final class StartupRaw {
  private StartupRaw() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer " + Gateway.TOKEN)
            .header("x-api-key", Gateway.API_KEY)
            .header("x-gw-ims-org-id", Gateway.IMS_ORG)
            .header("x-sandbox-name", Gateway.SANDBOX)
            .build()))
        .build();
    JsonAdapter<RawTarget.FlowPage> flows = new Moshi.Builder().build().adapter(RawTarget.FlowPage.class);
    Request request = new Request.Builder().url(args[0] + "/data/foundation/flowservice/flows/" + Gateway.FLOW_ID).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("answered " + response.code());
      }
      Gateway.done(flows.fromJson(response.body().source()).items.get(0).name, start);
    }
  }
}
