package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * The AEP Catalog Service API ({@code /data/foundation/catalog}): datasets, batches, tags and
 * batched requests. Get one from {@code AepClient.catalog()}.
 *
 * <p>Catalog's shapes differ from the other AEP APIs (API-NOTES §3):
 *
 * <ul>
 *   <li>lists and lookups answer an object keyed by id, {@code {"<id>": {…}}}, never an array and
 *       without a paging envelope, and the bodies do not repeat the id. List methods return that
 *       answer as a {@link CatalogPage} (its {@code objects()} map, key = id, or its {@code items()}
 *       entries, in the server's order); lookups such as {@link #getDataSet(String)} return the one
 *       object;
 *   <li>create, PUT, PATCH and DELETE answer an array of references, {@code ["@/dataSets/<id>"]};
 *       the methods here return the id(s) ({@link CatalogRefs});
 *   <li>paging is {@code start} + {@code limit} (at most 100): {@link CatalogPage#nextPage()} asks for
 *       the next page, {@code autoPager()} walks all pages (the rule is on {@link CatalogPage}).
 * </ul>
 *
 * <p>The methods annotated with an HTTP method are the wire bindings; the {@code default} methods
 * are the typed way to call them and are what most code should use. Every call throws the
 * unchecked exceptions of {@code io.github.aepsdk.core.error}: {@code BadRequestException} (400,
 * e.g. an invalid {@code limit}), {@code UnauthorizedException}/{@code ForbiddenException}, {@code
 * NotFoundException} (404), {@code ServerErrorException} (5xx), {@code AepIoException} and {@code
 * AepInvalidResponseException}. Adobe docs: help/catalog/api/*.md; spec: catalog.yaml.
 *
 * <p>Methods marked {@code @Deprecated} bind endpoints the spec marks deprecated (Adobe may remove
 * them); they are typed for code that still uses them.
 */
public interface CatalogApi {

  // ---------------------------------------------------------------------------------------------
  // Datasets

  /**
   * Creates a dataset: {@code POST /dataSets?requestDataSource=true}, answered 201 with {@code
   * ["@/dataSets/<id>"]}. Prefer {@link #createDataSet(DataSetRequest)}.
   *
   * <p>{@code requestDataSource=true} is sent as every Adobe create-dataset example does, although
   * the spec does not declare it (SPEC-VALIDATION D-CAT-2).
   *
   * @return the references Catalog answered
   */
  @POST("dataSets?requestDataSource=true")
  List<String> createDataSetRefs(@Body DataSetRequest request);

  /**
   * Creates a dataset ({@code POST /dataSets?requestDataSource=true}) and returns its id. Adobe
   * doc: help/catalog/api/create-dataset.md.
   *
   * @return the new dataset's id, e.g. {@code 5c8c3c555033b814b69f947f}
   * @throws IllegalStateException if Catalog answered other than exactly one reference
   */
  default String createDataSet(DataSetRequest request) {
    return CatalogRefs.id(createDataSetRefs(request));
  }

  /**
   * Looks up a dataset: {@code GET /dataSets/{id}[?properties=a,b]}, answered {@code {"<id>":
   * {…}}}. Prefer {@link #getDataSet(String)}.
   *
   * @param properties comma-separated top-level members to return, or null for all
   */
  @GET("dataSets/{dataSetId}")
  Map<String, DataSet> getDataSetMap(@Path("dataSetId") String dataSetId, @Query("properties") String properties);

  /**
   * The dataset {@code dataSetId}: {@code GET /dataSets/{id}}. Adobe doc:
   * help/catalog/api/look-up-object.md.
   *
   * @throws java.util.NoSuchElementException if Catalog answered 200 without the object; an
   *     unknown id is normally a 404 ({@code NotFoundException})
   */
  default DataSet getDataSet(String dataSetId) {
    return CatalogRefs.single(getDataSetMap(dataSetId, null), dataSetId);
  }

  /**
   * The dataset {@code dataSetId} with only the given top-level members: {@code GET
   * /dataSets/{id}?properties=a,b}. A dataset that has none of them comes back empty.
   *
   * @throws java.util.NoSuchElementException if Catalog answered 200 without the object
   */
  default DataSet getDataSet(String dataSetId, List<String> properties) {
    return CatalogRefs.single(getDataSetMap(dataSetId, properties.isEmpty() ? null : String.join(",", properties)), dataSetId);
  }

  /**
   * Lists datasets: {@code GET /dataSets?limit=&start=&orderBy=&properties=&property=&<filter>=…}.
   * Prefer {@link #listDataSets(CatalogQuery)}.
   *
   * @param parameters query parameters ({@link CatalogQuery#parameters()}): {@code limit} (1–100,
   *     Catalog's default 20), {@code start}, {@code orderBy}, {@code properties}, {@code property},
   *     simple filters such as {@code name=x}
   * @return the page of datasets keyed by id, in the server's order ({@link CatalogPage} has the paging rule)
   */
  @GET("dataSets")
  CatalogPage<DataSet> listDataSets(@QueryMap Map<String, String> parameters);

  /**
   * Lists datasets: {@code GET /dataSets} with the query's paging, sorting, projection and
   * filters. Adobe docs: help/catalog/api/list-objects.md, filter-data.md.
   *
   * <pre>{@code
   * CatalogQuery query = CatalogQuery.builder().orderBy("desc:created").limit(100).build();
   * List<String> names = aep.catalog().listDataSets(query).autoPager().stream()
   *     .map(entry -> entry.value().name().orElse(entry.id())).collect(Collectors.toList());
   * }</pre>
   *
   * @return the page of datasets keyed by id, in the server's order; empty when none match
   */
  default CatalogPage<DataSet> listDataSets(CatalogQuery query) {
    return listDataSets(query.parameters());
  }

  /**
   * Updates members of a dataset with plain JSON: {@code PATCH /dataSets/{id}}, {@code
   * Content-Type: application/json}, answered {@code ["@/dataSets/<id>"]}. Prefer {@link
   * #updateDataSet(String, DataSetRequest)}.
   */
  @PATCH("dataSets/{dataSetId}")
  List<String> updateDataSetRefs(@Path("dataSetId") String dataSetId, @Body DataSetRequest fields);

  /**
   * Overwrites the members set in {@code fields} ({@code PATCH /dataSets/{id}} with {@code
   * application/json}); other members stay as they are. Adobe doc: help/catalog/api/update-object.md.
   *
   * @return the id of the updated dataset
   */
  default String updateDataSet(String dataSetId, DataSetRequest fields) {
    return CatalogRefs.id(updateDataSetRefs(dataSetId, fields));
  }

  /**
   * Applies a JSON Patch to a dataset: {@code PATCH /dataSets/{id}}, {@code Content-Type:
   * application/json-patch+json}, answered {@code ["@/dataSets/<id>"]}. Prefer {@link
   * #patchDataSet(String, List)}.
   */
  @PATCH("dataSets/{dataSetId}")
  @Headers("Content-Type: application/json-patch+json")
  List<String> patchDataSetRefs(@Path("dataSetId") String dataSetId, @Body List<JsonPatchOperation> operations);

  /**
   * Applies RFC 6902 operations to a dataset ({@code PATCH /dataSets/{id}} with {@code
   * application/json-patch+json}), e.g. {@code JsonPatchOperation.add("/tags/unifiedProfile",
   * List.of("enabled:true"))}. Adobe doc: help/catalog/api/update-object.md.
   *
   * @return the id of the patched dataset
   */
  default String patchDataSet(String dataSetId, List<JsonPatchOperation> operations) {
    return CatalogRefs.id(patchDataSetRefs(dataSetId, operations));
  }

  /**
   * Deletes a dataset: {@code DELETE /dataSets/{id}}, answered 200 with {@code
   * ["@/dataSets/<id>"]}, or with {@code []} when the id is unknown. Prefer {@link
   * #deleteDataSet(String)}.
   */
  @DELETE("dataSets/{dataSetId}")
  List<String> deleteDataSetRefs(@Path("dataSetId") String dataSetId);

  /**
   * Deletes a dataset ({@code DELETE /dataSets/{id}}). Adobe doc: help/catalog/api/delete-object.md.
   *
   * @return true if Catalog reported the dataset deleted, false if it answered {@code []} (no such
   *     dataset)
   */
  default boolean deleteDataSet(String dataSetId) {
    return CatalogRefs.ids(deleteDataSetRefs(dataSetId)).contains(dataSetId);
  }

  /**
   * Replaces a dataset: {@code PUT /dataSets/{id}}, {@code Content-Type: application/json}, answered
   * 200 with {@code ["@/dataSets/<id>"]}. Prefer {@link #replaceDataSet(String, DataSetRequest)}.
   */
  @PUT("dataSets/{dataSetId}")
  List<String> replaceDataSetRefs(@Path("dataSetId") String dataSetId, @Body DataSetRequest dataSet);

  /**
   * Replaces the dataset {@code dataSetId} with {@code dataSet} ({@code PUT /dataSets/{id}}, spec
   * operation {@code putDataset}, body {@code dataSetRequest}): send the whole dataset, as for a
   * create. To change single members use {@link #updateDataSet(String, DataSetRequest)} or {@link
   * #updateDataSetV2(String, DataSetPatchV2)}.
   *
   * @return the id of the replaced dataset
   */
  default String replaceDataSet(String dataSetId, DataSetRequest dataSet) {
    return CatalogRefs.id(replaceDataSetRefs(dataSetId, dataSet));
  }

  /**
   * Updates dataset members with PATCH v2: {@code PATCH /v2/dataSets/{id}}, {@code Content-Type:
   * application/json}, answered 200 with {@code ["@/dataSets/<id>"]}. Prefer {@link
   * #updateDataSetV2(String, DataSetPatchV2)}.
   */
  @PATCH("v2/dataSets/{dataSetId}")
  List<String> updateDataSetV2Refs(@Path("dataSetId") String dataSetId, @Body DataSetPatchV2 patch);

  /**
   * Merges {@code patch} into the dataset at any depth ({@code PATCH /v2/dataSets/{id}}, spec
   * operation {@code patchDataSetV2}): nested members such as {@code
   * extensions.adobe_lakeHouse.rowExpiration.ttlValue} are set without resending their parents, and
   * missing intermediate objects are created. Throws {@code NotFoundException} for an unknown id.
   *
   * @return the id of the updated dataset
   */
  default String updateDataSetV2(String dataSetId, DataSetPatchV2 patch) {
    return CatalogRefs.id(updateDataSetV2Refs(dataSetId, patch));
  }

  /**
   * The storage credentials of a dataset: {@code GET /dataSets/{id}/credentials[?batchId=]}, answered
   * with the {@link DataSetCredentials} object itself (not keyed by id). The spec marks the endpoint
   * deprecated.
   *
   * @param batchId the batch that will write, to get its {@code stagePath}; or null
   */
  @Deprecated
  @GET("dataSets/{dataSetId}/credentials")
  DataSetCredentials getDataSetCredentials(@Path("dataSetId") String dataSetId, @Query("batchId") String batchId);

  /**
   * The storage credentials of a dataset, for reading: {@code GET /dataSets/{id}/credentials} (spec
   * operation {@code retrieveDatasetCredentials}, deprecated). The credentials' key is masked in
   * {@code toString()}.
   */
  @Deprecated
  default DataSetCredentials getDataSetCredentials(String dataSetId) {
    return getDataSetCredentials(dataSetId, null);
  }

  // ---------------------------------------------------------------------------------------------
  // Batches

  /**
   * Looks up a batch: {@code GET /batches/{id}}, answered {@code {"<id>": {…}}}. Prefer {@link
   * #getBatch(String)}.
   */
  @GET("batches/{batchId}")
  Map<String, Batch> getBatchMap(@Path("batchId") String batchId);

  /**
   * The batch {@code batchId}: {@code GET /batches/{id}}.
   *
   * @throws java.util.NoSuchElementException if Catalog answered 200 without the object; an
   *     unknown id is normally a 404 ({@code NotFoundException})
   */
  default Batch getBatch(String batchId) {
    return CatalogRefs.single(getBatchMap(batchId), batchId);
  }

  /**
   * Looks up a batch: {@code GET /batches/{id}?aggregate=true|false}. Prefer {@link
   * #getBatch(String, boolean)}.
   */
  @GET("batches/{batchId}")
  Map<String, Batch> getBatchMap(@Path("batchId") String batchId, @Query("aggregate") boolean aggregate);

  /**
   * The batch {@code batchId}: {@code GET /batches/{id}?aggregate=…}. With {@code aggregate} true
   * Catalog returns the aggregated status, metrics and errors in the batch's root-level {@code
   * status}, {@code metrics} and {@code errors} (spec operation {@code retrieveBatch}; the default
   * is false).
   *
   * @throws java.util.NoSuchElementException if Catalog answered 200 without the object
   */
  default Batch getBatch(String batchId, boolean aggregate) {
    return CatalogRefs.single(getBatchMap(batchId, aggregate), batchId);
  }

  /**
   * Lists batches: {@code GET /batches?limit=&start=&orderBy=&properties=&property=&<filter>=…}.
   * Prefer {@link #listBatches(CatalogQuery)}.
   *
   * @param parameters query parameters ({@link CatalogQuery#parameters()}) with simple filters such as
   *     {@code dataSet=<id>}, {@code status=success}, {@code
   *     createdAfter=<epoch ms>}
   * @return the page of batches keyed by id, in the server's order ({@link CatalogPage} has the paging rule)
   */
  @GET("batches")
  CatalogPage<Batch> listBatches(@QueryMap Map<String, String> parameters);

  /**
   * Lists batches: {@code GET /batches} with the query's paging, sorting, projection and filters.
   *
   * @return the page of batches keyed by id, in the server's order; empty when none match
   */
  default CatalogPage<Batch> listBatches(CatalogQuery query) {
    return listBatches(query.parameters());
  }

  /**
   * Lists the batches of one dataset: {@code GET /batches?dataSet=<id>} plus the query's paging,
   * sorting and other filters.
   *
   * @return the page of batches keyed by id, in the server's order; empty when the dataset has none
   */
  default CatalogPage<Batch> listBatchesOfDataSet(String dataSetId, CatalogQuery query) {
    return listBatches(ImmutableCatalogQuery.builder().from(query).putFilters("dataSet", dataSetId).build());
  }

  /**
   * Creates a batch: {@code POST /batches}, answered 201 with {@code ["@/batches/<id>"]}. Prefer
   * {@link #createBatch(BatchRequest)}.
   */
  @POST("batches")
  List<String> createBatchRefs(@Body BatchRequest batch);

  /**
   * Creates a batch ({@code POST /batches}, spec operation {@code createBatch}) and returns the id
   * Catalog gave it. The spec requires {@code status}; link the batch to its dataset with a related
   * object of type {@code dataSet}.
   *
   * @return the new batch's id
   * @throws IllegalArgumentException if {@code batch} has no {@code status} (nothing is sent)
   * @throws IllegalStateException if Catalog answered other than exactly one reference
   */
  default String createBatch(BatchRequest batch) {
    return CatalogRefs.id(createBatchRefs(withStatus(batch, "POST /batches")));
  }

  /**
   * Creates a batch under an id the caller chose: {@code POST /batches/{id}}, answered 201 with
   * {@code ["@/batches/<id>"]}. Prefer {@link #createBatch(String, BatchRequest)}.
   */
  @POST("batches/{batchId}")
  List<String> createBatchWithIdRefs(@Path("batchId") String batchId, @Body BatchRequest batch);

  /**
   * Creates the batch {@code batchId} ({@code POST /batches/{id}}, spec operation {@code
   * createBatchWithId}). The spec requires {@code status}.
   *
   * @return the id of the created batch
   * @throws IllegalArgumentException if {@code batch} has no {@code status} (nothing is sent)
   */
  default String createBatch(String batchId, BatchRequest batch) {
    return CatalogRefs.id(createBatchWithIdRefs(batchId, withStatus(batch, "POST /batches/{id}")));
  }

  /**
   * Replaces a batch: {@code PUT /batches/{id}}, {@code Content-Type: application/json}, answered 200
   * with {@code ["@/batches/<id>"]}. Prefer {@link #replaceBatch(String, BatchRequest)}.
   */
  @PUT("batches/{batchId}")
  List<String> replaceBatchRefs(@Path("batchId") String batchId, @Body BatchRequest batch);

  /**
   * Replaces the batch {@code batchId} with {@code batch} ({@code PUT /batches/{id}}, spec operation
   * {@code updateBatch}, body {@code batchRequest}): send the whole batch; the spec requires {@code
   * status}. To change single members use {@link #updateBatch(String, BatchRequest)}. Throws {@code
   * NotFoundException} for an unknown id.
   *
   * @return the id of the replaced batch
   * @throws IllegalArgumentException if {@code batch} has no {@code status} (nothing is sent)
   */
  default String replaceBatch(String batchId, BatchRequest batch) {
    return CatalogRefs.id(replaceBatchRefs(batchId, withStatus(batch, "PUT /batches/{id}")));
  }

  /**
   * Updates members of a batch with plain JSON: {@code PATCH /batches/{id}}, {@code Content-Type:
   * application/json}, answered 200 with {@code ["@/batches/<id>"]}. Prefer {@link
   * #updateBatch(String, BatchRequest)}.
   */
  @PATCH("batches/{batchId}")
  List<String> updateBatchRefs(@Path("batchId") String batchId, @Body BatchRequest fields);

  /**
   * Overwrites the members set in {@code fields} ({@code PATCH /batches/{id}}, spec operation {@code
   * patchBatch}, body {@code batchPatchRequest}); other members stay as they are. Throws {@code
   * NotFoundException} for an unknown id.
   *
   * @return the id of the updated batch
   */
  default String updateBatch(String batchId, BatchRequest fields) {
    return CatalogRefs.id(updateBatchRefs(batchId, fields));
  }

  /**
   * Deletes a batch: {@code DELETE /batches/{id}}, answered 200 with {@code ["@/batches/<id>"]}.
   * Prefer {@link #deleteBatch(String)}.
   */
  @Deprecated
  @DELETE("batches/{batchId}")
  List<String> deleteBatchRefs(@Path("batchId") String batchId);

  /**
   * Deletes a batch ({@code DELETE /batches/{id}}, spec operation {@code deleteBatch}). The spec marks
   * it deprecated in favour of the Batch Ingestion API's delete. Throws {@code NotFoundException} for
   * an unknown id.
   *
   * @return true if Catalog reported the batch deleted
   */
  @Deprecated
  default boolean deleteBatch(String batchId) {
    return CatalogRefs.ids(deleteBatchRefs(batchId)).contains(batchId);
  }

  /**
   * The distinct values of one batch member: {@code GET /batches/uniques/{field}?limit=&start=&<filter>=…},
   * answered with a JSON array. Prefer {@link #listUniqueBatchValues(String, CatalogQuery)}.
   */
  @Deprecated
  @GET("batches/uniques/{field}")
  List<String> listUniqueBatchValues(@Path("field") String field, @QueryMap Map<String, String> parameters);

  /**
   * The distinct values of the batch member {@code field} over the batches the query selects
   * ({@code GET /batches/uniques/{field}}, spec operation {@code retrieveUniqueBatchValues}; the spec
   * says the endpoint "will be deprecated soon"), e.g. the dataset ids of the successful batches with
   * {@code field = "dataSet"} and the filter {@code status=success}.
   *
   * @return the values, in the server's order
   */
  @Deprecated
  default List<String> listUniqueBatchValues(String field, CatalogQuery query) {
    return listUniqueBatchValues(field, query.parameters());
  }

  /**
   * Lists the last batches per dataset: {@code GET /lastBatches?limit=&start=&orderBy=&properties=&<filter>=…},
   * keyed by dataset id. Prefer {@link #listLastBatches(CatalogQuery)}.
   *
   * @param parameters query parameters ({@link CatalogQuery#parameters()}), with filters such as
   *     {@code dataSetId=<id>,<id>} or {@code lastBatchStatus=success}
   */
  @GET("lastBatches")
  CatalogPage<LastBatch> listLastBatches(@QueryMap Map<String, String> parameters);

  /**
   * The last, last successful and last failed batch per dataset: {@code GET /lastBatches}. Filter
   * with {@code dataSetId} (comma-separated ids) or {@code lastBatchStatus}.
   *
   * @return the page of records keyed by dataset id ({@link CatalogPage} has the paging rule)
   * @throws IllegalArgumentException if the query has a {@code property} filter (this endpoint has none)
   */
  default CatalogPage<LastBatch> listLastBatches(CatalogQuery query) {
    if (query.propertyFilter().isPresent()) {
      throw new IllegalArgumentException("GET /lastBatches takes no 'property' filter");
    }
    return listLastBatches(query.parameters());
  }

  // ---------------------------------------------------------------------------------------------
  // Tags

  /**
   * The tag values of one namespace across the org, and the objects tagged in it: {@code GET
   * /tags/{tagNamespace}} (spec operation {@code listTags}, deprecated). The namespace is sent as one
   * path segment ({@code adobe/pqs/databases} as {@code adobe%2Fpqs%2Fdatabases}).
   */
  @Deprecated
  @GET("tags/{tagNamespace}")
  TagValues listTags(@Path("tagNamespace") String tagNamespace);

  // ---------------------------------------------------------------------------------------------
  // Batched requests

  /**
   * Lists batched requests: {@code GET /?limit=&start=&orderBy=&properties=&property=} (the Catalog
   * base path itself), answered with a {@code serviceResources} object. Prefer {@link
   * #listBatchedRequests(CatalogQuery)}.
   */
  @Deprecated
  @GET(".")
  ServiceResources listBatchedRequests(@QueryMap Map<String, String> parameters);

  /**
   * Lists batched requests ({@code GET /}, spec operation {@code listBatchedRequest}, deprecated)
   * with the query's paging, sorting and projection.
   */
  @Deprecated
  default ServiceResources listBatchedRequests(CatalogQuery query) {
    return listBatchedRequests(query.parameters());
  }

  /**
   * Sends several Catalog requests in one call: {@code POST /} (the Catalog base path itself), body
   * an array of {@link BatchedRequestItem}, answered 201 with the references of the resources, e.g.
   * {@code ["@/dataSets/<id>", …]}. Prefer {@link #createBatchedRequest(List)}.
   */
  @Deprecated
  @POST(".")
  List<String> createBatchedRequestRefs(@Body List<BatchedRequestItem> requests);

  /**
   * Sends {@code requests} as one batched request ({@code POST /}, spec operation {@code
   * createBatchedRequest}, deprecated).
   *
   * @return the ids in Catalog's answer, in order
   * @throws IllegalArgumentException if an element of the answer is not a reference
   */
  @Deprecated
  default List<String> createBatchedRequest(List<BatchedRequestItem> requests) {
    return CatalogRefs.ids(createBatchedRequestRefs(requests));
  }

  /** {@code batch} if it has the {@code status} that {@code batchRequest} requires. */
  private static BatchRequest withStatus(BatchRequest batch, String operation) {
    if (batch.status().isEmpty()) {
      throw new IllegalArgumentException(operation + " needs a batch 'status' (spec batchRequest requires it)");
    }
    return batch;
  }
}
