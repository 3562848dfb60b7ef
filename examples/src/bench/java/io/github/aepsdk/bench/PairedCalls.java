package io.github.aepsdk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A diagnostic, not a suite: two or more targets' {@code get flow} in one JVM on one thread, alternating blocks of
 * 200 calls (the order rotated each block) after 25 s of warm-up, so that neither forks nor the machine's drift
 * between them come into the ratio. Prints each target's median wall and CPU time per call ({@link System#nanoTime}
 * and {@link ThreadMXBean#getCurrentThreadCpuTime}, µs) and the median of its blocks' ratios to the first target's.
 * In one JVM the targets share OkHttp's compiled code and its profile, which an application using one of them does
 * not (examples/src/bench/notes/percall-profile.md, fifth pass).
 *
 * <p>Arguments: the canned server's base URL (the first URL {@link BenchServer} prints), the number of blocks, and
 * the targets, comma-separated ({@code raw,sdk}).
 */
public final class PairedCalls {
  private static final int CALLS_PER_BLOCK = 200;
  private static final long WARM_UP_NANOS = 25_000_000_000L;

  private PairedCalls() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    int blocks = Integer.parseInt(args[1]);
    String[] names = args[2].split(",");
    Target[] targets = new Target[names.length];
    for (int i = 0; i < names.length; i++) {
      targets[i] = Target.create(names[i], baseUrl);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end; ) {
      for (Target target : targets) {
        block(target);
      }
    }
    double[][] wall = new double[targets.length][blocks];
    double[][] cpu = new double[targets.length][blocks];
    for (int b = 0; b < blocks; b++) {
      for (int i = 0; i < targets.length; i++) {
        int t = (i + b) % targets.length;
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        block(targets[t]);
        wall[t][b] = (System.nanoTime() - wall0) / 1e3 / CALLS_PER_BLOCK;
        cpu[t][b] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / CALLS_PER_BLOCK;
      }
    }
    for (int t = 0; t < targets.length; t++) {
      System.out.printf(Locale.ROOT, "%-10s wall %.1f µs, cpu %.1f µs per call; ×%s: wall %.3f, cpu %.3f%n", names[t],
          median(wall[t]), median(cpu[t]), names[0], median(ratios(wall[t], wall[0])), median(ratios(cpu[t], cpu[0])));
      targets[t].close();
    }
  }

  private static void block(Target target) throws Exception {
    for (int i = 0; i < CALLS_PER_BLOCK; i++) {
      target.getFlow();
    }
  }

  private static double[] ratios(double[] values, double[] baseline) {
    double[] ratios = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      ratios[i] = values[i] / baseline[i];
    }
    return ratios;
  }

  /** The median as the report takes it ({@link Report#stats}). */
  private static double median(double[] values) {
    return Report.stats(Arrays.stream(values).mapToObj(v -> (Object) v).collect(Collectors.toList()))[2];
  }
}
