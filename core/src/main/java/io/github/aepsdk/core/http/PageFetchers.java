package io.github.aepsdk.core.http;

import io.github.aepsdk.catalog.CatalogPage;
import io.github.aepsdk.conversion.DataPage;
import io.github.aepsdk.conversion.ImmutableDataPage;
import io.github.aepsdk.flowservice.ImmutableItemsPage;
import io.github.aepsdk.flowservice.ItemsPage;
import io.github.aepsdk.paging.Page;
import io.github.aepsdk.paging.PageFetcher;
import io.github.aepsdk.schemaregistry.ImmutableResultsPage;
import io.github.aepsdk.schemaregistry.ResultsPage;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import retrofit2.Invocation;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * The next-page fetchers the client attaches to the pages it decodes ({@link Page#nextPage()}): each
 * repeats the list call (the same Retrofit method on the same service, from the request's {@link
 * Invocation}) with the paging argument of the next page, by the API's rule, and carries what the
 * walk has seen so that a server that does not advance ends it with an {@link
 * IllegalStateException}:
 *
 * <ul>
 *   <li>Flow Service ({@link ItemsPage}): {@code continuationToken} from {@code _links.next.href};
 *       a token the walk already followed is refused;
 *   <li>Schema Registry ({@link ResultsPage}): {@code start} = {@code _page.next}, with {@code
 *       orderby} always sent: the call's own, else the answer's {@code _page.orderby}, else the
 *       next page is refused; a {@code start} the walk was already fetched with is refused;
 *   <li>Catalog ({@link CatalogPage}): {@code start} + number of objects received, same {@code
 *       limit} (Catalog's default 20 when none was sent); a full page, or one of exactly 20 objects
 *       (Catalog's cap with {@code observableSchema}), has a next page; a page holding exactly the ids
 *       of the page before is refused;
 *   <li>Data Prep ({@link DataPage}): {@code start} + number of items received, same {@code limit};
 *       a page as long as {@code limit} (or {@code _page.limit} when smaller) has a next page; a
 *       page repeating the items of the page before is refused.
 * </ul>
 *
 * A method returning {@code CompletableFuture} is re-invoked on the calling thread ({@link
 * AepCallAdapterFactory#onThisThread}): {@code nextPage()} blocks, and needs no thread or place of
 * OkHttp's dispatcher, so a callback of the first page's future may call it.
 */
final class PageFetchers {
  /** The page size Catalog answers when a call sends no {@code limit} (API-NOTES §3). */
  static final int CATALOG_DEFAULT_LIMIT = 20;

  /**
   * The page size Catalog caps a list at whatever {@code limit} asks: 20 datasets when {@code
   * properties} includes {@code observableSchema} (API-NOTES §3).
   */
  static final int CATALOG_CAPPED_PAGE = 20;

  private PageFetchers() {}

  /** {@code body} with its next-page fetcher when it is a page decoded for a Retrofit invocation; else {@code body}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object attach(Invocation invocation, Object body) {
    if (!(body instanceof Page) || invocation == null || invocation.instance() == null) {
      return body;
    }
    Call call = new Call(invocation.method(), invocation.instance(), snapshot(invocation.arguments()));
    if (body instanceof ItemsPage) {
      return ImmutableItemsPage.copyOf((ItemsPage) body).withPageFetcher(new FlowService<>(call, Set.of()));
    }
    if (body instanceof ResultsPage) {
      return ImmutableResultsPage.copyOf((ResultsPage) body).withPageFetcher(new SchemaRegistry<>(call, Set.of()));
    }
    if (body instanceof CatalogPage) {
      return ((CatalogPage) body).withPageFetcher(new Catalog<>(call));
    }
    if (body instanceof DataPage) {
      return ImmutableDataPage.copyOf((DataPage) body).withPageFetcher(new DataPrep<>(call));
    }
    return body;
  }

  /**
   * {@code arguments} with each map or list argument (a Catalog query map, Flow Service {@code
   * property} filters) copied: the caller may change or reuse what it passed once the call is made,
   * and the next page must repeat the call as it was made.
   */
  private static List<Object> snapshot(List<?> arguments) {
    List<Object> copy = new ArrayList<>(arguments.size());
    for (Object argument : arguments) {
      if (argument instanceof Map) {
        copy.add(Collections.unmodifiableMap(new LinkedHashMap<>((Map<?, ?>) argument)));
      } else if (argument instanceof List) {
        copy.add(Collections.unmodifiableList(new ArrayList<>((List<?>) argument)));
      } else {
        copy.add(argument);
      }
    }
    return copy;
  }

  /** One list call: the Retrofit method, the service it was called on and its arguments. */
  private static final class Call {
    final Method method;
    final Object service;
    final List<?> arguments;

    Call(Method method, Object service, List<?> arguments) {
      this.method = method;
      this.service = service;
      this.arguments = arguments;
    }

    /** The index of the parameter annotated {@code @Query(name)}. */
    int query(String name, String api) {
      return parameter(a -> a instanceof Query && ((Query) a).value().equals(name), api + " " + method.getName()
          + " takes no " + name + " query parameter: the page after its answer cannot be fetched");
    }

    /** The index of the parameter annotated {@code @QueryMap}. */
    int queryMap(String api) {
      return parameter(a -> a instanceof QueryMap, api + " " + method.getName()
          + " takes no query parameters: the page after its answer cannot be fetched");
    }

    private int parameter(Predicate<Annotation> which, String missing) {
      int index = AepCallAdapterFactory.parameterIndex(method, which);
      if (index < 0) {
        throw new IllegalStateException(missing);
      }
      return index;
    }

    /** This call with the argument at {@code index} replaced. */
    Call with(int index, Object value) {
      List<Object> replaced = new ArrayList<>(arguments);
      replaced.set(index, value);
      return new Call(method, service, replaced);
    }

    /** Sends the call again (through the client: headers, retries, errors) and returns the decoded answer. */
    @SuppressWarnings("unchecked")
    <P> P send() {
      try {
        Object result = AepCallAdapterFactory.onThisThread(() -> method.invoke(service, arguments.toArray()));
        return (P) (result instanceof CompletableFuture ? ((CompletableFuture<?>) result).join() : result);
      } catch (InvocationTargetException e) {
        throw unchecked(e.getCause());
      } catch (CompletionException e) {
        throw unchecked(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(method.getName() + " cannot be called again for the next page", e);
      } catch (Exception e) {
        throw unchecked(e);
      }
    }

    private static RuntimeException unchecked(Throwable t) {
      if (t instanceof RuntimeException) {
        throw (RuntimeException) t;
      }
      if (t instanceof Error) {
        throw (Error) t;
      }
      return new IllegalStateException(t);
    }
  }

  /**
   * A walk that follows a paging value the answer gives (Flow Service's {@code continuationToken},
   * Schema Registry's {@code _page.next}); the page itself says whether a next page exists.
   */
  private abstract static class KeysetWalk<P extends Page<?>> implements PageFetcher<P> {
    final Call call;
    /** The values this walk has already requested pages with. */
    private final Set<String> followed;

    KeysetWalk(Call call, Set<String> followed) {
      this.call = call;
      this.followed = followed;
    }

    @Override
    public boolean hasNext(P page) {
      return page.hasNextPage();
    }

    /**
     * The values this walk has requested pages with ({@code sent}, the one this page was requested
     * with, if any), {@code next} added.
     *
     * @throws IllegalStateException with {@code stall} if {@code next} was already requested (the
     *     server does not advance)
     */
    Set<String> advanced(Object sent, String next, String stall) {
      Set<String> requested = new HashSet<>(followed);
      if (sent != null) {
        requested.add(sent.toString());
      }
      if (!requested.add(next)) {
        throw new IllegalStateException(stall);
      }
      return Set.copyOf(requested);
    }
  }

  /** Flow Service: {@code continuationToken}. */
  private static final class FlowService<T> extends KeysetWalk<ItemsPage<T>> {
    FlowService(Call call, Set<String> followed) {
      super(call, followed);
    }

    @Override
    public ItemsPage<T> next(ItemsPage<T> page) {
      String token = page.continuationToken().orElseThrow();
      int index = call.query("continuationToken", "Flow Service");
      Set<String> requested = advanced(call.arguments.get(index), token,
          "Flow Service paging does not advance: continuationToken '" + token + "' came back again");
      Call nextCall = call.with(index, token);
      ItemsPage<T> next = nextCall.send();
      return ImmutableItemsPage.copyOf(next).withPageFetcher(new FlowService<>(nextCall, requested));
    }
  }

  /** Schema Registry: {@code start} from {@code _page.next}, always with {@code orderby}. */
  private static final class SchemaRegistry<T> extends KeysetWalk<ResultsPage<T>> {
    SchemaRegistry(Call call, Set<String> followed) {
      super(call, followed);
    }

    @Override
    public ResultsPage<T> next(ResultsPage<T> page) {
      String start = page.next().orElseThrow();
      int startIndex = call.query("start", "Schema Registry");
      int orderbyIndex = call.query("orderby", "Schema Registry");
      Object sentOrderby = call.arguments.get(orderbyIndex);
      String orderby = sentOrderby != null
          ? sentOrderby.toString()
          : page.page().flatMap(io.github.aepsdk.schemaregistry.PageInfo::orderby).filter(o -> !o.isEmpty())
              .orElseThrow(() -> new IllegalStateException("Schema Registry " + call.method.getName()
                  + ": cannot fetch the next page without an orderby (start only works together with orderby): the call "
                  + "sent no orderby and the answer has no _page.orderby; list with an orderby such as \"title\""));
      Set<String> requested = advanced(call.arguments.get(startIndex), start,
          "Schema Registry paging does not advance: _page.next is the start value '" + start
              + "' a page was already fetched with (is orderby sent with start?)");
      Call nextCall = call.with(startIndex, start).with(orderbyIndex, orderby);
      ResultsPage<T> next = nextCall.send();
      return ImmutableResultsPage.copyOf(next).withPageFetcher(new SchemaRegistry<>(nextCall, requested));
    }
  }

  /** Catalog: {@code start} + {@code limit} in the call's query map. */
  private static final class Catalog<T> implements PageFetcher<CatalogPage<T>> {
    private final Call call;

    Catalog(Call call) {
      this.call = call;
    }

    @Override
    public boolean hasNext(CatalogPage<T> page) {
      int size = page.objects().size();
      return size > 0 && (size >= limit() || size == CATALOG_CAPPED_PAGE);
    }

    private Map<String, String> parameters() {
      @SuppressWarnings("unchecked")
      Map<String, String> parameters = (Map<String, String>) call.arguments.get(call.queryMap("Catalog"));
      return parameters == null ? Map.of() : parameters;
    }

    private int limit() {
      String limit = parameters().get("limit");
      return limit == null ? CATALOG_DEFAULT_LIMIT : Integer.parseInt(limit);
    }

    @Override
    public CatalogPage<T> next(CatalogPage<T> page) {
      Map<String, String> parameters = parameters();
      int start = parameters.containsKey("start") ? Integer.parseInt(parameters.get("start")) : 0;
      int nextStart = start + page.objects().size();
      Map<String, String> nextParameters = new LinkedHashMap<>();
      if (!parameters.containsKey("start")) {   // CatalogQuery's order: limit, start, then the rest
        if (parameters.containsKey("limit")) {
          nextParameters.put("limit", parameters.get("limit"));
        }
        nextParameters.put("start", Integer.toString(nextStart));
      }
      parameters.forEach(nextParameters::putIfAbsent);
      nextParameters.put("start", Integer.toString(nextStart));
      Call nextCall = call.with(call.queryMap("Catalog"), nextParameters);
      CatalogPage<T> next = nextCall.send();
      if (next.objects().keySet().equals(page.objects().keySet())) {
        throw new IllegalStateException("Catalog paging does not advance: start=" + nextStart
            + " answered the same objects as start=" + start + " (is start ignored?)");
      }
      return next.withPageFetcher(new Catalog<>(nextCall));
    }
  }

  /** Data Prep: {@code start} + {@code limit} query parameters. */
  private static final class DataPrep<T> implements PageFetcher<DataPage<T>> {
    private final Call call;

    DataPrep(Call call) {
      this.call = call;
    }

    @Override
    public boolean hasNext(DataPage<T> page) {
      int requested = ((Number) call.arguments.get(call.query("limit", "Data Prep"))).intValue();
      int applied = page.page().flatMap(io.github.aepsdk.conversion.PageInfo::limit).orElse(0);
      int fullSize = applied > 0 ? Math.min(requested, applied) : requested;
      return !page.data().isEmpty() && page.data().size() >= fullSize;
    }

    @Override
    public DataPage<T> next(DataPage<T> page) {
      int startIndex = call.query("start", "Data Prep");
      int start = ((Number) call.arguments.get(startIndex)).intValue();
      int nextStart = start + page.data().size();
      Call nextCall = call.with(startIndex, nextStart);
      DataPage<T> next = nextCall.send();
      if (next.data().equals(page.data())) {
        throw new IllegalStateException("Data Prep paging does not advance: start=" + nextStart
            + " answered the same items as start=" + start + " (is start ignored?)");
      }
      return ImmutableDataPage.copyOf(next).withPageFetcher(new DataPrep<>(nextCall));
    }
  }
}
