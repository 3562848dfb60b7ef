package io.github.aepsdk.conversion;

/**
 * The AEP Data Prep (Conversion Service) API. Paths are relative to the service base path.
 */
public interface ConversionApi {}
