package com.salesworkspace.cli;

import com.salesworkspace.index.SyncReport;
import com.salesworkspace.workspace.FileProblem;

/** After the automatic index update that precedes a query: tell people on stderr when it did real work. */
final class RefreshNotice {
  private RefreshNotice() {}

  /** Brings the index up to date, or, when a running server holds it, says so and goes on with it as it is. */
  static void refresh(com.salesworkspace.index.Index index) {
    try {
      print(index.refresh(com.salesworkspace.util.Progress.toStderr()));
    } catch (com.salesworkspace.index.IndexBusyException e) {
      System.err.println("note: " + e.getMessage() + "; it keeps the index up to date, so this reads it as it is.");
    }
  }

  static void print(SyncReport report) {
    if (report.changedAnything()) {
      System.err.println(report.summary());
      for (FileProblem p : report.problems()) {
        System.err.println("  " + p);
      }
    }
  }
}
