/**
 * An in-process emulator of Adobe Experience Platform for the examples and for tests: {@link
 * io.github.aepsdk.localplatform.LocalPlatform} serves Flow Service, Schema Registry, Catalog,
 * Data Prep and the IMS token endpoint over HTTP on a loopback port, keeps state per sandbox,
 * answers in the documented shapes with AEP's error bodies, runs dataflows over synthetic HubSpot
 * contacts, and injects {@link io.github.aepsdk.localplatform.Fault faults} on request and seeded
 * random faults ({@link io.github.aepsdk.localplatform.Chaos chaos}).
 */
package io.github.aepsdk.localplatform;
