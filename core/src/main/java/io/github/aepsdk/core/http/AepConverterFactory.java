package io.github.aepsdk.core.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.SingleItem;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * JSON bodies through {@link AepJson}. Request bodies are sent with exactly {@code Content-Type:
 * application/json} (no charset parameter: Catalog's spec allows only that value). Responses of
 * methods marked {@link SingleItem} are unwrapped from {@code {"items":[x]}}; a 2xx body that is
 * not the documented envelope is unreadable ({@link UnreadableBodyException}), never a not-found.
 *
 * <p>A body whose {@code Content-Length} is known (and within the size limit, {@code
 * ResponseSizeLimit}) is read whole before it is decoded, so that decoding runs from memory rather
 * than between socket reads: a call answered with a page of 100 flows (189 KB) measured about 12 %
 * faster (examples/src/bench/notes/percall-profile.md). A body without a length (chunked, or
 * decompressed by OkHttp) is decoded as it arrives.
 */
final class AepConverterFactory extends Converter.Factory {
  static final MediaType JSON = MediaType.get("application/json");

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof SingleItem) {
        JsonAdapter<List<Object>> items = AepJson.adapter(Types.newParameterizedType(List.class, type));
        JsonAdapter<Object> item = AepJson.adapter(type);
        return body -> read(reader -> singleItem(items, item, reader), body);
      }
    }
    JsonAdapter<Object> adapter = AepJson.adapter(type);
    return body -> read(adapter::fromJson, body);
  }

  /**
   * The first element of the envelope {@code {"items":[x, …]}} (or {@code {"items": x}}, the lone
   * object some answers send). An envelope without {@code items} is not the documented answer, so
   * it is unreadable (never a not-found); an empty array is a not-found.
   */
  private static Object singleItem(JsonAdapter<List<Object>> items, JsonAdapter<Object> item, JsonReader reader)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    List<Object> found = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (!reader.nextName().equals("items") || reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
      } else if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        found = Collections.singletonList(item.fromJson(reader));
      } else {
        found = items.fromJson(reader);
      }
    }
    reader.endObject();
    if (found == null) {
      throw new JsonDataException("the answer has no items array, expected the envelope {\"items\":[…]} at $");
    }
    if (found.isEmpty()) {
      throw new EmptyItemsException();
    }
    if (found.get(0) == null) {
      throw new JsonDataException("Expected an object but was NULL at path $.items[0]");
    }
    return found.get(0);
  }

  /** Reads a value from a JSON reader. */
  private interface BodyReader<T> {
    T read(JsonReader reader) throws IOException;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    JsonAdapter<Object> adapter = AepJson.adapter(type);
    return value -> {
      Buffer buffer = new Buffer();
      adapter.toJson(buffer, value);
      return RequestBody.create(buffer.readByteArray(), JSON);
    };
  }

  private static <T> T read(BodyReader<T> adapter, ResponseBody body) throws IOException {
    try (body) {
      BufferedSource source = body.source();
      long length = body.contentLength();
      if (length > 0) {
        source.request(length);
      }
      if (source.exhausted()) {
        throw new JsonEncodingException("the body is empty, expected a JSON document");
      }
      JsonReader reader = JsonReader.of(source);
      T value = adapter.read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      if (value == null) {
        throw new JsonDataException("the body is JSON null, expected a value");
      }
      return value;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new UnreadableBodyException(e);
    } catch (EOFException e) {
      // the body ended before the JSON document did (a dropped connection is a ProtocolException)
      throw new UnreadableBodyException(new JsonEncodingException("the body ends before its JSON document: " + e.getMessage()));
    }
  }

  /** The body is not valid JSON or does not fit the model. */
  static final class UnreadableBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableBodyException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** A {@link SingleItem} lookup answered an empty {@code items} array. */
  static final class EmptyItemsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EmptyItemsException() {
      super("empty items", null, false, false);
    }
  }
}
