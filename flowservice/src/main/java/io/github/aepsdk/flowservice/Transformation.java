package io.github.aepsdk.flowservice;

import org.immutables.value.Value;

/**
 * A transformation of a flow: {@code {"name": "Mapping", "params": {"mappingId": "…",
 * "mappingVersion": "0"}}} or {@code {"name": "Copy", "params": {"deltaColumn": {…}}}}. The names
 * and params a flow takes are defined by its flow spec's {@code transformationSpecs}.
 */
@Value.Immutable
public interface Transformation {

  /** Name of the transformation that applies a Data Prep mapping set. */
  String MAPPING = "Mapping";

  /** Name of the transformation that copies records incrementally by a delta column. */
  String COPY = "Copy";

  /** The transformation name, for example {@value #MAPPING} or {@value #COPY}. */
  String name();

  /** The transformation's params. */
  TransformationParams params();

  /** A {@value #MAPPING} transformation applying version {@code mappingVersion} of mapping set {@code mappingId}. */
  static Transformation mapping(String mappingId, String mappingVersion) {
    return builder()
        .name(MAPPING)
        .params(TransformationParams.builder().mappingId(mappingId).mappingVersion(mappingVersion).build())
        .build();
  }

  /** A {@value #COPY} transformation with the delta column {@code deltaColumn}. */
  static Transformation copy(DeltaColumn deltaColumn) {
    return builder().name(COPY).params(TransformationParams.builder().deltaColumn(deltaColumn).build()).build();
  }

  /** A new builder. */
  static ImmutableTransformation.Builder builder() {
    return ImmutableTransformation.builder();
  }
}
