package io.github.aepsdk.catalog;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code credentials} of a {@link DataSetCredentials} answer (spec schema {@code
 * credentials}): the client and Azure storage (ADLS) coordinates of the dataset's store.
 *
 * <p>{@code toString()} masks {@link #clientKey()}, so the secret does not end up in logs.
 */
@Value.Immutable
public interface StorageCredentials {

  /** The client key (a secret). Masked in {@code toString()}. */
  @Value.Redacted
  Optional<String> clientKey();

  /** The client id. */
  Optional<String> clientId();

  /** The tenant id. */
  Optional<String> tenantId();

  /** The resource group. */
  Optional<String> resourceGroupName();

  /** The subscription id. */
  Optional<String> subscriptionId();

  /** The credentials' name. */
  Optional<String> name();

  /** The ADLS type. */
  Optional<String> adlsType();

  /** The ADLS URI. */
  Optional<String> adlsUri();

  /** The Hadoop URI. */
  Optional<String> hadoopUri();

  /** A new builder. */
  static ImmutableStorageCredentials.Builder builder() {
    return ImmutableStorageCredentials.builder();
  }
}
