package io.github.aepsdk.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and writes BENCHMARKS.md: starts {@link BenchServer} in its own process,
 * warms it, runs the JMH suites (each benchmark in a fresh fork, {@code -prof gc}; the per-call suite in
 * {@link #PERCALL_ROUNDS} rounds, the targets' order rotated each round), times start-up
 * as whole processes, probes the auto-pager's retained heap, counts the lines of the tutorial
 * programs, traces the calls of each ({@link CallGraph}), and renders every figure with {@link Report}. Results land in {@code
 * examples/target/bench/results/} (JMH JSON per suite, {@code percall-1.json}… per round, plus {@code extra.json}).
 *
 * <p>Arguments (any order): {@code all} (default), {@code suites=percall,decode,paging,tutorial,ingestion,startup,heap,lines}
 * to run some only (the others keep their last results), {@code quick} for a short smoke run (one per-call round),
 * {@code report} to re-render BENCHMARKS.md from the saved results without running anything.
 */
public final class BenchRunner {
  static final List<String> ALL = List.of("percall", "decode", "paging", "tutorial", "ingestion", "startup", "heap", "lines");
  /**
   * JMH runs of the per-call suite, the targets' order rotated each run. Nine: forks of the same code differ by up to
   * 80 % (ten SDK get flow forks measured 79–142 µs, raw's beside them 80–106 µs), and a target's median is a slow
   * fork's once three of five forks are slow but only once five of nine are; nine is also a multiple of the three
   * targets, so each is measured first, in the middle and last equally often. Slow forks come in clusters, in some
   * runs more than in others, so more rounds narrow a run's spread but not the spread between runs
   * (examples/src/bench/notes/percall-profile.md).
   */
  static final int PERCALL_ROUNDS = 9;
  /**
   * Warm-up iterations (1 s each) of a per-call fork: both clients' latency kept falling until about 18 s into a
   * fork (raw get flow from about 200 to 95 µs per call, in steps at about 10 s and 18 s, with C2 or C1 only and with
   * G1 or Parallel GC alike), so fewer would measure the warm-up (examples/src/bench/notes/percall-profile.md).
   */
  static final int PERCALL_WARMUPS = 20;
  /**
   * Warm-up iterations (1 s each) of a decoding or tutorial fork: with 2 and 3, the SDK's decoding of a flow still went
   * from 58,000 to 116,000 bodies per second between the first two measured iterations, and the builder's run from 18
   * to 13 ms; from the third second on they were flat.
   */
  static final int WARMUPS = 10;
  static final Moshi MOSHI = new Moshi.Builder().build();
  static final JsonAdapter<Map<String, Object>> MAP =
      MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final Path project;
  private final Path out;
  private final String classpath = System.getProperty("java.class.path");
  private final boolean quick;
  private final Map<String, Object> extra;
  private String cannedUrl;
  private String platformUrl;
  private String latencyUrl;

  private BenchRunner(Path project, boolean quick) throws IOException {
    this.project = project;
    this.out = project.resolve("examples/target/bench/results");
    this.quick = quick;
    Files.createDirectories(out);
    Path extraFile = out.resolve("extra.json");
    this.extra = Files.exists(extraFile) ? MAP.fromJson(Files.readString(extraFile)) : new LinkedHashMap<>();
  }

  public static void main(String[] args) throws Exception {
    Set<String> suites = new LinkedHashSet<>(ALL);
    boolean quick = false;
    boolean reportOnly = false;
    for (String arg : String.join(" ", args).trim().split("\\s+")) {
      if (arg.startsWith("suites=")) {
        suites = new LinkedHashSet<>(Arrays.asList(arg.substring("suites=".length()).split(",")));
        if (!ALL.containsAll(suites)) {
          throw new IllegalArgumentException("suites are " + ALL + ", got " + suites);
        }
      } else if (arg.equals("quick")) {
        quick = true;
      } else if (arg.equals("report")) {
        reportOnly = true;
      } else if (!arg.equals("all") && !arg.isEmpty()) {
        throw new IllegalArgumentException("unknown argument " + arg + " (all, quick, report, suites=" + String.join(",", ALL) + ")");
      }
    }
    Path project = Path.of(System.getProperty("bench.project.dir", "..")).toAbsolutePath().normalize();
    BenchRunner runner = new BenchRunner(project, quick);
    if (!reportOnly) {
      runner.run(suites);
    }
    Path written = Report.write(runner.out, project.resolve("BENCHMARKS.md"));
    System.out.println("Wrote " + written);
  }

  private void run(Set<String> suites) throws Exception {
    Instant start = Instant.now();
    Map<String, Object> machine = Report.machine(project);
    machine.put("loadBefore", Report.loadAverage());
    Process server = startServer();
    try {
      warmServer();
      if (suites.contains("percall")) {
        perCallRounds();
      }
      if (suites.contains("decode")) {
        jmh("decode", DecodeBench.class, WARMUPS, 5, false);
      }
      if (suites.contains("paging")) {
        jmh("paging", PagingBench.class, 2, 5, true);
      }
      if (suites.contains("tutorial")) {
        jmh("tutorial", TutorialBench.class, WARMUPS, 6, false);
      }
      if (suites.contains("ingestion")) {
        jmh("ingestion", IngestionBench.class, IngestionBench.WARMUPS, IngestionBench.RUNS, true);
        ingestionCalls();
      }
      if (suites.contains("startup")) {
        startup();
      }
      if (suites.contains("heap")) {
        heap();
      }
    } finally {
      try (OutputStream stdin = server.getOutputStream()) {
        stdin.close();
      } catch (IOException ignored) {
        // already gone
      }
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroy();
      }
    }
    if (suites.contains("lines")) {
      extra.put("lines", Report.lineCounts(project));
    }
    machine.put("loadAfter", Report.loadAverage());
    machine.put("seconds", Duration.between(start, Instant.now()).toSeconds());
    machine.put("suites", new ArrayList<>(suites));
    machine.put("quick", quick);
    extra.put("machine", machine);
    Files.writeString(out.resolve("extra.json"), MAP.indent("  ").toJson(extra));
  }

  private Process startServer() throws IOException {
    Process server = new ProcessBuilder(java(), "-Xms1g", "-Xmx1g", "-Daep.shared.dir=" + Canned.sharedDir().toAbsolutePath(),
        "-cp", classpath, BenchServer.class.getName())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null && !line.startsWith("READY ")) {
      System.out.println("[server] " + line);
    }
    if (line == null) {
      throw new IllegalStateException("the bench server did not start");
    }
    String[] urls = line.substring("READY ".length()).split(" ");
    cannedUrl = urls[0];
    platformUrl = urls[1];
    latencyUrl = urls[2];
    System.out.println("Bench server: canned " + cannedUrl + ", local platform " + platformUrl + ", with "
        + IngestionBench.LATENCY_MILLIS + " ms per call " + latencyUrl);
    return server;
  }

  /** A few seconds of every request type, so the server's JIT is warm before the first fork. */
  private void warmServer() throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(quick ? 1 : 5);
    try (Target raw = Target.create("raw", cannedUrl)) {
      raw.check();
      int rounds = 0;
      while (System.nanoTime() < until) {
        raw.getFlow();
        raw.listFlows();
        raw.listDataSets();
        raw.getSchema();
        rounds++;
      }
      raw.walkDataSets();
      System.out.println("Warmed the server with " + rounds + " rounds");
    }
  }

  /**
   * The per-call suite as rounds of one JMH run each, into {@code percall-<round>.json}: JMH runs the targets of an
   * operation in the order given, so round r starts with the r-th target and none is always measured first or last.
   * The rounds of an earlier run are deleted first, so that a run that fails part-way never leaves them to be combined
   * with its own.
   */
  private void perCallRounds() throws Exception {
    int rounds = quick ? 1 : PERCALL_ROUNDS;
    for (int round = 1; Files.deleteIfExists(out.resolve("percall-" + round + ".json")); round++) {
      System.out.println("Deleted the per-call round " + round + " of an earlier run");
    }
    for (int round = 1; round <= rounds; round++) {
      List<String> order = new ArrayList<>(Report.TARGETS);
      Collections.rotate(order, 1 - round);
      jmh("percall-" + round, PerCallBench.class, PERCALL_WARMUPS, 5, false, order.toArray(new String[0]));
    }
  }

  /** One JMH run of the benchmark's class; {@code targets}, if any, are its {@code target} parameter's values in the order to run. */
  private void jmh(String suite, Class<?> benchmark, int warmups, int measurements, boolean singleShot, String... targets)
      throws Exception {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
        .forks(1)
        .threads(1)
        .warmupIterations(quick ? 1 : warmups)
        .measurementIterations(quick ? 1 : measurements)
        .addProfiler(GCProfiler.class)
        .jvmArgs("-Xms1g", "-Xmx1g",
            "-Daep.shared.dir=" + Canned.sharedDir().toAbsolutePath(),
            "-Dbench.canned.url=" + cannedUrl,
            "-Dbench.platform.url=" + platformUrl,
            "-Dbench.latency.url=" + latencyUrl)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve(suite + ".json").toString());
    if (targets.length > 0) {
      options.param("target", targets);
    }
    if (!singleShot) {
      TimeValue time = quick ? TimeValue.milliseconds(300) : TimeValue.seconds(1);
      options.warmupTime(time).measurementTime(time);
    }
    new Runner(options.build()).run();
  }

  /** Each tutorial program's calls and critical path, traced on a local platform in this JVM. */
  private void ingestionCalls() throws Exception {
    Map<String, Object> ingestion = new LinkedHashMap<>();
    ingestion.put("latencyMillis", IngestionBench.LATENCY_MILLIS);
    for (Map.Entry<String, CallGraph> graph : CallGraph.ofTutorialPrograms().entrySet()) {
      Map<String, Object> calls = new LinkedHashMap<>();
      calls.put("calls", graph.getValue().calls());
      calls.put("criticalPath", graph.getValue().criticalPath());
      ingestion.put(graph.getKey(), calls);
      System.out.println("Ingestion " + graph.getKey() + ": " + graph.getValue().calls().size() + " calls, critical path "
          + graph.getValue().criticalPath());
    }
    extra.put("ingestion", ingestion);
  }

  /** Fresh JVMs to the first completed call, interleaved, the first round discarded (cold disk cache). */
  private void startup() throws Exception {
    Map<String, String> programs = new LinkedHashMap<>();
    programs.put("raw", "io.github.aepsdk.bench.startup.StartupRaw");
    programs.put("sdk", "io.github.aepsdk.bench.startup.StartupSdk");
    programs.put("generated", "io.github.aepsdk.bench.startup.StartupGenerated");
    programs.put("none", "io.github.aepsdk.bench.startup.StartupNone");
    int rounds = quick ? 2 : 12;
    Map<String, List<Double>> wall = new LinkedHashMap<>();
    Map<String, List<Double>> inMain = new LinkedHashMap<>();
    for (int round = 0; round <= rounds; round++) {
      List<String> order = new ArrayList<>(programs.keySet());
      Collections.rotate(order, round);
      for (String target : order) {
        long begin = System.nanoTime();
        Process p = new ProcessBuilder(java(), "-cp", classpath, programs.get(target), cannedUrl)
            .redirectErrorStream(true)
            .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        double ms = (System.nanoTime() - begin) / 1e6;
        if (status != 0 || !output.contains("FIRST_CALL_NANOS ")) {
          throw new IllegalStateException(target + " start-up run failed (" + status + "): " + output);
        }
        if (round == 0) {
          continue;
        }
        String nanos = output.substring(output.indexOf("FIRST_CALL_NANOS ") + 17).trim();
        wall.computeIfAbsent(target, k -> new ArrayList<>()).add(ms);
        inMain.computeIfAbsent(target, k -> new ArrayList<>()).add(Long.parseLong(nanos) / 1e6);
      }
    }
    Map<String, Object> startup = new LinkedHashMap<>();
    startup.put("wallMillis", wall);
    startup.put("inMainMillis", inMain);
    extra.put("startup", startup);
    System.out.println("Start-up (ms, whole process): " + wall);
  }

  /** The auto-pager's retained heap along the walk, and the control that keeps every item. */
  private void heap() throws Exception {
    Map<String, Object> heap = new LinkedHashMap<>();
    for (String mode : List.of("stream", "retain")) {
      Process p = new ProcessBuilder(java(), "-Xmx512m", "-Daep.shared.dir=" + Canned.sharedDir().toAbsolutePath(),
          "-cp", classpath, PagingHeapProbe.class.getName(), cannedUrl, mode)
          .redirectErrorStream(true)
          .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0 || !output.contains("HEAP ")) {
        throw new IllegalStateException("heap probe failed: " + output);
      }
      String line = output.substring(output.indexOf("HEAP ")).trim().split("\n")[0];
      Map<String, Long> samples = new LinkedHashMap<>();
      for (String sample : line.split(" ")) {
        int colon = sample.indexOf(':');
        if (colon > 0) {
          samples.put(sample.substring(0, colon), Long.parseLong(sample.substring(colon + 1)));
        }
      }
      heap.put(mode, samples);
      System.out.println("Heap probe " + line);
    }
    extra.put("heap", heap);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
