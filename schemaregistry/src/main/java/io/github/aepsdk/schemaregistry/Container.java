package io.github.aepsdk.schemaregistry;

/**
 * A Schema Registry container, the first path segment of most calls ({@code /{CONTAINER_ID}/…}).
 *
 * <p>{@link #GLOBAL} holds the read-only resources Adobe and its partners provide (standard
 * classes such as XDM Individual Profile, standard field groups, behaviors). {@link #TENANT} holds
 * the resources your organization defines in the current sandbox; only it can be written.
 * {@link #toString()} is the path segment, so the constant can be passed straight to a Retrofit
 * {@code @Path}.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/getting-started.html">Schema Registry API: containers</a>
 */
public enum Container {
  /** {@code global}: resources provided by Adobe and partners; read-only. */
  GLOBAL("global"),
  /** {@code tenant}: resources defined by your organization in the sandbox of the call. */
  TENANT("tenant");

  private final String pathSegment;

  Container(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** The path segment as it appears in the URL: {@code global} or {@code tenant}. */
  public String pathSegment() {
    return pathSegment;
  }

  /** The path segment ({@link #pathSegment()}). */
  @Override
  public String toString() {
    return pathSegment;
  }
}
