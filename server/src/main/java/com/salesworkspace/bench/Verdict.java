package com.salesworkspace.bench;

import java.util.ArrayList;
import java.util.List;

/** Whether one engine meets one target of the issue, with the figures that decide it. */
public record Verdict(String engine, String target, boolean pass, String figures) {
  static final double SEARCH_P50_MS = 5;
  static final double SEARCH_P99_MS = 25;
  static final long INCREMENTAL_MS = 200;
  static final long FULL_INDEX_MS = 3 * 60 * 1000;

  static final String TARGETS = "search p50 <= 5 ms and p99 <= 25 ms; one-file incremental <= 200 ms; "
      + "full index <= 3 min";

  static List<Verdict> of(EngineResult r) {
    List<Verdict> verdicts = new ArrayList<>();
    String e = r.engine();
    if (r.latencyOverall() != null) {
      double p50 = r.latencyOverall().p50Millis();
      double p99 = r.latencyOverall().p99Millis();
      verdicts.add(new Verdict(e, "search", p50 <= SEARCH_P50_MS && p99 <= SEARCH_P99_MS,
          String.format("p50 %.2f ms, p99 %.2f ms over all queries", p50, p99)));
    } else {
      verdicts.add(new Verdict(e, "search", false, "not measured"));
    }
    if (r.watchedIncrementalMillis() >= 0) {
      // The server refreshes through the file watcher; a CLI call, which starts cold, scans every file instead.
      verdicts.add(new Verdict(e, "incremental", r.watchedIncrementalMillis() <= INCREMENTAL_MS && r.watchedVerified(),
          String.format("%,d ms for one changed file with the watcher (server)%s; without it (CLI) %,d ms, of "
              + "which the scan of every file %,d ms", r.watchedIncrementalMillis(),
              r.watchedVerified() ? "" : " (NOT VERIFIED: the new word was not found)", r.incrementalMillis(),
              r.noChangeRefreshMedianMillis())));
    } else {
      verdicts.add(new Verdict(e, "incremental", false, "not measured"));
    }
    if (r.fullIndexStopped() != null) {
      verdicts.add(new Verdict(e, "full index", false, "did not finish: " + r.fullIndexStopped()));
    } else if (r.fullIndexMillis() >= 0) {
      verdicts.add(new Verdict(e, "full index", r.fullIndexMillis() <= FULL_INDEX_MS,
          String.format("%.1f s for %,d files", r.fullIndexMillis() / 1000.0, r.filesIndexed())));
    } else {
      verdicts.add(new Verdict(e, "full index", false, "not measured"));
    }
    return verdicts;
  }
}
