package com.salesworkspace.cli;

import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.ImportRun;
import com.salesworkspace.importers.Importer;
import com.salesworkspace.importers.Importers;
import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import an export (Gmail mbox or .eml, Slack export, Gong responses, "
    + "Granola notes) into the customer folders; re-running it changes nothing.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:imported (unmatched and skipped items are not errors)",
        "1:some items failed; the rest was imported",
        "2:nothing imported: bad arguments, a path that does not exist or no format that reads it"})
final class ImportCommand implements Callable<Integer> {
  private static final int SHOWN_PER_OUTCOME = 20;
  /** Exit code when some items failed; everything else was imported (or, in a dry run, would be). */
  static final int SOME_FAILED = 1;
  private static final Map<Outcome, String> HEADINGS = Map.of(Outcome.UNMATCHED, "Unmatched",
      Outcome.SKIPPED, "Skipped as noise", Outcome.FAILED, "Failed", Outcome.UNCHANGED, "Kept as edited");

  @Mixin WorkspaceOption workspace;

  @Parameters(paramLabel = "PATH", description = "The export file or folder.")
  Path path;

  @Option(names = "--format", paramLabel = "FORMAT", description = "The format, when detection should not guess.")
  String format;

  @Option(names = "--dry-run", description = "Report what would happen; write nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Workspace ws = workspace.open();
    Importer importer = Importers.select(path, format);
    ImportRun.Result result = ImportRun.run(ws, importer, path, dryRun, Progress.toStderr(), LocalDate.now());
    for (String problem : result.problems()) {
      System.err.println("warning: " + problem);
    }
    String indexProblem = dryRun ? null : refreshIndex(ws);
    if (json) {
      Output.json(asJson(result));
    } else {
      print(result, Output.out());
    }
    if (indexProblem != null) {
      System.err.println("warning: the files are imported, but the index was not updated (" + indexProblem
          + "); search finds them after the next update: run 'index' once the problem is fixed.");
    }
    return result.report().count(Outcome.FAILED) > 0 ? SOME_FAILED : 0;
  }

  /** Brings the index up to date; a failure there must not hide the report of files already written. */
  private static String refreshIndex(Workspace ws) {
    try (Index index = Index.open(ws)) {
      RefreshNotice.refresh(index);
      return null;
    } catch (IndexException | UncheckedIOException e) {
      return e.getMessage();
    }
  }

  private static Map<String, Object> asJson(ImportRun.Result result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", result.format());
    out.put("source", result.source());
    out.put("dry_run", result.dryRun());
    Map<String, Object> counts = new LinkedHashMap<>();
    Map<Outcome, Map<String, Long>> byOutcome = result.report().counts();
    for (Outcome outcome : Outcome.values()) {
      counts.put(outcome.id(), Map.of("total", result.report().count(outcome),
          "by_kind", byOutcome.getOrDefault(outcome, Map.of())));
    }
    out.put("counts", counts);
    out.put("items", result.report().listed().stream().map(e -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("outcome", e.outcome().id());
      item.put("kind", e.kind());
      item.put("item", e.item());
      item.put("reason", e.reason());
      return item;
    }).toList());
    out.put("review_file", result.reviewFile());
    out.put("millis", result.millis());
    return out;
  }

  private static void print(ImportRun.Result result, PrintStream out) {
    ImportReport report = result.report();
    out.printf("%s %s from %s in %.1f s%n", result.dryRun() ? "Dry run (nothing written):" : "Imported",
        result.format(), result.source(), result.millis() / 1000.0);
    Map<Outcome, Map<String, Long>> counts = report.counts();
    for (Outcome outcome : Outcome.values()) {
      Map<String, Long> byKind = counts.getOrDefault(outcome, Map.of());
      String kinds = byKind.isEmpty() ? "" : " (" + String.join(", ", byKind.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).sorted().toList()) + ")";
      out.printf("  %-10s %,d%s%n", outcome.id(), report.count(outcome), kinds);
    }
    if (result.reviewFile() != null) {
      out.println((result.dryRun() ? "Unmatched items would be listed in " : "Unmatched items are listed in ")
          + result.reviewFile());
    }
    for (Outcome outcome : List.of(Outcome.UNMATCHED, Outcome.FAILED, Outcome.UNCHANGED, Outcome.SKIPPED)) {
      List<ImportReport.Entry> entries = report.listed().stream().filter(e -> e.outcome() == outcome).toList();
      if (entries.isEmpty()) {
        continue;
      }
      out.println(HEADINGS.get(outcome) + ":");
      entries.stream().limit(SHOWN_PER_OUTCOME).forEach(e -> out.println("  - " + e.item() + ": " + e.reason()));
      long more = report.count(outcome) - Math.min(entries.size(), SHOWN_PER_OUTCOME);
      if (more > 0 && outcome != Outcome.UNCHANGED) {
        out.printf("  ... and %,d more%s%n", more, outcome == Outcome.UNMATCHED ? " (see the review file)" : "");
      }
    }
  }
}
