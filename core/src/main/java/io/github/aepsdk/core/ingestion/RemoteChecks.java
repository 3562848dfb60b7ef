package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.core.error.NotFoundException;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.Connection;
import io.github.aepsdk.flowservice.FlowServiceApi;
import io.github.aepsdk.flowservice.FlowSpec;
import io.github.aepsdk.flowservice.ScheduleParams;
import io.github.aepsdk.flowservice.SpecDefinition;
import io.github.aepsdk.flowservice.SpecRef;
import io.github.aepsdk.flowservice.TableColumn;
import io.github.aepsdk.flowservice.TableStructure;
import io.github.aepsdk.flowservice.Transformation;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.FieldGroup;
import io.github.aepsdk.schemaregistry.Schema;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.schemaregistry.XdmId;
import io.github.aepsdk.schemaregistry.XedMediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The checks of a {@link MarketingAutomationIngestion}'s input that need AEP's answers, made with
 * read-only calls before anything is created (the static ones are {@link InputRules}): the base
 * connection, the explored columns, the mappings against the target schema's fields and types, the
 * field groups against the target class, and the schedule and transformations against the flow
 * spec's own JSON schemas.
 */
final class RemoteChecks {
  private final AepClient aep;
  private final MarketingAutomationIngestion.Builder in;
  /** The target schema of a resumed run, whose fields are checked instead of its class's and field groups'. */
  private final Optional<String> targetSchema;

  RemoteChecks(AepClient aep, MarketingAutomationIngestion.Builder in, Optional<String> targetSchema) {
    this.aep = aep;
    this.in = in;
    this.targetSchema = targetSchema;
  }

  /**
   * The source fields from exploring the base connection ({@code GET
   * /connections/{id}/explore?objectType=table&object=<sourcePath>}).
   *
   * @throws IngestionValidationException if a column's type cannot be held, or there is none
   */
  List<SourceField> discover(String baseConnection) {
    TableStructure table = flows().exploreTable(baseConnection, in.sourcePath);
    List<SourceField> fields = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (TableColumn column : table.schema().map(s -> s.columns()).orElse(List.of())) {
      Object xdmType = column.xdm().get("type");
      Object xdmFormat = column.xdm().get("format");
      Optional<XdmType> type = XdmType.of(xdmType == null ? column.type().orElse(null) : String.valueOf(xdmType),
          xdmFormat == null ? column.xdmType().orElse(null) : String.valueOf(xdmFormat));
      if (type.isPresent()) {
        fields.add(SourceField.of(column.name(), type.get()));
      } else {
        problems.add("explored column '" + column.name() + "' has a type the ad-hoc class cannot hold: " + column.type().orElse("none"));
      }
    }
    if (fields.isEmpty()) {
      problems.add("exploring " + in.sourcePath + " on base connection " + baseConnection + " found no columns");
    }
    if (!problems.isEmpty()) {
      throw new IngestionValidationException(problems);
    }
    return fields;
  }

  /** The base connection to read through must exist in the sandbox and be of the source's connection spec. */
  List<String> baseConnectionProblems(String baseConnectionId) {
    Connection connection;
    try {
      connection = flows().getConnection(baseConnectionId);
    } catch (NotFoundException e) {
      return List.of("baseConnectionId '" + baseConnectionId + "' is no base connection in sandbox " + aep.sandboxName()
          + ": give the id of an existing connection (GET /connections lists them), or createBaseConnection(...)");
    }
    String spec = connection.connectionSpec().map(SpecRef::id).orElse("none");
    if (!spec.equals(in.connectionSpecId)) {
      return List.of("baseConnectionId '" + baseConnectionId + "' is a connection of connection spec " + spec
          + ", not of connectionSpecId " + in.connectionSpecId + ": give a connection of that spec, or set connectionSpecId(...)");
    }
    return List.of();
  }

  /**
   * The mappings against the target schema: each destination must be a leaf field of it, of an XDM
   * type its source column can be written to; and every field group must be meant for the class
   * ({@code target}'s problems).
   */
  List<String> mappingProblems(List<SourceField> fields, TargetFields target) {
    List<String> p = new ArrayList<>();
    if (in.discover) {
      p.addAll(new InputRules(in).sourceColumnProblems(fields));
    }
    p.addAll(target.problems);
    Map<String, SourceField> columns = new LinkedHashMap<>();
    fields.forEach(f -> columns.put(f.name(), f));
    for (FieldMapping m : in.mappings) {
      Map<?, ?> definition = target.fields.get(m.destination());
      SourceField column = columns.get(m.source());
      if (definition == null) {
        p.add(notAField(m));
      } else if (column != null) {
        Optional<XdmType> destination = XdmType.of(string(definition.get("type")), string(definition.get("format")));
        if (destination.isEmpty() || !column.type().canBeWrittenTo(destination.get())) {
          p.add("mapping '" + m.source() + "' -> '" + m.destination() + "': source column type " + column.type()
              + " cannot be written to the field's type " + destination.map(String::valueOf).orElse(string(definition.get("type")))
              + "; map a column of a matching type, or another field");
        }
      }
    }
    return p;
  }

