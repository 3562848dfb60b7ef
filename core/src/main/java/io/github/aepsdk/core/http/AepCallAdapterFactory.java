package io.github.aepsdk.core.http;

import io.github.aepsdk.core.error.AepErrors;
import io.github.aepsdk.core.error.AepException;
import io.github.aepsdk.core.error.AepInvalidResponseException;
import io.github.aepsdk.core.error.AepIoException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.Header;

/**
 * Lets the API interfaces return models directly. A method returning {@code T} runs the call on the
 * calling thread and returns the body or throws an {@link AepException}; a method returning {@code
 * CompletableFuture<T>} runs it asynchronously and completes with the same result or exception.
 * Error answers become the typed {@link io.github.aepsdk.core.error.AepServiceException} of their
 * status (with the number of attempts made), keeping at most 1 MB of the error body and masking
 * the request's credentials wherever the answer echoes them; unreadable bodies an {@link
 * AepInvalidResponseException}; transport failures an {@link AepIoException}; a token that cannot be
 * obtained an {@link io.github.aepsdk.core.error.AepAuthenticationException}. Both forms go through
 * the same OkHttp interceptors (gateway headers, 401 replay, retries, logging). A list page (sync or
 * async) comes back able to fetch its next page ({@link PageFetchers}).
 */
