package com.salesworkspace.importers;

import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** One import: a reader sends everything in the export through a fresh sink, then the review file is written. */
public final class ImportRun {
  /**
   * @param reviewFile the workspace-relative review file, or null when everything was placed
   * @param written how many interaction files were created or rewritten (or would be, in a dry run)
   * @param problems customer files that could not be read, so nothing was matched to those customers
   */
  public record Result(String format, String source, boolean dryRun, ImportReport report, String reviewFile,
      long written, List<String> problems, long millis) {}

  private ImportRun() {}

  public static Result run(Workspace workspace, Importer importer, Path path, boolean dryRun, Progress progress,
      LocalDate day) {
    long started = System.nanoTime();
    ImportReport report = new ImportReport();
    InteractionImportSink sink = new InteractionImportSink(workspace, report, dryRun);
    try {
      importer.read(path, new ImportContext(workspace, sink, report, progress));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path + ": " + e.getMessage(), e);
    } finally {
      sink.commit();
    }
    String reviewFile = sink.finish(importer.format(), path.toString(), day);
    return new Result(importer.format(), path.toString(), dryRun, report, reviewFile, sink.written(),
        sink.problems(), (System.nanoTime() - started) / 1_000_000);
  }
}
