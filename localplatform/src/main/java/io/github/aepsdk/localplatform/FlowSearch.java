package io.github.aepsdk.localplatform;

import java.util.List;
import java.util.Map;

/**
 * The Flow Service searches ({@code POST /connections/search}, {@code POST /flows/search}, {@code
 * POST /flowSpecs/search}): the body ({@code queryString}, {@code limit}, {@code orderby}, {@code
 * count}) selects, orders and pages like the query of the matching {@code GET} list ({@link
 * Listing}), and a {@code continuationToken} query parameter continues a search.
 *
 * <p>The spec gives no grammar for {@code queryString}; here it is one filter in the form of the
 * list's {@code property} parameter (for example {@code state==enabled}). {@code limit} is 1 to
 * 1000, the spec's maximum ({@code 1451-400} otherwise). The spec's {@code projectionFields} and
 * {@code groupByProperty} are accepted and not applied.
 */
final class FlowSearch {
  private static final long MAX_LIMIT = 1000;

  private FlowSearch() {}

  /** Searches {@code resources}; the next page's href is {@code /<collection>/search?continuationToken=…}. */
  static Reply search(Call c, String collection, List<Map<String, Object>> resources) {
    Map<String, Object> body = c.object();
    Object queryString = body.get("queryString");
    List<String> properties = queryString == null || String.valueOf(queryString).isBlank()
        ? List.of() : List.of(String.valueOf(queryString));
    String limit = null;
    if (body.get("limit") != null) {
      Long value = Json.wholeNumber(body.get("limit"));
      if (value == null || value < 1 || value > MAX_LIMIT) {
        throw Errors.flowBadRequest("1451", "Invalid request", "Invalid params limit=" + body.get("limit")
            + " provided in the request body.");
      }
      limit = String.valueOf(value);
    }
    Object orderby = body.get("orderby");
    return Listing.list(c, collection + "/search", resources, properties, orderby == null ? null : String.valueOf(orderby),
        limit, Boolean.TRUE.equals(body.get("count")));
  }
}
