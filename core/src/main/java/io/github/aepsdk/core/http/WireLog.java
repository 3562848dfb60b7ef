package io.github.aepsdk.core.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.github.aepsdk.core.json.AepJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * The SDK's log of one client: wire lines at INFO when a level above {@link HttpLogLevel#NONE} is
 * configured, internal events (retries, token refreshes) at INFO then and at DEBUG otherwise. Every
 * line goes through {@link #scrub(String)}: configured secrets are replaced by a mask wherever they
 * occur; header values and JSON members that are secrets are masked by name, and every value of a
 * connection's {@code auth.params} (the credentials its auth spec asks for, whatever their names:
 * {@code s3AccessKey}, {@code accountKey}, {@code servicePrincipalKey}…) is masked.
 */
final class WireLog {
  static final String MASK = "██";
  private static final int MAX_BODY_CHARS = 8192;
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");
  private static final List<String> SECRET_MEMBER_PARTS = List.of(
      "secret", "password", "passwd", "token", "apikey", "api_key", "api-key", "authorization", "credential",
      "privatekey", "private_key", "connectionstring", "sasuri", "saskey");
  private static final JsonAdapter<Object> JSON = AepJson.adapter(Object.class);

  private final Logger logger;
  private final HttpLogLevel level;
  private final List<String> secrets;

  WireLog(Logger logger, HttpLogLevel level, List<String> secrets) {
    this.logger = logger;
    this.level = level;
    List<String> usable = new ArrayList<>();
    for (String s : secrets) {
      if (s != null && s.length() >= 6) {
        usable.add(s);
      }
    }
    this.secrets = List.copyOf(usable);
  }

  HttpLogLevel level() {
    return level;
  }

  /** Whether wire lines of {@code wanted} detail are written. */
  boolean logs(HttpLogLevel wanted) {
    return level != HttpLogLevel.NONE && level.compareTo(wanted) >= 0 && logger.isInfoEnabled();
  }

  /** A wire line (only called when {@link #logs} is true). */
  void wire(String message) {
    logger.info(scrub(message));
  }

  /** An internal event such as a retry or a token refresh. */
  void event(String message) {
    if (level != HttpLogLevel.NONE) {
      if (logger.isInfoEnabled()) {
        logger.info(scrub(message));
      }
    } else if (logger.isDebugEnabled()) {
      logger.debug(scrub(message));
    }
  }

  /** {@code text} with every configured secret replaced by the mask. */
  String scrub(String text) {
    return mask(text, secrets);
  }

  /** {@code text} with each of {@code secrets} (those of at least 6 characters) replaced by the mask. */
  static String mask(String text, Collection<String> secrets) {
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 6 && out.contains(secret)) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  /**
   * The credentials that {@code sent} carried: its bearer token, its API key, and the values that
   * {@link #renderBody} masks in its JSON body. An answer that echoes one of them (in an error
   * message, say) has it masked too, in log lines and in exception messages.
   */
  static Set<String> credentials(Request sent) {
    Set<String> found = new LinkedHashSet<>();
    String authorization = sent.header("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      found.add(authorization.substring("Bearer ".length()));
    }
    String apiKey = sent.header("x-api-key");
    if (apiKey != null) {
      found.add(apiKey);
    }
    RequestBody body = sent.body();
    if (body != null && !body.isOneShot() && !body.isDuplex()) {
      try {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        found.addAll(secretValues(buffer));
      } catch (IOException unreadable) {
        // nothing more to mask
      }
    }
    return found;
  }

  /**
   * The values that {@link #renderBody} masks in a JSON body (secret members, {@code auth.params}),
   * so that an answer echoing them can be masked too; empty when the body is not JSON.
   */
  static Set<String> secretValues(Buffer body) {
    Set<String> found = new LinkedHashSet<>();
    try {
      JsonReader reader = JsonReader.of(body.clone());
      reader.setLenient(true);
      redact(JSON.fromJson(reader), false, null, found);
    } catch (IOException | RuntimeException notJson) {
      // nothing to collect
    }
    return found;
  }

  /** Headers one per line, secret values masked. */
  static void appendHeaders(StringBuilder sb, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      sb.append("\n  ").append(name).append(": ")
          .append(SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : headers.value(i));
    }
  }

  /** A printable form of a body: JSON with secret members masked, other text truncated, binary summarised. */
  static String renderBody(Buffer body, String contentType) {
    long size = body.size();
    if (size == 0) {
      return "(empty body)";
    }
    String text = body.clone().readString(StandardCharsets.UTF_8);
    String trimmed = text.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
        reader.setLenient(true);
        Object json = JSON.fromJson(reader);
        return truncate(JSON.toJson(redact(json, false, null, new LinkedHashSet<>())));
      } catch (IOException | RuntimeException notJson) {
        return "(" + size + "-byte body that is not valid JSON; not logged)";
      }
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/") && !type.contains("form")) {
      return truncate(text);
    }
    return "(" + size + "-byte " + (type.isEmpty() ? "body" : type + " body") + " not logged)";
  }

  /**
   * {@code value} with secret members masked, adding the masked values to {@code found}; {@code
   * member} is the name of the member that holds {@code value} (null at the top and in arrays).
   */
  private static Object redact(Object value, boolean secret, String member, Set<String> found) {
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        String key = String.valueOf(e.getKey());
        out.put(key, redact(e.getValue(), secret || isSecretMember(key) || isAuthParams(member, key), key, found));
      }
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) value) {
        out.add(redact(o, secret, null, found));
      }
      return out;
    }
    if (secret && value != null) {
      found.add(String.valueOf(value));
      return MASK;
    }
    return value;
  }

  /** Whether member {@code key} of member {@code parent} is a connection's {@code auth.params}. */
  private static boolean isAuthParams(String parent, String key) {
    return "params".equals(key) && parent != null && parent.equalsIgnoreCase("auth");
  }

  static boolean isSecretMember(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String part : SECRET_MEMBER_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static String truncate(String text) {
    return text.length() <= MAX_BODY_CHARS ? text : text.substring(0, MAX_BODY_CHARS) + "…(truncated)";
  }
}
