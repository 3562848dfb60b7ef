package io.github.aepsdk.conversion;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One mapping of a {@link MappingSet}: which source value fills which XDM field (the spec's {@code
 * MappingOperation}).
 *
 * <p>Two shapes exist and both are read:
 *
 * <ul>
 *   <li><b>current</b> (what the spec declares, and what to send): {@code sourceType}, {@code
 *       source}, {@code destination}, optional {@code name} and {@code description}:
 *       <pre>{@code {"sourceType":"ATTRIBUTE","source":"firstName","destination":"person.name.firstName"}}</pre>
 *   <li><b>legacy</b> (older tutorials): {@code sourceAttribute}, {@code destinationXdmPath}, {@code
 *       identity}, {@code identityGroup}, {@code namespaceCode}.
 * </ul>
 *
 * AEP's answers echo both: {@code source}/{@code destination} and {@code
 * sourceAttribute}/{@code destinationXdmPath}, with {@code sourceType} {@code text/x.schema-path}.
 * {@link #effectiveSource()} and {@link #effectiveDestination()} read whichever is present.
 *
 * <pre>{@code
 * Mapping byAttribute = Mapping.attribute("firstName", "person.name.firstName");
 * Mapping byExpression = Mapping.expression("concat(firstName, \" \", lastName)", "person.name.fullName");
 * }</pre>
 */
@Value.Immutable
public interface Mapping extends ResourceMetadata {

  /**
   * The source type as sent: {@code ATTRIBUTE} or {@code EXPRESSION} on input, {@code
   * text/x.schema-path} in answers. See {@link #sourceTypeValue()}.
   */
  Optional<String> sourceType();

  /** The source: an input attribute path ({@code firstName}) or an expression. Current shape. */
  Optional<String> source();

  /** The XDM destination path, dot-separated ({@code person.name.firstName}). Current shape. */
  Optional<String> destination();

  /** An optional display name of the mapping. */
  Optional<String> name();

  /** An optional description of the mapping. */
  Optional<String> description();

  /** The input attributes an expression mapping reads (spec {@code expressionAttributes}). */
  List<String> expressionAttributes();

  /** Legacy shape: the input attribute path (answers echo it beside {@link #source()}). */
  Optional<String> sourceAttribute();

  /** Legacy shape: the XDM destination path (answers echo it beside {@link #destination()}). */
  Optional<String> destinationXdmPath();

  /** Whether the destination is an identity field (legacy shape; also echoed in answers). */
  Optional<Boolean> identity();

  /** Whether the destination is the primary identity (answers only). */
  Optional<Boolean> primaryIdentity();

  /** Legacy shape: the identity group of an identity mapping. */
  Optional<String> identityGroup();

  /** Legacy shape: the identity namespace code of an identity mapping. */
  Optional<String> namespaceCode();

  /** A match score AEP computes for suggested mappings (answers only, e.g. {@code 0.0}). */
  Optional<Double> matchScore();

  /** The version of the Data Prep function set the mapping was evaluated with (answers only). */
  Optional<Integer> functionVersion();

  /** {@link #sourceType()} as a constant; {@link SourceType#UNKNOWN} when absent or not known. */
  default SourceType sourceTypeValue() {
    return SourceType.fromValue(sourceType().orElse(null));
  }

  /** The source in either shape: {@link #source()}, else the legacy {@link #sourceAttribute()}. */
  default Optional<String> effectiveSource() {
    return source().isPresent() ? source() : sourceAttribute();
  }

  /** The destination in either shape: {@link #destination()}, else the legacy {@link #destinationXdmPath()}. */
  default Optional<String> effectiveDestination() {
    return destination().isPresent() ? destination() : destinationXdmPath();
  }

  /** A builder initialised with this mapping's values. */
  default ImmutableMapping.Builder toBuilder() {
    return ImmutableMapping.builder().from(this);
  }

  /**
   * A current-shape mapping of an input attribute to an XDM path: {@code {"sourceType":"ATTRIBUTE",
   * "source":…, "destination":…}}. Add a name with {@code .withName("…")}.
   *
   * @param sourceAttribute the attribute path in the input data, e.g. {@code firstName}
   * @param destination the XDM path, e.g. {@code person.name.firstName}
   */
  static ImmutableMapping attribute(String sourceAttribute, String destination) {
    return ImmutableMapping.builder()
        .sourceType(SourceType.ATTRIBUTE.value())
        .source(sourceAttribute)
        .destination(destination)
        .build();
  }

  /**
   * A current-shape mapping of a Data Prep expression to an XDM path: {@code
   * {"sourceType":"EXPRESSION", "source":…, "destination":…}}.
   *
   * @param expression the expression, e.g. {@code concat(firstName, " ", lastName)}
   * @param destination the XDM path
   */
  static ImmutableMapping expression(String expression, String destination) {
    return ImmutableMapping.builder()
        .sourceType(SourceType.EXPRESSION.value())
        .source(expression)
        .destination(destination)
        .build();
  }

  /** A new builder. */
  static ImmutableMapping.Builder builder() {
    return ImmutableMapping.builder();
  }
}
