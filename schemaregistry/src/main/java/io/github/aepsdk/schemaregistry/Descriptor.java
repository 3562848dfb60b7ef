package io.github.aepsdk.schemaregistry;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A schema descriptor: tenant-level metadata about a field of a schema, for example that
 * {@code /personalEmail/address} is the primary {@code Email} identity. The same shape is the body
 * of {@code POST /tenant/descriptors} and the answer of the descriptor calls (which add {@link
 * #descriptorId()} and registry members).
 *
 * <p>The members depend on {@link #type()}; the identity descriptor ones are declared here, the
 * rest ({@code xdm:title}, {@code xdm:description}, …) are kept in {@link #additionalProperties()}.
 *
 * <p>{@code xdm:sourceVersion} and {@code xdm:destinationVersion} are read from a number or a
 * numeric string and sent as a number, as Adobe's guides and the XDM descriptor schema do (the
 * API reference declares them as strings in the create body but as integers in answers).
 *
 * @see <a href="https://experienceleague.adobe.com/docs/experience-platform/xdm/api/descriptors.html">Schema Registry API: descriptors</a>
 */
@Value.Immutable
public interface Descriptor {

  /** The descriptor id ({@code @id}), assigned by the registry; absent in a create body. */
  @Json(name = "@id")
  Optional<String> descriptorId();

  /** The descriptor type ({@code @type}), for example {@code xdm:descriptorIdentity}. See {@link #typeValue()}. */
  @Json(name = "@type")
  String type();

  /** The {@code $id} of the schema the descriptor applies to ({@code xdm:sourceSchema}). */
  @Json(name = "xdm:sourceSchema")
  Optional<String> sourceSchema();

  /** The major version of the source schema ({@code xdm:sourceVersion}), {@code 1}. */
  @Json(name = "xdm:sourceVersion")
  Optional<Long> sourceVersion();

  /** The JSON Pointer of the field in the source schema, without {@code properties} segments, for example {@code /personalEmail/address}. */
  @Json(name = "xdm:sourceProperty")
  Optional<String> sourceProperty();

  /** Identity descriptors: the identity namespace, by code (for example {@code Email}) or numeric id. */
  @Json(name = "xdm:namespace")
  Optional<String> namespace();

  /** Identity descriptors: {@code xdm:code} when {@link #namespace()} is a code, {@code xdm:id} when it is a numeric id. */
  @Json(name = "xdm:property")
  Optional<String> property();

  /** Identity descriptors: whether the field is the schema's primary identity. */
  @Json(name = "xdm:isPrimary")
  Optional<Boolean> isPrimary();

  /** Reference identity descriptors: the namespace of the referenced schema's primary identity. */
  @Json(name = "xdm:identityNamespace")
  Optional<String> identityNamespace();

  /** Relationship descriptors: the {@code $id} of the destination schema. */
  @Json(name = "xdm:destinationSchema")
  Optional<String> destinationSchema();

  /** Relationship descriptors: the major version of the destination schema. */
  @Json(name = "xdm:destinationVersion")
  Optional<Long> destinationVersion();

  /** The owning IMS org. */
  Optional<String> imsOrg();

  /** The descriptor's version, a string such as {@code "1"}. */
  Optional<String> version();

  /** The container ({@code meta:containerId}), always {@code tenant}. */
  @Json(name = "meta:containerId")
  Optional<String> containerId();

  /** The sandbox id ({@code meta:sandboxId}). */
  @Json(name = "meta:sandboxId")
  Optional<String> sandboxId();

  /** The sandbox type ({@code meta:sandboxType}). */
  @Json(name = "meta:sandboxType")
  Optional<String> sandboxType();

  /** Registry bookkeeping. */
  @Json(name = "meta:registryMetadata")
  Optional<RegistryMetadata> registryMetadata();

  /** Members this model does not declare, kept as read (free-form JSON values). */
  Map<String, Object> additionalProperties();

  /** {@link #type()} as an enum; {@link DescriptorType#UNKNOWN} for types this SDK does not know. */
  default DescriptorType typeValue() {
    return DescriptorType.fromValue(type());
  }

  /**
   * An identity descriptor body: {@code @type xdm:descriptorIdentity}, {@code xdm:sourceVersion 1},
   * the namespace given by code ({@code xdm:property xdm:code}).
   *
   * @param schemaId the {@code $id} of the schema
   * @param sourceProperty the field, for example {@code /personalEmail/address} or {@code /_acme/crmId}
   * @param namespaceCode the identity namespace code, for example {@code Email}
   * @param primary whether the field is the schema's primary identity
   */
  static Descriptor identity(String schemaId, String sourceProperty, String namespaceCode, boolean primary) {
    return builder()
        .type(DescriptorType.IDENTITY.value())
        .sourceSchema(schemaId)
        .sourceVersion(1L)
        .sourceProperty(sourceProperty)
        .namespace(namespaceCode)
        .property("xdm:code")
        .isPrimary(primary)
        .build();
  }

  /** A new builder. */
  static ImmutableDescriptor.Builder builder() {
    return ImmutableDescriptor.builder();
  }
}
