package io.github.aepsdk.conversion;

import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The AEP Data Prep API (Conversion Service, base path {@code /data/foundation/conversion}):
 * mapping sets, their mappings, and the expression language. Follows Adobe's official spec
 * ({@code data-prep.yaml}) and the Data Prep API guide
 * (https://experienceleague.adobe.com/docs/experience-platform/data-prep/api/mapping-set.html).
 *
 * <p>Obtain it from {@code AepClient.conversion()}: every call carries the gateway headers of that
 * client's org and sandbox, runs synchronously and returns the answer, or throws an unchecked
 * {@code io.github.aepsdk.core.error.AepException}: an {@code AepServiceException} subclass per
 * HTTP status for error answers (400 {@code BadRequestException} for an invalid mapping set or
 * request, 401 {@code UnauthorizedException}, 403 {@code ForbiddenException}, 404 {@code
 * NotFoundException}, 5xx {@code ServerErrorException}), {@code AepInvalidResponseException} for
 * an unreadable answer and {@code AepIoException} for transport failures.
 *
 * <pre>{@code
 * ConversionApi dataPrep = aep.conversion();
 * MappingSetCreated created = dataPrep.createMappingSet(
 *     MappingSet.forSchema(schemaId)
 *         .addMappings(Mapping.attribute("firstName", "person.name.firstName"))
 *         .build());
 * MappingSet stored = dataPrep.getMappingSet(created.id().orElseThrow());
 * }</pre>
 */
public interface ConversionApi {

  /** The spec's default page size of {@code GET /mappingSets}. */
  int DEFAULT_LIMIT = 10;

  /**
   * Creates a mapping set. {@code POST /mappingSets}; AEP answers HTTP 200 (not 201).
   *
   * @param mappingSet the set to create, normally built with {@link MappingSet#forSchema(String)}
   * @return the new set's {@code id}, {@code version} (0) and audit members (dates in epoch millis)
   */
  @POST("mappingSets")
  MappingSetCreated createMappingSet(@Body MappingSet mappingSet);

  /**
   * Lists mapping sets, one page. {@code GET /mappingSets?limit=&start=[&name=][&orderBy=][&expandSchema=]}.
   * {@link DataPage#nextPage()} repeats the call with {@code start} advanced by the number of items
   * received and the same {@code limit}; {@code autoPager()} walks all pages ({@link DataPage} has
   * the end rule).
   *
   * @param limit page size (required by the API; the spec's default is 10)
   * @param start zero-based offset of the first set (required by the API; 0 for the first page)
   * @param name only sets with this name; {@code null} for all
   * @param orderBy {@code +createdDate}, {@code -updatedDate}, … ({@code +} ascending, {@code -}
   *     descending); {@code null} for the server's default
   * @param expandSchema whether to include each output schema's JSON Schema; {@code null} to omit
   * @return the page; {@link DataPage#nextPage()} repeats this call with {@code start} advanced by
   *     the items received, {@code autoPager()} walks all pages until a short or empty page
   */
  @GET("mappingSets")
  DataPage<MappingSet> listMappingSets(
      @Query("limit") int limit,
      @Query("start") int start,
      @Query("name") String name,
      @Query("orderBy") String orderBy,
      @Query("expandSchema") Boolean expandSchema);

  /**
   * Lists the first page of mapping sets with the spec's defaults. {@code GET
   * /mappingSets?limit=10&start=0}.
   */
  default DataPage<MappingSet> listMappingSets() {
    return listMappingSets(DEFAULT_LIMIT, 0);
  }

  /**
   * Lists mapping sets, one page, with the server's default order. {@code GET /mappingSets?limit=&start=}.
   *
   * @param limit page size
   * @param start zero-based offset
   */
  default DataPage<MappingSet> listMappingSets(int limit, int start) {
    return listMappingSets(limit, start, null, null, null);
  }

  /**
   * Reads a mapping set. {@code GET /mappingSets/{mappingSetId}[?version=][&expandSchema=]}.
   *
   * @param mappingSetId the set's id
   * @param version the revision to read; {@code null} for the latest
   * @param expandSchema whether to include the output schema's JSON Schema; {@code null} to omit
   */
  @GET("mappingSets/{mappingSetId}")
  MappingSet getMappingSet(
      @Path("mappingSetId") String mappingSetId,
      @Query("version") Integer version,
      @Query("expandSchema") Boolean expandSchema);

  /**
   * Reads the latest revision of a mapping set. {@code GET /mappingSets/{mappingSetId}}.
   *
   * @param mappingSetId the set's id
   */
  default MappingSet getMappingSet(String mappingSetId) {
    return getMappingSet(mappingSetId, null, null);
  }

  /**
   * Replaces a mapping set's content; AEP increments its {@code version}. {@code PUT
   * /mappingSets/{mappingSetId}}.
   *
   * @param mappingSetId the set's id
   * @param mappingSet the new content (output schema and all mappings)
   * @return the updated set, with its new {@code version}
   */
  @PUT("mappingSets/{mappingSetId}")
  MappingSet updateMappingSet(@Path("mappingSetId") String mappingSetId, @Body MappingSet mappingSet);

  /**
   * Validates a mapping set without saving it. {@code POST /mappingSets/validate}.
   *
   * @return one result per mapping, in order
   */
  @POST("mappingSets/validate")
  MappingSetValidation validateMappingSet(@Body MappingSet mappingSet);

  /**
   * Maps sample rows through a mapping set without saving anything. {@code POST /mappingSets/preview}.
   *
   * @return one result per input row (AEP answers an array)
   */
  @POST("mappingSets/preview")
  List<PreviewResult> previewMappingSet(@Body PreviewRequest request);

  /**
   * Lists the mappings of a mapping set. {@code GET /mappingSets/{mappingSetId}/mappings}; AEP
   * answers a bare array.
   *
   * @param mappingSetId the set's id
   */
  @GET("mappingSets/{mappingSetId}/mappings")
  List<Mapping> listMappings(@Path("mappingSetId") String mappingSetId);

  /**
   * Reads one mapping of a mapping set. {@code GET /mappingSets/{mappingSetId}/mappings/{mappingId}}.
   *
   * @param mappingSetId the set's id
   * @param mappingId the mapping's id
   */
  @GET("mappingSets/{mappingSetId}/mappings/{mappingId}")
  Mapping getMapping(@Path("mappingSetId") String mappingSetId, @Path("mappingId") String mappingId);

  /**
   * Validates a Data Prep expression, answering the raw body: a {@link Boolean} per the spec, or a
   * {@code Map} in the form Adobe's guide shows. {@code POST /languages/el/validate}. Prefer
   * {@link #validateExpression(ExpressionValidationRequest)}.
   */
  @POST("languages/el/validate")
  Object validateExpressionRaw(@Body ExpressionValidationRequest request);

  /**
   * Validates a Data Prep expression. {@code POST /languages/el/validate}.
   *
   * @throws IllegalArgumentException if the answer is neither a boolean nor an object
   */
  default ExpressionValidation validateExpression(ExpressionValidationRequest request) {
    return ExpressionValidation.of(validateExpressionRaw(request));
  }

  /**
   * Validates a Data Prep expression such as {@code concat(firstName, " ", lastName)}. {@code POST
   * /languages/el/validate}.
   */
  default ExpressionValidation validateExpression(String expression) {
    return validateExpression(ExpressionValidationRequest.of(expression));
  }

  /** Lists the functions available in mapping expressions. {@code GET /languages/el/functions}. */
  @GET("languages/el/functions")
  List<ExpressionFunction> listFunctions();

  /** Lists the operators available in mapping expressions. {@code GET /languages/el/operators}. */
  @GET("languages/el/operators")
  List<ExpressionOperator> listOperators();
}