  /**
   * The mappings whose destination is not a leaf field of tenant schema {@code schemaId} ({@code GET
   * /tenant/schemas/{id}} as {@code xed-full}), as the builder refuses them.
   */
  static List<String> destinationProblems(SchemaRegistryApi schemas, String schemaId, List<FieldMapping> mappings) {
    Map<String, Map<?, ?>> fields = schemas.getSchema(Container.TENANT, schemaId, XedMediaType.XED_FULL).fieldDefinitions();
    List<String> p = new ArrayList<>();
    mappings.stream().filter(m -> !fields.containsKey(m.destination())).forEach(m -> p.add(notAField(m)));
    return p;
  }

  /**
   * Mapping sources that are not columns of the ad-hoc schema {@code adhocSchemaId}: its leaf fields
   * under its {@code meta:datasetNamespace} object, read with {@code GET /tenant/schemas/{id}}
   * ({@code xed-full}).
   */
  static List<String> sourceProblems(SchemaRegistryApi schemas, String adhocSchemaId, List<FieldMapping> mappings) {
    Schema adhoc = schemas.getSchema(Container.TENANT, adhocSchemaId, XedMediaType.XED_FULL);
    String prefix = adhoc.datasetNamespace().map(namespace -> namespace + ".").orElse("");
    Set<String> columns = adhoc.fieldDefinitions().keySet().stream().filter(path -> path.startsWith(prefix))
        .map(path -> path.substring(prefix.length())).collect(Collectors.toCollection(TreeSet::new));
    return InputRules.sourceProblems(columns, mappings);
  }

  private static String notAField(FieldMapping m) {
    return "mapping destination '" + m.destination() + "' is not a field of the target schema";
  }

  private static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  /** The leaf fields of the target schema with their definitions, and the problems found reading them. */
  static final class TargetFields {
    final Map<String, Map<?, ?>> fields = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
  }

  /**
   * Leaf fields of the target schema with their definitions: the existing one's, or those of its
   * class and field groups (read with {@code xed-full}); a field group not meant for the class is
   * a problem. Read-only, independent of the source fields, so it is read while they are explored:
   * the class and each field group are read at the same time, as {@code reads} allows.
   */
  CompletableFuture<TargetFields> targetFields(BoundedReads reads) {
    Optional<String> existing = targetSchema;
    if (existing.isPresent()) {
      return reads.add(() -> {
        TargetFields target = new TargetFields();
        target.fields.putAll(schemas().getSchema(Container.TENANT, existing.get(), XedMediaType.XED_FULL).fieldDefinitions());
        return target;
      });
    }
    CompletableFuture<Map<String, Map<?, ?>>> classFields = reads.add(() -> schemas()
        .getXdmClass(container(in.targetClassId), XdmId.of(in.targetClassId), XedMediaType.XED_FULL).fieldDefinitions());
    List<CompletableFuture<FieldGroup>> fieldGroups = new ArrayList<>();
    for (String id : in.fieldGroupIds) {
      fieldGroups.add(reads.add(() -> schemas().getFieldGroup(container(id), XdmId.of(id), XedMediaType.XED_FULL)));
    }
    return CompletableFuture.allOf(fieldGroups.toArray(new CompletableFuture<?>[0])).thenCombine(classFields, (done, fields) -> {
      TargetFields target = new TargetFields();
      target.fields.putAll(fields);
      for (int i = 0; i < fieldGroups.size(); i++) {
        String id = in.fieldGroupIds.get(i);
        FieldGroup fieldGroup = fieldGroups.get(i).join();
        if (!fieldGroup.intendedToExtend().isEmpty() && !fieldGroup.intendedToExtend().contains(in.targetClassId)) {
          target.problems.add("field group " + id + " is meant for " + fieldGroup.intendedToExtend() + ", not for the target class "
              + in.targetClassId + ": choose field groups of that class, or another targetClassId(...)");
        }
        target.fields.putAll(fieldGroup.fieldDefinitions());
      }
      return target;
    });
  }

  private static Container container(String xdmId) {
    return xdmId.startsWith("https://ns.adobe.com/xdm/") ? Container.GLOBAL : Container.TENANT;
  }

  List<String> flowSpecProblems(FlowSpec spec) {
    List<String> p = new ArrayList<>();
    if (!spec.sourceConnectionSpecIds().isEmpty() && !spec.sourceConnectionSpecIds().contains(in.connectionSpecId)) {
      p.add("flow spec " + spec.name().orElse(spec.id()) + " does not accept source connection spec " + in.connectionSpecId);
    }
    spec.scheduleSpec().ifPresent(s -> p.addAll(FlowSpecSchemas.problems("schedule", s.spec(), AepJson.adapter(ScheduleParams.class).toJsonValue(in.schedule))));
    if (in.deltaColumn != null && spec.findTransformationSpec(Transformation.COPY).isEmpty()) {
      p.add("deltaColumn '" + in.deltaColumn.name() + "': flow spec " + spec.name().orElse(spec.id())
          + " has no Copy transformation to read new records by it; remove deltaColumn(...)");
    }
    String placeholderId = "0".repeat(32);
    for (Transformation t : in.transformations(spec, placeholderId, "0")) {
      spec.findTransformationSpec(t.name()).map(SpecDefinition::spec).ifPresent(schema -> p.addAll(FlowSpecSchemas.problems(
          t.name() + " transformation params", schema, AepJson.adapter(io.github.aepsdk.flowservice.TransformationParams.class).toJsonValue(t.params()))));
    }
    return p;
  }

  private FlowServiceApi flows() {
    return aep.flowService();
  }

  private SchemaRegistryApi schemas() {
    return aep.schemaRegistry();
  }
}
