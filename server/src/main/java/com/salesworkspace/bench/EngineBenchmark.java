package com.salesworkspace.bench;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.SearchHits;
import com.salesworkspace.index.SearchRequest;
import com.salesworkspace.index.SyncReport;
import com.salesworkspace.util.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures one full-text engine on a workspace, in its own state folder created from nothing: the full index,
 * a refresh with nothing changed (the cost of scanning), a refresh after one file changed, and search latency
 * over the fixed query set.
 */
final class EngineBenchmark {
  private static final int PAGE = 20;
  private static final int NO_CHANGE_REFRESHES = 3;

  private final Path root;
  private final Path stateDir;
  private final Index.Engine engine;
  private final int warmups;
  private final int runsPerQuery;
  private final long indexTimeLimitMillis;
  private final PrintStream log;

  EngineBenchmark(Path root, Path stateDir, Index.Engine engine, int warmups, int runsPerQuery,
      long indexTimeLimitMillis, PrintStream log) {
    this.root = root;
    this.stateDir = stateDir;
    this.engine = engine;
    this.warmups = warmups;
    this.runsPerQuery = runsPerQuery;
    this.indexTimeLimitMillis = indexTimeLimitMillis;
    this.log = log;
  }

  EngineResult run() {
    String name = engine.name().toLowerCase(java.util.Locale.ROOT);
    Builder r = new Builder(name);
    SyntheticWorkspace.deleteRecursively(stateDir);
    try {
      long t = System.nanoTime();
      try (Index index = Index.open(root, stateDir, engine)) {
        r.openMillis = millisSince(t);

        log.printf("[%s] full index...%n", name);
        t = System.nanoTime();
        try {
          SyncReport full = index.rebuild(new TimeLimitedProgress(Progress.toStderr(), indexTimeLimitMillis));
          r.fullIndexMillis = millisSince(t);
          r.filesIndexed = full.added() + full.changed();
        } catch (TimeLimitedProgress.LimitExceeded stopped) {
          r.fullIndexStopped = stopped.getMessage();
          log.printf("[%s] full index %s; bulk-loading the index instead to measure the other steps%n", name,
              stopped.getMessage());
          t = System.nanoTime();
          r.filesIndexed = BulkLoad.into(index, root, stateDir, engine, Progress.toStderr());
          r.bulkLoadMillis = millisSince(t);
        }
        r.filesWithProblems = index.problems().size();
        index.problems().stream().limit(5).forEach(p -> log.printf("[%s] problem: %s%n", name, p));
        r.documents = index.documentCount();

        log.printf("[%s] no-change refresh x%d...%n", name, NO_CHANGE_REFRESHES);
        for (int i = 0; i < NO_CHANGE_REFRESHES; i++) {
          t = System.nanoTime();
          index.refresh(Progress.NONE);
          r.noChangeRefreshMillis.add(millisSince(t));
        }

        log.printf("[%s] one-file incremental...%n", name);
        measureIncremental(index, r);

        log.printf("[%s] one-file incremental with the file watcher (as the server runs)...%n", name);
        measureWatchedIncremental(index, r);

        log.printf("[%s] search latency: %d warm-up rounds, %d timed rounds of %d queries...%n", name, warmups,
            runsPerQuery, BenchQueries.ALL.size());
        measureSearch(index, r);
      }
      r.indexBytes = sizeOf(stateDir);
    } catch (RuntimeException e) {
      r.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.printf("[%s] stopped: %s%n", name, r.failure);
      e.printStackTrace(log);
    }
    return r.build();
  }

  private void measureIncremental(Index index, Builder r) {
    OneFileChange change = OneFileChange.pick(root);
    r.incrementalFile = change.relativePath();
    change.apply();
    boolean restored = false;
    try {
      long t = System.nanoTime();
      SyncReport changed = index.refresh(Progress.NONE);
      r.incrementalMillis = millisSince(t);
      SearchHits found = index.search(SearchRequest.of(change.probeWord(), PAGE));
      boolean foundIt = changed.changed() == 1 && found.total() == 1
          && found.hits().get(0).path().equals(change.relativePath());

      change.restore();
      restored = true;
      t = System.nanoTime();
      index.refresh(Progress.NONE);
      r.incrementalRestoreMillis = millisSince(t);
      boolean goneAgain = index.search(SearchRequest.of(change.probeWord(), PAGE)).total() == 0;
      r.incrementalVerified = foundIt && goneAgain;
      if (!r.incrementalVerified) {
        log.printf("[%s] WARNING: the changed file was not found as expected (refresh changed %d, hits %d)%n",
            r.engine, changed.changed(), found.total());
      }
    } finally {
      if (!restored) {
        change.restore();
      }
    }
  }

