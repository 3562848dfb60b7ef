/**
 * {@link io.github.aepsdk.core.ingestion.MarketingAutomationIngestion}: the documented
 * "collect marketing automation data through source connectors and APIs" tutorial as one fluent
 * call, with its inputs, progress events, results and failures.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    optionalAcceptNullable = true)
package io.github.aepsdk.core.ingestion;

import org.immutables.value.Value;
