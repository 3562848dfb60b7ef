package io.github.aepsdk.catalog;

import java.util.List;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * The AEP Catalog Service API ({@code /data/foundation/catalog}): datasets and batches. Get one
 * from {@code AepClient.catalog()}.
 *
 * <p>Catalog's shapes differ from the other AEP APIs (API-NOTES §3):
 *
 * <ul>
 *   <li>lists and lookups answer an object keyed by id, {@code {"<id>": {…}}}, never an array and
 *       without a paging envelope, and the bodies do not repeat the id. List methods return that
 *       map (in the server's order, key = id); lookups such as {@link #getDataSet(String)} return
 *       the one object;
 *   <li>create, PATCH and DELETE answer an array of references, {@code ["@/dataSets/<id>"]}; the
 *       methods here return the id(s) ({@link CatalogRefs});
 *   <li>paging is {@code start} + {@code limit} (at most 100): walk all pages with {@code
 *       Paging.catalog} in core.
 * </ul>
 *
 * <p>The methods annotated with an HTTP method are the wire bindings; the {@code default} methods
 * are the typed way to call them and are what most code should use. Every call throws the
 * unchecked exceptions of {@code io.github.aepsdk.core.error}: {@code BadRequestException} (400,
 * e.g. an invalid {@code limit}), {@code UnauthorizedException}/{@code ForbiddenException}, {@code
 * NotFoundException} (404), {@code ServerErrorException} (5xx), {@code AepIoException} and {@code
 * AepInvalidResponseException}. Adobe docs: help/catalog/api/*.md; spec: catalog.yaml.
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
   * @return datasets keyed by id, in the server's order
   */
  @GET("dataSets")
  Map<String, DataSet> listDataSets(@QueryMap Map<String, String> parameters);

  /**
   * Lists datasets: {@code GET /dataSets} with the query's paging, sorting, projection and
   * filters. Adobe docs: help/catalog/api/list-objects.md, filter-data.md.
   *
   * @return datasets keyed by id, in the server's order; empty when none match
   */
  default Map<String, DataSet> listDataSets(CatalogQuery query) {
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
   * Lists batches: {@code GET /batches?limit=&start=&orderBy=&properties=&property=&<filter>=…}.
   * Prefer {@link #listBatches(CatalogQuery)}.
   *
   * @param parameters query parameters ({@link CatalogQuery#parameters()}) with simple filters such as
   *     {@code dataSet=<id>}, {@code status=success}, {@code
   *     createdAfter=<epoch ms>}
   * @return batches keyed by id, in the server's order
   */
  @GET("batches")
  Map<String, Batch> listBatches(@QueryMap Map<String, String> parameters);

  /**
   * Lists batches: {@code GET /batches} with the query's paging, sorting, projection and filters.
   *
   * @return batches keyed by id, in the server's order; empty when none match
   */
  default Map<String, Batch> listBatches(CatalogQuery query) {
    return listBatches(query.parameters());
  }

  /**
   * Lists the batches of one dataset: {@code GET /batches?dataSet=<id>} plus the query's paging,
   * sorting and other filters.
   *
   * @return batches keyed by id, in the server's order; empty when the dataset has none
   */
  default Map<String, Batch> listBatchesOfDataSet(String dataSetId, CatalogQuery query) {
    return listBatches(ImmutableCatalogQuery.builder().from(query).putFilters("dataSet", dataSetId).build());
  }

  /**
   * Lists the last batches per dataset: {@code GET /lastBatches?limit=&start=&orderBy=&properties=&<filter>=…},
   * keyed by dataset id. Prefer {@link #listLastBatches(CatalogQuery)}.
   *
   * @param parameters query parameters ({@link CatalogQuery#parameters()}), with filters such as
   *     {@code dataSetId=<id>,<id>} or {@code lastBatchStatus=success}
   */
  @GET("lastBatches")
  Map<String, LastBatch> listLastBatches(@QueryMap Map<String, String> parameters);

  /**
   * The last, last successful and last failed batch per dataset: {@code GET /lastBatches}. Filter
   * with {@code dataSetId} (comma-separated ids) or {@code lastBatchStatus}.
   *
   * @return records keyed by dataset id
   * @throws IllegalArgumentException if the query has a {@code property} filter (this endpoint has none)
   */
  default Map<String, LastBatch> listLastBatches(CatalogQuery query) {
    if (query.propertyFilter().isPresent()) {
      throw new IllegalArgumentException("GET /lastBatches takes no 'property' filter");
    }
    return listLastBatches(query.parameters());
  }
}
