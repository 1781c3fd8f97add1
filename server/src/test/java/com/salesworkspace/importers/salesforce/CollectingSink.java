package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is sent, for testing a reader without the shared import core. */
final class CollectingSink implements ImportSink {
  final ImportReport report = new ImportReport();
  final List<ImportedInteraction> interactions = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();
  final List<String> failed = new ArrayList<>();
  int customersChanged;

  ImportContext context(Workspace workspace) {
    return new ImportContext(workspace, this, report, Progress.NONE);
  }

  @Override
  public void interaction(ImportedInteraction item) {
    interactions.add(item);
  }

  @Override
  public void skipped(String item, String reason) {
    skipped.add(item + ": " + reason);
    report.record(Outcome.SKIPPED, "item", item, reason);
  }

  @Override
  public void failed(String item, String error) {
    failed.add(item + ": " + error);
    report.record(Outcome.FAILED, "item", item, error);
  }

  @Override
  public void customersChanged() {
    customersChanged++;
  }

  ImportedInteraction interaction(String sourceId) {
    return interactions.stream().filter(i -> i.sourceId().equals(sourceId)).findFirst().orElseThrow();
  }
}
