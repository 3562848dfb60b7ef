package io.github.aepsdk.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads Catalog's answers that are not single objects:
 *
 * <ul>
 *   <li>create, PATCH and DELETE answer an array of references, e.g. {@code
 *       ["@/dataSets/5c8c3c555033b814b69f947f"]}: {@link #ids(List)} and {@link #id(List)} extract
 *       the ids;
 *   <li>lookups answer an object keyed by id even for one object: {@link #single(Map, String)}
 *       takes that object out.
 * </ul>
 *
 * The default methods of {@link CatalogApi} use these, so most callers never need them.
 */
public final class CatalogRefs {
  private CatalogRefs() {}

  /**
   * The id in one reference: {@code "@/dataSets/5c8c…"} gives {@code 5c8c…}. The collection
   * segment is not checked (docs write both {@code dataSets} and {@code datasets}); anything after
   * the id ({@code /views/…}) is ignored.
   *
   * @throws IllegalArgumentException if {@code ref} is not of the form {@code @/<collection>/<id>}
   */
  public static String id(String ref) {
    if (ref == null || !ref.startsWith("@/")) {
      throw new IllegalArgumentException("not a Catalog reference (expected \"@/<collection>/<id>\"): " + ref);
    }
    String[] segments = ref.substring(2).split("[/?]", -1);
    if (segments.length < 2 || segments[0].isEmpty() || segments[1].isEmpty()) {
      throw new IllegalArgumentException("not a Catalog reference (expected \"@/<collection>/<id>\"): " + ref);
    }
    return segments[1];
  }

  /**
   * The ids in a create/PATCH/DELETE answer, in order; empty for {@code []} (Catalog's answer to a
   * DELETE of an unknown id).
   *
   * @throws IllegalArgumentException if an element is not a reference
   */
  public static List<String> ids(List<String> refs) {
    List<String> ids = new ArrayList<>(refs.size());
    for (String ref : refs) {
      ids.add(id(ref));
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * The one id in an answer that names exactly one object, such as the answer of a create.
   *
   * @throws IllegalStateException if the answer names no object or several
   * @throws IllegalArgumentException if the element is not a reference
   */
  public static String id(List<String> refs) {
    if (refs.size() != 1) {
      throw new IllegalStateException("expected Catalog to answer one reference, got " + refs);
    }
    return id(refs.get(0));
  }

  /**
   * The object with key {@code id} from a lookup answer {@code {"<id>": {…}}}; when the answer has
   * exactly one object under another key (for example a differently cased id), that object.
   *
   * @throws NoSuchElementException if the answer holds no object for {@code id}, e.g. {@code {}}
   */
  public static <T> T single(Map<String, T> objects, String id) {
    T value = objects.get(id);
    if (value != null) {
      return value;
    }
    if (objects.size() == 1) {
      return objects.values().iterator().next();
    }
    throw new NoSuchElementException("Catalog answered no object for id '" + id + "' (keys: " + objects.keySet() + ")");
  }
}
