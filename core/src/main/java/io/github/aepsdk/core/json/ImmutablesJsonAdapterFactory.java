package io.github.aepsdk.core.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Binds Immutables models to JSON through their generated builders.
 *
 * <p>For a model type {@code X} it finds {@code ImmutableX} in the same package (the Immutables
 * naming convention), maps every accessor that has a same-named builder setter to a JSON member
 * (the accessor's {@link Json#name()} if present), except an accessor marked {@code @Json(ignore =
 * true)} (state that is not JSON, such as a page's next-page fetcher), and:
 *
 * <ul>
 *   <li>reads JSON {@code null} as absent (members, map values and list elements alike), wraps
 *       {@link Optional} attributes, calls {@code build()}
 *       and turns builder failures (missing required members, failed checks) into a {@link
 *       JsonDataException} carrying the JSON path;
 *   <li>keeps unknown members in an {@code additionalProperties()} map when the model declares
 *       one, and writes them back; models without it skip unknown members, or fail when the adapter
 *       is {@link JsonAdapter#failOnUnknown() strict};
 *   <li>reads a single JSON object where a {@code List} member is expected as a one-element list
 *       (some Adobe examples send one object where the API declares an array); such a member is
 *       written back as an array;
 *   <li>reads a link model (one with a {@code String href} member) from a bare JSON string as well
 *       as from {@code {"href": "…"}}: answers of the same API write links both ways; and an empty
 *       JSON array where a model object is expected as an empty object ({@code "_links": []});
 *   <li>writes members in declaration order and omits empty optionals, nulls and empty
 *       collection members; an empty list or map held by a free-form ({@code Object}) member, such
 *       as the value of a JSON Patch {@code replace}, is written.
 * </ul>
 *
 * Generic models ({@code ItemsPage<Flow>}) are supported: type variables of accessors are resolved
 * against the requested parameterized type. Builders that have {@code clear()} (Immutables'
 * {@code clearBuilder} style, set for the SDK's models) are reused by each thread ({@link
 * ReusedBuilders}); other models get a new builder per object.
 */
public final class ImmutablesJsonAdapterFactory implements JsonAdapter.Factory {

  /** Name of the accessor that keeps unknown members of open-ended models. */
  static final String ADDITIONAL_PROPERTIES = "additionalProperties";

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (raw.isPrimitive() || raw.isEnum() || raw.getName().startsWith("java.")) {
      return null;
    }
    Class<?> model = modelTypeOf(raw);
    if (model == null) {
      return null;
    }
    if (model != raw) {
      return moshi.adapter(model);
    }
    Class<?> immutable = immutableClassOf(model);
    if (immutable == null) {
      return null;
    }
    return new ModelAdapter<>(type, model, immutable, moshi);
  }

  /**
   * The model type for a class: the class itself when an {@code Immutable*} companion exists, or
   * the model interface/superclass when {@code raw} is the generated class.
   */
  private static Class<?> modelTypeOf(Class<?> raw) {
    if (Modifier.isAbstract(raw.getModifiers())) {
      return immutableClassOf(raw) != null ? raw : null;
    }
    if (raw.getSimpleName().startsWith("Immutable")) {
      String modelName = raw.getSimpleName().substring("Immutable".length());
      for (Class<?> candidate : raw.getInterfaces()) {
        if (candidate.getSimpleName().equals(modelName)) {
          return candidate;
        }
      }
      Class<?> superclass = raw.getSuperclass();
      if (superclass != null && superclass.getSimpleName().equals(modelName)) {
        return superclass;
      }
    }
    return null;
  }

  private static Class<?> immutableClassOf(Class<?> model) {
    String name = model.getPackageName() + ".Immutable" + model.getSimpleName();
    try {
      Class<?> immutable = Class.forName(name, false, model.getClassLoader());
      return model.isAssignableFrom(immutable) ? immutable : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static final class Property {
    final String jsonName;
    final Function<Object, Object> accessor;
    final BiFunction<Object, Object, Object> setter;
    final boolean optional;
    /** Declared as a collection ({@code List}, {@code Map}…): omitted when empty. */
    final boolean container;
    /** Whether {@link #setter} takes the {@code Optional} (no setter of the present value exists). */
    final boolean wrap;
    final JsonAdapter<Object> adapter;
    /** For {@code List<E>} members: the adapter of {@code E}, to read a lone object; else null. */
    final JsonAdapter<Object> elementAdapter;

    Property(String jsonName, Method accessor, Method setter, boolean optional, boolean wrap, JsonAdapter<Object> adapter,
        JsonAdapter<Object> elementAdapter) {
      this.jsonName = jsonName;
      this.accessor = Invokers.function(accessor);
      this.setter = Invokers.biFunction(setter);
      this.optional = optional;
      this.container = Collection.class.isAssignableFrom(accessor.getReturnType())
          || Map.class.isAssignableFrom(accessor.getReturnType());
      this.wrap = wrap;
      this.adapter = adapter;
      this.elementAdapter = elementAdapter;
    }
  }

  private static final class ModelAdapter<T> extends JsonAdapter<T> {
    private final Class<?> model;
    private final Supplier<Object> builderFactory;
    /** The builders each thread reuses when the builder has {@code clear()}; else null (a builder per object). */
    private final ReusedBuilders reused;
    private final Function<Object, Object> build;
    private final Map<String, Property> byJsonName = new LinkedHashMap<>();
    /** The declared members in {@link #names} order, matched without allocating a name string. */
    private final Property[] properties;
    private final JsonReader.Options names;
    private final Function<Object, Object> additionalAccessor;
    private final BiFunction<Object, Object, Object> additionalSetter;
    private final JsonAdapter<Object> anyAdapter;
    /** The {@code href} member of a link model (a String), which may arrive as a bare string. */
    private final Property href;

    ModelAdapter(Type type, Class<?> model, Class<?> immutable, Moshi moshi) {
      this.model = model;
      Method builderMethod;
      Method buildMethod;
      try {
        builderMethod = immutable.getMethod("builder");
        buildMethod = builderMethod.getReturnType().getMethod("build");
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(immutable.getName() + " has no public builder()", e);
      }
      this.builderFactory = Invokers.supplier(builderMethod);
      this.build = Invokers.function(buildMethod);
      Class<?> builderClass = builderMethod.getReturnType();
      Method clearMethod = clearMethodOf(builderClass);
      this.reused = clearMethod == null ? null : new ReusedBuilders(builderFactory, Invokers.function(clearMethod));
      Map<TypeVariable<?>, Type> bindings = bindings(type, model);
      List<String> order = fieldOrder(immutable);
      List<Method> accessors = new ArrayList<>();
      for (Method m : model.getMethods()) {
        if (m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers())
            && m.getReturnType() != void.class
            && m.getDeclaringClass() != Object.class
            && setterFor(builderClass, m) != null
            && !ignored(m)) {
          accessors.add(m);
        }
      }
      accessors.sort(Comparator.comparingInt(m -> rank(order, m.getName())));
      Method extraAccessor = null;
      Method extraSetter = null;
      Property hrefProperty = null;
      for (Method accessor : accessors) {
        Method setter = setterFor(builderClass, accessor);
        if (accessor.getName().equals(ADDITIONAL_PROPERTIES)
            && Map.class.isAssignableFrom(accessor.getReturnType())) {
          extraAccessor = accessor;
          extraSetter = setter;
          continue;
        }
        Type valueType = resolve(accessor.getGenericReturnType(), bindings);
        boolean optional = accessor.getReturnType() == Optional.class;
        if (optional) {
          valueType = ((ParameterizedType) valueType).getActualTypeArguments()[0];
        }
        Json json = accessor.getAnnotation(Json.class);
        String jsonName = json != null ? json.name() : accessor.getName();
        JsonAdapter<Object> elementAdapter = null;
        if (Types.getRawType(valueType) == List.class && valueType instanceof ParameterizedType) {
          elementAdapter = moshi.adapter(((ParameterizedType) valueType).getActualTypeArguments()[0]);
        }
        // An Optional member is set with the builder's setter of the present value when there is one
        // (Immutables generates both): no Optional allocated per value read.
        Method present = optional ? presentSetterFor(builderClass, accessor.getName(), Types.getRawType(valueType)) : null;
        Property property = new Property(jsonName, accessor, present != null ? present : setter, optional,
            optional && present == null, moshi.adapter(valueType), elementAdapter);
        byJsonName.put(jsonName, property);
        if (jsonName.equals("href") && valueType == String.class) {
          hrefProperty = property;
        }
      }
      this.additionalAccessor = extraAccessor == null ? null : Invokers.function(extraAccessor);
      this.additionalSetter = extraSetter == null ? null : Invokers.biFunction(extraSetter);
      this.anyAdapter = moshi.adapter(Object.class);
      this.properties = byJsonName.values().toArray(new Property[0]);
      this.names = JsonReader.Options.of(byJsonName.keySet().toArray(new String[0]));
      this.href = hrefProperty;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      if (reused == null) {
        return read(builderFactory.get(), token, reader);
      }
      ReusedBuilders.Levels builders = reused.levels();
      Object builder = builders.take();
      try {
        return read(builder, token, reader);
      } finally {
        builders.giveBack();
      }
    }

    private T read(Object builder, JsonReader.Token token, JsonReader reader) throws IOException {
      if (token == JsonReader.Token.STRING && href != null) {
        // a link written as its bare target ("next": "/flows?…") where other answers write {"href": "…"}
        String target = reader.nextString();
        set(builder, href.setter, href.wrap ? Optional.of(target) : target, reader);
        return finish(builder, reader);
      }
      if (token == JsonReader.Token.BEGIN_ARRAY && isEmptyArray(reader)) {
        // an empty member written as [] where other answers write {} ("_links": [])
        reader.beginArray();
        reader.endArray();
        return finish(builder, reader);
      }
      Map<String, Object> extra = null;
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(names);
        Property property = index >= 0 ? properties[index] : null;
        if (property == null) {
          String name = reader.nextName();
          if (additionalAccessor != null) {
            Object unknown = anyAdapter.fromJson(reader);
            if (unknown != null) { // JSON null is absent, as for declared members
              if (extra == null) {
                extra = new LinkedHashMap<>();
              }
              extra.put(name, unknown);
            }
          } else {
            reader.skipValue();
          }
          continue;
        }
        JsonReader.Token next = reader.peek();
        if (next == JsonReader.Token.NULL) {
          reader.nextNull();
          continue;
        }
        Object value;
        if (property.elementAdapter != null && next == JsonReader.Token.BEGIN_OBJECT) {
          value = java.util.Collections.singletonList(property.elementAdapter.fromJson(reader));
        } else if (property.elementAdapter != null && next == JsonReader.Token.BEGIN_ARRAY) {
          value = presentElements(property.elementAdapter, reader);
        } else {
          value = withoutNulls(property.adapter.fromJson(reader));
        }
        set(builder, property.setter, property.wrap ? Optional.ofNullable(value) : value, reader);
      }
      reader.endObject();
      if (extra != null) {
        set(builder, additionalSetter, extra, reader);
      }
      return finish(builder, reader);
    }

    /** {@code value} without its null map values or list elements: JSON null is absent, which Immutables needs. */
    private static Object withoutNulls(Object value) {
      if (value instanceof Map && ((Map<?, ?>) value).containsValue(null)) {
        // Immutables maps reject null values
        Map<Object, Object> present = new LinkedHashMap<>((Map<?, ?>) value);
        present.values().removeIf(java.util.Objects::isNull);
        return present;
      }
      if (value instanceof List && ((List<?>) value).contains(null)) {
        // likewise for list elements: Immutables lists reject null elements
        List<Object> present = new ArrayList<>((List<?>) value);
        present.removeIf(java.util.Objects::isNull);
        return present;
      }
      return value;
    }

    /**
     * The elements of a JSON array that are not JSON null, read in one pass: JSON null is absent,
     * and Immutables lists reject null elements.
     */
    private static List<Object> presentElements(JsonAdapter<Object> elementAdapter, JsonReader reader) throws IOException {
      List<Object> elements = new ArrayList<>();
      reader.beginArray();
      while (reader.hasNext()) {
        Object element = elementAdapter.fromJson(reader);
        if (element != null) {
          elements.add(element);
        }
      }
      reader.endArray();
      return elements;
    }

    private static boolean isEmptyArray(JsonReader reader) throws IOException {
      JsonReader ahead = reader.peekJson();
      ahead.beginArray();
      return !ahead.hasNext();
    }

    @SuppressWarnings("unchecked")
    private T finish(Object builder, JsonReader reader) {
      try {
        return (T) build.apply(builder);
      } catch (RuntimeException e) {
        throw new JsonDataException(
            "Cannot read " + model.getSimpleName() + " at " + pathOfObjectJustRead(reader) + ": " + e.getMessage(), e);
      }
    }

    /**
     * The path of the object {@code reader} has just ended (computed only for an error message):
     * Moshi counts an array element as read once it ends, so the last index is one past it.
     */
    private static String pathOfObjectJustRead(JsonReader reader) {
      String path = reader.getPath();
      if (path.endsWith("]")) {
        int open = path.lastIndexOf('[');
        try {
          int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
          return path.substring(0, open + 1) + (index - 1) + "]";
        } catch (NumberFormatException notAnIndex) {
          return path;
        }
      }
      return path;
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      for (Property property : byJsonName.values()) {
        Object v = property.accessor.apply(value);
        if (property.optional) {
          v = ((Optional<?>) v).orElse(null);
        }
        if (v == null || (property.container && isEmptyContainer(v))) {
          continue;   // an empty list or map given as a free-form value (a JSON Patch value) is sent
        }
        writer.name(property.jsonName);
        property.adapter.toJson(writer, v);
      }
      if (additionalAccessor != null) {
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) additionalAccessor.apply(value)).entrySet()) {
          writer.name(String.valueOf(entry.getKey()));
          anyAdapter.toJson(writer, entry.getValue());
        }
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "ImmutablesJsonAdapter(" + model.getName() + ")";
    }

    private static void set(Object builder, BiFunction<Object, Object, Object> setter, Object value, JsonReader reader) {
      try {
        setter.apply(builder, value);
      } catch (RuntimeException e) {
        throw new JsonDataException(e.getMessage() + " at " + reader.getPath(), e);
      }
    }
  }

  /** Whether the accessor is marked {@code @Json(ignore = true)}: not a JSON member. */
  private static boolean ignored(Method accessor) {
    Json json = accessor.getAnnotation(Json.class);
    return json != null && json.ignore();
  }

  static boolean isEmptyContainer(Object v) {
    return (v instanceof Collection && ((Collection<?>) v).isEmpty())
        || (v instanceof Map && ((Map<?, ?>) v).isEmpty());
  }

  /** The builder's {@code clear()} (Immutables' {@code clearBuilder} style), or null. */
  private static Method clearMethodOf(Class<?> builderClass) {
    try {
      Method clear = builderClass.getMethod("clear");
      return clear.getReturnType() == builderClass ? clear : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * The builder's setter of an {@code Optional} member that takes the present value ({@code
   * name(String)} beside {@code name(Optional<String>)}), or null.
   */
  private static Method presentSetterFor(Class<?> builderClass, String name, Class<?> valueType) {
    for (Method m : builderClass.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        Class<?> param = m.getParameterTypes()[0];
        if (param != Optional.class && (param.isAssignableFrom(valueType) || boxed(param) == valueType)) {
          return m;
        }
      }
    }
    return null;
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return type == long.class ? Long.class : type == int.class ? Integer.class : type == boolean.class ? Boolean.class
        : type == double.class ? Double.class : type == float.class ? Float.class : type == short.class ? Short.class
        : type == byte.class ? Byte.class : type == char.class ? Character.class : Void.class;
  }

  /** The builder's one-argument setter named like the accessor that accepts the accessor's type. */
  private static Method setterFor(Class<?> builderClass, Method accessor) {
    Class<?> valueType = accessor.getReturnType();
    Method fallback = null;
    for (Method m : builderClass.getMethods()) {
      if (!m.getName().equals(accessor.getName()) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> param = m.getParameterTypes()[0];
      if (param == valueType) {
        return m;
      }
      if (param.isAssignableFrom(valueType) && (fallback == null || param != Object.class)) {
        fallback = m;
      }
    }
    return fallback;
  }

  private static List<String> fieldOrder(Class<?> immutable) {
    List<String> order = new ArrayList<>();
    for (Field f : immutable.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        order.add(f.getName());
      }
    }
    return order;
  }

  private static int rank(List<String> order, String name) {
    int i = order.indexOf(name);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static Map<TypeVariable<?>, Type> bindings(Type type, Class<?> model) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    TypeVariable<?>[] variables = model.getTypeParameters();
    if (type instanceof ParameterizedType) {
      Type[] args = ((ParameterizedType) type).getActualTypeArguments();
      for (int i = 0; i < variables.length; i++) {
        bindings.put(variables[i], args[i]);
      }
    } else {
      for (TypeVariable<?> variable : variables) {
        bindings.put(variable, Object.class);
      }
    }
    return bindings;
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable) {
      return bindings.getOrDefault(type, Object.class);
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type[] args = p.getActualTypeArguments().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = resolve(args[i], bindings);
      }
      return Types.newParameterizedType(p.getRawType(), args);
    }
    if (type instanceof WildcardType) {
      Type[] upper = ((WildcardType) type).getUpperBounds();
      return resolve(upper.length > 0 ? upper[0] : Object.class, bindings);
    }
    if (type instanceof GenericArrayType) {
      return Types.arrayOf(resolve(((GenericArrayType) type).getGenericComponentType(), bindings));
    }
    return type;
  }
}
