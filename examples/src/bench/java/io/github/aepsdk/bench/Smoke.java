package io.github.aepsdk.bench;

/** Starts the canned server in-process and checks every target once (a quick self-test of the harness). */
public final class Smoke {
  private Smoke() {}

  public static void main(String[] args) throws Exception {
    var server = BenchServer.startCanned();
    String base = server.url("/").toString().replaceAll("/$", "");
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    for (String name : new String[] {"sdk", "raw", "generated"}) {
      try (Target t = Target.create(name, base)) {
        t.check();
        for (String op : new String[] {"getFlow", "listFlows", "listDataSets", "getSchema"}) {
          long[] times = new long[rounds];
          for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            switch (op) {
              case "getFlow": t.getFlow(); break;
              case "listFlows": t.listFlows(); break;
              case "listDataSets": t.listDataSets(); break;
              default: t.getSchema();
            }
            times[i] = System.nanoTime() - s;
          }
          java.util.Arrays.sort(times);
          System.out.printf("%-10s %-13s p50 %8.1f us  p90 %8.1f us  max %8.1f us%n", name, op,
              times[rounds / 2] / 1e3, times[rounds * 9 / 10] / 1e3, times[rounds - 1] / 1e3);
        }
        long s = System.nanoTime();
        long n = t.walkDataSets();
        System.out.printf("%-10s walk %d items in %d ms%n", name, n, (System.nanoTime() - s) / 1_000_000);
      }
    }
    server.close();
  }
}
