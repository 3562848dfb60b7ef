package io.github.aepsdk.core.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/** Wiring of OkHttp and Retrofit for the SDK's service interfaces. */
public final class AepHttp {
  private static final AepConverterFactory CONVERTERS = new AepConverterFactory();
  private static final AepCallAdapterFactory CALL_ADAPTERS = new AepCallAdapterFactory();

  private AepHttp() {}

  /**
   * A client derived from {@code base} (sharing its pool and dispatcher) that adds the gateway
   * headers for one org and sandbox.
   */
  public static OkHttpClient scoped(OkHttpClient base, AccessTokenProvider tokens, String apiKey, String imsOrgId, String sandboxName) {
    return base.newBuilder()
        .addInterceptor(new GatewayHeadersInterceptor(tokens, apiKey, imsOrgId, sandboxName))
        .build();
  }

  /** A Retrofit implementation of {@code api} rooted at {@code baseUrl + basePath}. */
  public static <T> T service(OkHttpClient http, HttpUrl baseUrl, String basePath, Class<T> api) {
    HttpUrl root = baseUrl.newBuilder().addPathSegments(basePath).build();
    return new Retrofit.Builder()
        .baseUrl(root)
        .client(http)
        .addConverterFactory(CONVERTERS)
        .addCallAdapterFactory(CALL_ADAPTERS)
        .validateEagerly(true)
        .build()
        .create(api);
  }

  /**
   * Parses a base URL: HTTPS, or plain HTTP only to a loopback host (local platform, tests).
   *
   * @throws IllegalArgumentException if malformed, or plain HTTP to a non-loopback host
   */
  public static HttpUrl checkBaseUrl(String url) {
    HeaderValues.require("baseUrl", url);
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + url);
    }
    if (!parsed.isHttps() && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException("baseUrl must use https:// (plain http is allowed only for loopback hosts): " + url);
    }
    String path = parsed.encodedPath();
    return path.endsWith("/") ? parsed : parsed.newBuilder().encodedPath(path + "/").build();
  }

  /**
   * Loopback by name or IP literal only. A DNS name is never resolved here: {@code 127.0.0.1.nip.io}
   * would resolve to loopback today and elsewhere at call time.
   */
  private static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    String[] octets = host.split("\\.", -1);
    if (octets.length == 4 && octets[0].equals("127")) {
      for (String octet : octets) {
        if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return true;
    }
    if (!host.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress(); // an IPv6 literal: no lookup
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
