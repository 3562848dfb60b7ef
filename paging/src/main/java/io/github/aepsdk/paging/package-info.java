/**
 * Pages of AEP list answers: {@link io.github.aepsdk.paging.Page} (one page, which fetches the
 * next) and {@link io.github.aepsdk.paging.AutoPager} (all items, lazily). The list envelopes of
 * the API modules implement {@code Page}; the AEP client ({@code io.github.aepsdk.core}) attaches
 * the {@link io.github.aepsdk.paging.PageFetcher} that applies each API's paging rule.
 */
package io.github.aepsdk.paging;
