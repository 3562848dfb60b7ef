package io.github.aepsdk.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.examples.tutorial.TutorialSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders BENCHMARKS.md from the saved results (JMH JSON per suite and per-call round, {@code extra.json}) and the
 * hand-written notes in {@code examples/src/bench/notes/}. Every figure of the SDK and the generated
 * client is shown with its ratio to raw OkHttp + Moshi from the same run.
 */
final class Report {
  private static final JsonAdapter<List<Map<String, Object>>> JMH_JSON =
      BenchRunner.MOSHI.adapter(Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));
  static final List<String> TARGETS = List.of("raw", "sdk", "generated");
  static final String COMMAND = "mvn -B -Pbench -pl examples -am process-classes";

  /** The tutorial programs whose lines are counted, by benchmark target name. */
  static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

  static {
    PROGRAMS.put("raw", "examples/src/bench/java/io/github/aepsdk/bench/tutorial/TutorialRaw.java");
    PROGRAMS.put("builder", "examples/src/main/java/io/github/aepsdk/examples/tutorial/TutorialWithBuilder.java");
    PROGRAMS.put("apiClients", "examples/src/main/java/io/github/aepsdk/examples/tutorial/TutorialWithApiClients.java");
    PROGRAMS.put("generated", "examples/src/bench/java/io/github/aepsdk/bench/tutorial/TutorialWithGeneratedClient.java");
  }

  private final Path out;
  private final Map<String, Object> extra;
  private final StringBuilder md = new StringBuilder();
  private String readmeSummary = "";

  private Report(Path out) throws IOException {
    this.out = out;
    Path extraFile = out.resolve("extra.json");
    this.extra = Files.exists(extraFile) ? BenchRunner.MAP.fromJson(Files.readString(extraFile)) : Map.of();
  }

  static Path write(Path out, Path file) throws IOException {
    Report r = new Report(out);
    r.render(file.getParent());
    Files.writeString(file, r.md.toString());
    r.updateReadme(file.getParent().resolve("README.md"));
    return file;
  }

  private static final String README_START = "<!-- bench:start";
  private static final String README_END = "<!-- bench:end -->";

  /** Replaces the README's summary between the {@code bench:start} and {@code bench:end} markers, if present. */
  private void updateReadme(Path readme) throws IOException {
    if (!Files.exists(readme)) {
      return;
    }
    String text = Files.readString(readme);
    int start = text.indexOf(README_START);
    int end = text.indexOf(README_END);
    if (start < 0 || end < start) {
      return;
    }
    int afterStartLine = text.indexOf('\n', start) + 1;
    Files.writeString(readme, text.substring(0, afterStartLine) + readmeSummary + text.substring(end));
  }

  // ---- facts gathered by the runner ---------------------------------------------------------

  static Map<String, Object> machine(Path project) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    m.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown"));
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal").map(l -> l.replaceAll("\\D+", "")).map(kb -> String.format(Locale.ROOT, "%.0f GB", Long.parseLong(kb) / 1024.0 / 1024.0)).orElse("unknown"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("commit", git(project));
    return m;
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Optional<String> firstLine(Path file, String prefix) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String git(Path project) {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(project.toFile()).start();
      String sha = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 ? sha : "unknown";
    } catch (IOException | InterruptedException e) {
      return "unknown";
    }
  }

  /** Non-blank lines of each tutorial program, and the HTTP calls one run of it makes (counted on a local platform). */
  static Map<String, Object> lineCounts(Path project) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    try (LocalPlatform platform = LocalPlatform.builder().autoRunFlows(false).provisioningReads(0).start()) {
      for (Map.Entry<String, String> program : PROGRAMS.entrySet()) {
        List<String> lines = Files.readAllLines(project.resolve(program.getValue()));
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        long code = lines.stream().map(String::trim)
            .filter(l -> !l.isEmpty() && !l.startsWith("import ") && !l.startsWith("package ")
                && !l.startsWith("/*") && !l.startsWith("*") && !l.startsWith("//"))
            .count();
        String sandbox = "lines-" + program.getKey().toLowerCase(Locale.ROOT);
        TutorialSetup setup = TutorialSetup.on(platform.baseUrl(), platform.issueAccessToken(), sandbox);
        long before = platform.requestCount(sandbox);
        try (TutorialProgram run = TutorialProgram.connect(program.getKey(), setup)) {
          run.run("Count");
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("file", program.getValue());
        counts.put("nonBlank", nonBlank);
        counts.put("code", code);
        counts.put("calls", platform.requestCount(sandbox) - before);
        result.put(program.getKey(), counts);
      }
    }
    return result;
  }

  // ---- JMH results ---------------------------------------------------------------------------

  /** One JMH result: score and error of the primary metric, allocation per op, percentiles. */
  /** The tutorial programs of sections 5 and 6: result key and column title. */
  private static final String[][] TUTORIAL_PROGRAMS = {{"raw", "raw OkHttp + Moshi"}, {"builder", "SDK builder"},
      {"apiClients", "SDK API clients"}, {"generated", "generated client"}};

  /** The header rows of a table with a column per tutorial program. */
  private static void programsHeader(StringBuilder b) {
    b.append("| |");
    for (String[] c : TUTORIAL_PROGRAMS) {
      b.append(' ').append(c[1]).append(" |");
    }
    b.append("\n|---|").append("---:|".repeat(TUTORIAL_PROGRAMS.length)).append('\n');
  }

  static final class Result {
    double score;
    double error;
    String unit;
    double alloc = Double.NaN;
    double allocError = Double.NaN;
    Map<String, Object> percentiles = Map.of();
  }

  private Map<String, Result> suite(String name, String... paramOrder) throws IOException {
    Path file = out.resolve(name + ".json");
    Map<String, Result> results = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return results;
    }
    if (Files.size(file) == 0) {
      throw new IllegalStateException(file + " is empty: JMH creates it before its run and fills it after, so that run did "
          + "not finish; run the suite again (-Dbench.args=suites=" + name.replaceAll("-\\d+$", "") + ")");
    }
    for (Map<String, Object> entry : JMH_JSON.fromJson(Files.readString(file))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) entry.getOrDefault("params", Map.of());
      List<String> key = new ArrayList<>();
      for (String p : paramOrder) {
        key.add(String.valueOf(params.get(p)));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> primary = (Map<String, Object>) entry.get("primaryMetric");
      Result r = new Result();
      r.score = number(primary.get("score"));
      r.error = number(primary.get("scoreError"));
      r.unit = String.valueOf(primary.get("scoreUnit"));
      @SuppressWarnings("unchecked")
      Map<String, Object> percentiles = (Map<String, Object>) primary.get("scorePercentiles");
      if (percentiles != null) {
        r.percentiles = percentiles;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> secondary = (Map<String, Object>) entry.getOrDefault("secondaryMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> alloc = (Map<String, Object>) secondary.get("gc.alloc.rate.norm");
      if (alloc != null) {
        r.alloc = number(alloc.get("score"));
        r.allocError = number(alloc.get("scoreError"));
      }
      results.put(String.join("/", key), r);
    }
    return results;
  }

  /**
   * The per-call suite's rounds, {@code percall-1.json} onwards as far as they go; a later round without an earlier one
   * (a file removed by hand) is an error rather than rounds left out of the report.
   */
  private List<Map<String, Result>> perCallRounds() throws IOException {
    List<Map<String, Result>> rounds = new ArrayList<>();
    while (Files.exists(out.resolve("percall-" + (rounds.size() + 1) + ".json"))) {
      rounds.add(suite("percall-" + (rounds.size() + 1), "op", "target"));
    }
    try (Stream<Path> files = Files.list(out)) {
      Optional<String> stray = files.map(f -> f.getFileName().toString())
          .filter(name -> name.matches("percall-[1-9]\\d{0,8}\\.json") && Integer.parseInt(name.replaceAll("\\D", "")) > rounds.size())
          .findFirst();
      if (stray.isPresent()) {
        throw new IllegalStateException(out.resolve(stray.get()) + " is there but percall-" + (rounds.size() + 1)
            + ".json is not: run the per-call suite again (-Dbench.args=suites=percall)");
      }
    }
    return rounds;
  }

  /**
   * Each key of any round with its results combined over the rounds that have it: score the median of the rounds'
   * (one fork still warming up, or slowed by the machine, moves a mean, not the median); percentiles and allocation the
   * means of the rounds'; error half the range of the rounds' scores (NaN from one round).
   */
  private static Map<String, Result> combine(List<Map<String, Result>> rounds) {
    Set<String> keys = new LinkedHashSet<>();
    rounds.forEach(round -> keys.addAll(round.keySet()));
    Map<String, Result> combined = new LinkedHashMap<>();
    for (String key : keys) {
      List<Result> all = new ArrayList<>();
      for (Map<String, Result> round : rounds) {
        Optional.ofNullable(round.get(key)).ifPresent(all::add);
      }
      DoubleSummaryStatistics scores = all.stream().mapToDouble(r -> r.score).summaryStatistics();
      Result c = new Result();
      c.score = stats(all.stream().map(r -> (Object) r.score).collect(Collectors.toList()))[2];
      c.error = all.size() < 2 ? Double.NaN : (scores.getMax() - scores.getMin()) / 2;
      c.unit = all.get(0).unit;
      c.alloc = all.stream().mapToDouble(r -> r.alloc).average().orElse(Double.NaN);
      Map<String, Object> percentiles = new LinkedHashMap<>();
      for (String p : all.get(0).percentiles.keySet()) {
        percentiles.put(p, all.stream().mapToDouble(r -> number(r.percentiles.get(p))).average().orElse(Double.NaN));
      }
      c.percentiles = percentiles;
      combined.put(key, c);
    }
    return combined;
  }

  /**
   * The median of the target's round scores ÷ the median of raw's, then the least and greatest of the target's score ÷
   * raw's within a round; null if a round lacks either.
   */
  private static double[] roundRatios(List<Map<String, Result>> rounds, String op, String target) {
    List<Object> scores = new ArrayList<>();
    List<Object> rawScores = new ArrayList<>();
    DoubleSummaryStatistics range = new DoubleSummaryStatistics();
    for (Map<String, Result> round : rounds) {
      Result r = round.get(op + "/" + target);
      Result raw = round.get(op + "/raw");
      if (r == null || raw == null) {
        return null;
      }
      scores.add(r.score);
      rawScores.add(raw.score);
      range.accept(r.score / raw.score);
    }
    return new double[] {stats(scores)[2] / stats(rawScores)[2], range.getMin(), range.getMax()};
  }

  private static double number(Object o) {
    if (o instanceof Number) {
      return ((Number) o).doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(o));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  private void render(Path projectDir) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> machine = (Map<String, Object>) extra.getOrDefault("machine", Map.of());
    List<Map<String, Result>> perCall = perCallRounds();
    Map<String, Result> decode = suite("decode", "body", "target");
    Map<String, Result> paging = suite("paging", "target");
    Map<String, Result> tutorial = suite("tutorial", "target");
    Map<String, Result> ingestion = suite("ingestion", "target");
    Verdicts verdicts = new Verdicts();

    md.append("# Benchmarks\n\n");
    md.append("This SDK against what a user would pick instead: raw OkHttp + Moshi written the shortest correct way ")
        .append("(the lower bound for an SDK on OkHttp) and the client openapi-generator 7.25.0 (`java`, `okhttp-gson`) ")
        .append("generates from Adobe's four specs. Every figure is shown with its ratio to raw OkHttp + Moshi measured ")
        .append("in the same run (×raw; for times and bytes lower is better, for throughput higher is better). ")
        .append("Errors (±) are JMH's 99.9% confidence half-intervals (a ratio's combines both figures' relative errors), ")
        .append("except in section 1, measured in rounds, where they are half the range of the rounds' means, and in ")
        .append("section 4, where they are standard deviations of whole processes.\n\n");
    md.append("Run it (about ").append(minutes(machine)).append(" minutes of benchmarks plus the build):\n\n")
        .append("```\n").append(COMMAND).append("\n```\n\n")
        .append("It regenerates this file. `-Dbench.args=\"suites=percall,decode\"` runs some suites only (the others keep ")
        .append("their last results), `-Dbench.args=quick` makes a short smoke run, `-Dbench.args=report` only re-renders. ")
        .append("Code: `examples/src/bench/java` (compiled only with `-Pbench`), notes: `examples/src/bench/notes/`.\n\n");
    md.append("**Machine.** ").append(machine.getOrDefault("cpu", "?")).append(", ").append(fmtCount(machine.get("cores")))
        .append(" cores, ").append(machine.getOrDefault("memory", "?")).append(" RAM; ").append(machine.getOrDefault("os", "?"))
        .append("; ").append(machine.getOrDefault("jvm", "?")).append(". **Date** ").append(machine.getOrDefault("date", "?"))
        .append(", commit `").append(machine.getOrDefault("commit", "?")).append("`. **Load average** (1/5/15 min) ")
        .append(machine.getOrDefault("loadBefore", "?")).append(" before, ").append(machine.getOrDefault("loadAfter", "?"))
        .append(" after: the machine's 2 cores are shared with other work, so absolute figures are noisy and its speed ")
        .append("drifts over minutes; section 1 therefore measures its targets in interleaved rounds and takes each ratio ")
        .append("within a round.")
        .append(Boolean.TRUE.equals(machine.get("quick")) ? " **This was a `quick` smoke run: figures are not meaningful.**" : "")
        .append("\n\n");

    StringBuilder body = new StringBuilder();
    perCall(body, perCall, verdicts);
    decode(body, decode, verdicts);
    paging(body, paging, verdicts);
    startup(body, verdicts);
    tutorial(body, tutorial);
    ingestion(body, ingestion, verdicts);

    StringBuilder goals = new StringBuilder("| goal | target | measured | verdict |\n|---|---|---|---|\n");
    for (String[] v : verdicts.rows) {
      goals.append("| ").append(String.join(" | ", v)).append(" |\n");
    }
    md.append("## Targets\n\n").append(goals).append("\nA per-call ratio is the median of the target's rounds ÷ the median of raw's (section 1), the lowest and highest ratio within a round in parentheses. "
        + "A goal is missed when any one of its measurements is over its target (per call, any operation's ratio of medians); "
        + "the auto-paging heap counts as flat when it grows by less than 1 MB.\n");
    readmeSummary = "This SDK against raw OkHttp + Moshi (the lower bound for an SDK on OkHttp) and the client "
        + "openapi-generator makes of Adobe's specs, all on loopback: a server with canned bodies from Adobe's docs, and "
        + "the local platform for the tutorial (also with 50 ms per call); "
        + machine.getOrDefault("cpu", "?") + ", " + fmtCount(machine.get("cores")) + " cores, "
        + machine.getOrDefault("date", "?") + ", commit `" + machine.getOrDefault("commit", "?") + "`. Ratios are to raw OkHttp + Moshi in the same run; a per-call ratio is the median of interleaved rounds ÷ raw's median, the lowest and highest ratio within a round in parentheses. Every figure, "
        + "the method and why each miss happens: [BENCHMARKS.md](BENCHMARKS.md).\n\n" + goals
        + "\nRun them (JMH; outside the default build, about " + minutes(machine) + " minutes plus the build):\n\n```bash\n" + COMMAND + "\n```\n";
    md.append("\nWhy each miss happens and what would fix it: see [Analysis](#analysis).\n\n");
    md.append(body);
    appendNote(projectDir, "methodology.md");
    appendNote(projectDir, "analysis.md");
  }

  private static final Pattern CALLS = Pattern.compile("\\$\\{calls\\.(\\w+)}");

  /** The run's benchmark time in whole minutes. */
  private static long minutes(Map<String, Object> machine) {
    return Math.round(number(machine.getOrDefault("seconds", 0)) / 60.0);
  }

  /** Appends a note, with each {@code ${calls.<program>}} replaced by the HTTP calls that program made in the run. */
  private void appendNote(Path projectDir, String name) throws IOException {
    Path note = projectDir.resolve("examples/src/bench/notes").resolve(name);
    if (Files.exists(note)) {
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> lines = (Map<String, Map<String, Object>>) extra.getOrDefault("lines", Map.of());
      Matcher m = CALLS.matcher(Files.readString(note).trim());
      StringBuilder text = new StringBuilder();
      while (m.find()) {
        Map<String, Object> program = lines.get(m.group(1));
        m.appendReplacement(text, program == null ? "?" : fmtCount(program.get("calls")));
      }
      md.append(m.appendTail(text)).append("\n\n");
    }
  }

  /** Goals and whether they were met. */
  private static final class Verdicts {
    final List<String[]> rows = new ArrayList<>();

    void add(String goal, String target, String measured, boolean met) {
      rows.add(new String[] {goal, target, measured, met ? "met" : "**missed**"});
    }
  }

  private static final String[][] OPS = {
      {"getFlow", "get flow", "GET /flows/{id}"},
      {"listFlows", "list flows (100)", "GET /flows?limit=100"},
      {"listDataSets", "list datasets (100, id-keyed)", "GET /dataSets?limit=100"},
      {"getSchema", "get schema (xed-full)", "GET /tenant/schemas/{id}"}};

  private void perCall(StringBuilder b, List<Map<String, Result>> rounds, Verdicts verdicts) {
    if (rounds.isEmpty()) {
      return;
    }
    Map<String, Result> results = combine(rounds);
    Map<String, Integer> sizes = bodySizes();
    StringBuilder orders = new StringBuilder();
    for (int i = 0; i < rounds.size(); i++) {
      List<String> order = new ArrayList<>();
      for (String key : rounds.get(i).keySet()) {
        if (key.startsWith(OPS[0][0] + "/")) {
          order.add(key.substring(key.indexOf('/') + 1));
        }
      }
      orders.append(i == 0 ? "" : "; ").append(i + 1).append(": ").append(String.join(", ", order));
    }
    b.append("## 1. Per-call latency and throughput\n\n")
        .append("One thread, one call per invocation (JMH sample mode) against the canned server in another process, in ")
        .append(rounds.size()).append(rounds.size() == 1 ? " round" : " rounds").append(": each round is one JMH run (1 fork per ")
        .append("operation and target, ").append(BenchRunner.PERCALL_WARMUPS).append("×1 s warm-up, 5×1 s measurement) that measures the operations one after another ")
        .append("and each operation's three targets in turn, in an order rotated from round to round so that no target is ")
        .append("always measured first or last (round ").append(orders).append("). Latency: the median of the rounds' mean ")
        .append("latencies ± half the range (largest − smallest) of the rounds' means, then p50 / p99 (the means of the rounds' ")
        .append("percentiles), then the throughput of that one thread (1 / latency). ×raw: the target's latency ÷ raw's ")
        .append("(medians of the rounds), then in parentheses the lowest and highest of the target's mean ÷ raw's within a round.\n\n");
    b.append("| operation | body | raw OkHttp + Moshi | SDK | ×raw | generated | ×raw |\n|---|---:|---|---|---:|---|---:|\n");
    double worst = 0;
    StringBuilder worstOps = new StringBuilder();
    double worstAlloc = 0;
    for (String[] op : OPS) {
      Result raw = results.get(op[0] + "/raw");
      Result sdk = results.get(op[0] + "/sdk");
      Result gen = results.get(op[0] + "/generated");
      if (raw == null) {
        continue;
      }
      double[] sdkRatios = roundRatios(rounds, op[0], "sdk");
      b.append("| ").append(op[1]).append(" <br>`").append(op[2]).append("` | ").append(kb(sizes.get(op[0]))).append(" | ")
          .append(latency(raw)).append(" | ").append(latency(sdk)).append(" | ").append(roundRatio(sdkRatios)).append(" | ")
          .append(latency(gen)).append(" | ").append(roundRatio(roundRatios(rounds, op[0], "generated"))).append(" |\n");
      if (sdkRatios != null) {
        worst = Math.max(worst, sdkRatios[0]);
        worstOps.append(worstOps.length() == 0 ? "" : ", ").append(op[1]).append(' ').append(roundRatio(sdkRatios));
        worstAlloc = Math.max(worstAlloc, sdk.alloc / raw.alloc);
      } else {
        worst = Double.NaN; // the goal is not met by an operation the SDK was not measured on in every round
        worstOps.append(worstOps.length() == 0 ? "" : ", ").append(op[1]).append(" not measured in every round");
      }
    }
    b.append("\n### Allocation per call\n\n`-prof gc` (`gc.alloc.rate.norm`): bytes allocated by the client's JVM per call, ")
        .append("the server being in another process; the mean of the rounds.\n\n");
    b.append("| operation | raw OkHttp + Moshi | SDK | ×raw | generated | ×raw |\n|---|---:|---:|---:|---:|---:|\n");
    StringBuilder allocOps = new StringBuilder();
    for (String[] op : OPS) {
      Result raw = results.get(op[0] + "/raw");
      Result sdk = results.get(op[0] + "/sdk");
      Result gen = results.get(op[0] + "/generated");
      if (raw == null) {
        continue;
      }
      b.append("| ").append(op[1]).append(" | ").append(bytes(raw)).append(" | ").append(bytes(sdk)).append(" | ")
          .append(allocRatio(sdk, raw)).append(" | ").append(bytes(gen)).append(" | ").append(allocRatio(gen, raw)).append(" |\n");
      if (sdk != null) {
        allocOps.append(allocOps.length() == 0 ? "" : ", ").append(op[1]).append(' ').append(x(sdk.alloc / raw.alloc));
      }
    }
    b.append('\n');
    verdicts.add("SDK per-call overhead", "≤ 1.15× raw latency", worstOps.toString(), worst <= 1.15);
    verdicts.add("SDK allocation per call", "≤ 1.5× raw", allocOps.toString(), worstAlloc <= 1.5);
  }

  private void decode(StringBuilder b, Map<String, Result> results, Verdicts verdicts) {
    if (results.isEmpty()) {
      return;
    }
    b.append("## 2. JSON decoding\n\n")
        .append("Decoding alone, from the body's bytes in memory, each the way the client decodes a response: the SDK's ")
        .append("Moshi binding through the Immutables builders, Moshi's reflective adapters filling plain classes (raw), Gson with the generated ")
        .append("type adapters (generated, `JSON.deserialize` of the body stream). Throughput in MB/s (body size × ")
        .append("bodies per second; 1 fork, ").append(BenchRunner.WARMUPS).append("×1 s warm-up, 5×1 s measurement), then bytes allocated per decode.\n\n");
    b.append("| body | size | raw OkHttp + Moshi | SDK | ×raw | generated | ×raw |\n|---|---:|---|---|---:|---|---:|\n");
    String[][] bodies = {{"flow", "one flow (GET /flows/{id})"}, {"flows", "page of 100 flows"}, {"schema", "xed-full schema"},
        {"dataSets", "page of 100 datasets"}};
    StringBuilder measured = new StringBuilder();
    boolean met = true;
    for (String[] body : bodies) {
      Result raw = results.get(body[0] + "/raw");
      Result sdk = results.get(body[0] + "/sdk");
      Result gen = results.get(body[0] + "/generated");
      if (raw == null) {
        continue;
      }
      int size = DecodeBench.body(body[0]).length;
      b.append("| ").append(body[1]).append(" | ").append(kb(size)).append(" | ").append(mbps(raw, size)).append(" | ")
          .append(mbps(sdk, size)).append(" | ").append(ratio(sdk, raw)).append(" | ").append(mbps(gen, size)).append(" | ")
          .append(ratio(gen, raw)).append(" |\n");
      if (sdk != null && gen != null) {
        measured.append(measured.length() == 0 ? "" : ", ").append(body[1]).append(' ')
            .append(x(sdk.score / gen.score)).append(" generated");
        met &= sdk.score >= gen.score;
      }
    }
    b.append("\n| body | raw: bytes per decode | SDK | ×raw | generated | ×raw |\n|---|---:|---:|---:|---:|---:|\n");
    for (String[] body : bodies) {
      Result raw = results.get(body[0] + "/raw");
      Result sdk = results.get(body[0] + "/sdk");
      Result gen = results.get(body[0] + "/generated");
      if (raw == null) {
        continue;
      }
      b.append("| ").append(body[1]).append(" | ").append(bytes(raw)).append(" | ").append(bytes(sdk)).append(" | ")
          .append(allocRatio(sdk, raw)).append(" | ").append(bytes(gen)).append(" | ").append(allocRatio(gen, raw)).append(" |\n");
    }
    b.append('\n');
    verdicts.add("SDK decode speed", "≥ the generated client", measured.toString(), met);
  }

  private void paging(StringBuilder b, Map<String, Result> results, Verdicts verdicts) {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> heap = (Map<String, Map<String, Object>>) extra.get("heap");
    if (results.isEmpty() && heap == null) {
      return;
    }
    b.append("## 3. Auto-paging 100,000 datasets\n\n")
        .append("Catalog datasets, 100 per request: 1,000 full pages and the empty one that ends the walk (1,001 requests), ")
        .append("every item's name read. SDK: `listDataSets(…).autoPager()`, 100 per page; raw and generated: the same loop written by hand. ")
        .append("JMH single-shot: 1 fork, 2 warm-up walks, 5 measured walks.\n\n");
    if (!results.isEmpty()) {
      Result raw = results.get("raw");
      b.append("| | raw OkHttp + Moshi | SDK | ×raw | generated | ×raw |\n|---|---|---|---:|---|---:|\n");
      b.append("| time per walk | ").append(ms(raw)).append(" | ").append(ms(results.get("sdk"))).append(" | ")
          .append(ratio(results.get("sdk"), raw)).append(" | ").append(ms(results.get("generated"))).append(" | ")
          .append(ratio(results.get("generated"), raw)).append(" |\n");
      b.append("| items per second | ").append(itemsPerSecond(raw)).append(" | ").append(itemsPerSecond(results.get("sdk")))
          .append(" | | ").append(itemsPerSecond(results.get("generated"))).append(" | |\n");
      b.append("| allocated per walk | ").append(megabytes(raw)).append(" | ").append(megabytes(results.get("sdk"))).append(" | ")
          .append(allocRatio(results.get("sdk"), raw)).append(" | ").append(megabytes(results.get("generated"))).append(" | ")
          .append(allocRatio(results.get("generated"), raw)).append(" |\n\n");
    }
    if (heap != null) {
      b.append("Retained heap along the SDK's walk: before every 100th request, two full GCs, then the used heap ")
          .append("(MB; a fresh JVM with `-Xmx512m`). The control walks the same way but keeps every item.\n\n");
      Map<String, Object> stream = heap.get("stream");
      List<String> points = new ArrayList<>(stream.keySet());
      b.append("| items walked |");
      for (String p : points) {
        b.append(' ').append(p.equals("end") ? "after the walk" : String.format(Locale.ROOT, "%,d", Long.parseLong(p))).append(" |");
      }
      b.append(" growth |\n|---|").append("---:|".repeat(points.size() + 1)).append('\n');
      double streamGrowth = 0;
      for (String mode : List.of("stream", "retain")) {
        Map<String, Object> samples = heap.get(mode);
        if (samples == null) {
          continue;
        }
        b.append(mode.equals("stream") ? "| SDK auto-pager |" : "| control: keeps every item |");
        List<Double> mb = new ArrayList<>();
        for (String p : points) {
          double v = number(samples.get(p)) / 1024 / 1024;
          mb.add(v);
          b.append(String.format(Locale.ROOT, " %.1f |", v));
        }
        double growth = Collections.max(mb) - mb.get(0);
        if (mode.equals("stream")) {
          streamGrowth = growth;
        }
        b.append(String.format(Locale.ROOT, " %+.1f MB |%n", growth));
      }
      b.append("\nGrowth: the largest sample minus the first (taken once the first page of 100 has been walked).\n\n");
      verdicts.add("auto-paging heap", "flat over 100,000 items", String.format(Locale.ROOT,
          "%+.1f MB from 100 to 100,000 items (control %+.1f MB)", streamGrowth, controlGrowth(heap, points)), streamGrowth < 1.0);
    }
  }

  private static double controlGrowth(Map<String, Map<String, Object>> heap, List<String> points) {
    Map<String, Object> retain = heap.get("retain");
    if (retain == null) {
      return Double.NaN;
    }
    return (number(retain.get(points.get(points.size() - 1))) - number(retain.get(points.get(0)))) / 1024 / 1024;
  }

  private void startup(StringBuilder b, Verdicts verdicts) {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, List<Object>>> startup = (Map<String, Map<String, List<Object>>>) extra.get("startup");
    if (startup == null) {
      return;
    }
    Map<String, List<Object>> wall = startup.get("wallMillis");
    Map<String, List<Object>> inMain = startup.get("inMainMillis");
    b.append("## 4. Start-up: a fresh JVM to the first completed call\n\n")
        .append("Whole processes (`java -cp … Main <url>`, default JVM options), from launch to exit, each building its ")
        .append("client and making one GET /flows/{id}; ").append(wall.get("raw").size())
        .append(" runs each, interleaved, after one discarded round. \"JVM alone\" runs an empty `main` on the same class path. ")
        .append("The last row is the part spent inside `main` (client construction and the first call).\n\n");
    b.append("| | JVM alone | raw OkHttp + Moshi | SDK | ×raw | generated | ×raw |\n|---|---:|---:|---:|---:|---:|---:|\n");
    double[] rawStats = stats(wall.get("raw"));
    double[] sdkStats = stats(wall.get("sdk"));
    double[] genStats = stats(wall.get("generated"));
    double[] noneStats = stats(wall.get("none"));
    b.append(String.format(Locale.ROOT, "| whole process, mean ± sd | %.0f ± %.0f ms | %.0f ± %.0f ms | %.0f ± %.0f ms | %s | %.0f ± %.0f ms | %s |%n",
        noneStats[0], noneStats[1], rawStats[0], rawStats[1], sdkStats[0], sdkStats[1], x(sdkStats[0] / rawStats[0]),
        genStats[0], genStats[1], x(genStats[0] / rawStats[0])));
    b.append(String.format(Locale.ROOT, "| whole process, median | %.0f ms | %.0f ms | %.0f ms | %s | %.0f ms | %s |%n",
        noneStats[2], rawStats[2], sdkStats[2], x(sdkStats[2] / rawStats[2]), genStats[2], x(genStats[2] / rawStats[2])));
    double[] rawMain = stats(inMain.get("raw"));
    double[] sdkMain = stats(inMain.get("sdk"));
    double[] genMain = stats(inMain.get("generated"));
    b.append(String.format(Locale.ROOT, "| in `main`, median | – | %.0f ms | %.0f ms | %s | %.0f ms | %s |%n%n",
        rawMain[2], sdkMain[2], x(sdkMain[2] / rawMain[2]), genMain[2], x(genMain[2] / rawMain[2])));
    verdicts.add("SDK start-up", "≤ 1.5× raw (whole process)", x(sdkStats[2] / rawStats[2]) + " (median "
        + String.format(Locale.ROOT, "%.0f vs %.0f ms", sdkStats[2], rawStats[2]) + ")", sdkStats[2] / rawStats[2] <= 1.5);
  }

  private void tutorial(StringBuilder b, Map<String, Result> results) {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> lines = (Map<String, Map<String, Object>>) extra.get("lines");
    if (results.isEmpty() && lines == null) {
      return;
    }
    b.append("## 5. The tutorial: the builder's full run, and what a user writes\n\n")
        .append("Adobe's \"collect marketing automation data\" tutorial from an existing HubSpot base connection to the ")
        .append("dataflow, on the local platform (in the server process; flows are not run), one complete run per ")
        .append("invocation (1 fork, ").append(BenchRunner.WARMUPS).append("×1 s warm-up, 6×1 s measurement, each iteration in a new sandbox). Most of a run ")
        .append("is the platform's own work, the same for every program, so the ratios here are compressed. The four programs ")
        .append("are the application code a user writes, each runnable on its own against a local platform (`main`).\n\n");
    programsHeader(b);
    if (!results.isEmpty()) {
      Result raw = results.get("raw");
      b.append("| time per run |");
      for (String[] c : TUTORIAL_PROGRAMS) {
        b.append(' ').append(ms(results.get(c[0]))).append(" |");
      }
      b.append("\n| ×raw |");
      for (String[] c : TUTORIAL_PROGRAMS) {
        b.append(' ').append(ratio(results.get(c[0]), raw)).append(" |");
      }
      b.append("\n| allocated per run |");
      for (String[] c : TUTORIAL_PROGRAMS) {
        b.append(' ').append(kilobytes(results.get(c[0]))).append(" |");
      }
      b.append('\n');
    }
    if (lines != null) {
      b.append("| HTTP calls per run |");
      for (String[] c : TUTORIAL_PROGRAMS) {
        b.append(' ').append(fmtCount(lines.get(c[0]).get("calls"))).append(" |");
      }
      b.append("\n| lines (non-blank) |");
      for (String[] c : TUTORIAL_PROGRAMS) {
        b.append(' ').append(fmtCount(lines.get(c[0]).get("nonBlank"))).append(" |");
      }
      b.append("\n| lines without imports and comments |");
      for (String[] c : TUTORIAL_PROGRAMS) {
        b.append(' ').append(fmtCount(lines.get(c[0]).get("code"))).append(" |");
      }
      b.append("\n| program |");
      for (String[] c : TUTORIAL_PROGRAMS) {
        String file = String.valueOf(lines.get(c[0]).get("file"));
        b.append(" [").append(file.substring(file.lastIndexOf('/') + 1)).append("](").append(file).append(") |");
      }
      b.append('\n');
    }
    b.append('\n');
  }

  private void ingestion(StringBuilder b, Map<String, Result> results, Verdicts verdicts) {
    @SuppressWarnings("unchecked")
    Map<String, Object> graphs = (Map<String, Object>) extra.get("ingestion");
    if (results.isEmpty() || graphs == null) {
      return;
    }
    double latency = number(graphs.get("latencyMillis"));
    b.append("## 6. The ingestion with ").append(fmtCount(latency)).append(" ms per call\n\n")
        .append("Section 5's four programs on a local platform that answers every call ").append(fmtCount(latency))
        .append(" ms late (`LocalPlatform.Builder.latency`, in the server process), as the round trip to AEP over a network ")
        .append("would: one complete run per JMH single shot (1 fork, ").append(IngestionBench.WARMUPS).append(" warm-up runs, ")
        .append(IngestionBench.RUNS).append(" measured runs, each iteration in a ")
        .append("new sandbox). The sum of the calls' latencies is the least a run takes making its calls one after another; ")
        .append("the critical path is the longest chain of calls each depending on the one before it (sending an id its ")
        .append("answer returned, or creating in the collection it looked up), the least a run takes making every call as ")
        .append("soon as what it depends on has answered. Wall time at 1.00× the sum ")
        .append("means the calls went one at a time, below it that some overlapped; at 1.00× the critical path a run ")
        .append("waits for nothing but its dependencies (the platform's work and the client's add the rest).\n\n");
    programsHeader(b);
    Result raw = results.get("raw");
    StringBuilder wall = new StringBuilder("| wall time per run |");
    StringBuilder ratio = new StringBuilder("| ×raw |");
    StringBuilder calls = new StringBuilder("| HTTP calls per run |");
    StringBuilder sum = new StringBuilder("| sum of the calls' latencies |");
    StringBuilder perSum = new StringBuilder("| wall ÷ sum of latencies |");
    StringBuilder critical = new StringBuilder("| critical path |");
    StringBuilder perCritical = new StringBuilder("| wall ÷ critical path |");
    StringBuilder alloc = new StringBuilder("| allocated per run |");
    StringBuilder allocRatio = new StringBuilder("| allocation ×raw |");
    StringBuilder paths = new StringBuilder();
    for (String[] c : TUTORIAL_PROGRAMS) {
      Result r = results.get(c[0]);
      @SuppressWarnings("unchecked")
      Map<String, List<Object>> graph = (Map<String, List<Object>>) graphs.get(c[0]);
      wall.append(' ').append(ms(r)).append(" |");
      ratio.append(' ').append(ratio(r, raw)).append(" |");
      alloc.append(' ').append(kilobytes(r)).append(" |");
      allocRatio.append(' ').append(allocRatio(r, raw)).append(" |");
      if (graph == null || r == null) {
        for (StringBuilder row : List.of(calls, sum, perSum, critical, perCritical)) {
          row.append(" – |");
        }
        continue;
      }
      int n = graph.get("calls").size();
      List<Object> chain = graph.get("criticalPath");
      calls.append(' ').append(n).append(" |");
      sum.append(String.format(Locale.ROOT, " %d × %.0f = %,.0f ms |", n, latency, n * latency));
      perSum.append(' ').append(x(millis(r) / (n * latency))).append(" |");
      critical.append(String.format(Locale.ROOT, " %d calls, %,.0f ms |", chain.size(), chain.size() * latency));
      perCritical.append(' ').append(x(millis(r) / (chain.size() * latency))).append(" |");
      paths.append("- ").append(c[1]).append(": ");
      for (int i = 0; i < chain.size(); i++) {
        paths.append(i == 0 ? "" : " → ").append('`').append(chain.get(i)).append('`');
      }
      paths.append('\n');
    }
    for (StringBuilder row : List.of(wall, ratio, calls, sum, perSum, critical, perCritical, alloc, allocRatio)) {
      b.append(row).append('\n');
    }
    b.append("\nThe critical paths, traced from the calls a local platform recorded with their answers (`CallGraph`; ")
        .append("paths under `/data/foundation`):\n\n").append(paths).append('\n');
    Result builder = results.get("builder");
    Result apiClients = results.get("apiClients");
    @SuppressWarnings("unchecked")
    Map<String, List<Object>> builderGraph = (Map<String, List<Object>>) graphs.get("builder");
    if (builder != null && apiClients != null && builderGraph != null) {
      verdicts.add("SDK builder, " + fmtCount(latency) + " ms per call", "wall time ≤ the same tutorial written with the SDK's API clients (section 6)",
          "builder " + x(builder.score / apiClients.score) + " API clients (wall " + x(millis(builder) / (builderGraph.get("calls").size() * latency))
              + " its calls' latencies, " + x(millis(builder) / (builderGraph.get("criticalPath").size() * latency))
              + " its critical path)", builder.score <= apiClients.score);
    }
  }

  /** A time result in milliseconds. */
  private static double millis(Result r) {
    return r.unit.startsWith("s/") ? r.score * 1000 : r.unit.startsWith("us/") ? r.score / 1000 : r.score;
  }

  // ---- formatting ----------------------------------------------------------------------------

  private static Map<String, Integer> bodySizes() {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    try {
      sizes.put("getFlow", Canned.flow().length);
      sizes.put("listFlows", Canned.flowsPage().length);
      sizes.put("listDataSets", Canned.dataSetsPage(0).length);
      sizes.put("getSchema", Canned.xedFullSchema().length);
    } catch (RuntimeException e) {
      // examples not readable: sizes unknown
    }
    return sizes;
  }

  private static String kb(Integer bytes) {
    return bytes == null ? "?" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }

  private static String latency(Result r) {
    if (r == null) {
      return "–";
    }
    double p50 = number(r.percentiles.get("50.0"));
    double p99 = number(r.percentiles.get("99.0"));
    return String.format(Locale.ROOT, "%s%s µs <br>p50 %s, p99 %s <br>%,.0f calls/s", sig(r.score),
        Double.isNaN(r.error) ? "" : " ± " + sig(r.error), sig(p50), sig(p99), 1e6 / r.score);
  }

  /** A median of round ratios with their range, e.g. {@code 1.10× (1.04–1.19×)}; the range only from several rounds. */
  private static String roundRatio(double[] ratios) {
    if (ratios == null) {
      return "–";
    }
    return ratios[1] == ratios[2] ? x(ratios[0])
        : x(ratios[0]) + String.format(Locale.ROOT, " (%.2f–%s)", ratios[1], x(ratios[2]));
  }

  private static String ratio(Result r, Result raw) {
    if (r == null || raw == null) {
      return "–";
    }
    double ratio = r.score / raw.score;
    double rel = Math.sqrt(sq(r.error / r.score) + sq(raw.error / raw.score));
    return Double.isNaN(rel) ? x(ratio) : x(ratio) + String.format(Locale.ROOT, " ± %.2f", ratio * rel);
  }

  private static String allocRatio(Result r, Result raw) {
    return r == null || raw == null ? "–" : x(r.alloc / raw.alloc);
  }

  private static String bytes(Result r) {
    if (r == null || Double.isNaN(r.alloc)) {
      return "–";
    }
    return r.alloc >= 10 * 1024 ? String.format(Locale.ROOT, "%,.0f KB", r.alloc / 1024) : String.format(Locale.ROOT, "%,.0f B", r.alloc);
  }

  private static String kilobytes(Result r) {
    return r == null || Double.isNaN(r.alloc) ? "–" : String.format(Locale.ROOT, "%,.0f KB", r.alloc / 1024);
  }

  private static String megabytes(Result r) {
    return r == null || Double.isNaN(r.alloc) ? "–" : String.format(Locale.ROOT, "%,.0f MB", r.alloc / 1024 / 1024);
  }

  private static String mbps(Result r, int size) {
    if (r == null) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.1f ± %.1f MB/s <br>%,.0f bodies/s", r.score * size / 1e6, r.error * size / 1e6, r.score);
  }

  private static String ms(Result r) {
    if (r == null) {
      return "–";
    }
    String unit = r.unit.startsWith("s/") ? "s" : r.unit.startsWith("us/") ? "µs" : "ms";
    return sig(r.score) + " ± " + sig(r.error) + " " + unit;
  }

  private static String itemsPerSecond(Result r) {
    if (r == null) {
      return "–";
    }
    double seconds = r.unit.startsWith("ms/") ? r.score / 1000 : r.score;
    return String.format(Locale.ROOT, "%,.0f", Canned.PAGE * Canned.PAGES / seconds);
  }

  private static String x(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  private static String sig(double v) {
    if (Double.isNaN(v)) {
      return "?";
    }
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String fmtCount(Object o) {
    return o == null ? "?" : String.format(Locale.ROOT, "%,d", (long) number(o));
  }

  private static double sq(double v) {
    return v * v;
  }

  /** Mean, standard deviation, median. */
  static double[] stats(List<Object> values) {
    List<Double> v = new ArrayList<>();
    values.forEach(o -> v.add(number(o)));
    Collections.sort(v);
    double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double var = v.stream().mapToDouble(d -> sq(d - mean)).sum() / Math.max(1, v.size() - 1);
    double median = v.size() % 2 == 1 ? v.get(v.size() / 2) : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
    return new double[] {mean, Math.sqrt(var), median};
  }
}
