package io.github.aepsdk.core.http;

import java.util.regex.Pattern;

/** Checks of values that go into HTTP headers; masking of secrets for display. */
public final class HeaderValues {
  private static final Pattern SANDBOX = Pattern.compile("[a-z0-9][a-z0-9-]{0,253}");
  private static final Pattern IMS_ORG_ID = Pattern.compile("[A-Za-z0-9]+@AdobeOrg");

  private HeaderValues() {}

  /**
   * {@code value} if it can be sent as an HTTP header value: non-blank, printable ASCII only (no CR,
   * LF or other control character, no non-ASCII character, which OkHttp would refuse only when the
   * call is made), no leading or trailing whitespace.
   *
   * @throws IllegalArgumentException naming {@code setting} (never echoing the value)
   */
  public static String require(String setting, String value) {
    requireText(setting, value);
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0x7e) {
        throw new IllegalArgumentException(setting + " must contain only ASCII characters (it is sent in an HTTP header)");
      }
    }
    return value;
  }

  /** {@code value} if it is non-blank, without control characters or surrounding whitespace. */
  static String requireText(String setting, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(setting + " must be set and non-blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(setting + " must not contain CR, LF or other control characters");
      }
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(setting + " must not have leading or trailing whitespace");
    }
    return value;
  }

  /**
   * {@code name} if it is a valid AEP sandbox name: lower-case letters, digits and hyphens,
   * starting with a letter or digit (for example {@code prod}, {@code dev-2}).
   *
   * @throws IllegalArgumentException naming the setting
   */
  public static String requireSandboxName(String name) {
    require("sandboxName", name);
    if (!SANDBOX.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "sandboxName must be lower-case letters, digits and hyphens (for example 'prod'), was '" + name + "'");
    }
    return name;
  }

  /**
   * {@code orgId} if it has the form of an IMS organization id: letters and digits followed by
   * {@code @AdobeOrg} (for example {@code 0123456789ABCDEF01234567@AdobeOrg}, the "Organization ID"
   * of a Developer Console project). Without the suffix the gateway refuses every call with 403
   * {@code 403025}.
   *
   * @throws IllegalArgumentException naming {@code setting}
   */
  public static String requireImsOrgId(String setting, String orgId) {
    require(setting, orgId);
    if (!IMS_ORG_ID.matcher(orgId).matches()) {
      throw new IllegalArgumentException(setting + " must be an IMS organization id of the form <id>@AdobeOrg"
          + " (the Organization ID of the Developer Console project), was '" + orgId + "'");
    }
    return orgId;
  }

  /** A display form of a secret: its length and at most its last 4 characters for long values. */
  public static String mask(String secret) {
    if (secret == null) {
      return "null";
    }
    return secret.length() >= 32 ? "****" + secret.substring(secret.length() - 4) : "****";
  }
}
