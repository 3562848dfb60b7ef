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
import retrofit2.http.PUT;
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
 *   <li>Lists return one {@link ItemsPage}: {@link ItemsPage#nextPage()} repeats the call with the
 *       page's {@link ItemsPage#continuationToken()} as {@code continuationToken}, and {@code
 *       autoPager()} walks all pages lazily ({@code aep.flowService().listFlows().autoPager().stream()});
 *       a token that comes back again ends the walk with an {@link IllegalStateException}. A list
 *       without a {@code continuationToken} parameter ({@code listConnectionSpecs}, {@code
 *       listFlowSpecs}, …) cannot fetch a next page. Null query arguments are omitted.
 *   <li>{@code property} filters are expressions such as {@code state==enabled} or {@code
 *       flowId==<id>}; several are combined with AND, comma-separated values of one filter with OR
 *       ({@code id==a,b}); array members need {@code []} ({@code sourceConnectionIds[]==<id>}). Each
 *       is sent as its own {@code property} query parameter.
 *   <li>{@code count=true} answers only {@code {"count": N}} (see {@link ItemsPage#count()}); it
 *       cannot be combined with {@code limit}.
 *   <li>Creates of connections and flows, and PATCHes, answer an {@link EntityRef} ({@code {id,
 *       etag}}); creates and PUTs of specs answer the spec, {@code POST /runs} the run. PATCH needs the
 *       entity's current etag as {@code If-Match}, exactly as received (quotes included).
 *   <li>Searches ({@code POST …/search}) take the filter, order, limit and count in a body and
 *       answer an {@link ItemsPage} like the lists. Actions ({@code POST …/action?op=…}) send no
 *       body and answer {@code {id, etag}}; the SDK sends the ops as Adobe's tutorials write them
 *       ({@value #PUBLISH}, {@value #RE_TRIGGER}), while the spec writes them upper case.
 * </ul>
 *
 * @see <a href="https://developer.adobe.com/experience-platform-apis/references/flow-service/">Flow Service API reference</a>
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/dataflows/api/sort-and-filter.html">Sorting and filtering</a>
 */
public interface FlowServiceApi {

  // ---------------------------------------------------------------- action ops

  /** The {@code op} that publishes a draft, as the drafts tutorial writes it. */
  String PUBLISH = "publish";

  /** The {@code op} that retries a run, as the retry tutorial writes it. */
  String RE_TRIGGER = "re-trigger";

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

  /**
   * {@code POST /connectionSpecs}: creates a connection spec for a new source (answers 201 with the
   * new spec, not an {@link EntityRef}).
   *
   * @return the created connection spec with its id
   */
  @POST("connectionSpecs")
  ConnectionSpec createConnectionSpec(@Body ConnectionSpecRequest request);

  /**
   * {@code PUT /connectionSpecs/{id}}: replaces a connection spec (no {@code If-Match}); start from
   * {@link ConnectionSpecRequest#from(ConnectionSpec)} of the current spec.
   *
   * @return the updated connection spec
   */
  @PUT("connectionSpecs/{id}")
  ConnectionSpec updateConnectionSpec(@Path("id") String connectionSpecId, @Body ConnectionSpecRequest request);

  /**
   * {@code GET /connectionSpecs/{id}/explore}: the objects of a connection spec, as {@code
   * {"items": [{"columnName", "columnType"}, …]}}.
   *
   * <p>The official spec declares the answer as an array of explore items while its example is this
   * envelope; the SDK reads the example's form (SPEC-VALIDATION D-FS-18).
   */
  @GET("connectionSpecs/{id}/explore")
  ItemsPage<ColumnConfig> exploreConnectionSpec(@Path("id") String connectionSpecId);

  /**
   * {@code GET /connectionSpecs/{id}/configs}: the config options of a connection spec, as {@code
   * {"items": [{"columnName", "columnType"}, …]}} (answer form as {@link #exploreConnectionSpec}).
   */
  @GET("connectionSpecs/{id}/configs")
  ItemsPage<ColumnConfig> getConnectionSpecConfigs(@Path("id") String connectionSpecId);

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
   * @return the page; {@link ItemsPage#nextPage()} repeats this call with the page's {@code
   *     continuationToken}, {@code autoPager()} walks all pages (a token that comes back again ends
   *     the walk with an {@link IllegalStateException})
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

  /**
   * {@code GET /connections/{id}/configs}: the configs of the properties of a base connection, as
   * {@code {"items": [{"columnName", "columnType"}, …]}} (answer form as {@link
   * #exploreConnectionSpec}).
   */
  @GET("connections/{id}/configs")
  ItemsPage<ColumnConfig> getConnectionConfigs(@Path("id") String baseConnectionId);

  /**
   * {@code GET /connections/{id}/test}: tests the connectivity of a base connection with its
   * credentials; {@link ConnectionTestResult#succeeded()} is false if the source cannot be reached.
   */
  @GET("connections/{id}/test")
  ConnectionTestResult testConnection(@Path("id") String baseConnectionId);

  /**
   * {@code POST /connections/{id}/action?op={op}&subOp={subOp}}: a state transition of a base
   * connection, for example publishing a draft ({@link #publishConnection}). No body is sent.
   *
   * <p>The spec's {@code op} values are {@code FINALIZE_UPDATE}, {@code FINALIZE} and {@code
   * PUBLISH}, its {@code subOp} values {@code APPLY}, {@code ROLLBACK} and {@code PROGRESS}; the
   * drafts tutorial sends {@code op=publish} and no {@code subOp}, although the spec declares {@code
   * subOp} required (SPEC-VALIDATION D-FS-19, D-FS-20).
   *
   * @param subOps the sub-operations, each sent as its own {@code subOp}; {@code null} for none
   * @return the connection's id and new etag
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/draft.html">Create drafts of Flow Service entities</a>
   */
  @POST("connections/{id}/action")
  EntityRef performConnectionAction(
      @Path("id") String baseConnectionId, @Query("op") String op, @Query("subOp") List<String> subOps);

  /**
   * {@code POST /connections/{id}/action?op=publish}: publishes a draft base connection, as the
   * drafts tutorial does.
   *
   * @return the connection's id and new etag
   */
  default EntityRef publishConnection(String baseConnectionId) {
    return performConnectionAction(baseConnectionId, PUBLISH, null);
  }

  /**
   * {@code POST /connections/search}: one page of the base connections matching a search body.
   *
   * @param continuationToken the token of the previous page, {@code null} for the first page
   * @return the page; {@link ItemsPage#nextPage()} repeats this call with the page's {@code
   *     continuationToken}, {@code autoPager()} walks all pages (a token that comes back again ends
   *     the walk with an {@link IllegalStateException})
   */
  @POST("connections/search")
  ItemsPage<Connection> searchConnections(
      @Body ConnectionSearchRequest request, @Query("continuationToken") String continuationToken);

  /** {@code POST /connections/search}: the first page of the base connections matching a search body. */
  default ItemsPage<Connection> searchConnections(ConnectionSearchRequest request) {
    return searchConnections(request, null);
  }

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
   *
   * @return the page; {@link ItemsPage#nextPage()} repeats this call with the page's {@code
   *     continuationToken}, {@code autoPager()} walks all pages (a token that comes back again ends
   *     the walk with an {@link IllegalStateException})
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

  /**
   * {@code POST /sourceConnections/{id}/action?op={op}}: a state transition of a source connection;
   * the spec's only {@code op} is {@code PUBLISH}, the drafts tutorial sends {@code publish}
   * (SPEC-VALIDATION D-FS-20). No body is sent.
   *
   * @return the connection's id and new etag
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/draft.html">Create drafts of Flow Service entities</a>
   */
  @POST("sourceConnections/{id}/action")
  EntityRef performSourceConnectionAction(@Path("id") String sourceConnectionId, @Query("op") String op);

  /** {@code POST /sourceConnections/{id}/action?op=publish}: publishes a draft source connection. */
  default EntityRef publishSourceConnection(String sourceConnectionId) {
    return performSourceConnectionAction(sourceConnectionId, PUBLISH);
  }

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
   *
   * @return the page; {@link ItemsPage#nextPage()} repeats this call with the page's {@code
   *     continuationToken}, {@code autoPager()} walks all pages (a token that comes back again ends
   *     the walk with an {@link IllegalStateException})
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

  /**
   * {@code POST /targetConnections/{id}/action?op={op}}: a state transition of a target connection;
   * the spec's only {@code op} is {@code PUBLISH}, the drafts tutorial sends {@code publish}
   * (SPEC-VALIDATION D-FS-20). No body is sent.
   *
   * @return the connection's id and new etag
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/draft.html">Create drafts of Flow Service entities</a>
   */
  @POST("targetConnections/{id}/action")
  EntityRef performTargetConnectionAction(@Path("id") String targetConnectionId, @Query("op") String op);

  /** {@code POST /targetConnections/{id}/action?op=publish}: publishes a draft target connection. */
  default EntityRef publishTargetConnection(String targetConnectionId) {
    return performTargetConnectionAction(targetConnectionId, PUBLISH);
  }

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

  /**
   * {@code POST /flowSpecs}: creates a flow spec (answers 201 with the new spec, not an {@link
   * EntityRef}).
   *
   * @return the created flow spec with its id
   */
  @POST("flowSpecs")
  FlowSpec createFlowSpec(@Body FlowSpecRequest request);

  /**
   * {@code PUT /flowSpecs/{id}}: replaces a flow spec (no {@code If-Match}); start from {@link
   * FlowSpecRequest#from(FlowSpec)} of the current spec, for example to add a connection spec to
   * its {@code sourceConnectionSpecIds}.
   *
   * @return the updated flow spec
   */
  @PUT("flowSpecs/{id}")
  FlowSpec updateFlowSpec(@Path("id") String flowSpecId, @Body FlowSpecRequest request);

  /** {@code POST /flowSpecs/search}: the flow specs matching a search body (not paged). */
  @POST("flowSpecs/search")
  ItemsPage<FlowSpec> searchFlowSpecs(@Body FlowSpecSearchRequest request);

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
   *
   * @return the page; {@link ItemsPage#nextPage()} repeats this call with the page's {@code
   *     continuationToken}, {@code autoPager()} walks all pages (a token that comes back again ends
   *     the walk with an {@link IllegalStateException})
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

  // ---------------------------------------------------------------- flow state transitions

  /**
   * {@code POST /flows/{id}/action?op=<op>} with {@code If-Match} (operationId {@code
   * postStateTransition}): a state transition of a dataflow, for example {@code ENABLE} or {@code
   * DISABLE} (the flow's {@code state} becomes {@code enabled} or {@code disabled}); no body. AEP
   * answers the flow's id and new etag.
   *
   * <p>{@code op} is one of the spec's upper-case values {@code ENABLE}, {@code DISABLE}, {@code
   * FINALIZE_UPDATE}, {@code FINALIZE}, {@code PUBLISH}. The spec also marks a {@code subOp} query
   * parameter ({@code APPLY}, {@code ROLLBACK}, {@code PROGRESS}) as required, while Adobe's enable
   * and disable examples send none; the SDK sends none (SPEC-VALIDATION D-FS-15). The spec declares
   * {@code If-Match} optional; the docs send the flow's current etag, and so should callers.
   *
   * <p>Throws {@code PreconditionFailedException} if {@code etag} is stale, {@code NotFoundException}
   * if there is no such flow, {@code BadRequestException} for an operation AEP does not take.
   *
   * @param op the operation, for example {@code "DISABLE"}
   * @param etag the flow's current etag exactly as received, quotes included
   * @return the flow's id and new etag
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/destinations/api/update-destination-dataflows.html">Enable or disable a dataflow</a>
   */
  @POST("flows/{id}/action")
  EntityRef postStateTransition(@Path("id") String flowId, @Query("op") String op, @Header("If-Match") String etag);

  /**
   * {@code POST /flows/search}: one page of the dataflows matching a search body.
   *
   * @param continuationToken the token of the previous page, {@code null} for the first page
   * @param activeSandboxIds the {@code x-active-sandbox-ids} header the spec offers for searches
   *     across sandboxes; {@code null} to omit it
   * @return the page; {@link ItemsPage#nextPage()} repeats this call with the page's {@code
   *     continuationToken}, {@code autoPager()} walks all pages (a token that comes back again ends
   *     the walk with an {@link IllegalStateException})
   */
  @POST("flows/search")
  ItemsPage<Flow> searchFlows(
      @Body FlowSearchRequest request,
      @Query("continuationToken") String continuationToken,
      @Header("x-active-sandbox-ids") String activeSandboxIds);

  /** {@code POST /flows/search}: the first page of the dataflows matching a search body. */
  default ItemsPage<Flow> searchFlows(FlowSearchRequest request) {
    return searchFlows(request, null, null);
  }

  // ---------------------------------------------------------------- runs

  /**
   * {@code GET /runs}: one page of flow runs (parameters as {@link #listConnections(List, Integer,
   * String, String, Boolean)}).
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/dataflows/api/monitor.html">Monitor dataflows</a>
   * @return the page; {@link ItemsPage#nextPage()} repeats this call with the page's {@code
   *     continuationToken}, {@code autoPager()} walks all pages (a token that comes back again ends
   *     the walk with an {@link IllegalStateException})
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

  /**
   * {@code PUT /runs/{id}} with {@code If-Match}: replaces the reported state of a flow run (params,
   * metrics, activities), as a run's provider does.
   *
   * <p>Throws {@code PreconditionFailedException} if {@code etag} is stale.
   *
   * @param etag the run's current etag exactly as received, quotes included
   * @return the updated run
   */
  @PUT("runs/{id}")
  Run updateRun(@Path("id") String runId, @Header("If-Match") String etag, @Body UpdateRunRequest request);

  /**
   * {@code POST /runs/{id}/action?op={op}}: an action on a flow run, such as {@link #retriggerRun}.
   * No body is sent, nor the {@code If-Match} the spec makes optional (the retry tutorial sends none).
   *
   * <p>The spec declares the answer as the run, the retry tutorial shows {@code {id, etag}} of the
   * new run; the SDK reads the latter (SPEC-VALIDATION D-FS-22).
   *
   * @return the id and etag of the run the action created
   */
  @POST("runs/{id}/action")
  EntityRef performRunAction(@Path("id") String runId, @Query("op") String op);

  /**
   * {@code POST /runs/{id}/action?op=re-trigger}: retries a failed run of a batch source (or a
   * successful run that ingested no record), as the retry tutorial does. The spec's value is {@code
   * RE_TRIGGER} (SPEC-VALIDATION D-FS-20).
   *
   * @return the id and etag of the new run
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/retry-flows.html">Retry failed dataflow runs</a>
   */
  default EntityRef retriggerRun(String runId) {
    return performRunAction(runId, RE_TRIGGER);
  }

  // ---------------------------------------------------------------- helpers

  /** The filter {@code name=="<name>"}, with the quotes the docs use ({@link PropertyFilter}). */
  private static String nameEquals(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must be non-blank but was " + name);
    }
    return PropertyFilter.equalTo("name", name);
  }
}
