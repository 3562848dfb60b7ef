package io.github.aepsdk.schemaregistry;

import org.immutables.value.Value;

/**
 * An XDM class, as {@code GET/POST/PUT/PATCH /{CONTAINER_ID}/classes…} return it. A class fixes the
 * behavior of the schemas that implement it through the behavior it references in {@link
 * #allOf()} ({@link XdmIds#RECORD_BEHAVIOR}, {@link XdmIds#TIME_SERIES_BEHAVIOR} or {@link
 * XdmIds#ADHOC_BEHAVIOR}). An ad-hoc class also carries its {@link #datasetNamespace()}.
 * Open-ended like every {@link XdmResource}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/classes.html">Schema Registry API: classes</a>
 */
@Value.Immutable
public interface XdmClass extends XdmResource {

  /** Whether the class is based on the ad-hoc behavior (its {@code meta:extends} lists it). */
  default boolean adHoc() {
    return metaExtends().contains(XdmIds.ADHOC_BEHAVIOR) || allOfRefs().contains(XdmIds.ADHOC_BEHAVIOR);
  }

  /** A new builder. */
  static ImmutableXdmClass.Builder builder() {
    return ImmutableXdmClass.builder();
  }
}
