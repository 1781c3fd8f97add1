package com.salesworkspace.cli;

import com.salesworkspace.index.SyncReport;
import com.salesworkspace.workspace.FileProblem;

/** After the automatic index update that precedes a query: tell people on stderr when it did real work. */
final class RefreshNotice {
  private RefreshNotice() {}

  static void print(SyncReport report) {
    if (report.changedAnything()) {
      System.err.println(report.summary());
      for (FileProblem p : report.problems()) {
        System.err.println("  " + p);
      }
    }
  }
}
