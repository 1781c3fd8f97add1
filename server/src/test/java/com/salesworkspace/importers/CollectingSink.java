package com.salesworkspace.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An ImportSink for reader tests: keeps everything a reader sends, in order, and matches nothing. */
public final class CollectingSink implements ImportSink {
  public record Note(String kind, String item, String reason) {}

  public final List<ImportedInteraction> interactions = new ArrayList<>();
  public final List<Note> skipped = new ArrayList<>();
  public final List<Note> failed = new ArrayList<>();
  public final List<Note> unmatched = new ArrayList<>();
  public int customersChanged;

  @Override
  public synchronized void interaction(ImportedInteraction item) {
    interactions.add(item);
  }

  @Override
  public void skipped(String item, String reason) {
    skipped("item", item, reason);
  }

  @Override
  public synchronized void skipped(String kind, String item, String reason) {
    skipped.add(new Note(kind, item, reason));
  }

  @Override
  public void failed(String item, String error) {
    failed("item", item, error);
  }

  @Override
  public synchronized void failed(String kind, String item, String error) {
    failed.add(new Note(kind, item, error));
  }

  @Override
  public synchronized void unmatched(String kind, String item, String reason) {
    unmatched.add(new Note(kind, item, reason));
  }

  @Override
  public synchronized void customersChanged() {
    customersChanged++;
  }

  /** The interaction whose source id is this one. */
  public synchronized Optional<ImportedInteraction> bySourceId(String sourceId) {
    return interactions.stream().filter(i -> i.sourceId().equals(sourceId)).findFirst();
  }

  /** The interaction whose subject contains this text. */
  public synchronized ImportedInteraction withSubject(String part) {
    return interactions.stream().filter(i -> i.subject() != null && i.subject().contains(part)).findFirst()
        .orElseThrow(() -> new AssertionError("no interaction with a subject containing '" + part + "' among "
            + interactions.stream().map(ImportedInteraction::subject).toList()));
  }

  /** A context whose sink is this one, for {@link Importer#read}. */
  public ImportContext context(com.salesworkspace.workspace.Workspace workspace) {
    return new ImportContext(workspace, this, new ImportReport(), com.salesworkspace.util.Progress.NONE);
  }
}
