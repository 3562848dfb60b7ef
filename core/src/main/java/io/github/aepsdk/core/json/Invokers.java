package io.github.aepsdk.core.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls to the builder and accessor methods of the Immutables models, as functions made once per
 * method from method handles: no access check per call (its one-entry cache missed on every call,
 * one binding calling the builders of many classes), no argument array, no class defined per method.
 * A method that cannot be looked up that way (a named module that does not export its package) is
 * called reflectively. Exceptions of the called method reach the caller unwrapped.
 */
final class Invokers {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

  private Invokers() {}

  /** {@code Type.method()} of a static factory. */
  static Supplier<Object> supplier(Method method) {
    MethodHandle handle = handle(method, MethodType.methodType(Object.class));
    if (handle == null) {
      return () -> reflective(method, null);
    }
    return () -> {
      try {
        return handle.invokeExact();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /** {@code target.method()} of an instance method without arguments (build, accessors). */
  static Function<Object, Object> function(Method method) {
    requireInstance(method);
    MethodHandle handle = handle(method, MethodType.methodType(Object.class, Object.class));
    if (handle == null) {
      return target -> reflective(method, target);
    }
    return target -> {
      try {
        return handle.invokeExact(target);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /** {@code target.method(argument)} of an instance method with one argument (builder setters). */
  static BiFunction<Object, Object, Object> biFunction(Method method) {
    requireInstance(method);
    MethodHandle handle = handle(method, MethodType.methodType(Object.class, Object.class, Object.class));
    if (handle == null) {
      return (target, argument) -> reflective(method, target, argument);
    }
    return (target, argument) -> {
      try {
        return handle.invokeExact(target, argument);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static void requireInstance(Method method) {
    if (Modifier.isStatic(method.getModifiers())) {
      throw new IllegalArgumentException(method + " is static");
    }
  }

  /** The method's handle adapted to {@code type} (receiver, argument and result as Object), or null. */
  private static MethodHandle handle(Method method, MethodType type) {
    try {
      return LOOKUP.unreflect(method).asType(type);
    } catch (IllegalAccessException | RuntimeException notAccessible) {
      try {
        method.setAccessible(true);
      } catch (RuntimeException notOpen) {
        // calls keep their access check
      }
      return null;
    }
  }

  private static Object reflective(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
