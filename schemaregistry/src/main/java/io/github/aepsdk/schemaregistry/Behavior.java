package io.github.aepsdk.schemaregistry;

import org.immutables.value.Value;

/**
 * An XDM behavior ({@code meta:resourceType: behaviors}), as {@code GET /global/behaviors/{id}}
 * returns it: the nature of the data a class describes. Every class references one in its {@code
 * allOf}: {@link XdmIds#RECORD_BEHAVIOR}, {@link XdmIds#TIME_SERIES_BEHAVIOR} or {@link
 * XdmIds#ADHOC_BEHAVIOR}. Behaviors live in the read-only {@code global} container. Open-ended like
 * every {@link XdmResource}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/behaviors.html">Schema Registry API: behaviors</a>
 */
@Value.Immutable
public interface Behavior extends XdmResource {

  /** A new builder. */
  static ImmutableBehavior.Builder builder() {
    return ImmutableBehavior.builder();
  }
}
