package com.salesworkspace.bench;

import com.salesworkspace.context.ContextBuilder;
import com.salesworkspace.context.ContextRequest;
import com.salesworkspace.context.CustomerContext;
import com.salesworkspace.context.Tier;
import com.salesworkspace.index.Index;
import com.salesworkspace.index.SyncReport;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Context build time for one customer with many interactions: generates the customer (realistic mix, see
 * {@link SyntheticAccount}) in a fresh workspace, indexes it, then builds its contexts in this JVM and prints
 * p50/p99 for compact and standard (one extended build for reference). The first build digests every interaction
 * and is reported on its own; after it, builds read digests and only the files they show. Usage:
 * {@code ContextBenchmark [INTERACTIONS=5000] [RUNS=50] [FOCUS]}.
 */
public final class ContextBenchmark {
  private static final String SLUG = "bench-logistics";
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private ContextBenchmark() {}

  public static void main(String[] args) throws Exception {
    int interactions = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    String focus = args.length > 2 ? args[2] : null;
    Path dir = Files.createTempDirectory("context-bench");
    try {
      run(dir, interactions, runs, focus);
    } finally {
      delete(dir);
    }
  }

  private static void run(Path dir, int interactions, int runs, String focus) {
    long t0 = System.nanoTime();
    WorkspaceInitializer.create(dir, "Helio Systems", List.of("helio.io"));
    write(dir.resolve("workspace-setup/team.yaml"), """
        users:
          - {id: john.smith, name: John Smith, email: john.smith@helio.io, role: ae}
          - {id: priya.patel, name: Priya Patel, email: priya.patel@helio.io, role: csm}
        """);
    SyntheticAccount.write(dir, SLUG, interactions, 42, SyntheticAccount.Style.REALISTIC);
    System.err.printf(Locale.ROOT, "generated %,d interactions in %d ms%n", interactions, ms(t0));
    Workspace ws = Workspace.open(dir);
    try (Index index = Index.open(ws)) {
      long t1 = System.nanoTime();
      SyncReport report = index.refresh(Progress.NONE);
      long indexMs = ms(t1);
      System.err.println(report.summary());
      ContextBuilder builder = new ContextBuilder(ws, index);

      long t2 = System.nanoTime();
      CustomerContext first = builder.build(new ContextRequest(SLUG, Tier.COMPACT, focus, AS_OF));
      long firstMs = ms(t2);

      for (int i = 0; i < Math.max(5, runs / 5); i++) {
        builder.build(new ContextRequest(SLUG, Tier.COMPACT, focus, AS_OF));
        builder.build(new ContextRequest(SLUG, Tier.STANDARD, focus, AS_OF));
      }
      double[] compact = new double[runs];
      double[] standard = new double[runs];
      double[] refresh = new double[runs];
      CustomerContext c = null;
      CustomerContext s = null;
      for (int i = 0; i < runs; i++) {
        long a = System.nanoTime();
        c = builder.build(new ContextRequest(SLUG, Tier.COMPACT, focus, AS_OF));
        compact[i] = (System.nanoTime() - a) / 1e6;
        long b = System.nanoTime();
        s = builder.build(new ContextRequest(SLUG, Tier.STANDARD, focus, AS_OF));
        standard[i] = (System.nanoTime() - b) / 1e6;
        long r = System.nanoTime();
        index.refresh(Progress.NONE);
        refresh[i] = (System.nanoTime() - r) / 1e6;
      }
      long t3 = System.nanoTime();
      CustomerContext e = builder.build(new ContextRequest(SLUG, Tier.EXTENDED, focus, AS_OF));
      long extendedMs = ms(t3);

      System.out.printf(Locale.ROOT, "%nContext build for one customer with %,d interactions (%s), %d runs each, "
          + "as of %s%s:%n", interactions, "realistic mix", runs, AS_OF, focus == null ? "" : ", focus \"" + focus + "\"");
      System.out.printf(Locale.ROOT, "  index the workspace (once)              %8d ms%n", indexMs);
      System.out.printf(Locale.ROOT, "  first build (digests every interaction) %8d ms  (compact)%n", firstMs);
      System.out.printf(Locale.ROOT, "%n  %-10s %8s %8s %8s %8s %10s %s%n", "tier", "p50 ms", "p99 ms", "min", "max",
          "tokens", "(cl100k_base, budget)");
      row("compact", compact, c);
      row("standard", standard, s);
      System.out.printf(Locale.ROOT, "  %-10s %8d %8s %8s %8s %,10d (%,d)%n", "extended", extendedMs, "-", "-", "-",
          e.tokens(), e.budget());
      System.out.printf(Locale.ROOT, "%n  index refresh before each tool call (nothing changed): p50 %.1f ms, p99 %.1f ms%n",
          percentile(refresh, 50), percentile(refresh, 99));
      System.out.printf(Locale.ROOT, "  compact coverage: %s%n  standard coverage: %s%n", c.coverage(), s.coverage());
      if (first.tokens() != c.tokens()) {
        System.out.println("  NOTE: the first and later compact builds differ");
      }
    }
  }

  private static void row(String tier, double[] millis, CustomerContext context) {
    System.out.printf(Locale.ROOT, "  %-10s %8.1f %8.1f %8.1f %8.1f %,10d (%,d)%n", tier, percentile(millis, 50),
        percentile(millis, 99), Arrays.stream(millis).min().orElse(0), Arrays.stream(millis).max().orElse(0),
        context.tokens(), context.budget());
  }

  /** Nearest-rank percentile. */
  static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.toList());
      paths.sort(Comparator.reverseOrder());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    }
  }
}
