package io.github.aepsdk.core.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Flow Service shaped calls for driving the HTTP pipeline (auth, retries, logging) through {@code
 * AepClient.customApi(FlowCalls.class, BASE_PATH)}, independent of the real API interfaces. Flow
 * Service has no PUT; {@link #put} exists only to exercise PUT's retry semantics.
 */
public interface FlowCalls {
  String BASE_PATH = "data/foundation/flowservice/";
  String FLOWS = "/data/foundation/flowservice/flows";

  @GET("flows/{id}")
  Map<String, Object> getFlow(@Path("id") String id);

  @GET("flows/{id}")
  CompletableFuture<Map<String, Object>> getFlowAsync(@Path("id") String id);

  @POST("flows")
  Map<String, Object> createFlow(@Body Map<String, Object> flow);

  @POST("connections")
  Map<String, Object> createConnection(@Body Map<String, Object> connection);

  @PATCH("flows/{id}")
  Map<String, Object> patchFlow(@Path("id") String id, @Header("If-Match") String etag, @Body List<Map<String, Object>> patch);

  @PUT("flows/{id}")
  Map<String, Object> put(@Path("id") String id, @Body Map<String, Object> body);

  @DELETE("flows/{id}")
  Void deleteFlow(@Path("id") String id);
}
