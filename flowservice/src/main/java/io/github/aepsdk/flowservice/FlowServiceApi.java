package io.github.aepsdk.flowservice;

/**
 * The AEP Flow Service API. Paths are relative to the service base path.
 */
public interface FlowServiceApi {}
