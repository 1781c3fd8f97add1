package com.salesworkspace.importers.salesforce;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent per-folder work on a few threads. The work is mostly waiting for the disk (every write is
 * forced to disk before its rename), so overlapping the waits is what makes a 2,000-account import fast, even on
 * two cores.
 */
final class Parallel {
  private static final int THREADS = 8;

  private Parallel() {}

  static <T> void forEach(Collection<T> items, Consumer<T> work) {
    if (items.size() < 2) {
      items.forEach(work);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, items.size()), r -> {
      Thread t = new Thread(r, "salesforce-import");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.accept(item)));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the import was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
