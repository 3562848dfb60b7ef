package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code data} member of a source or target connection: the format of the data and, for XDM
 * data, its schema. For example {@code {"format": "tabular"}} (HubSpot source) or {@code {"schema":
 * {"id": "…", "version": "application/vnd.adobe.xed-full+json;version=1"}}} (Data Lake target).
 *
 * <p>Open-ended: connector-specific members (such as {@code properties}) are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
public interface ConnectionData {

  /** The data format, for example {@code "tabular"}, {@code "delimited"} or {@code "parquet_xdm"}. */
  Optional<String> format();

  /** The XDM schema of the data. */
  Optional<SchemaRef> schema();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** Data in {@code format}, without a schema. */
  static ConnectionData ofFormat(String format) {
    return builder().format(format).build();
  }

  /** XDM data of the schema {@code schema}. */
  static ConnectionData ofSchema(SchemaRef schema) {
    return builder().schema(schema).build();
  }

  /** A new builder. */
  static ImmutableConnectionData.Builder builder() {
    return ImmutableConnectionData.builder();
  }
}
