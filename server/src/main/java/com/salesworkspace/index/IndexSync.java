package com.salesworkspace.index;

import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.FileProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Brings the index up to date with the files. Only files whose size or mtime changed are read; of those, only the
 * ones whose content hash changed are parsed. Each batch is applied to the full-text engine, committed there, then
 * committed in SQLite together with the new file states: a crash at any point leaves the old file states in
 * SQLite, so the next sync redoes the batch (engine updates are keyed by path, so redoing is harmless).
 */
final class IndexSync {
  private static final int BATCH = 5000;

  private final Path root;
  private final IndexStore store;
  private final FullTextIndex fullText;

  IndexSync(Path root, IndexStore store, FullTextIndex fullText) {
    this.root = root;
    this.store = store;
    this.fullText = fullText;
  }

  private record Work(String path, FileScanner.Stat stat, byte[] bytes, String hash) {}

  /** A full sync: every file of the customer folders is stat-ed; only changed ones are read. */
  SyncReport run(boolean rebuild, Progress progress) {
    long started = System.nanoTime();
    Map<String, FileState> known = rebuild ? Map.of() : store.fileStates();
    Map<String, FileScanner.Stat> onDisk = FileScanner.scan(root.resolve("customers"));
    List<String> removed = known.keySet().stream().filter(p -> !onDisk.containsKey(p)).sorted().toList();
    if (rebuild) {
      store.begin();
      fullText.beginUpdate();
      fullText.clear();
      store.clearAll();
      fullText.commitUpdate();
      store.commit();
    }
    return sync(known, onDisk, removed, rebuild ? "rebuilding the index" : "updating the index", progress, started);
  }

  /** A targeted sync of just these paths (from a file watcher): the cost is that of the paths, not the workspace. */
  SyncReport runPaths(java.util.Collection<String> paths, Progress progress) {
    long started = System.nanoTime();
    List<String> indexable = paths.stream().filter(FileScanner::isIndexable).distinct().toList();
    Map<String, FileState> known = store.fileStates(indexable);
    Map<String, FileScanner.Stat> onDisk = FileScanner.stat(root, indexable);
    List<String> removed = known.keySet().stream().filter(p -> !onDisk.containsKey(p)).sorted().toList();
    return sync(known, onDisk, removed, "updating the index", progress, started);
  }

  private SyncReport sync(Map<String, FileState> known, Map<String, FileScanner.Stat> onDisk, List<String> removed,
      String task, Progress progress, long started) {
    List<String> candidates = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, FileScanner.Stat> e : onDisk.entrySet()) {
      FileState k = known.get(e.getKey());
      if (k == null || k.size() != e.getValue().size() || k.mtimeNanos() != e.getValue().mtimeNanos()) {
        candidates.add(e.getKey());
      } else {
        unchanged++;
      }
    }
    candidates.sort(null);

    int added = 0;
    int changed = 0;
    List<FileProblem> problems = new ArrayList<>();
    progress.start(task, candidates.size());
    AtomicLong done = new AtomicLong();
    for (int from = 0; from < candidates.size() || (from == 0 && !removed.isEmpty()); from += BATCH) {
      List<String> slice = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
      List<Work> work = slice.parallelStream().map(p -> read(p, onDisk.get(p))).toList();
      List<Work> touchOnly = new ArrayList<>();
      List<Work> toParse = new ArrayList<>();
      for (Work w : work) {
        if (w == null) {
          continue; // vanished between the scan and the read: the next sync sees it as removed
        }
        FileState k = known.get(w.path());
        if (k != null && k.hash().equals(w.hash())) {
          touchOnly.add(w);
        } else {
          toParse.add(w);
        }
      }
      List<ParsedFile> parsed = toParse.parallelStream()
          .map(w -> FileParser.parse(w.path(), w.bytes(), w.hash(), w.stat().size(), w.stat().mtimeNanos()))
          .toList();
      List<String> removedNow = from == 0 ? removed : List.of();
      apply(parsed, touchOnly, removedNow);
      for (ParsedFile p : parsed) {
        if (known.containsKey(p.path())) {
          changed++;
        } else {
          added++;
        }
        if (p.problem() != null) {
          problems.add(p.problem());
        }
      }
      unchanged += touchOnly.size();
      progress.advance(done.addAndGet(slice.size()));
      if (candidates.isEmpty()) {
        break;
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new SyncReport(added, changed, removed.size(), unchanged, millis, problems);
  }

  private void apply(List<ParsedFile> parsed, List<Work> touchOnly, List<String> removed) {
    if (parsed.isEmpty() && touchOnly.isEmpty() && removed.isEmpty()) {
      return;
    }
    store.begin();
    try {
      if (!parsed.isEmpty() || !removed.isEmpty()) {
        fullText.beginUpdate();
        for (String path : removed) {
          fullText.deletePath(path);
        }
        // Always delete, even for files the index does not know: after a crash between the engine's commit and
        // SQLite's, the engine already holds them, and adding again would duplicate them.
        for (ParsedFile p : parsed) {
          fullText.deletePath(p.path());
        }
        fullText.addAll(parsed.stream().flatMap(p -> p.docs().stream()).toList());
        fullText.commitUpdate();
      }
      for (String path : removed) {
        store.remove(path);
      }
      for (ParsedFile p : parsed) {
        store.replace(p);
      }
      for (Work w : touchOnly) {
        store.touch(w.path(), w.stat().size(), w.stat().mtimeNanos());
      }
      store.commit();
    } catch (RuntimeException e) {
      fullText.rollbackUpdate();
      store.rollback();
      throw e;
    }
  }

  private Work read(String path, FileScanner.Stat stat) {
    try {
      byte[] bytes = Files.readAllBytes(root.resolve(path));
      return new Work(path, new FileScanner.Stat(bytes.length, stat.mtimeNanos()), bytes, hash(bytes));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path + ": " + e.getMessage(), e);
    }
  }

  static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
