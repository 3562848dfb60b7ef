package io.github.aepsdk.localplatform;

import java.util.List;
import java.util.Map;

/**
 * One sandbox of a {@link LocalPlatform}, as {@link LocalPlatformExtension} gives it to a test:
 * what a client needs to reach it (base URL, IMS URL, credentials, the {@code x-sandbox-name}) and
 * what the test made in it. A sandbox starts empty; resources of other sandboxes are invisible in it.
 */
public final class LocalSandbox {
  private final LocalPlatform platform;
  private final String name;

  LocalSandbox(LocalPlatform platform, String name) {
    this.platform = platform;
    this.name = name;
  }

  /** The sandbox name, for the {@code x-sandbox-name} header. */
  public String name() {
    return name;
  }

  /** The platform this sandbox is on. */
  public LocalPlatform platform() {
    return platform;
  }

  /** The platform gateway, like {@code https://platform.adobe.io}; see {@link LocalPlatform#baseUrl()}. */
  public String baseUrl() {
    return platform.baseUrl();
  }

  /** The IMS host, like {@code https://ims-na1.adobelogin.com}; see {@link LocalPlatform#imsUrl()}. */
  public String imsUrl() {
    return platform.imsUrl();
  }

  /** The platform's pre-registered credential set; see {@link LocalPlatform#credentials()}. */
  public LocalPlatform.Credentials credentials() {
    return platform.credentials();
  }

  /** Resources per kind in this sandbox; see {@link LocalPlatform#resourceCounts(String)}. */
  public Map<String, Integer> resourceCounts() {
    return platform.resourceCounts(name);
  }

  /**
   * The XDM records flow runs wrote into a dataset of this sandbox; see {@link
   * LocalPlatform#datasetRecords(String, String)}.
   *
   * @throws IllegalArgumentException if the dataset does not exist in this sandbox
   */
  public List<Map<String, Object>> datasetRecords(String dataSetId) {
    return platform.datasetRecords(name, dataSetId);
  }

  @Override
  public String toString() {
    return "LocalSandbox[" + name + " on " + platform.baseUrl() + "]";
  }
}
