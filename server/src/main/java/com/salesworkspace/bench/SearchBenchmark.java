package com.salesworkspace.bench;

import com.salesworkspace.index.Index;
import com.salesworkspace.util.Json;
import com.salesworkspace.util.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scale benchmark: generates (or reuses) a synthetic workspace, then measures each full-text engine (full
 * index, scan, one-file incremental, search latency) and ripgrep on the same files. The report goes to stdout,
 * progress to stderr, and the figures to bench/results/<time>.json. Run it with bench/run.
 */
public final class SearchBenchmark {
  private static final int RIPGREP_RUNS = 5;
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private SearchBenchmark() {}

  public static void main(String[] args) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      System.exit(run(options, System.out, System.err));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  static int run(BenchOptions options, PrintStream out, PrintStream log) {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SyntheticWorkspace.Prepared workspace =
        SyntheticWorkspace.prepare(options.dir(), options.customers(), options.interactions(), Progress.toStderr());
    if (workspace.reused()) {
      log.printf("reusing the synthetic workspace in %s%n", workspace.root());
    }

    List<EngineResult> engines = new ArrayList<>();
    for (Index.Engine engine : options.engines()) {
      Path stateDir = workspace.root().resolve(".bench-state").resolve(engine.name().toLowerCase(Locale.ROOT));
      engines.add(new EngineBenchmark(workspace.root(), stateDir, engine, options.warmups(),
          options.runsPerQuery(), options.indexTimeLimitMinutes() * 60_000L, log).run());
    }

    Optional<String> rgVersion = options.skipRipgrep() ? Optional.empty() : Ripgrep.version();
    String rgSkipped = null;
    List<Ripgrep.Result> rg = new ArrayList<>();
    if (options.skipRipgrep()) {
      rgSkipped = "--skip-rg";
    } else if (rgVersion.isEmpty()) {
      rgSkipped = "rg is not on the PATH";
      log.println("ripgrep (rg) is not on the PATH, so the comparison is skipped. Install it with "
          + "'apt-get install -y ripgrep' (bench/run does this when run as root), or pass --skip-rg.");
    } else {
      log.printf("ripgrep: %d queries x %d runs...%n", BenchQueries.ALL.size(), RIPGREP_RUNS);
      for (BenchQuery query : BenchQueries.ALL) {
        rg.add(Ripgrep.run(workspace.root(), query, RIPGREP_RUNS));
      }
    }

    List<Verdict> verdicts = engines.stream().flatMap(e -> Verdict.of(e).stream()).toList();
    BenchmarkRun run = new BenchmarkRun(started.toString(), machine(rgVersion), optionsMap(options),
        workspace.root().toString(), workspace.description(), workspace.reused(), workspace.generateMillis(),
        engines, rgVersion.orElse(null), rgSkipped, rg, verdicts);
    new Report(run, out).print();
    Path results = options.resultsDir().resolve(FILE_TIME.format(started) + ".json");
    try {
      Files.createDirectories(options.resultsDir());
      Files.writeString(results, Json.pretty(run) + "\n");
      out.printf("Figures written to %s%n", results);
    } catch (IOException e) {
      log.printf("Could not write %s: %s%n", results, e.getMessage());
    }
    return engines.stream().anyMatch(e -> e.failure() != null) ? 1 : 0;
  }

  private static Map<String, Object> machine(Optional<String> rgVersion) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("java", System.getProperty("java.version"));
    m.put("max_heap", (Runtime.getRuntime().maxMemory() >> 20) + " MB");
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    rgVersion.ifPresent(v -> m.put("ripgrep", v));
    return m;
  }

  private static Map<String, Object> optionsMap(BenchOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customers", o.customers());
    m.put("interactions", o.interactions());
    m.put("engines", o.engines().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    m.put("runs_per_query", o.runsPerQuery());
    m.put("warmups", o.warmups());
    m.put("page_size", 20);
    m.put("skip_rg", o.skipRipgrep());
    m.put("index_time_limit_minutes", o.indexTimeLimitMinutes());
    return m;
  }
}
