package com.salesworkspace.importers;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A small workspace with the demo's company (helio.io, heliosystems.com) and team, for format reader tests. */
public final class ReaderWorkspace {
  private ReaderWorkspace() {}

  public static Workspace create(Path dir) {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    Path project = TestWorkspace.projectRoot();
    try {
      for (String file : new String[] {"workspace-setup/company.yaml", "workspace-setup/team.yaml"}) {
        Files.copy(project.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ws.open();
  }

  /** The interaction with this source id, or an error listing the ones there are. */
  public static ImportedInteraction get(CollectingSink sink, String sourceId) {
    return sink.bySourceId(sourceId).orElseThrow(() -> new AssertionError("no interaction " + sourceId + " among "
        + sink.interactions.stream().map(ImportedInteraction::sourceId).toList()));
  }

  public static long skippedFor(CollectingSink sink, String reason) {
    return sink.skipped.stream().filter(n -> n.reason().equals(reason)).count();
  }
}
