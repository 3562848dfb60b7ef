package io.github.aepsdk.catalog;

/**
 * The AEP Catalog Service API. Paths are relative to the service base path.
 */
public interface CatalogApi {}
