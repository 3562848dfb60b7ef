package io.github.aepsdk.bench;

import io.github.aepsdk.examples.tutorial.TutorialSetup;
import io.github.aepsdk.localplatform.LocalPlatform;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The calls one run of a tutorial program makes and their critical path, from the calls a {@link
 * LocalPlatform} recorded with their answers ({@link LocalPlatform.Builder#recordAnswers(boolean)}).
 * A call depends on an earlier one when its path or body carries an id that the earlier call's answer
 * returned first ({@code id}, {@code $id}, Catalog's {@code "@/dataSets/<id>"}), not known from any
 * earlier request, and a creation ({@code POST}) depends on the look-ups ({@code GET}) of the same
 * collection before it, whose answer decides whether to create. The critical path is the longest
 * chain of calls each depending on the one before: with every other call made as soon as what it
 * depends on has answered, a run takes at least that many round trips. Order a program chooses
 * beyond that (checks before anything is created) is not on it.
 *
 * @param calls the calls of the run, in the order the platform took them ({@code METHOD /path}, ids as {@code {id}})
 * @param criticalPath the calls of the longest chain of dependent calls, first to last
 */
record CallGraph(List<String> calls, List<String> criticalPath) {
  private static final Pattern ID_SEGMENT = Pattern.compile("[^/]*\\d[^/]*");
  private static final int MIN_ID_LENGTH = 8;

  /** One run of each program in {@link TutorialProgram#TARGETS} in a sandbox of its own on a new local platform. */
  static Map<String, CallGraph> ofTutorialPrograms() throws Exception {
    Map<String, CallGraph> graphs = new LinkedHashMap<>();
    try (LocalPlatform platform = LocalPlatform.builder().autoRunFlows(false).provisioningReads(0).recordAnswers(true)
        .start()) {
      for (String target : TutorialProgram.TARGETS) {
        String sandbox = "graph-" + target.toLowerCase(Locale.ROOT);
        TutorialSetup setup = TutorialSetup.on(platform.baseUrl(), platform.issueAccessToken(), sandbox);
        int before = platform.recordedCalls().size();
        try (TutorialProgram program = TutorialProgram.connect(target, setup)) {
          program.run("Graph");
        }
        List<LocalPlatform.RecordedCall> calls = new ArrayList<>();
        for (LocalPlatform.RecordedCall call : platform.recordedCalls().subList(before, platform.recordedCalls().size())) {
          if (sandbox.equals(call.sandbox())) {
            calls.add(call);
          }
        }
        graphs.put(target, of(calls));
      }
    }
    return graphs;
  }

  /** The graph of {@code calls}, in the order the platform took them. */
  static CallGraph of(List<LocalPlatform.RecordedCall> calls) {
    int n = calls.size();
    List<String> requests = new ArrayList<>();
    for (LocalPlatform.RecordedCall call : calls) {
      requests.add(URLDecoder.decode(call.path(), StandardCharsets.UTF_8) + " " + call.body().orElse(""));
    }
    int[] depth = new int[n];
    int[] previous = new int[n];
    List<Set<String>> produced = new ArrayList<>();
    int last = -1;
    for (int b = 0; b < n; b++) {
      depth[b] = 1;
      previous[b] = -1;
      for (int a = 0; a < b; a++) {
        if (depth[a] + 1 > depth[b] && (lookUpBefore(calls.get(a), calls.get(b))
            || produced.get(a).stream().anyMatch(requests.get(b)::contains))) {
          depth[b] = depth[a] + 1;
          previous[b] = a;
        }
      }
      Set<String> ids = new LinkedHashSet<>();
      calls.get(b).answerBody().ifPresent(answer -> collectIds(parse(answer), ids));
      for (int r = 0; r <= b; r++) {
        ids.removeIf(requests.get(r)::contains);
      }
      produced.add(ids);
      if (last < 0 || depth[b] > depth[last]) {
        last = b;
      }
    }
    List<String> names = new ArrayList<>();
    calls.forEach(call -> names.add(name(call)));
    List<String> path = new ArrayList<>();
    for (int c = last; c >= 0; c = previous[c]) {
      path.add(0, names.get(c));
    }
    return new CallGraph(names, path);
  }

  /** Whether {@code earlier} looked up the collection {@code later} creates in. */
  private static boolean lookUpBefore(LocalPlatform.RecordedCall earlier, LocalPlatform.RecordedCall later) {
    return "GET".equals(earlier.method()) && "POST".equals(later.method()) && earlier.path().equals(later.path());
  }

  private static Object parse(String json) {
    try {
      return BenchRunner.MOSHI.adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new IllegalStateException("the platform answered JSON that does not parse: " + json, e);
    }
  }

  private static void collectIds(Object json, Set<String> ids) {
    if (json instanceof Map) {
      for (Map.Entry<?, ?> member : ((Map<?, ?>) json).entrySet()) {
        Object value = member.getValue();
        if (("id".equals(member.getKey()) || "$id".equals(member.getKey())) && value instanceof String
            && ((String) value).length() >= MIN_ID_LENGTH) {
          ids.add((String) value);
        } else {
          collectIds(value, ids);
        }
      }
    } else if (json instanceof List) {
      ((List<?>) json).forEach(item -> collectIds(item, ids));
    } else if (json instanceof String && ((String) json).startsWith("@/")) {
      String ref = (String) json;
      ids.add(ref.substring(ref.lastIndexOf('/') + 1));
    }
  }

  /** {@code METHOD /service/...} with every path segment that holds a digit shown as {@code {id}}. */
  private static String name(LocalPlatform.RecordedCall call) {
    String path = call.path().replaceFirst("^/data/foundation", "");
    StringBuilder name = new StringBuilder(call.method()).append(' ');
    for (String segment : path.substring(1).split("/")) {
      name.append('/').append(ID_SEGMENT.matcher(segment).matches() ? "{id}" : segment);
    }
    return name.toString();
  }
}
