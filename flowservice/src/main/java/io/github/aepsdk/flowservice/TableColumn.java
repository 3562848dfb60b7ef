package io.github.aepsdk.flowservice;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A column of an explored table: {@code {"name": "Added_At", "type": "string", "meta:xdmType":
 * "date-time", "xdm": {"type": "string", "format": "date-time"}}}.
 *
 * <p>Open-ended: members not named here are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface TableColumn {

  /** The column name in the source. */
  String name();

  /** The column's source type, for example {@code "string"}. */
  Optional<String> type();

  /** The XDM type the column maps to, when it differs from {@link #type()}, for example {@code "date-time"}. */
  @Json(name = "meta:xdmType")
  Optional<String> xdmType();

  /** The column as an XDM field definition ({@code type}, {@code format}). */
  Map<String, Object> xdm();

  /** Members not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** A new builder. */
  static ImmutableTableColumn.Builder builder() {
    return ImmutableTableColumn.builder();
  }
}
