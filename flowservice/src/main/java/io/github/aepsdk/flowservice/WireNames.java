package io.github.aepsdk.flowservice;

import java.util.Locale;

/** Matching of server-owned enum strings to constants, tolerant of case, {@code _} and {@code -}. */
final class WireNames {
  private WireNames() {}

  /** {@code "IN_PROGRESS"}, {@code "inProgress"} and {@code "in-progress"} all become {@code "inprogress"}. */
  static String canonical(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} whose name matches {@code value} canonically, or {@code fallback}. */
  static <E extends Enum<E>> E match(Class<E> type, String value, E fallback) {
    String wanted = canonical(value);
    for (E constant : type.getEnumConstants()) {
      if (constant != fallback && canonical(constant.name()).equals(wanted)) {
        return constant;
      }
    }
    return fallback;
  }
}
