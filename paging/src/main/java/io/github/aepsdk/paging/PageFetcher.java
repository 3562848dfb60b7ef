package io.github.aepsdk.paging;

/**
 * Fetches the page after a page. The AEP client builds one for each page it decodes from a list
 * call, from the call itself (the method and its arguments), so that {@link Page#nextPage()}
 * repeats the call with the paging argument of the next page. Users do not implement it; a test
 * may, to build pages that page.
 *
 * @param <P> the page type
 */
public interface PageFetcher<P> {

  /**
   * Whether a page follows {@code page}, for the paging rules that need the request (Catalog and
   * Data Prep compare the page with the {@code limit} asked); no request is sent.
   */
  boolean hasNext(P page);

  /**
   * The page after {@code page}: one request.
   *
   * @throws IllegalStateException if the server does not advance (see {@link Page#nextPage()})
   */
  P next(P page);
}
