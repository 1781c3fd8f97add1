package com.salesworkspace.index;

import com.salesworkspace.workspace.FileProblem;
import java.util.List;

/** What one index update did. */
public record SyncReport(
    int added, int changed, int removed, int unchanged, long millis, List<FileProblem> problems) {

  /** A refresh that found nothing to do without looking (the watcher saw no change). */
  public static final SyncReport NOTHING = new SyncReport(0, 0, 0, 0, 0, List.of());

  public boolean changedAnything() {
    return added + changed + removed > 0;
  }

  public String summary() {
    return String.format("index: %d added, %d changed, %d removed, %d unchanged, %d with problems, %d ms",
        added, changed, removed, unchanged, problems.size(), millis);
  }
}
