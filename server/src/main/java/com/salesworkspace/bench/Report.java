package com.salesworkspace.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The human-readable report of a run: workspace, indexing figures, a latency table and the verdicts. */
final class Report {
  private final BenchmarkRun run;
  private final PrintStream out;

  Report(BenchmarkRun run, PrintStream out) {
    this.run = run;
    this.out = out;
  }

  void print() {
    SyntheticWorkspace.Description w = run.workspace();
    out.printf("Sales Workspace search benchmark, %s%n", run.startedAt());
    out.printf("Workspace  %s: %,d customers x %,d interactions, %,d files, %,d MB (%s)%n", run.workspaceDir(),
        w.customers(), w.interactionsPerCustomer(), w.files(), w.bytes() >> 20,
        run.workspaceReused() ? "reused" : String.format("generated in %.1f s", run.generateMillis() / 1000.0));
    out.printf("Machine    %s%n", run.machine().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")));
    out.println();
    printIndexing();
    out.println();
    printLatency();
    out.println();
    printVerdicts();
  }

  private void printIndexing() {
    List<EngineResult> engines = run.engines();
    out.printf("%-36s", "Indexing");
    engines.forEach(e -> out.printf("%20s", e.engine()));
    out.println();
    row("open the index", engines, e -> ms(e.openMillis()));
    row("full index (rebuild)", engines, e -> e.fullIndexStopped() != null ? "NOT FINISHED"
        : e.fullIndexMillis() < 0 ? "-" : String.format("%.1f s", e.fullIndexMillis() / 1000.0));
    if (engines.stream().anyMatch(e -> e.bulkLoadMillis() >= 0)) {
      row("bulk load instead (see below)", engines, e -> e.bulkLoadMillis() < 0 ? "-"
          : String.format("%.1f s", e.bulkLoadMillis() / 1000.0));
    }
    row("files indexed", engines, e -> String.format("%,d", e.filesIndexed()));
    row("files with problems", engines, e -> String.format("%,d", e.filesWithProblems()));
    row("documents (contacts, deals... too)", engines, e -> String.format("%,d", e.documents()));
    row("index size on disk", engines, e -> String.format("%,d MB", e.indexBytes() >> 20));
    row("no-change refresh, median of 3", engines, e -> ms(e.noChangeRefreshMedianMillis()));
    row("  (each run)", engines, e -> e.noChangeRefreshMillis().stream().map(String::valueOf)
        .collect(Collectors.joining("/")) + " ms");
    row("one-file incremental refresh", engines, e -> ms(e.incrementalMillis()));
    row("  same file restored", engines, e -> ms(e.incrementalRestoreMillis()));
    row("  new word found, then gone", engines, e -> e.incrementalMillis() < 0 ? "-"
        : e.incrementalVerified() ? "yes" : "NO");
    row("with the watcher (server): no change", engines, e -> ms(e.watchedNoChangeMillis()));
    row("  one file, write to searchable", engines, e -> ms(e.watchedIncrementalMillis()));
    row("  new word found", engines, e -> e.watchedIncrementalMillis() < 0 ? "-"
        : e.watchedVerified() ? "yes" : "NO");
    engines.stream().filter(e -> e.fullIndexStopped() != null)
        .forEach(e -> out.printf("  %s full index %s; the benchmark then loaded the same files without the "
            + "per-file delete a rebuild does, and measured the later steps on that index%n", e.engine(),
            e.fullIndexStopped()));
    engines.stream().filter(e -> e.failure() != null)
        .forEach(e -> out.printf("  %s STOPPED: %s%n", e.engine(), e.failure()));
    engines.stream().map(EngineResult::incrementalFile).filter(f -> f != null).findFirst()
        .ifPresent(f -> out.printf("  (changed file: %s)%n", f));
  }

  private void row(String label, List<EngineResult> engines, java.util.function.Function<EngineResult, String> cell) {
    out.printf("  %-34s", label);
    engines.forEach(e -> out.printf("%20s", cell.apply(e)));
    out.println();
  }

  private void printLatency() {
    List<EngineResult> engines = run.engines();
    boolean rg = !run.ripgrep().isEmpty();
    Map<String, Ripgrep.Result> rgByQuery = run.ripgrep().stream()
        .collect(Collectors.toMap(Ripgrep.Result::query, r -> r));
    int runs = (Integer) run.options().get("runs_per_query");
    out.printf("Search latency in ms, top %d ranked (%d timed runs per query after %s warm-up rounds); "
        + "hits = the engine's total (>= when it stops counting)%s%n", 20, runs, run.options().get("warmups"),
        rg ? "; rg = files matched by ripgrep, median of 5 runs" : "");
    out.printf("%-26s %-7s %8s", "query", "class", "planted");
    engines.forEach(e -> out.printf(" | %-33s", center(e.engine(), 33)));
    if (rg) {
      out.printf(" | %-17s", center("ripgrep", 17));
    }
    out.println();
    out.printf("%-26s %-7s %8s", "", "", "");
    engines.forEach(e -> out.printf(" | %9s %7s %7s %7s", "hits", "p50", "p99", "max"));
    if (rg) {
      out.printf(" | %8s %8s", "files", "ms");
    }
    out.println();
    for (int q = 0; q < BenchQueries.ALL.size(); q++) {
      BenchQuery query = BenchQueries.ALL.get(q);
      Long planted = run.workspace().expectedDocs().get(query.searchText());
      out.printf("%-26s %-7s %8s", query.searchText(), query.kind().label(),
          planted == null ? "?" : String.format("%,d", planted));
      int index = q;
      engines.forEach(e -> {
        if (index < e.queries().size()) {
          EngineResult.QueryResult r = e.queries().get(index);
          out.printf(" | %9s %7.2f %7.2f %7.2f", (r.totalExact() ? "" : ">=") + r.total(), r.latency().p50Millis(),
              r.latency().p99Millis(), r.latency().maxMillis());
        } else {
          out.printf(" | %-33s", "");
        }
      });
      if (rg) {
        Ripgrep.Result r = rgByQuery.get(query.searchText());
        out.printf(" | %,8d %8.1f", r.files(), r.medianMillis());
      }
      out.println();
    }
    for (QueryClass kind : QueryClass.values()) {
      summaryRow("all " + kind.label(), kind.label(), engines, rg);
    }
    summaryRow("overall", null, engines, rg);
  }

  private void summaryRow(String label, String kind, List<EngineResult> engines, boolean rg) {
    out.printf("%-43s", label);
    engines.forEach(e -> {
      LatencyStats s = kind == null ? e.latencyOverall() : e.latencyByClass().get(kind);
      if (s == null) {
        out.printf(" | %-33s", "");
      } else {
        out.printf(" | %9s %7.2f %7.2f %7.2f", "", s.p50Millis(), s.p99Millis(), s.maxMillis());
      }
    });
    if (rg) {
      double[] medians = run.ripgrep().stream().filter(r -> kind == null || r.kind().equals(kind))
          .mapToDouble(Ripgrep.Result::medianMillis).sorted().toArray();
      out.printf(" | %8s %8.1f", "median", medians[(medians.length - 1) / 2]);
    }
    out.println();
  }

  private void printVerdicts() {
    out.printf("Verdicts (targets: %s)%n", Verdict.TARGETS);
    for (Verdict v : run.verdicts()) {
      out.printf("  %-7s %-12s %s  %s%n", v.engine(), v.target(), v.pass() ? "PASS" : "FAIL", v.figures());
    }
    if (run.ripgrepSkipped() != null) {
      out.printf("  ripgrep comparison skipped: %s%n", run.ripgrepSkipped());
    }
  }

  private static String ms(long millis) {
    return millis < 0 ? "-" : String.format("%,d ms", millis);
  }

  private static String center(String s, int width) {
    int pad = Math.max(0, (width - s.length()) / 2);
    return " ".repeat(pad) + s;
  }
}
