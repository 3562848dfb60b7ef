package io.github.aepsdk.flowservice;

/**
 * Builds the value of a Flow Service {@code property} query parameter that compares a member with
 * one value, for any value AEP's filter syntax can express.
 *
 * <p>The value is enclosed in double quotes, as Adobe's examples write it ({@code
 * property=name=="CRMToAEP"}): inside the quotes every character stands for itself, double quotes,
 * spaces at either end, {@code =}, {@code <}, {@code >} and non-ASCII letters included; the HTTP
 * layer percent-encodes the whole parameter (UTF-8). The one character the syntax cannot carry is
 * the comma: AEP reads {@code id==a,b} as "a or b", quoted or not, and documents no escape for it.
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/sources/api-tutorials/filter.html">Filter Flow Service entities using the property parameter</a>
 */
public final class PropertyFilter {
  private PropertyFilter() {}

  /**
   * {@code path=="value"}, for example {@code name=="My \"CRM\" flow"}.
   *
   * @throws IllegalArgumentException if {@code path} is blank or holds a character of the filter
   *     syntax, or {@code value} is empty or holds a comma (naming it)
   */
  public static String equalTo(String path, String value) {
    if (path == null || path.isBlank() || !path.matches("[A-Za-z0-9_.\\[\\]]+")) {
      throw new IllegalArgumentException("the filtered member must be a property path such as name or"
          + " transformations[].params.mappingId but was " + path);
    }
    String refusal = refusal(value);
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    return path + "==\"" + value + "\"";
  }

  /** Whether {@link #equalTo} can compare with {@code value}: non-empty and without a comma. */
  public static boolean canExpress(String value) {
    return refusal(value) == null;
  }

  private static String refusal(String value) {
    if (value == null || value.isEmpty()) {
      return "a Flow Service filter value must not be empty";
    }
    if (value.indexOf(',') >= 0) {
      return "a Flow Service filter cannot compare with a value that holds a comma (AEP reads a comma as"
          + " \"or\" between values and has no escape for it): " + value;
    }
    return null;
  }
}
