package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The structure of a source table, answer of {@code GET
 * /connections/{id}/explore?objectType=table&object={path}}: {@code {"format": "flat", "schema":
 * {"columns": [ … ]}}}.
 *
 * <p>Open-ended: members not named here (such as preview {@code data}) are kept in {@link
 * #additionalProperties()}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/explore/tabular.html">Explore data tables</a>
 */
@Value.Immutable
public interface TableStructure {

  /** The data format, for example {@code "flat"}. */
  Optional<String> format();

  /** The table's columns. */
  Optional<TableSchema> schema();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** The column called {@code name}, if any. */
  default Optional<TableColumn> column(String name) {
    return schema().flatMap(s -> s.columns().stream().filter(c -> c.name().equals(name)).findFirst());
  }

  /** A new builder. */
  static ImmutableTableStructure.Builder builder() {
    return ImmutableTableStructure.builder();
  }
}
