package com.salesworkspace.bench;

import com.salesworkspace.index.Index;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command-line options of {@link SearchBenchmark}. */
public record BenchOptions(int customers, int interactions, Path dir, List<Index.Engine> engines, int runsPerQuery,
    int warmups, boolean skipRipgrep, Path resultsDir, int indexTimeLimitMinutes) {

  public static final String USAGE = """
      Usage: SearchBenchmark [--customers N] [--interactions M] [--dir PATH] [--engines lucene,fts5]
                             [--queries RUNS] [--warmups ROUNDS] [--skip-rg] [--results DIR]
                             [--index-time-limit MINUTES]
        --customers N      customers in the synthetic workspace (default 2000)
        --interactions M   interactions per customer (default 250)
        --dir PATH         where the workspace is generated, or reused if generated there with the same sizes
                           (default: <tmp>/sales-workspace-bench-NxM)
        --engines LIST     full-text engines to measure, comma-separated (default lucene,fts5)
        --queries RUNS     timed runs of each query of the fixed set (default 50)
        --warmups ROUNDS   untimed rounds over the whole query set first (default 5)
        --skip-rg          do not run the ripgrep comparison
        --results DIR      where the JSON figures go (default bench/results)
        --index-time-limit MINUTES
                           stop a full index that runs longer (default 15), report it as not finished, and
                           bulk-load the index instead so that refresh and search can still be measured
      """;

  public static BenchOptions parse(String[] args) {
    int customers = 2000;
    int interactions = 250;
    Path dir = null;
    List<Index.Engine> engines = List.of(Index.Engine.LUCENE, Index.Engine.FTS5);
    int runs = 50;
    int warmups = 5;
    boolean skipRg = false;
    Path results = Path.of("bench", "results");
    int indexTimeLimit = 15;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--customers" -> customers = positive(arg, value(args, ++i, arg));
        case "--interactions" -> interactions = positive(arg, value(args, ++i, arg));
        case "--dir" -> dir = Path.of(value(args, ++i, arg));
        case "--engines" -> {
          List<Index.Engine> parsed = new ArrayList<>();
          for (String name : value(args, ++i, arg).split(",")) {
            if (!name.isBlank()) {
              parsed.add(Index.Engine.parse(name));
            }
          }
          if (parsed.isEmpty()) {
            throw new IllegalArgumentException("--engines needs at least one of lucene, fts5");
          }
          engines = List.copyOf(parsed);
        }
        case "--queries" -> runs = positive(arg, value(args, ++i, arg));
        case "--warmups" -> warmups = nonNegative(arg, value(args, ++i, arg));
        case "--skip-rg" -> skipRg = true;
        case "--results" -> results = Path.of(value(args, ++i, arg));
        case "--index-time-limit" -> indexTimeLimit = positive(arg, value(args, ++i, arg));
        default -> throw new IllegalArgumentException("Unknown option '" + arg + "'.");
      }
    }
    if (dir == null) {
      dir = Path.of(System.getProperty("java.io.tmpdir"), "sales-workspace-bench-" + customers + "x" + interactions);
    }
    return new BenchOptions(customers, interactions, dir, engines, runs, warmups, skipRg, results, indexTimeLimit);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value.");
    }
    return args[i];
  }

  private static int positive(String option, String value) {
    return atLeast(1, option, value);
  }

  private static int nonNegative(String option, String value) {
    return atLeast(0, option, value);
  }

  private static int atLeast(int min, String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n < min) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number of at least " + min + ", not '" + value
          + "'.");
    }
  }
}
