/**
 * The AEP Schema Registry API: a Retrofit interface and its immutable request/response models.
 *
 * <p>Models are interfaces annotated {@code @Value.Immutable}; the generated {@code Immutable*}
 * classes hold the values and builders. Accessors have no prefix ({@code name()}), optional values
 * are {@link java.util.Optional}, collections are never null. JSON names that are not Java names
 * ({@code $id}, {@code meta:altId}, {@code _links}) are given with {@code @Json(name = ...)} on the
 * accessor. The runtime that sends the calls and binds JSON lives in {@code io.github.aepsdk.core}.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(prehash = false),
    optionalAcceptNullable = true,
    clearBuilder = true,
    allParameters = false)
package io.github.aepsdk.schemaregistry;

import org.immutables.value.Value;
