package com.salesworkspace.bench;

import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportRun;
import com.salesworkspace.importers.salesforce.SalesforceImporter;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Salesforce import time: writes a synthetic Data Export ({@link SyntheticSalesforceExport}, by default 2,000
 * accounts, 20k contacts, 8k opportunities, 50k tasks), imports it into a fresh workspace through the real import
 * run (profiles, contacts, deals, one interaction file per task and event, all written atomically), then imports it
 * again, which must change nothing. Prints the time and rows per second of both. Usage:
 * {@code SalesforceImportBenchmark [ACCOUNTS CONTACTS OPPORTUNITIES TASKS]}.
 */
public final class SalesforceImportBenchmark {
  private SalesforceImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    SyntheticSalesforceExport.Size size = args.length >= 4
        ? new SyntheticSalesforceExport.Size(40, Integer.parseInt(args[0]), Integer.parseInt(args[1]),
            Integer.parseInt(args[2]), Integer.parseInt(args[3]))
        : SyntheticSalesforceExport.Size.LARGE;
    Path dir = Files.createTempDirectory("salesforce-bench");
    try {
      run(dir, size);
    } finally {
      delete(dir);
    }
  }

  private static void run(Path dir, SyntheticSalesforceExport.Size size) throws IOException {
    Path export = dir.resolve("export");
    long t0 = System.nanoTime();
    SyntheticSalesforceExport.write(export, size, 42);
    long bytes;
    try (Stream<Path> files = Files.list(export)) {
      bytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    long rows = (long) size.users() + size.accounts() + size.contacts() + size.opportunities() + size.tasks()
        + size.events();
    System.out.printf(Locale.ROOT, "export: %,d accounts, %,d contacts, %,d opportunities, %,d tasks, %,d events "
        + "(%,d rows, %.1f MB) written in %.1f s%n", size.accounts(), size.contacts(), size.opportunities(),
        size.tasks(), size.events(), rows, bytes / 1e6, (System.nanoTime() - t0) / 1e9);
    WorkspaceInitializer.create(dir.resolve("ws"), "Helio Systems", List.of("helio.io"));
    Workspace ws = Workspace.open(dir.resolve("ws"));
    System.out.printf(Locale.ROOT, "cores: %d (other builds may share them; figures are for this run only)%n",
        Runtime.getRuntime().availableProcessors());
    for (String pass : List.of("first import", "same export again")) {
      ImportRun.Result result = ImportRun.run(ws, new SalesforceImporter(), export, false, Progress.NONE,
          LocalDate.of(2026, 11, 20));
      ImportReport report = result.report();
      System.out.printf(Locale.ROOT, "%-18s %6.1f s  %,8.0f rows/s  created %,d  updated %,d  unchanged %,d  "
          + "skipped %,d  failed %,d  unmatched %,d%n", pass, result.millis() / 1000.0, rows * 1000.0
          / Math.max(1, result.millis()), report.count(ImportReport.Outcome.CREATED),
          report.count(ImportReport.Outcome.UPDATED), report.count(ImportReport.Outcome.UNCHANGED),
          report.count(ImportReport.Outcome.SKIPPED), report.count(ImportReport.Outcome.FAILED),
          report.count(ImportReport.Outcome.UNMATCHED));
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
