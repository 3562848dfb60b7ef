package io.github.aepsdk.core.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
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
 * Calls to the builder and accessor methods of the Immutables models. A method's first few calls
 * are reflective; then it is bound into a plain function ({@link LambdaMetafactory}, as a lambda or
 * method reference compiles), so that binding a value costs an interface call instead of a
 * reflective one (access check, argument array, dispatch through a generated accessor). Binding
 * defines a class per method, so it is kept for the methods that are called again and again: a
 * client that decodes one answer and exits does not pay for it. Methods that cannot be bound (a
 * model not visible to this class's loader, a named module that does not grant access) stay
 * reflective. Exceptions of the called method reach the caller unwrapped.
 */
final class Invokers {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  /** Calls made reflectively before a method is bound; below the JDK's own inflation threshold (15). */
  static final int BIND_AFTER = 8;

  private Invokers() {}

  /** {@code Type.method()} of a static factory, reflective at first. */
  static Supplier<Object> supplier(Method method) {
    accessible(method);
    return new Supplier<>() {
      private volatile Supplier<Object> bound;
      private int calls;

      @Override
      public Object get() {
        Supplier<Object> b = bound;
        if (b != null) {
          return b.get();
        }
        if (++calls >= BIND_AFTER) {
          bound = bindSupplier(method);
        }
        return reflective(method, null);
      }
    };
  }

  /** {@code target.method()} of an instance method without arguments (build, accessors), reflective at first. */
  static Function<Object, Object> function(Method method) {
    requireInstance(method);
    accessible(method);
    return new Function<>() {
      private volatile Function<Object, Object> bound;
      private int calls;

      @Override
      public Object apply(Object target) {
        Function<Object, Object> b = bound;
        if (b != null) {
          return b.apply(target);
        }
        if (++calls >= BIND_AFTER) {
          bound = bindFunction(method);
        }
        return reflective(method, target);
      }
    };
  }

  /** {@code target.method(argument)} of an instance method with one argument (builder setters), reflective at first. */
  static BiFunction<Object, Object, Object> biFunction(Method method) {
    requireInstance(method);
    accessible(method);
    return new BiFunction<>() {
      private volatile BiFunction<Object, Object, Object> bound;
      private int calls;

      @Override
      public Object apply(Object target, Object argument) {
        BiFunction<Object, Object, Object> b = bound;
        if (b != null) {
          return b.apply(target, argument);
        }
        if (++calls >= BIND_AFTER) {
          bound = bindBiFunction(method);
        }
        return reflective(method, target, argument);
      }
    };
  }

  /** {@code Type.method()} of a static factory, bound now. */
  @SuppressWarnings("unchecked")
  static Supplier<Object> bindSupplier(Method method) {
    try {
      requireVisible(method);
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site = LambdaMetafactory.metafactory(LOOKUP, "get", MethodType.methodType(Supplier.class),
          MethodType.methodType(Object.class), target, target.type().wrap());
      return (Supplier<Object>) site.getTarget().invoke();
    } catch (Throwable notBindable) {
      return () -> reflective(method, null);
    }
  }

  /** {@code target.method()} of an instance method without arguments, bound now. */
  @SuppressWarnings("unchecked")
  static Function<Object, Object> bindFunction(Method method) {
    try {
      requireVisible(method);
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site = LambdaMetafactory.metafactory(LOOKUP, "apply", MethodType.methodType(Function.class),
          MethodType.methodType(Object.class, Object.class), target, target.type().wrap());
      return (Function<Object, Object>) site.getTarget().invoke();
    } catch (Throwable notBindable) {
      return t -> reflective(method, t);
    }
  }

  /** {@code target.method(argument)} of an instance method with one argument, bound now. */
  @SuppressWarnings("unchecked")
  static BiFunction<Object, Object, Object> bindBiFunction(Method method) {
    try {
      requireVisible(method);
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site = LambdaMetafactory.metafactory(LOOKUP, "apply", MethodType.methodType(BiFunction.class),
          MethodType.methodType(Object.class, Object.class, Object.class), target, target.type().wrap());
      return (BiFunction<Object, Object, Object>) site.getTarget().invoke();
    } catch (Throwable notBindable) {
      return (t, argument) -> reflective(method, t, argument);
    }
  }

  private static void requireInstance(Method method) {
    if (Modifier.isStatic(method.getModifiers())) {
      throw new IllegalArgumentException(method + " is static");
    }
  }

  /**
   * The generated function names the method's class and types; they must resolve to the same
   * classes from this class's loader (a model loaded by a child loader, such as an application's
   * own API declared for {@code customApi}, is called reflectively instead).
   */
  private static void requireVisible(Method method) throws ClassNotFoundException {
    ClassLoader loader = Invokers.class.getClassLoader();
    java.util.List<Class<?>> types = new java.util.ArrayList<>(java.util.Arrays.asList(method.getParameterTypes()));
    types.add(method.getReturnType());
    types.add(method.getDeclaringClass());
    for (Class<?> type : types) {
      while (type.isArray()) {
        type = type.getComponentType();
      }
      if (!type.isPrimitive() && Class.forName(type.getName(), false, loader) != type) {
        throw new ClassNotFoundException(type.getName() + " is not the class this loader sees");
      }
    }
  }

  private static void accessible(Method method) {
    try {
      method.setAccessible(true);
    } catch (RuntimeException notOpen) {
      // calls keep their access check
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
