package io.github.aepsdk.schemaregistry;

import java.util.List;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The AEP Schema Registry API ({@code https://platform.adobe.io/data/foundation/schemaregistry}):
 * classes, schemas, field groups, data types, descriptors, behaviors, unions, stats, export/import,
 * sample data and the audit log. Paths are relative to the service base path.
 *
 * <p>Obtain an implementation from the SDK client ({@code AepClient.schemaRegistry()}); it adds
 * the gateway headers ({@code Authorization}, {@code x-api-key}, {@code x-gw-ims-org-id}, {@code
 * x-sandbox-name}) and sends bodies as {@code Content-Type: application/json}. Every method runs
 * synchronously and throws the SDK's unchecked exceptions: {@code BadRequestException} (400, for
 * example {@code XDM-1521-400} duplicate title, {@code XDM-1006…1009-400} wrong {@code Accept}),
 * {@code NotFoundException} (404, {@code XDM-1010…1017-404}), other {@code AepServiceException}s
 * by status, {@code AepIoException} for transport failures.
 *
 * <p><b>Ids.</b> A resource is addressed by its {@code $id} URI or its {@code meta:altId}, passed
 * as an {@link XdmId}, which sends the {@code $id} percent-encoded as one path segment ({@code
 * https%3A%2F%2Fns.adobe.com%2F…}). The {@code String} overloads wrap it for you.
 *
 * <p><b>Accept.</b> Every GET sends the media type the registry requires: lists {@code
 * application/vnd.adobe.xed-id+json} (summaries, {@code list…}) or {@code
 * application/vnd.adobe.xed+json} (full resources, {@code list…Detailed}); lookups the chosen
 * {@link XedMediaType} (default {@link XedMediaType#XED}); descriptors the {@code xdm} family.
 *
 * <p><b>Paging.</b> Lists take {@code orderby}, {@code start}, {@code limit} (a hint, 0–500) and
 * {@code property} filters; {@code start} and {@code limit} work only together with {@code
 * orderby}. {@link ResultsPage#nextPage()} repeats the call with {@code start} = {@link
 * ResultsPage#next()} and always an {@code orderby}: the call's own, else the answer's {@code
 * _page.orderby}; with neither it refuses ({@link IllegalStateException} naming {@code orderby}),
 * so pass an {@code orderby} (e.g. {@code "title"}) to walk a list: {@code
 * aep.schemaRegistry().listSchemas(Container.TENANT, "title", null, 100, null).autoPager()}. A
 * {@code _page.next} that comes back again ends the walk with an {@link IllegalStateException}. Null
 * arguments are omitted from the query.
 *
 * @see <a href="https://developer.adobe.com/experience-platform-apis/references/schema-registry/">Schema Registry API reference</a>
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/getting-started.html">Schema Registry API guide</a>
 */
public interface SchemaRegistryApi {

  /** {@code Accept} of list calls that answer summaries. */
  String XED_ID = "application/vnd.adobe.xed-id+json";

  /** {@code Accept} of list calls that answer full resources. */
  String XED = "application/vnd.adobe.xed+json";

  /** {@code Accept} of descriptor calls that answer descriptor objects (grouped by {@code @type} in lists). */
  String XDM = "application/vnd.adobe.xdm+json";

  /** {@code Accept} of descriptor lists that answer descriptor ids grouped by {@code @type}. */
  String XDM_ID = "application/vnd.adobe.xdm-id+json";

  /** {@code Accept} of descriptor lists that answer a paged {@code results} array of descriptor objects. */
  String XDM_V2 = "application/vnd.adobe.xdm-v2+json";

  // ---------------------------------------------------------------- classes

  /**
   * Creates a class in the tenant container: {@code POST /tenant/classes}, 201 with the class.
   * For an ad-hoc class use {@link CreateClassRequest#adHoc(String, String, Map)}.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/classes.html#create">Create a class</a>
   */
  @POST("tenant/classes")
  XdmClass createClass(@Body CreateClassRequest request);

  /**
   * Looks up a class: {@code GET /{CONTAINER_ID}/classes/{CLASS_ID}} with {@code Accept: <accept>}.
   *
   * @param container {@link Container#TENANT} for your classes, {@link Container#GLOBAL} for standard ones
   * @param classId the class's {@code $id} or {@code meta:altId}
   * @param accept the representation
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/classes.html#lookup">Look up a class</a>
   */
  @GET("{CONTAINER_ID}/classes/{CLASS_ID}")
  XdmClass getXdmClass(
      @Path("CONTAINER_ID") Container container,
      @Path(value = "CLASS_ID", encoded = true) XdmId classId,
      @Header("Accept") XedMediaType accept);

  /** {@link #getXdmClass(Container, XdmId, XedMediaType)} with {@link XedMediaType#XED}. */
  default XdmClass getXdmClass(Container container, String classId) {
    return getXdmClass(container, XdmId.of(classId), XedMediaType.XED);
  }

  /**
   * Lists classes as summaries: {@code GET /{CONTAINER_ID}/classes} with {@code Accept:
   * application/vnd.adobe.xed-id+json}.
   *
   * @param orderby sort fields, comma-separated, {@code -} for descending (e.g. {@code title}); null for none
   * @param start the value of the primary sort field to continue after ({@link ResultsPage#next()}); null for the first page
   * @param limit page size hint, 0–500; null for the server default
   * @param property filters such as {@code meta:intendedToExtend==https://ns.adobe.com/xdm/context/profile}
   *     ({@code ==}, {@code !=}, {@code <}, {@code >}, {@code <=}, {@code >=}, or a bare name: the
   *     property exists), each sent as its own {@code property} parameter; several are ANDed (as
   *     in the guide's {@code property=meta:immutableTags==union&property=meta:class==…}); null
   *     or empty for none
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/classes.html#list">List classes</a>
   */
  @GET("{CONTAINER_ID}/classes")
  @Headers("Accept: " + XED_ID)
  ResultsPage<XdmSummary> listClasses(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /** {@link #listClasses(Container, String, String, Integer, List)}: the first page, unsorted and unfiltered. */
  default ResultsPage<XdmSummary> listClasses(Container container) {
    return listClasses(container, null, null, null, null);
  }

  /**
   * Lists classes as full resources: {@code GET /{CONTAINER_ID}/classes} with {@code Accept:
   * application/vnd.adobe.xed+json}. Parameters as in {@link #listClasses(Container, String,
   * String, Integer, List)}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   */
  @GET("{CONTAINER_ID}/classes")
  @Headers("Accept: " + XED)
  ResultsPage<XdmClass> listClassesDetailed(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /**
   * Deletes a tenant class: {@code DELETE /tenant/classes/{CLASS_ID}} (operationId {@code
   * removeClass}), 204 with no body. Delete the schemas built on the class first (Adobe's teardown
   * order: schemas, then classes). An unknown class answers 404 ({@code NotFoundException}).
   *
   * @param classId the class's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/classes.html#delete">Delete a class</a>
   */
  @DELETE("tenant/classes/{CLASS_ID}")
  Void deleteClass(@Path(value = "CLASS_ID", encoded = true) XdmId classId);

  /** {@link #deleteClass(XdmId)} for a {@code String} id. */
  default void deleteClass(String classId) {
    deleteClass(XdmId.of(classId));
  }

  /**
   * Replaces a tenant class: {@code PUT /tenant/classes/{CLASS_ID}}, 200 with the class. The body
   * must carry everything a create needs (title, description, the behavior in {@code allOf}).
   *
   * @param classId the class's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/classes.html#put">Replace a class</a>
   */
  @PUT("tenant/classes/{CLASS_ID}")
  XdmClass replaceClass(@Path(value = "CLASS_ID", encoded = true) XdmId classId, @Body CreateClassRequest request);

  /**
   * Changes part of a tenant class with JSON Patch: {@code PATCH /tenant/classes/{CLASS_ID}}, 200
   * with the updated class. The body is the array of operations, sent as {@code application/json}.
   *
   * @param classId the class's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/classes.html#patch">Update part of a class</a>
   */
  @PATCH("tenant/classes/{CLASS_ID}")
  XdmClass patchClass(@Path(value = "CLASS_ID", encoded = true) XdmId classId, @Body List<JsonPatchOperation> operations);

  // ---------------------------------------------------------------- schemas

  /**
   * Creates a schema in the tenant container: {@code POST /tenant/schemas}, 201 with the schema.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html#create">Create a schema</a>
   */
  @POST("tenant/schemas")
  Schema createSchema(@Body CreateSchemaRequest request);

  /**
   * Looks up a schema: {@code GET /{CONTAINER_ID}/schemas/{SCHEMA_ID}} with {@code Accept:
   * <accept>}. Use {@link XedMediaType#XED_FULL} to get every field resolved into {@link
   * Schema#properties()} (see {@link Schema#fieldPaths()}).
   *
   * @param schemaId the schema's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html#lookup">Look up a schema</a>
   */
  @GET("{CONTAINER_ID}/schemas/{SCHEMA_ID}")
  Schema getSchema(
      @Path("CONTAINER_ID") Container container,
      @Path(value = "SCHEMA_ID", encoded = true) XdmId schemaId,
      @Header("Accept") XedMediaType accept);

  /** {@link #getSchema(Container, XdmId, XedMediaType)} with {@link XedMediaType#XED}. */
  default Schema getSchema(Container container, String schemaId) {
    return getSchema(container, XdmId.of(schemaId), XedMediaType.XED);
  }

  /** {@link #getSchema(Container, XdmId, XedMediaType)} for a {@code String} id. */
  default Schema getSchema(Container container, String schemaId, XedMediaType accept) {
    return getSchema(container, XdmId.of(schemaId), accept);
  }

  /**
   * Lists schemas as summaries: {@code GET /{CONTAINER_ID}/schemas} with {@code Accept:
   * application/vnd.adobe.xed-id+json}. Parameters as in {@link #listClasses(Container, String,
   * String, Integer, List)}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html#list">List schemas</a>
   */
  @GET("{CONTAINER_ID}/schemas")
  @Headers("Accept: " + XED_ID)
  ResultsPage<XdmSummary> listSchemas(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /** {@link #listSchemas(Container, String, String, Integer, List)}: the first page, unsorted and unfiltered. */
  default ResultsPage<XdmSummary> listSchemas(Container container) {
    return listSchemas(container, null, null, null, null);
  }

  /**
   * Lists schemas as full resources: {@code GET /{CONTAINER_ID}/schemas} with {@code Accept:
   * application/vnd.adobe.xed+json}. Parameters as in {@link #listClasses(Container, String,
   * String, Integer, List)}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   */
  @GET("{CONTAINER_ID}/schemas")
  @Headers("Accept: " + XED)
  ResultsPage<Schema> listSchemasDetailed(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /**
   * Replaces a tenant schema: {@code PUT /tenant/schemas/{SCHEMA_ID}}, 200 with the schema. The
   * body must carry everything a create needs.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html#put">Replace a schema</a>
   */
  @PUT("tenant/schemas/{SCHEMA_ID}")
  Schema replaceSchema(@Path(value = "SCHEMA_ID", encoded = true) XdmId schemaId, @Body CreateSchemaRequest request);

  /**
   * Changes part of a tenant schema with JSON Patch: {@code PATCH /tenant/schemas/{SCHEMA_ID}},
   * 200 with the updated schema. The body is the array of operations, sent as {@code
   * application/json} as the API requires. See {@link SchemaPatches} for common changes.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html#patch">Update part of a schema</a>
   */
  @PATCH("tenant/schemas/{SCHEMA_ID}")
  Schema patchSchema(@Path(value = "SCHEMA_ID", encoded = true) XdmId schemaId, @Body List<JsonPatchOperation> operations);

  /** {@link #patchSchema(XdmId, List)} for a {@code String} id. */
  default Schema patchSchema(String schemaId, List<JsonPatchOperation> operations) {
    return patchSchema(XdmId.of(schemaId), operations);
  }

  /**
   * Deletes a tenant schema: {@code DELETE /tenant/schemas/{SCHEMA_ID}}, 204.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/schemas.html#delete">Delete a schema</a>
   */
  @DELETE("tenant/schemas/{SCHEMA_ID}")
  Void deleteSchema(@Path(value = "SCHEMA_ID", encoded = true) XdmId schemaId);

  /** {@link #deleteSchema(XdmId)} for a {@code String} id. */
  default void deleteSchema(String schemaId) {
    deleteSchema(XdmId.of(schemaId));
  }

  // ---------------------------------------------------------------- field groups

  /**
   * Creates a field group in the tenant container: {@code POST /tenant/fieldgroups}, 201 with the
   * field group. {@link CreateFieldGroupRequest#tenantFields} builds the usual body.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/field-groups.html#create">Create a field group</a>
   */
  @POST("tenant/fieldgroups")
  FieldGroup createFieldGroup(@Body CreateFieldGroupRequest request);

  /**
   * Looks up a field group: {@code GET /{CONTAINER_ID}/fieldgroups/{FIELD_GROUP_ID}} with {@code
   * Accept: <accept>}.
   *
   * @param fieldGroupId the field group's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/field-groups.html#lookup">Look up a field group</a>
   */
  @GET("{CONTAINER_ID}/fieldgroups/{FIELD_GROUP_ID}")
  FieldGroup getFieldGroup(
      @Path("CONTAINER_ID") Container container,
      @Path(value = "FIELD_GROUP_ID", encoded = true) XdmId fieldGroupId,
      @Header("Accept") XedMediaType accept);

  /** {@link #getFieldGroup(Container, XdmId, XedMediaType)} with {@link XedMediaType#XED}. */
  default FieldGroup getFieldGroup(Container container, String fieldGroupId) {
    return getFieldGroup(container, XdmId.of(fieldGroupId), XedMediaType.XED);
  }

  /**
   * Lists field groups as summaries: {@code GET /{CONTAINER_ID}/fieldgroups} with {@code Accept:
   * application/vnd.adobe.xed-id+json}. Parameters as in {@link #listClasses(Container, String,
   * String, Integer, List)}; for example {@code property =
   * List.of("meta:intendedToExtend==https://ns.adobe.com/xdm/context/profile")}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/field-groups.html#list">List field groups</a>
   */
  @GET("{CONTAINER_ID}/fieldgroups")
  @Headers("Accept: " + XED_ID)
  ResultsPage<XdmSummary> listFieldGroups(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /** {@link #listFieldGroups(Container, String, String, Integer, List)}: the first page, unsorted and unfiltered. */
  default ResultsPage<XdmSummary> listFieldGroups(Container container) {
    return listFieldGroups(container, null, null, null, null);
  }

  /**
   * Lists field groups as full resources: {@code GET /{CONTAINER_ID}/fieldgroups} with {@code
   * Accept: application/vnd.adobe.xed+json}. Parameters as in {@link #listClasses(Container,
   * String, String, Integer, List)}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   */
  @GET("{CONTAINER_ID}/fieldgroups")
  @Headers("Accept: " + XED)
  ResultsPage<FieldGroup> listFieldGroupsDetailed(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /**
   * Replaces a tenant field group: {@code PUT /tenant/fieldgroups/{FIELD_GROUP_ID}}, 200 with the
   * field group. The body must carry everything a create needs.
   *
   * @param fieldGroupId the field group's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/field-groups.html#put">Replace a field group</a>
   */
  @PUT("tenant/fieldgroups/{FIELD_GROUP_ID}")
  FieldGroup replaceFieldGroup(
      @Path(value = "FIELD_GROUP_ID", encoded = true) XdmId fieldGroupId, @Body CreateFieldGroupRequest request);

  /**
   * Changes part of a tenant field group with JSON Patch: {@code PATCH
   * /tenant/fieldgroups/{FIELD_GROUP_ID}}, 200 with the updated field group; for example {@code
   * JsonPatchOperation.add("/definitions/customFields/properties/_<tenant>/properties/city", field)}.
   *
   * @param fieldGroupId the field group's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/field-groups.html#patch">Update part of a field group</a>
   */
  @PATCH("tenant/fieldgroups/{FIELD_GROUP_ID}")
  FieldGroup patchFieldGroup(
      @Path(value = "FIELD_GROUP_ID", encoded = true) XdmId fieldGroupId, @Body List<JsonPatchOperation> operations);

  /**
   * Deletes a tenant field group: {@code DELETE /tenant/fieldgroups/{FIELD_GROUP_ID}}, 204.
   *
   * @param fieldGroupId the field group's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/field-groups.html#delete">Delete a field group</a>
   */
  @DELETE("tenant/fieldgroups/{FIELD_GROUP_ID}")
  Void deleteFieldGroup(@Path(value = "FIELD_GROUP_ID", encoded = true) XdmId fieldGroupId);

  /** {@link #deleteFieldGroup(XdmId)} for a {@code String} id. */
  default void deleteFieldGroup(String fieldGroupId) {
    deleteFieldGroup(XdmId.of(fieldGroupId));
  }

  // ---------------------------------------------------------------- mixins (deprecated)

  /**
   * Lists field groups as summaries through the former {@code mixins} path: {@code GET
   * /{CONTAINER_ID}/mixins} with {@code Accept: application/vnd.adobe.xed-id+json}.
   *
   * @deprecated Adobe keeps {@code /mixins} only as a legacy path; use {@link
   *     #listFieldGroups(Container, String, String, Integer, List)}.
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   */
  @Deprecated
  @GET("{CONTAINER_ID}/mixins")
  @Headers("Accept: " + XED_ID)
  ResultsPage<XdmSummary> listMixins(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /**
   * Looks up a field group through the former {@code mixins} path: {@code GET
   * /{CONTAINER_ID}/mixins/{MIXIN_ID}} with {@code Accept: <accept>}.
   *
   * @deprecated use {@link #getFieldGroup(Container, XdmId, XedMediaType)}.
   */
  @Deprecated
  @GET("{CONTAINER_ID}/mixins/{MIXIN_ID}")
  FieldGroup getMixin(
      @Path("CONTAINER_ID") Container container,
      @Path(value = "MIXIN_ID", encoded = true) XdmId mixinId,
      @Header("Accept") XedMediaType accept);

  /**
   * Creates a field group through the former {@code mixins} path: {@code POST /tenant/mixins}, 201.
   *
   * @deprecated use {@link #createFieldGroup(CreateFieldGroupRequest)}.
   */
  @Deprecated
  @POST("tenant/mixins")
  FieldGroup createMixin(@Body CreateFieldGroupRequest request);

  /**
   * Replaces a field group through the former {@code mixins} path: {@code PUT
   * /tenant/mixins/{MIXIN_ID}}, 200.
   *
   * @deprecated use {@link #replaceFieldGroup(XdmId, CreateFieldGroupRequest)}.
   */
  @Deprecated
  @PUT("tenant/mixins/{MIXIN_ID}")
  FieldGroup replaceMixin(@Path(value = "MIXIN_ID", encoded = true) XdmId mixinId, @Body CreateFieldGroupRequest request);

  /**
   * Changes part of a field group through the former {@code mixins} path: {@code PATCH
   * /tenant/mixins/{MIXIN_ID}}, 200.
   *
   * @deprecated use {@link #patchFieldGroup(XdmId, List)}.
   */
  @Deprecated
  @PATCH("tenant/mixins/{MIXIN_ID}")
  FieldGroup patchMixin(@Path(value = "MIXIN_ID", encoded = true) XdmId mixinId, @Body List<JsonPatchOperation> operations);

  /**
   * Deletes a field group through the former {@code mixins} path: {@code DELETE
   * /tenant/mixins/{MIXIN_ID}}, 204.
   *
   * @deprecated use {@link #deleteFieldGroup(XdmId)}.
   */
  @Deprecated
  @DELETE("tenant/mixins/{MIXIN_ID}")
  Void deleteMixin(@Path(value = "MIXIN_ID", encoded = true) XdmId mixinId);

  // ---------------------------------------------------------------- data types

  /**
   * Creates a data type in the tenant container: {@code POST /tenant/datatypes}, 201 with the data
   * type. {@link CreateDataTypeRequest#object(String, String, Map)} builds the usual body.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/data-types.html#create">Create a data type</a>
   */
  @POST("tenant/datatypes")
  DataType createDataType(@Body CreateDataTypeRequest request);

  /**
   * Looks up a data type: {@code GET /{CONTAINER_ID}/datatypes/{DATA_TYPE_ID}} with {@code Accept:
   * <accept>}.
   *
   * @param dataTypeId the data type's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/data-types.html#lookup">Look up a data type</a>
   */
  @GET("{CONTAINER_ID}/datatypes/{DATA_TYPE_ID}")
  DataType getDataType(
      @Path("CONTAINER_ID") Container container,
      @Path(value = "DATA_TYPE_ID", encoded = true) XdmId dataTypeId,
      @Header("Accept") XedMediaType accept);

  /** {@link #getDataType(Container, XdmId, XedMediaType)} with {@link XedMediaType#XED}. */
  default DataType getDataType(Container container, String dataTypeId) {
    return getDataType(container, XdmId.of(dataTypeId), XedMediaType.XED);
  }

  /**
   * Lists data types as summaries: {@code GET /{CONTAINER_ID}/datatypes} with {@code Accept:
   * application/vnd.adobe.xed-id+json}. Parameters as in {@link #listClasses(Container, String,
   * String, Integer, List)}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/data-types.html#list">List data types</a>
   */
  @GET("{CONTAINER_ID}/datatypes")
  @Headers("Accept: " + XED_ID)
  ResultsPage<XdmSummary> listDataTypes(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /** {@link #listDataTypes(Container, String, String, Integer, List)}: the first page, unsorted and unfiltered. */
  default ResultsPage<XdmSummary> listDataTypes(Container container) {
    return listDataTypes(container, null, null, null, null);
  }

  /**
   * Lists data types as full resources: {@code GET /{CONTAINER_ID}/datatypes} with {@code Accept:
   * application/vnd.adobe.xed+json}. Parameters as in {@link #listClasses(Container, String,
   * String, Integer, List)}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   */
  @GET("{CONTAINER_ID}/datatypes")
  @Headers("Accept: " + XED)
  ResultsPage<DataType> listDataTypesDetailed(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /**
   * Replaces a tenant data type: {@code PUT /tenant/datatypes/{DATA_TYPE_ID}}, 200 with the data
   * type. The body must carry everything a create needs.
   *
   * @param dataTypeId the data type's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/data-types.html#put">Replace a data type</a>
   */
  @PUT("tenant/datatypes/{DATA_TYPE_ID}")
  DataType replaceDataType(@Path(value = "DATA_TYPE_ID", encoded = true) XdmId dataTypeId, @Body CreateDataTypeRequest request);

  /**
   * Changes part of a tenant data type with JSON Patch: {@code PATCH
   * /tenant/datatypes/{DATA_TYPE_ID}}, 200 with the updated data type; for example {@code
   * JsonPatchOperation.add("/properties/field3", XdmField.date())}.
   *
   * @param dataTypeId the data type's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/data-types.html#patch">Update part of a data type</a>
   */
  @PATCH("tenant/datatypes/{DATA_TYPE_ID}")
  DataType patchDataType(
      @Path(value = "DATA_TYPE_ID", encoded = true) XdmId dataTypeId, @Body List<JsonPatchOperation> operations);

  /**
   * Deletes a tenant data type: {@code DELETE /tenant/datatypes/{DATA_TYPE_ID}}, 204.
   *
   * @param dataTypeId the data type's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/data-types.html#delete">Delete a data type</a>
   */
  @DELETE("tenant/datatypes/{DATA_TYPE_ID}")
  Void deleteDataType(@Path(value = "DATA_TYPE_ID", encoded = true) XdmId dataTypeId);

  /** {@link #deleteDataType(XdmId)} for a {@code String} id. */
  default void deleteDataType(String dataTypeId) {
    deleteDataType(XdmId.of(dataTypeId));
  }

  // ---------------------------------------------------------------- descriptors

  /**
   * Creates a descriptor: {@code POST /tenant/descriptors}, 201 with the descriptor and its {@code
   * @id}. {@link Descriptor#identity(String, String, String, boolean)} builds an identity
   * descriptor.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/descriptors.html#create">Create a descriptor</a>
   */
  @POST("tenant/descriptors")
  Descriptor createDescriptor(@Body Descriptor descriptor);

  /**
   * Looks up a descriptor: {@code GET /{CONTAINER_ID}/descriptors/{DESCRIPTOR_ID}} with {@code
   * Accept: application/vnd.adobe.xdm+json}.
   *
   * @param descriptorId the descriptor's {@code @id}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/descriptors.html#lookup">Look up a descriptor</a>
   */
  @GET("{CONTAINER_ID}/descriptors/{DESCRIPTOR_ID}")
  @Headers("Accept: " + XDM)
  Descriptor getDescriptor(@Path("CONTAINER_ID") Container container, @Path("DESCRIPTOR_ID") String descriptorId);

  /**
   * Lists descriptors, paged: {@code GET /{CONTAINER_ID}/descriptors} with {@code Accept:
   * application/vnd.adobe.xdm-v2+json}, which answers a {@code results} array with {@code _page}.
   * Parameters as in {@link #listClasses(Container, String, String, Integer, List)}; for example
   * {@code property = List.of("xdm:sourceSchema==<schema $id>")}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/descriptors.html#list">List descriptors</a>
   */
  @GET("{CONTAINER_ID}/descriptors")
  @Headers("Accept: " + XDM_V2)
  ResultsPage<Descriptor> listDescriptors(
      @Path("CONTAINER_ID") Container container,
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /** {@link #listDescriptors(Container, String, String, Integer, List)}: the first page, unsorted and unfiltered. */
  default ResultsPage<Descriptor> listDescriptors(Container container) {
    return listDescriptors(container, null, null, null, null);
  }

  /**
   * Lists descriptors grouped by type, unpaged: {@code GET /{CONTAINER_ID}/descriptors} with {@code
   * Accept: application/vnd.adobe.xdm+json}. The answer maps each {@code @type} that has
   * descriptors (for example {@code xdm:descriptorIdentity}) to them; types without descriptors are
   * absent.
   *
   * @param property filters, for example {@code xdm:sourceSchema==<schema $id>}; null or empty for none
   */
  @GET("{CONTAINER_ID}/descriptors")
  @Headers("Accept: " + XDM)
  Map<String, List<Descriptor>> listDescriptorsByType(
      @Path("CONTAINER_ID") Container container, @Query("property") List<String> property);

  /**
   * Lists descriptor ids grouped by type, unpaged: {@code GET /{CONTAINER_ID}/descriptors} with
   * {@code Accept: application/vnd.adobe.xdm-id+json}: {@code {"xdm:descriptorIdentity": ["<@id>",
   * …], …}}.
   */
  @GET("{CONTAINER_ID}/descriptors")
  @Headers("Accept: " + XDM_ID)
  Map<String, List<String>> listDescriptorIds(
      @Path("CONTAINER_ID") Container container, @Query("property") List<String> property);

  /**
   * Replaces a descriptor: {@code PUT /tenant/descriptors/{DESCRIPTOR_ID}}, 200 with the
   * descriptor. The body must carry every member its {@code @type} needs, as on create.
   *
   * @param descriptorId the descriptor's {@code @id}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/descriptors.html#put">Update a descriptor</a>
   */
  @PUT("tenant/descriptors/{DESCRIPTOR_ID}")
  Descriptor replaceDescriptor(@Path("DESCRIPTOR_ID") String descriptorId, @Body Descriptor descriptor);

  /**
   * Deletes a descriptor: {@code DELETE /tenant/descriptors/{DESCRIPTOR_ID}}, 204.
   *
   * @param descriptorId the descriptor's {@code @id}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/descriptors.html#delete">Delete a descriptor</a>
   */
  @DELETE("tenant/descriptors/{DESCRIPTOR_ID}")
  Void deleteDescriptor(@Path("DESCRIPTOR_ID") String descriptorId);

  // ---------------------------------------------------------------- behaviors

  /**
   * Lists the behaviors as summaries: {@code GET /global/behaviors} with {@code Accept:
   * application/vnd.adobe.xed-id+json}: record, time-series and ad-hoc.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/behaviors.html#list">List behaviors</a>
   */
  @GET("global/behaviors")
  @Headers("Accept: " + XED_ID)
  ResultsPage<XdmSummary> listBehaviors();

  /**
   * Looks up a behavior: {@code GET /global/behaviors/{BEHAVIOR_ID}} with {@code Accept: <accept>}.
   *
   * @param behaviorId the behavior's {@code $id} (for example {@link XdmIds#RECORD_BEHAVIOR}) or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/behaviors.html#lookup">Look up a behavior</a>
   */
  @GET("global/behaviors/{BEHAVIOR_ID}")
  Behavior getBehavior(@Path(value = "BEHAVIOR_ID", encoded = true) XdmId behaviorId, @Header("Accept") XedMediaType accept);

  /** {@link #getBehavior(XdmId, XedMediaType)} with {@link XedMediaType#XED}. */
  default Behavior getBehavior(String behaviorId) {
    return getBehavior(XdmId.of(behaviorId), XedMediaType.XED);
  }

  // ---------------------------------------------------------------- unions

  /**
   * Lists the union schemas as summaries: {@code GET /tenant/unions} with {@code Accept:
   * application/vnd.adobe.xed-id+json}. A union exists for each class with at least one schema
   * enabled for Real-Time Customer Profile. Parameters as in {@link #listClasses(Container, String,
   * String, Integer, List)}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/unions.html#list">List unions</a>
   */
  @GET("tenant/unions")
  @Headers("Accept: " + XED_ID)
  ResultsPage<XdmSummary> listUnions(
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /** {@link #listUnions(String, String, Integer, List)}: the first page, unsorted and unfiltered. */
  default ResultsPage<XdmSummary> listUnions() {
    return listUnions(null, null, null, null);
  }

  /**
   * Lists the union schemas as full resources: {@code GET /tenant/unions} with {@code Accept:
   * application/vnd.adobe.xed+json}. Parameters as in {@link #listClasses(Container, String,
   * String, Integer, List)}.
   *
   * @return the page; {@link ResultsPage#nextPage()} repeats this call with {@code start} = {@code
   *     _page.next} and {@code orderby} (this call's, else the answer's {@code _page.orderby}; with
   *     neither it throws {@link IllegalStateException}), {@code autoPager()} walks all pages
   */
  @GET("tenant/unions")
  @Headers("Accept: " + XED)
  ResultsPage<Schema> listUnionsDetailed(
      @Query("orderby") String orderby,
      @Query("start") String start,
      @Query("limit") Integer limit,
      @Query("property") List<String> property);

  /**
   * Looks up a union schema: {@code GET /tenant/unions/{UNION_ID}} with {@code Accept: <accept>};
   * {@link XedMediaType#XED_FULL} gives every field of the union.
   *
   * @param unionId the union's {@code $id} (the class {@code $id} plus {@code __union}, for
   *     example {@code https://ns.adobe.com/xdm/context/profile__union}) or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/unions.html#lookup">Look up a union</a>
   */
  @GET("tenant/unions/{UNION_ID}")
  Schema getUnion(@Path(value = "UNION_ID", encoded = true) XdmId unionId, @Header("Accept") XedMediaType accept);

  // ---------------------------------------------------------------- stats, export/import, sample data, audit log

  /**
   * The org's tenant id and its use of the registry: {@code GET /stats}, 200 with {@link
   * RegistryStats}. Sends no {@code Accept}; the API declares none for this call.
   *
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/getting-started.html#know-your-tenant_id">Know your TENANT_ID</a>
   */
  @GET("stats")
  RegistryStats getStats();

  /**
   * The export payload of a schema, field group or data type: {@code GET /rpc/export/{RESOURCE_ID}}
   * with {@code Accept: <accept>}, 200 with the resource and every tenant resource it depends on,
   * the tenant id replaced by {@code <XDM_TENANTID_PLACEHOLDER>}. Send it to {@link
   * #importResources(List)} in another sandbox or org. The spec requires a lookup {@code Accept} on
   * this call while the export guide says {@code /rpc} calls need none; sending one satisfies both.
   *
   * @param resourceId the resource's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/export.html">Export a resource</a>
   */
  @GET("rpc/export/{RESOURCE_ID}")
  List<XdmResource> getExportPayload(
      @Path(value = "RESOURCE_ID", encoded = true) XdmId resourceId, @Header("Accept") XedMediaType accept);

  /** {@link #getExportPayload(XdmId, XedMediaType)} with {@link XedMediaType#XED}. */
  default List<XdmResource> getExportPayload(String resourceId) {
    return getExportPayload(XdmId.of(resourceId), XedMediaType.XED);
  }

  /**
   * Imports an export payload into the client's sandbox: {@code POST /rpc/import}, 200 with the
   * imported resources under the org's tenant id. Fails with 400 ({@code XDM-3005-400}) when a
   * {@code $id} or title already exists in the destination.
   *
   * @param payload the answer of {@link #getExportPayload(XdmId, XedMediaType)}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/import.html">Import a resource</a>
   */
  @POST("rpc/import")
  List<XdmResource> importResources(@Body List<XdmResource> payload);

  /**
   * A sample record of a schema: {@code GET /rpc/sampledata/{SCHEMA_ID}} with {@code Accept:
   * <accept>}, 200 with one XDM record shaped like the schema, usable as the source of a test
   * ingestion (free-form JSON). The spec requires a lookup {@code Accept} here, the sample data
   * guide none; sending one satisfies both.
   *
   * @param schemaId the schema's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/sample-data.html">Sample data</a>
   */
  @GET("rpc/sampledata/{SCHEMA_ID}")
  Map<String, Object> getSampleData(
      @Path(value = "SCHEMA_ID", encoded = true) XdmId schemaId, @Header("Accept") XedMediaType accept);

  /** {@link #getSampleData(XdmId, XedMediaType)} with {@link XedMediaType#XED}. */
  default Map<String, Object> getSampleData(String schemaId) {
    return getSampleData(XdmId.of(schemaId), XedMediaType.XED);
  }

  /**
   * The changes made to a class, field group, data type or schema: {@code GET
   * /rpc/auditlog/{RESOURCE_ID}}, 200 with the updates, most recent first (audit log guide). Sends
   * no {@code Accept}: neither the spec nor the guide has one for this call.
   *
   * @param resourceId the resource's {@code $id} or {@code meta:altId}
   * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/audit-log.html">Audit log</a>
   */
  @GET("rpc/auditlog/{RESOURCE_ID}")
  List<AuditLogEntry> getAuditLog(@Path(value = "RESOURCE_ID", encoded = true) XdmId resourceId);

  /** {@link #getAuditLog(XdmId)} for a {@code String} id. */
  default List<AuditLogEntry> getAuditLog(String resourceId) {
    return getAuditLog(XdmId.of(resourceId));
  }
}
