package io.github.aepsdk.flowservice;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The AEP Flow Service API ({@code https://platform.adobe.io/data/foundation/flowservice}): connection
 * specs, base connections, source and target connections, flow specs, flows and runs. Obtain it
 * from {@code AepClient.flowService()}; paths below are relative to the service base path.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Every method runs synchronously and throws the unchecked exceptions of {@code
 *       io.github.aepsdk.core.error}: {@code BadRequestException} (400, for example a bad {@code
 *       property} filter), {@code UnauthorizedException} (401), {@code ForbiddenException} (403),
 *       {@code NotFoundException} (404, or a single lookup that answers {@code {"items":[]}}),
 *       {@code PreconditionFailedException} (412, a stale {@code If-Match} etag), {@code
 *       ServerErrorException} (5xx), {@code AepIoException} (transport) and {@code
 *       AepInvalidResponseException} (an answer that is not the documented JSON).
 *   <li>Lists return one {@link ItemsPage}; pass its {@link ItemsPage#continuationToken()} back as
 *       {@code continuationToken} for the next page, or let {@code
 *       io.github.aepsdk.core.paging.Paging.flowService(...)} walk all pages. Null query arguments
 *       are omitted.
 *   <li>{@code property} filters are expressions such as {@code state==enabled} or {@code
 *       flowId==<id>}; several are combined with AND, comma-separated values of one filter with OR
 *       ({@code id==a,b}); array members need {@code []} ({@code sourceConnectionIds[]==<id>}). Each
 *       is sent as its own {@code property} query parameter.
 *   <li>{@code count=true} answers only {@code {"count": N}} (see {@link ItemsPage#count()}); it
 *       cannot be combined with {@code limit}.
 *   <li>Creates and PATCHes answer an {@link EntityRef} ({@code {id, etag}}). PATCH needs the
 *       entity's current etag as {@code If-Match}, exactly as received (quotes included).
 * </ul>
 *
 * @see <a href="https://developer.adobe.com/experience-platform-apis/references/flow-service/">Flow Service API reference</a>
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/dataflows/api/sort-and-filter.html">Sorting and filtering</a>
 */
public interface FlowServiceApi {

  // ---------------------------------------------------------------- connection specs

  /**
   * {@code GET /connectionSpecs}: the connection specs matching all {@code property} filters.
   *
   * @param property filters such as {@code name=="hubspot"} or {@code id==<id>}; {@code null} for all
   */
  @GET("connectionSpecs")
  ItemsPage<ConnectionSpec> listConnectionSpecs(@Query("property") List<String> property);

  /** {@code GET /connectionSpecs}: all connection specs. */
  default ItemsPage<ConnectionSpec> listConnectionSpecs() {
    return listConnectionSpecs(null);
  }

  /**
   * {@code GET /connectionSpecs?property=name=="<name>"}: the connection spec called {@code name}
   * (for example {@code "hubspot"}), if any.
   *
   * @throws IllegalArgumentException if {@code name} is blank or holds a comma, which Flow Service
   *     filters cannot express ({@link PropertyFilter})
   */
  default Optional<ConnectionSpec> findConnectionSpecByName(String name) {
    return listConnectionSpecs(Collections.singletonList(nameEquals(name))).items().stream().findFirst();
  }

  /**
   * {@code GET /connectionSpecs/{id}}: one connection spec, for example {@value
   * ConnectionSpec#DATA_LAKE_ID} (Data Lake).
   *
   * <p>Throws {@code NotFoundException} if there is no such spec.
   */
  @SingleItem
  @GET("connectionSpecs/{id}")
  ConnectionSpec getConnectionSpec(@Path("id") String connectionSpecId);

  // ---------------------------------------------------------------- base connections

  /**
   * {@code POST /connections}: creates a base connection, for example to HubSpot or, with {@link
   * CreateConnectionRequest#dataLake}, a dataset base connection to the Data Lake.
   *
   * @return the new connection's id and etag
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/create-dataset-base-connection.html">Create a dataset base connection</a>
   */
  @POST("connections")
  EntityRef createConnection(@Body CreateConnectionRequest request);

  /**
   * {@code GET /connections/{id}}: one base connection.
   *
   * <p>Throws {@code NotFoundException} if there is no such connection.
   */
  @SingleItem
  @GET("connections/{id}")
  Connection getConnection(@Path("id") String connectionId);

  /**
   * {@code GET /connections}: one page of base connections.
   *
   * @param property filters such as {@code connectionSpec.id==<id>}; {@code null} for all
   * @param limit maximum items on the page; {@code null} for the server default
   * @param orderby sort field, {@code -} prefix for descending (for example {@code -createdAt})
   * @param continuationToken the token of the previous page, {@code null} for the first page
   * @param count {@code true} to get only the count
   */
  @GET("connections")
  ItemsPage<Connection> listConnections(
      @Query("property") List<String> property,
      @Query("limit") Integer limit,
      @Query("orderby") String orderby,
      @Query("continuationToken") String continuationToken,
      @Query("count") Boolean count);

  /** {@code GET /connections}: the first page of all base connections. */
  default ItemsPage<Connection> listConnections() {
    return listConnections(null, null, null, null, null);
  }

  /**
   * {@code PATCH /connections/{id}} with {@code If-Match}: updates a base connection (name,
   * description, credentials) with JSON Patch operations.
   *
   * <p>The official spec declares this PATCH and the DELETE on {@code /connections/{id}/} with a
   * trailing slash and a single operation as body; the SDK follows the docs: no trailing slash and
   * an array of operations, like the other PATCH calls (SPEC-VALIDATION D-FS-6).
   *
   * <p>Throws {@code PreconditionFailedException} if {@code etag} is stale.
   *
   * @param etag the connection's current etag exactly as received, quotes included
   * @return the connection's id and new etag
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/update.html">Update connections</a>
   */
  @PATCH("connections/{id}")
  EntityRef patchConnection(
      @Path("id") String connectionId, @Header("If-Match") String etag, @Body List<PatchOperation> operations);

  /**
   * {@code DELETE /connections/{id}}: deletes a base connection (204, no content). See {@link
   * #patchConnection} on the path.
   */
  @DELETE("connections/{id}")
  Void deleteConnection(@Path("id") String connectionId);

  /**
   * {@code GET /connections/{id}/explore?objectType=root}: the top-level tables (or folders) of a
   * source, through its base connection.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/explore/tabular.html">Explore data tables</a>
   */
  @GET("connections/{id}/explore?objectType=root")
  List<ExploreItem> exploreRoot(@Path("id") String baseConnectionId);

  /**
   * {@code GET /connections/{id}/explore?objectType=table&object={path}}: the columns of a source
   * table.
   *
   * @param tablePath the table's {@link ExploreItem#path()}, for example {@code "Hubspot.Contacts"}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/explore/tabular.html">Explore data tables</a>
   */
  @GET("connections/{id}/explore?objectType=table")
  TableStructure exploreTable(@Path("id") String baseConnectionId, @Query("object") String tablePath);

  // ---------------------------------------------------------------- source connections

  /** {@code POST /sourceConnections}: creates a source connection; answers its id and etag. */
  @POST("sourceConnections")
  EntityRef createSourceConnection(@Body CreateSourceConnectionRequest request);

  /**
   * {@code GET /sourceConnections/{id}}: one source connection.
   *
   * <p>Throws {@code NotFoundException} if there is no such connection.
   */
  @SingleItem
  @GET("sourceConnections/{id}")
  SourceConnection getSourceConnection(@Path("id") String sourceConnectionId);

  /**
   * {@code GET /sourceConnections}: one page of source connections (parameters as {@link
   * #listConnections(List, Integer, String, String, Boolean)}), for example filtered by {@code
   * baseConnectionId==<id>}.
   */
  @GET("sourceConnections")
  ItemsPage<SourceConnection> listSourceConnections(
      @Query("property") List<String> property,
      @Query("limit") Integer limit,
      @Query("orderby") String orderby,
      @Query("continuationToken") String continuationToken,
      @Query("count") Boolean count);

  /** {@code GET /sourceConnections}: the first page of all source connections. */
  default ItemsPage<SourceConnection> listSourceConnections() {
    return listSourceConnections(null, null, null, null, null);
  }

  /**
   * {@code PATCH /sourceConnections/{id}} with {@code If-Match}: updates a source connection.
   *
   * @param etag the connection's current etag exactly as received, quotes included
   * @return the connection's id and new etag
   */
  @PATCH("sourceConnections/{id}")
  EntityRef patchSourceConnection(
      @Path("id") String sourceConnectionId, @Header("If-Match") String etag, @Body List<PatchOperation> operations);

  /** {@code DELETE /sourceConnections/{id}}: deletes a source connection (204, no content). */
  @DELETE("sourceConnections/{id}")
  Void deleteSourceConnection(@Path("id") String sourceConnectionId);

  // ---------------------------------------------------------------- target connections

  /** {@code POST /targetConnections}: creates a target connection; answers its id and etag. */
  @POST("targetConnections")
  EntityRef createTargetConnection(@Body CreateTargetConnectionRequest request);

  /**
   * {@code GET /targetConnections/{id}}: one target connection.
   *
   * <p>Throws {@code NotFoundException} if there is no such connection.
   */
  @SingleItem
  @GET("targetConnections/{id}")
  TargetConnection getTargetConnection(@Path("id") String targetConnectionId);

  /**
   * {@code GET /targetConnections}: one page of target connections (parameters as {@link
   * #listConnections(List, Integer, String, String, Boolean)}).
   */
  @GET("targetConnections")
  ItemsPage<TargetConnection> listTargetConnections(
      @Query("property") List<String> property,
      @Query("limit") Integer limit,
      @Query("orderby") String orderby,
      @Query("continuationToken") String continuationToken,
      @Query("count") Boolean count);

  /** {@code GET /targetConnections}: the first page of all target connections. */
  default ItemsPage<TargetConnection> listTargetConnections() {
    return listTargetConnections(null, null, null, null, null);
  }

  /**
   * {@code PATCH /targetConnections/{id}} with {@code If-Match}: updates a target connection.
   *
   * @param etag the connection's current etag exactly as received, quotes included
   * @return the connection's id and new etag
   */
  @PATCH("targetConnections/{id}")
  EntityRef patchTargetConnection(
      @Path("id") String targetConnectionId, @Header("If-Match") String etag, @Body List<PatchOperation> operations);

  /** {@code DELETE /targetConnections/{id}}: deletes a target connection (204, no content). */
  @DELETE("targetConnections/{id}")
  Void deleteTargetConnection(@Path("id") String targetConnectionId);

  // ---------------------------------------------------------------- flow specs

  /**
   * {@code GET /flowSpecs}: the flow specs matching all {@code property} filters.
   *
   * @param property filters such as {@code name=="CRMToAEP"}; {@code null} for all
   */
  @GET("flowSpecs")
  ItemsPage<FlowSpec> listFlowSpecs(@Query("property") List<String> property);

  /** {@code GET /flowSpecs}: all flow specs. */
  default ItemsPage<FlowSpec> listFlowSpecs() {
    return listFlowSpecs(null);
  }

  /**
   * {@code GET /flowSpecs?property=name=="<name>"}: the flow spec called {@code name}, for example
   * {@value FlowSpec#CRM_TO_AEP_NAME}, if any.
   *
   * @throws IllegalArgumentException if {@code name} is blank or holds a comma, which Flow Service
   *     filters cannot express ({@link PropertyFilter})
   */
  default Optional<FlowSpec> findFlowSpecByName(String name) {
    return listFlowSpecs(Collections.singletonList(nameEquals(name))).items().stream().findFirst();
  }

  /**
   * {@code GET /flowSpecs/{id}}: one flow spec.
   *
   * <p>Throws {@code NotFoundException} if there is no such spec.
   */
  @SingleItem
  @GET("flowSpecs/{id}")
  FlowSpec getFlowSpec(@Path("id") String flowSpecId);

  // ---------------------------------------------------------------- flows

  /**
   * {@code POST /flows}: creates a dataflow; answers its id and etag.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/collect/marketing-automation.html">Collect marketing automation data</a>
   */
  @POST("flows")
  EntityRef createFlow(@Body CreateFlowRequest request);

  /**
   * {@code GET /flows/{id}}: one dataflow.
   *
   * <p>Throws {@code NotFoundException} if there is no such flow.
   */
  @SingleItem
  @GET("flows/{id}")
  Flow getFlow(@Path("id") String flowId);

  /**
   * {@code GET /flows}: one page of dataflows (parameters as {@link #listConnections(List, Integer,
   * String, String, Boolean)}), for example filtered by {@code state==enabled}.
   */
  @GET("flows")
  ItemsPage<Flow> listFlows(
      @Query("property") List<String> property,
      @Query("limit") Integer limit,
      @Query("orderby") String orderby,
      @Query("continuationToken") String continuationToken,
      @Query("count") Boolean count);

  /** {@code GET /flows}: the first page of all dataflows. */
  default ItemsPage<Flow> listFlows() {
    return listFlows(null, null, null, null, null);
  }

  /**
   * {@code PATCH /flows/{id}} with {@code If-Match}: updates a dataflow (name, schedule,
   * transformations, labels) with JSON Patch operations.
   *
   * <p>Throws {@code PreconditionFailedException} if {@code etag} is stale.
   *
   * @param etag the flow's current etag exactly as received, quotes included
   * @return the flow's id and new etag
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/update-dataflows.html">Update dataflows</a>
   */
  @PATCH("flows/{id}")
  EntityRef patchFlow(@Path("id") String flowId, @Header("If-Match") String etag, @Body List<PatchOperation> operations);

  /** {@code DELETE /flows/{id}}: deletes a dataflow (204, no content). */
  @DELETE("flows/{id}")
  Void deleteFlow(@Path("id") String flowId);

  // ---------------------------------------------------------------- runs

  /**
   * {@code GET /runs}: one page of flow runs (parameters as {@link #listConnections(List, Integer,
   * String, String, Boolean)}).
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/dataflows/api/monitor.html">Monitor dataflows</a>
   */
  @GET("runs")
  ItemsPage<Run> listRuns(
      @Query("property") List<String> property,
      @Query("limit") Integer limit,
      @Query("orderby") String orderby,
      @Query("continuationToken") String continuationToken,
      @Query("count") Boolean count);

  /**
   * {@code GET /runs?property=flowId==<flowId>}: the first page of the runs of one dataflow.
   *
   * @throws IllegalArgumentException if {@code flowId} is blank or contains a comma (which would
   *     make it an OR filter)
   */
  default ItemsPage<Run> listRunsOfFlow(String flowId) {
    if (flowId == null || flowId.isBlank() || flowId.indexOf(',') >= 0) {
      throw new IllegalArgumentException("flowId must be one non-blank id but was " + flowId);
    }
    return listRuns(Collections.singletonList("flowId==" + flowId), null, null, null, null);
  }

  /**
   * {@code GET /runs/{id}}: one flow run.
   *
   * <p>Throws {@code NotFoundException} if there is no such run.
   */
  @SingleItem
  @GET("runs/{id}")
  Run getRun(@Path("id") String runId);

  /**
   * {@code POST /runs}: starts an on-demand run of a flow. The API answers the new run (its status
   * is {@code scheduled} at first).
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/create-flow-runs.html">Create a flow run on demand</a>
   */
  @POST("runs")
  Run createRun(@Body CreateRunRequest request);

  // ---------------------------------------------------------------- helpers

  /** The filter {@code name=="<name>"}, with the quotes the docs use ({@link PropertyFilter}). */
  private static String nameEquals(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must be non-blank but was " + name);
    }
    return PropertyFilter.equalTo("name", name);
  }
}
