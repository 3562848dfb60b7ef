package io.github.aepsdk.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One object of a Catalog answer together with its id. Catalog answers {@code {"<id>": {…}}} and
 * the object body does not repeat the id, so the id travels beside the typed body here. The items
 * of a {@link CatalogPage} are these entries; {@link #listOf(Map)} makes them from a map.
 *
 * @param <T> the object type, e.g. {@link DataSet} or {@link Batch}
 */
public final class CatalogEntry<T> {
  private final String id;
  private final T value;

  private CatalogEntry(String id, T value) {
    this.id = Objects.requireNonNull(id, "id");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** An entry for object {@code value} with key {@code id}. */
  public static <T> CatalogEntry<T> of(String id, T value) {
    return new CatalogEntry<>(id, value);
  }

  /** The entries of a Catalog answer, in the server's order. */
  public static <T> List<CatalogEntry<T>> listOf(Map<String, ? extends T> objects) {
    List<CatalogEntry<T>> entries = new ArrayList<>(objects.size());
    objects.forEach((id, value) -> entries.add(new CatalogEntry<T>(id, value)));
    return Collections.unmodifiableList(entries);
  }

  /** The object's id (its key in the answer). */
  public String id() {
    return id;
  }

  /** The object body. */
  public T value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CatalogEntry)) {
      return false;
    }
    CatalogEntry<?> other = (CatalogEntry<?>) o;
    return id.equals(other.id) && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + value.hashCode();
  }

  @Override
  public String toString() {
    return "CatalogEntry{id=" + id + ", value=" + value + "}";
  }
}
