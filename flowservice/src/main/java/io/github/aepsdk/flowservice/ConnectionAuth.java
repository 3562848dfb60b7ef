package io.github.aepsdk.flowservice;

import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code auth} member of a base connection: {@code {"specName": "Basic Authentication",
 * "params": {…}}}. The params are the credentials the connection spec's {@code authSpec} named
 * {@code specName} asks for (HubSpot: {@code clientId}, {@code clientSecret}, {@code accessToken},
 * {@code refreshToken}); they are free-form because every connector defines its own.
 *
 * <p>{@code toString()} masks the params, so credentials do not end up in logs.
 */
@Value.Immutable
public interface ConnectionAuth {

  /** The name of the connection spec's authentication type, for example {@code "Basic Authentication"}. */
  String specName();

  /** The credentials, keyed by the auth spec's property names. Masked in {@code toString()}. */
  @Value.Redacted
  Map<String, Object> params();

  /** Authentication of type {@code specName} with {@code params}. */
  static ConnectionAuth of(String specName, Map<String, ?> params) {
    return builder().specName(specName).putAllParams(params).build();
  }

  /** A new builder. */
  static ImmutableConnectionAuth.Builder builder() {
    return ImmutableConnectionAuth.builder();
  }
}
