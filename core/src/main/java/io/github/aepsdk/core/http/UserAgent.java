package io.github.aepsdk.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The {@code User-Agent} of the SDK, {@code aep-java-sdk/<version> Java/<java.version>} (for example
 * {@code aep-java-sdk/0.1.0 Java/17.0.9}), sent on every AEP and IMS request so that Adobe support
 * can tell SDK traffic apart. A {@code User-Agent} the application's own interceptor sets first is
 * kept, with the SDK's appended.
 */
public final class UserAgent implements Interceptor {
  /** The SDK version, from the build ({@code sdk.properties}). */
  public static final String SDK_VERSION = readVersion();
  /** The header value. */
  public static final String VALUE = "aep-java-sdk/" + SDK_VERSION + " Java/" + System.getProperty("java.version", "unknown");

  static final UserAgent INTERCEPTOR = new UserAgent();

  private UserAgent() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String own = request.header("User-Agent");
    return chain.proceed(request.newBuilder().header("User-Agent", own == null ? VALUE : own + " " + VALUE).build());
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/io/github/aepsdk/core/sdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