final class AepCallAdapterFactory extends CallAdapter.Factory {
  /** Longest error body read and kept (AEP's error documents are a few hundred bytes to a few KB). */
  static final long MAX_ERROR_BODY = 1024 * 1024;
  /** {@link #ifMatchParameter(Method)} of the API methods called so far. */
  private static final Map<Method, Integer> IF_MATCH_PARAMETERS = new ConcurrentHashMap<>();
  /**
   * Set while {@link #onThisThread} runs: a {@code CompletableFuture} method then runs its call on
   * the calling thread and returns it completed, as {@code nextPage()} needs ({@link PageFetchers}).
   */
  private static final ThreadLocal<Boolean> ON_THIS_THREAD = new ThreadLocal<>();

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(returnType);
    if (raw == Call.class) {
      return null;
    }
    if (raw == CompletableFuture.class) {
      Type inner = getParameterUpperBound(0, (ParameterizedType) returnType);
      return new CallAdapter<Object, CompletableFuture<Object>>() {
        @Override
        public Type responseType() {
          return inner;
        }

        @Override
        public CompletableFuture<Object> adapt(Call<Object> call) {
          requireEtag(call);
          if (ON_THIS_THREAD.get() != null) {
            try {
              return CompletableFuture.completedFuture(sync(call, inner));
            } catch (RuntimeException e) {
              return CompletableFuture.failedFuture(e);
            }
          }
          return async(call, inner);
        }
      };
    }
    return new CallAdapter<Object, Object>() {
      @Override
      public Type responseType() {
        return returnType;
      }

      @Override
      public Object adapt(Call<Object> call) {
        requireEtag(call);
        return sync(call, returnType);
      }
    };
  }

  /**
   * A method with an {@code @Header("If-Match")} parameter (Flow Service PATCH) needs the etag:
   * Retrofit would silently leave a null header out and the server answer 400 (code 1403-400).
   *
   * @throws IllegalArgumentException before anything is sent
   */
  private static void requireEtag(Call<?> call) {
    Invocation invocation = call.request().tag(Invocation.class);
    if (invocation == null) {
      return;
    }
    int i = ifMatchParameter(invocation.method());
    if (i >= 0) {
      Object etag = invocation.arguments().get(i);
      if (etag == null || etag.toString().isBlank()) {
        throw new IllegalArgumentException(invocation.method().getName()
            + ": the If-Match etag is required; pass the etag exactly as the create answer or a GET gave it");
      }
    }
  }

  /**
   * The index of the method's {@code @Header("If-Match")} parameter, or -1, found once per method:
   * {@link Method#getParameterAnnotations()} parses the annotations anew on every call (loading
   * their classes by name), a few percent of a small GET.
   */
  private static int ifMatchParameter(Method method) {
    return IF_MATCH_PARAMETERS.computeIfAbsent(method, m -> parameterIndex(m,
        annotation -> annotation instanceof Header && ((Header) annotation).value().equalsIgnoreCase("If-Match")));
  }

  /** The index of {@code method}'s first parameter with an annotation {@code which} accepts, or -1. */
  static int parameterIndex(Method method, Predicate<Annotation> which) {
    Annotation[][] parameters = method.getParameterAnnotations();
    for (int i = 0; i < parameters.length; i++) {
      for (Annotation annotation : parameters[i]) {
        if (which.test(annotation)) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Invokes an API method with {@code invoke}, a method returning {@code CompletableFuture} included,
   * on the calling thread: the future it returns is already complete. A thread of OkHttp's dispatcher
   * (a callback of an earlier call's future) may so call again without waiting for a place among the
   * dispatcher's {@code maxRequestsPerHost}, which it may itself hold.
   */
  static <T> T onThisThread(Callable<T> invoke) throws Exception {
    if (ON_THIS_THREAD.get() != null) {
      return invoke.call();
    }
    ON_THIS_THREAD.set(Boolean.TRUE);
    try {
      return invoke.call();
    } finally {
      ON_THIS_THREAD.remove();
    }
  }

  static <T> T sync(Call<T> call, Type type) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      throw failure(call.request(), e);
    } catch (Exception e) {
      // OkHttp throws InterruptedException, undeclared, when the thread is interrupted while it connects
      throw failure(call.request(), e);
    }
    return bodyOrThrow(call.request(), response, type);
  }

  static <T> CompletableFuture<T> async(Call<T> call, Type type) {
    CompletableFuture<T> future = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // cancelled first: cancelling the call makes its thread fail the future at once, which must not win
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        call.cancel();
        return cancelled;
      }
    };
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> c, Response<T> response) {
        try {
          future.complete(bodyOrThrow(c.request(), response, type));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call<T> c, Throwable t) {
        Throwable thrown = t;
        if (t instanceof Exception) {
          try {
            thrown = failure(c.request(), (Exception) t);
          } catch (RuntimeException unmapped) {   // failure() rethrows what it does not map: the future must still end
            thrown = unmapped;
          }
        }
        future.completeExceptionally(thrown);
      }
    });
    return future;
  }

  /**
   * The body of a successful answer; a 2xx without a body (204, 205) only where {@code type} is
   * {@code Void}, since the caller was promised a model. A page of a list gets its next-page
   * fetcher ({@link PageFetchers}).
   */
  @SuppressWarnings("unchecked")
  private static <T> T bodyOrThrow(Request request, Response<T> response, Type type) {
    if (response.isSuccessful()) {
      T body = response.body();
      if (body == null && type != Void.class) {
        throw new AepInvalidResponseException(request.method(), request.url().encodedPath(),
            new IOException("HTTP " + response.code() + " without a body, expected " + type.getTypeName()));
      }
      return (T) PageFetchers.attach(request.tag(Invocation.class), body);
    }
    Request sent = response.raw().request();
    String body = WireLog.mask(errorBody(response), WireLog.credentials(sent));
    CallState state = sent.tag(CallState.class);
    throw AepErrors.fromResponse(response.code(), body, response.headers().get("x-request-id"),
        request.method(), request.url().encodedPath(), state == null ? 1 : state.attempts());
  }

  /** The first {@link #MAX_ERROR_BODY} bytes of the error body as text; empty if unreadable. */
  private static String errorBody(Response<?> response) {
    try (ResponseBody errorBody = response.errorBody()) {
      if (errorBody == null) {
        return "";
      }
      BufferedSource source = errorBody.source();
      boolean longer = source.request(MAX_ERROR_BODY + 1);
      Buffer buffer = source.getBuffer();
      long size = Math.min(buffer.size(), MAX_ERROR_BODY);
      MediaType type = errorBody.contentType();
      Charset charset = type == null ? null : type.charset();
      String text = buffer.readString(size, charset != null ? charset : StandardCharsets.UTF_8);
      return longer ? text + "…(truncated at " + MAX_ERROR_BODY + " bytes)" : text;
    } catch (IOException | RuntimeException unreadable) {
      return "";
    }
  }

  static AepException failure(Request request, Exception e) {
    String method = request.method();
    String path = request.url().encodedPath();
    if (e instanceof AepException) {
      return (AepException) e;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AepFailure) {
        return ((AepFailure) t).exception();   // possibly wrapped by OkHttp's call timeout
      }
    }
    if (e instanceof AepConverterFactory.EmptyItemsException) {
      return AepErrors.emptyItems("{\"items\":[]}", null, method, path);
    }
    if (e instanceof AepConverterFactory.UnreadableBodyException) {
      return new AepInvalidResponseException(method, path, e.getCause());
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new AepIoException(method, path, true, 1, method + " " + path + " was interrupted", e);
    }
    // OkHttp's call timeout; a read timeout is a SocketTimeoutException, whose message Okio may also make "timeout"
    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException) && "timeout".equals(e.getMessage())) {
      return new AepIoException(method, path, true, 1, method + " " + path + " exceeded the call timeout", e);
    }
    if (e instanceof IOException) {
      boolean neverSent = e instanceof ConnectException || e instanceof UnknownHostException;
      return new AepIoException(method, path, !neverSent, e);
    }
    if (e instanceof RuntimeException) {
      throw (RuntimeException) e;
    }
    return new AepException(method + " " + path + " failed", e);
  }
}