  /**
   * The server's path: a watcher reports changed files, so a refresh looks only at them. Timed from the write to the
   * end of the refresh that shows the change, event delivery included.
   */
  private void measureWatchedIncremental(Index index, Builder r) {
    index.watchForChanges();
    index.refresh(Progress.NONE); // the first refresh after the watcher starts is a full one
    long t = System.nanoTime();
    index.refresh(Progress.NONE);
    r.watchedNoChangeMillis = millisSince(t);
    OneFileChange change = OneFileChange.pick(root);
    try {
      t = System.nanoTime();
      change.apply();
      SyncReport seen = SyncReport.NOTHING;
      for (int i = 0; i < 500 && seen.changed() == 0; i++) {
        seen = index.refresh(Progress.NONE);
        if (seen.changed() == 0) {
          sleepQuietly(2);
        }
      }
      r.watchedIncrementalMillis = millisSince(t);
      r.watchedVerified = seen.changed() == 1
          && index.search(SearchRequest.of(change.probeWord(), PAGE)).total() == 1;
    } finally {
      change.restore();
      for (int i = 0; i < 500 && index.refresh(Progress.NONE).changed() == 0; i++) {
        sleepQuietly(2);
      }
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void measureSearch(Index index, Builder r) {
    List<BenchQuery> queries = BenchQueries.ALL;
    long[][] nanos = new long[queries.size()][runsPerQuery];
    SearchHits[] lastHits = new SearchHits[queries.size()];
    List<Integer> order = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      order.add(q);
    }
    // Rounds over the whole set in a shuffled order, so no query runs right after itself with everything hot.
    Random shuffle = new Random(1);
    for (int round = 0; round < warmups + runsPerQuery; round++) {
      Collections.shuffle(order, shuffle);
      for (int q : order) {
        SearchRequest request = SearchRequest.of(queries.get(q).searchText(), PAGE);
        long t = System.nanoTime();
        SearchHits hits = index.search(request);
        long elapsed = System.nanoTime() - t;
        if (round >= warmups) {
          nanos[q][round - warmups] = elapsed;
        }
        lastHits[q] = hits;
      }
    }
    Map<QueryClass, List<long[]>> byClass = new LinkedHashMap<>();
    for (int q = 0; q < queries.size(); q++) {
      BenchQuery query = queries.get(q);
      r.queries.add(new EngineResult.QueryResult(query.searchText(), query.kind().label(), lastHits[q].total(),
          lastHits[q].totalExact(), LatencyStats.ofNanos(nanos[q])));
      byClass.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(nanos[q]);
    }
    for (Map.Entry<QueryClass, List<long[]>> e : byClass.entrySet()) {
      r.latencyByClass.put(e.getKey().label(), LatencyStats.ofNanos(concat(e.getValue())));
    }
    r.latencyOverall = LatencyStats.ofNanos(concat(List.of(nanos)));
  }

  private static long[] concat(List<long[]> parts) {
    return parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static long sizeOf(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0; // removed meanwhile (a merged-away segment)
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result, filled in step by step so that a failure keeps what was measured before it. */
  private static final class Builder {
    final String engine;
    long openMillis = -1;
    long fullIndexMillis = -1;
    String fullIndexStopped;
    long bulkLoadMillis = -1;
    long filesIndexed;
    int filesWithProblems;
    long documents;
    final List<Long> noChangeRefreshMillis = new ArrayList<>();
    long incrementalMillis = -1;
    long incrementalRestoreMillis = -1;
    boolean incrementalVerified;
    long watchedNoChangeMillis = -1;
    long watchedIncrementalMillis = -1;
    boolean watchedVerified;
    String incrementalFile;
    long indexBytes;
    final List<EngineResult.QueryResult> queries = new ArrayList<>();
    final Map<String, LatencyStats> latencyByClass = new LinkedHashMap<>();
    LatencyStats latencyOverall;
    String failure;

    Builder(String engine) {
      this.engine = engine;
    }

    EngineResult build() {
      return new EngineResult(engine, openMillis, fullIndexMillis, fullIndexStopped, bulkLoadMillis, filesIndexed, filesWithProblems, documents,
          List.copyOf(noChangeRefreshMillis), incrementalMillis, incrementalRestoreMillis, incrementalVerified,
          watchedNoChangeMillis, watchedIncrementalMillis, watchedVerified, incrementalFile, indexBytes, List.copyOf(queries),
          Collections.unmodifiableMap(new LinkedHashMap<>(latencyByClass)), latencyOverall, failure);
    }
  }
}
