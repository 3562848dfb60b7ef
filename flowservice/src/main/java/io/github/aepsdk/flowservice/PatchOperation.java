package io.github.aepsdk.flowservice;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One JSON Patch (RFC 6902) operation as Flow Service PATCH calls take them in an array: {@code
 * {"op": "replace", "path": "/scheduleParams/frequency", "value": "day"}}.
 *
 * <p>The SDK sends {@code op} in lower case as RFC 6902 and Adobe's docs do. The official spec's
 * {@code PatchInstruction} enum lists only upper case ({@code ADD}, {@code REPLACE}, {@code
 * REMOVE}) and types {@code value} as an object although the docs patch strings; both are spec
 * defects (SPEC-VALIDATION D-FS-4/5). Use the factories {@link #add}, {@link #replace} and {@link
 * #remove}.
 */
@Value.Immutable
public interface PatchOperation {

  /** The operation: {@code add}, {@code replace} or {@code remove} (see {@link #opValue()}). */
  String op();

  /** The JSON Pointer of the member to change, for example {@code /scheduleParams/frequency}. */
  String path();

  /**
   * The new value: a string, number, boolean, list, map or SDK model; absent for {@code remove}.
   */
  Optional<Object> value();

  /** The operation as a typed value; {@link Op#UNKNOWN} for operations this SDK does not know. */
  default Op opValue() {
    return Op.fromWire(op());
  }

  /** Adds {@code value} at {@code path} (an array member or a new member). */
  static PatchOperation add(String path, Object value) {
    return builder().op(Op.ADD.wireName()).path(path).value(value).build();
  }

  /** Replaces the value at {@code path} with {@code value}. */
  static PatchOperation replace(String path, Object value) {
    return builder().op(Op.REPLACE.wireName()).path(path).value(value).build();
  }

  /** Removes the value at {@code path}. */
  static PatchOperation remove(String path) {
    return builder().op(Op.REMOVE.wireName()).path(path).build();
  }

  /** A new builder. */
  static ImmutablePatchOperation.Builder builder() {
    return ImmutablePatchOperation.builder();
  }

  /** JSON Patch operations that Flow Service accepts. */
  enum Op {
    /** {@code add}. */
    ADD("add"),
    /** {@code replace}. */
    REPLACE("replace"),
    /** {@code remove}. */
    REMOVE("remove"),
    /** Any other operation. */
    UNKNOWN("unknown");

    private final String wireName;

    Op(String wireName) {
      this.wireName = wireName;
    }

    /** The name sent on the wire (lower case). */
    public String wireName() {
      return wireName;
    }

    /** The operation named {@code op} in either case, or {@link #UNKNOWN}. */
    public static Op fromWire(String op) {
      for (Op candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(op)) {
          return candidate;
        }
      }
      return UNKNOWN;
    }
  }
}
