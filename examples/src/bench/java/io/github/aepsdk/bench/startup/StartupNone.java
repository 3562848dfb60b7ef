package io.github.aepsdk.bench.startup;

/** No client and no call: the JVM's own start and exit with the same class path, for reference. */
public final class StartupNone {
  private StartupNone() {}

  public static void main(String[] args) {
    Gateway.done("Database dataflow using BigQuery", System.nanoTime());
  }
}
