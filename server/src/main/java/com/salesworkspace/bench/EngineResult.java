package com.salesworkspace.bench;

import java.util.List;
import java.util.Map;

/**
 * What one full-text engine measured. Times are milliseconds, -1 when not measured. {@code fullIndexStopped} says
 * how far a full index got when it was stopped for taking too long; the index was then bulk-loaded (taking
 * {@code bulkLoadMillis}) for the later steps. {@code failure} is set when the run stopped early; the figures
 * measured before that are kept.
 */
public record EngineResult(
    String engine,
    long openMillis,
    long fullIndexMillis,
    String fullIndexStopped,
    long bulkLoadMillis,
    long filesIndexed,
    int filesWithProblems,
    long documents,
    List<Long> noChangeRefreshMillis,
    long incrementalMillis,
    long incrementalRestoreMillis,
    boolean incrementalVerified,
    long watchedNoChangeMillis,
    long watchedIncrementalMillis,
    boolean watchedVerified,
    String incrementalFile,
    long indexBytes,
    List<QueryResult> queries,
    Map<String, LatencyStats> latencyByClass,
    LatencyStats latencyOverall,
    String failure) {

  /** One query of the fixed set: its hit count as the engine reports it, and its latency. */
  public record QueryResult(String query, String kind, long total, boolean totalExact, LatencyStats latency) {}

  public long noChangeRefreshMedianMillis() {
    if (noChangeRefreshMillis.isEmpty()) {
      return -1;
    }
    List<Long> sorted = noChangeRefreshMillis.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
