package io.github.aepsdk.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.reflect.Type;

/**
 * The JSON binding of the SDK: one {@link Moshi} instance that reads and writes every model of the
 * four API modules through their Immutables builders, keeps whole numbers exact in free-form
 * values, and tolerates enum values the server adds later.
 *
 * <p>Production adapters are lenient (unknown members of closed models are skipped). {@link
 * #strictAdapter(Type)} fails on them, which tests use to notice a server member that a model
 * misses.
 */
public final class AepJson {

  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(ExactObjectJsonAdapter.FACTORY)
          .add(TolerantEnumJsonAdapter.FACTORY)
          .add(CatalogPageJsonAdapter.FACTORY)
          .add(new ImmutablesJsonAdapterFactory())
          .build();

  private AepJson() {}

  /** The shared, thread-safe Moshi instance that binds all SDK models. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /** A lenient adapter for {@code type}: unknown members of closed models are skipped. */
  public static <T> JsonAdapter<T> adapter(Type type) {
    return MOSHI.adapter(type);
  }

  /** A strict adapter for {@code type}: an unknown member of a closed model is an error. */
  public static <T> JsonAdapter<T> strictAdapter(Type type) {
    return MOSHI.<T>adapter(type).failOnUnknown();
  }
}
