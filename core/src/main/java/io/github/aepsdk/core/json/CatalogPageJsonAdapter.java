package io.github.aepsdk.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.aepsdk.catalog.CatalogPage;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Binds a {@link CatalogPage} to Catalog's list answer, an object keyed by object id: {@code
 * {"<id>": {…}, …}}, read and written as the map of its objects in the server's order; an id whose
 * value is JSON {@code null} is left out.
 */
final class CatalogPageJsonAdapter<T> extends JsonAdapter<CatalogPage<T>> {

  static final JsonAdapter.Factory FACTORY =
      (Type type, Set<? extends Annotation> annotations, Moshi moshi) -> {
        if (!annotations.isEmpty() || Types.getRawType(type) != CatalogPage.class) {
          return null;
        }
        Type object = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[0] : Object.class;
        return new CatalogPageJsonAdapter<>(moshi.adapter(Types.newParameterizedType(Map.class, String.class, object)))
            .nullSafe();
      };

  private final JsonAdapter<Map<String, T>> objects;

  private CatalogPageJsonAdapter(JsonAdapter<Map<String, T>> objects) {
    this.objects = objects;
  }

  @Override
  public CatalogPage<T> fromJson(JsonReader reader) throws IOException {
    Map<String, T> read = objects.fromJson(reader);
    if (read == null) {
      return CatalogPage.of(Map.of());
    }
    read.values().removeIf(Objects::isNull);   // JSON null is absent, as everywhere in the SDK's binding
    return CatalogPage.of(read);
  }

  @Override
  public void toJson(JsonWriter writer, CatalogPage<T> page) throws IOException {
    objects.toJson(writer, page.objects());
  }

  @Override
  public String toString() {
    return "CatalogPageJsonAdapter(" + objects + ")";
  }
}
