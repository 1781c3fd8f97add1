package com.salesworkspace.importers;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An {@link ImportSink} for reader tests: keeps everything it is sent, in order. */
public final class CollectingSink implements ImportSink {
  public record Note(String item, String reason) {}

  public final List<ImportedInteraction> interactions = new ArrayList<>();
  public final List<Note> skipped = new ArrayList<>();
  public final List<Note> failed = new ArrayList<>();

  @Override
  public void interaction(ImportedInteraction item) {
    interactions.add(item);
  }

  @Override
  public void skipped(String item, String reason) {
    skipped.add(new Note(item, reason));
  }

  @Override
  public void failed(String item, String error) {
    failed.add(new Note(item, error));
  }

  @Override
  public void customersChanged() {}

  public ImportedInteraction bySourceId(String sourceId) {
    return find(sourceId).orElseThrow(() -> new AssertionError("no interaction " + sourceId + " in "
        + interactions.stream().map(ImportedInteraction::sourceId).toList()));
  }

  public Optional<ImportedInteraction> find(String sourceId) {
    return interactions.stream().filter(i -> i.sourceId().equals(sourceId)).findFirst();
  }

  public long skippedFor(String reason) {
    return skipped.stream().filter(n -> n.reason().equals(reason)).count();
  }

  /** A context over a small workspace with our demo company (helio.io, heliosystems.com) and team. */
  public ImportContext context(Path dir) {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    try {
      Path project = TestWorkspace.projectRoot();
      Files.copy(project.resolve("workspace-setup/company.yaml"), dir.resolve("workspace-setup/company.yaml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(project.resolve("workspace-setup/team.yaml"), dir.resolve("workspace-setup/team.yaml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ImportContext(ws.open(), this, new ImportReport(), Progress.NONE);
  }
}
