package com.salesworkspace.cli;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.SyncReport;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "index", description = "Bring the index up to date with the files (only what changed), or rebuild it.")
final class IndexCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(names = "--rebuild", description = "Drop the index and read every file again.")
  boolean rebuild;

  @Option(names = "--engine", paramLabel = "ENGINE", description = "Full-text engine: lucene (default) or fts5.")
  String engine;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Workspace ws = workspace.open();
    Index.Engine chosen = engine == null ? Index.DEFAULT_ENGINE : Index.Engine.parse(engine);
    try (Index index = Index.open(ws.root(), ws.stateDir(), chosen)) {
      SyncReport report = rebuild ? index.rebuild(Progress.toStderr()) : index.refresh(Progress.toStderr());
      if (json) {
        Output.json(report);
      } else {
        Output.out().println(report.summary() + " (engine " + index.engineName() + ", "
            + index.documentCount() + " documents)");
        for (FileProblem p : report.problems()) {
          Output.out().println("  " + p);
        }
      }
      return 0;
    }
  }
}
