package io.github.aepsdk.schemaregistry;

/**
 * The AEP Schema Registry API. Paths are relative to the service base path.
 */
public interface SchemaRegistryApi {}
