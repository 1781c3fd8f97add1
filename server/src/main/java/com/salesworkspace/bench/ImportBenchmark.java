package com.salesworkspace.bench;

import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.ImportRun;
import com.salesworkspace.importers.gmail.GmailImporter;
import com.salesworkspace.importers.gmail.MboxSplitter;
import com.salesworkspace.importers.gmail.MimeMessageParser;
import com.salesworkspace.index.Index;
import com.salesworkspace.index.SyncReport;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Gmail import speed: generates a Takeout-like mbox ({@link SyntheticMbox}, default 100 MB) and the customers it
 * is addressed to in a fresh workspace, then prints the time of a parse-only pass with mime4j and, when it is on
 * the class path (bench/import puts it there), with Angus Mail; a full import (split, parse, clean, match, write
 * atomically); a re-import where everything is unchanged; and the index update the import command runs after.
 * Usage: {@code ImportBenchmark [MEGABYTES=100]}.
 */
public final class ImportBenchmark {
  private static final double TARGET_SECONDS = 120;

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
    Path dir = Files.createTempDirectory("import-bench");
    try {
      run(dir, megabytes);
    } finally {
      delete(dir);
    }
  }

  private static void run(Path dir, long megabytes) throws Exception {
    System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Path root = dir.resolve("workspace");
    WorkspaceInitializer.create(root, "Helio Systems", List.of("helio.io"));
    SyntheticMbox.writeCustomers(root);
    Path mbox = dir.resolve("All mail Including Spam and Trash.mbox");
    long t0 = System.nanoTime();
    SyntheticMbox.Result generated = new SyntheticMbox(42).write(mbox, megabytes << 20);
    System.out.printf(Locale.ROOT, "generated: %.1f MB, %,d messages (%,d with an attachment, %,d replies with "
            + "quoted history) in %.1f s%n", generated.bytes() / 1048576.0, generated.messages(),
        generated.withAttachments(), generated.replies(), seconds(t0));

    MimeMessageParser mime4j = new MimeMessageParser();
    timeParse("split only (MboxSplitter)", mbox, generated, raw -> raw.length);
    timeParse("parse-only mime4j 0.8.11", mbox, generated, raw -> {
      var message = mime4j.parseOnly(raw);
      message.dispose();
      return 1;
    });
    if (AngusParse.available()) {
      AngusParse angus = new AngusParse();
      timeParse("parse-only Angus Mail 2.0.3", mbox, generated, angus::parse);
    } else {
      System.out.println("parse-only Angus Mail: not on the class path (run bench/import to include it)");
    }

    Workspace ws = Workspace.open(root);
    long t1 = System.nanoTime();
    ImportRun.Result first = ImportRun.run(ws, new GmailImporter(), mbox, false, Progress.NONE, LocalDate.now());
    double importSeconds = seconds(t1);
    System.out.printf(Locale.ROOT, "full import: %.1f s, %,.0f messages/s, %.1f MB/s (%s)%n", importSeconds,
        generated.messages() / importSeconds, generated.bytes() / 1048576.0 / importSeconds, counts(first.report()));

    long t2 = System.nanoTime();
    ImportRun.Result second = ImportRun.run(ws, new GmailImporter(), mbox, false, Progress.NONE, LocalDate.now());
    double reimportSeconds = seconds(t2);
    System.out.printf(Locale.ROOT, "re-import: %.1f s, %,.0f messages/s (%s)%n", reimportSeconds,
        generated.messages() / reimportSeconds, counts(second.report()));

    try (Index index = Index.open(ws)) {
      long t3 = System.nanoTime();
      SyncReport sync = index.refresh(Progress.NONE);
      System.out.printf(Locale.ROOT, "index update after the import: %.1f s (%s)%n", seconds(t3), sync.summary());
    }
    boolean changedOnReimport = second.report().count(Outcome.CREATED) + second.report().count(Outcome.UPDATED) > 0;
    System.out.printf(Locale.ROOT, "verdict: %.0f MB imported in %.1f s, target < %.0f s: %s; re-import %s%n",
        generated.bytes() / 1048576.0, importSeconds, TARGET_SECONDS, importSeconds < TARGET_SECONDS ? "MET" : "MISSED",
        changedOnReimport ? "CHANGED FILES (bug)" : "changed nothing");
  }

  private interface RawWork {
    long apply(byte[] raw) throws Exception;
  }

  private static void timeParse(String label, Path mbox, SyntheticMbox.Result generated, RawWork work)
      throws IOException {
    long t = System.nanoTime();
    long[] failures = {0};
    try (InputStream in = Files.newInputStream(mbox)) {
      new MboxSplitter(GmailImporter.MAX_MESSAGE_BYTES).split(in, (raw, read) -> {
        try {
          work.apply(raw.bytes());
        } catch (Exception e) {
          failures[0]++;
        }
      });
    }
    double s = seconds(t);
    System.out.printf(Locale.ROOT, "%s: %.1f s, %,.0f messages/s, %.1f MB/s%s%n", label, s,
        generated.messages() / s, generated.bytes() / 1048576.0 / s,
        failures[0] == 0 ? "" : ", " + failures[0] + " messages failed to parse");
  }

  private static String counts(ImportReport report) {
    StringBuilder out = new StringBuilder();
    for (Outcome outcome : Outcome.values()) {
      long n = report.count(outcome);
      if (n > 0) {
        out.append(out.length() == 0 ? "" : ", ").append(outcome.id()).append(' ').append(String.format("%,d", n));
      }
    }
    return out.toString();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
