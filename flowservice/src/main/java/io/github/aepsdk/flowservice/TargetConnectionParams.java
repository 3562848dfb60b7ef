package io.github.aepsdk.flowservice;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code params} of a target connection: where to write. Data Lake targets take the {@code
 * dataSetId} of a Catalog dataset.
 *
 * <p>Open-ended: the connection spec's {@code targetSpec} may define further params; they are kept
 * in {@link #additionalProperties()}.
 */
@Value.Immutable
public interface TargetConnectionParams {

  /** The id of the Catalog dataset to write to. */
  Optional<String> dataSetId();

  /** Params not named above, kept as read and written back. */
  Map<String, Object> additionalProperties();

  /** Params that write to the dataset {@code dataSetId}. */
  static TargetConnectionParams ofDataSet(String dataSetId) {
    return builder().dataSetId(dataSetId).build();
  }

  /** A new builder. */
  static ImmutableTargetConnectionParams.Builder builder() {
    return ImmutableTargetConnectionParams.builder();
  }
}
