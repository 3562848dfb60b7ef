package io.github.aepsdk.schemaregistry;

/**
 * The {@code Accept} media types of a Schema Registry lookup ({@code GET /{CONTAINER_ID}/{kind}/{id}}).
 * Every lookup must name one of them, with the major version parameter {@code version=1} (the only
 * major version; it always answers the latest minor version). A lookup without {@code Accept} or
 * without the version fails with {@code 400 XDM-1007-400}.
 *
 * <p>All variants answer the same resource shape ({@link Schema}, {@link XdmClass}, {@link
 * FieldGroup}); they differ in whether inherited fields are resolved and whether titles and
 * descriptions are kept. {@link #toString()} is the header value, so a constant can be passed
 * straight to a Retrofit {@code @Header("Accept")}.
 *
 * <p>List calls use their own media types ({@code application/vnd.adobe.xed-id+json} and {@code
 * application/vnd.adobe.xed+json}, without version), descriptor calls the {@code xdm} family; the
 * API methods set those themselves.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/getting-started.html#accept">Schema Registry API: Accept headers</a>
 */
public enum XedMediaType {
  /** The resource as stored: inherited fields stay as {@code $ref}/{@code allOf}; titles and descriptions kept. */
  XED("application/vnd.adobe.xed+json; version=1"),
  /** Fully resolved: every inherited field is expanded into {@code properties}; titles and descriptions kept. */
  XED_FULL("application/vnd.adobe.xed-full+json; version=1"),
  /** As stored ({@code $ref}/{@code allOf} kept), without titles and descriptions. */
  XED_NOTEXT("application/vnd.adobe.xed-notext+json; version=1"),
  /** Fully resolved, without titles and descriptions. */
  XED_FULL_NOTEXT("application/vnd.adobe.xed-full-notext+json; version=1"),
  /** Fully resolved, with the schema's descriptors inlined. */
  XED_FULL_DESC("application/vnd.adobe.xed-full-desc+json; version=1"),
  /**
   * Fully resolved, with deprecated fields flagged {@code "meta:status": "deprecated"}. Documented
   * only in the newer Schema Registry guides, not in the API reference's table of {@code Accept}
   * values.
   */
  XED_DEPRECATEFIELD("application/vnd.adobe.xed-deprecatefield+json; version=1");

  private final String value;

  XedMediaType(String value) {
    this.value = value;
  }

  /** The header value, for example {@code application/vnd.adobe.xed-full+json; version=1}. */
  public String value() {
    return value;
  }

  /** The header value ({@link #value()}). */
  @Override
  public String toString() {
    return value;
  }
}
