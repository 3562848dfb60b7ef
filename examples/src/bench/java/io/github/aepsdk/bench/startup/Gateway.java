package io.github.aepsdk.bench.startup;

/** The canned server's gateway values (as in {@code Canned}, repeated so no bench class loads), and the exit. */
final class Gateway {
  static final String FLOW_ID = "2edc08ac-4df5-4fe6-936f-81a19ce92f5c";
  static final String TOKEN = "bench-access-token-0123456789abcdef";
  static final String API_KEY = "bench-client-id";
  static final String IMS_ORG = "0A1B2C3D4E5F60718293A4B5@AdobeOrg";
  static final String SANDBOX = "prod";

  private Gateway() {}

  /** Prints the check value and the time since {@code startNanos}, and ends the process at once. */
  static void done(String flowName, long startNanos) {
    long nanos = System.nanoTime() - startNanos;
    if (!"Database dataflow using BigQuery".equals(flowName)) {
      System.out.println("WRONG " + flowName);
      System.exit(2);
    }
    System.out.println("FIRST_CALL_NANOS " + nanos);
    System.exit(0);
  }
}
