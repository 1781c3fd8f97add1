package com.salesworkspace.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many whole-file writes with the guarantee of {@link AtomicFiles} (a target is only ever replaced by a complete
 * file that is on disk) at a fraction of the cost: contents go to temp files first, then the whole batch is forced
 * to disk together and renamed over the targets. One fsync per file costs a journal commit each; forcing a batch
 * of files written together mostly costs one. A crash leaves at most hidden temp files, never a partial target.
 */
public final class AtomicBatch implements AutoCloseable {
  private static final int FORCE_THREADS = 16;
  private final int maxPending;
  private final Map<Path, Pending> pending = new LinkedHashMap<>();

  private record Pending(Path temp, String content) {}

  /** @param maxPending how many files to hold before committing them (each one's content is kept until then) */
  public AtomicBatch(int maxPending) {
    this.maxPending = maxPending;
  }

  /** Writes the content to a temp file beside the target; the target changes at the next commit. */
  public void write(Path target, String content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.write(temp, content.getBytes(StandardCharsets.UTF_8));
      Pending previous = pending.put(target, new Pending(temp, content));
      if (previous != null) {
        Files.deleteIfExists(previous.temp());
      }
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(temp);
    }
    if (pending.size() >= maxPending) {
      commit();
    }
  }

  /** The content written for a target and not committed yet, or null. */
  public String pendingContent(Path target) {
    Pending p = pending.get(target);
    return p == null ? null : p.content();
  }

  /** Forces every pending temp file to disk, then renames each over its target. */
  public void commit() {
    if (pending.isEmpty()) {
      return;
    }
    List<Map.Entry<Path, Pending>> batch = new ArrayList<>(pending.entrySet());
    pending.clear();
    try {
      forceAll(batch.stream().map(e -> e.getValue().temp()).toList());
      for (Map.Entry<Path, Pending> entry : batch) {
        try {
          Files.move(entry.getValue().temp(), entry.getKey(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(entry.getValue().temp(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      batch.forEach(entry -> deleteQuietly(entry.getValue().temp()));
      throw new UncheckedIOException("Could not commit " + batch.size() + " files: " + e.getMessage(), e);
    }
  }

  /**
   * Forces the files from a few threads at once: a force waits on the disk, not the CPU, and the file system
   * groups the waiting ones into one journal commit.
   */
  private static void forceAll(List<Path> temps) throws IOException {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.min(FORCE_THREADS, temps.size()));
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (Path temp : temps) {
        futures.add(pool.submit(() -> {
          try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> future : futures) {
        future.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while forcing files to disk", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Drops what is pending: no target changes, the temp files go. */
  public void discard() {
    pending.values().forEach(p -> deleteQuietly(p.temp()));
    pending.clear();
  }

  /** Commits what is pending. */
  @Override
  public void close() {
    commit();
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // a stray hidden temp file is harmless: the indexer and the importers skip dot files
    }
  }
}
