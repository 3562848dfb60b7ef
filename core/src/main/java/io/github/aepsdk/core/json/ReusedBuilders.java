package io.github.aepsdk.core.json;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The builders of one model that each decoding thread reuses, for models whose Immutables style
 * generates {@code clear()} ({@code clearBuilder = true}, the style of the SDK's four API packages).
 * An Immutables builder creates an empty {@code LinkedHashMap} or {@code ArrayList} for every
 * collection member when it is made, whether the JSON has the member or not: for a page of 100
 * datasets those and the builders were half of what decoding allocated. {@code build()} copies every
 * collection, so the instance built shares nothing with the builder.
 *
 * <p>A thread holds one builder per nesting level of the model (a model may contain itself). A
 * builder is cleared when it is given back, whether the object was built or its reading failed, so
 * it keeps no value of the object it built and the next object starts from an empty builder.
 */
final class ReusedBuilders {
  private final Supplier<Object> factory;
  private final Function<Object, Object> clear;
  private final ThreadLocal<Levels> levels = ThreadLocal.withInitial(Levels::new);

  ReusedBuilders(Supplier<Object> factory, Function<Object, Object> clear) {
    this.factory = factory;
    this.clear = clear;
  }

  /** The calling thread's builders; {@link Levels#take()} and {@link Levels#giveBack()} in pairs. */
  Levels levels() {
    return levels.get();
  }

  /** One thread's builders, one per nesting level in use. */
  final class Levels {
    private Object[] builders = new Object[2];
    private int depth;

    /** An empty builder for the next nesting level. */
    Object take() {
      if (depth == builders.length) {
        builders = Arrays.copyOf(builders, depth * 2);
      }
      Object builder = builders[depth];
      if (builder == null) {
        builder = factory.get();
        builders[depth] = builder;
      }
      depth++;
      return builder;
    }

    /** Clears the builder {@link #take()} gave last and makes it the next one given. */
    void giveBack() {
      depth--;
      clear.apply(builders[depth]);
    }
  }
}
