package io.github.aepsdk.core.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.flowservice.SingleItem;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * JSON bodies through {@link AepJson}. Request bodies are sent with exactly {@code Content-Type:
 * application/json} (no charset parameter: Catalog's spec allows only that value). Responses of
 * methods marked {@link SingleItem} are unwrapped from {@code {"items":[x]}}.
 */
final class AepConverterFactory extends Converter.Factory {
  static final MediaType JSON = MediaType.get("application/json");

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof SingleItem) {
        JsonAdapter<ItemsPage<?>> pages = AepJson.adapter(Types.newParameterizedType(ItemsPage.class, type));
        return body -> {
          ItemsPage<?> page = read(pages, body);
          if (page.items().isEmpty()) {
            throw new EmptyItemsException();
          }
          return page.items().get(0);
        };
      }
    }
    JsonAdapter<Object> adapter = AepJson.adapter(type);
    return body -> read(adapter, body);
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

  private static <T> T read(JsonAdapter<T> adapter, ResponseBody body) throws IOException {
    try (body) {
      if (body.source().exhausted()) {
        throw new JsonEncodingException("the body is empty, expected a JSON document");
      }
      JsonReader reader = JsonReader.of(body.source());
      T value = adapter.fromJson(reader);
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
