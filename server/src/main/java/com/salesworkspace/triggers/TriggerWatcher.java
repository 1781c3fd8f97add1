package com.salesworkspace.triggers;

import com.salesworkspace.index.Index;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the triggers whenever the workspace changes (customer folders, rule files, setup) and on a schedule, until
 * closed. A change is acted on once the files have been quiet for a moment, so a burst of writes (an import) makes
 * one run. A run that fails is logged and the watcher goes on; inside a run, one failing rule never stops the others.
 */
public final class TriggerWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TriggerWatcher.class);
  private static final List<String> WATCHED = List.of("customers", "personal/triggers", "workspace-setup");
  private static final long QUIET_MILLIS = 400;

  /** Hears about every run, and every run that failed as a whole. */
  public interface Listener {
    void onRun(String why, TriggerRun run);

    void onError(String why, Exception error);
  }

  private final Workspace workspace;
  private final Index index;
  private final Clock clock;
  private final Map<String, String> env;
  private final Duration interval;
  private final boolean dryRun;
  private final Listener listener;
  private final WatchService watch;
  private volatile boolean closed;

  public TriggerWatcher(Workspace workspace, Index index, Clock clock, Map<String, String> env, Duration interval,
      boolean dryRun, Listener listener) {
    this.workspace = workspace;
    this.index = index;
    this.clock = clock;
    this.env = env;
    this.interval = interval;
    this.dryRun = dryRun;
    this.listener = listener;
    try {
      this.watch = FileSystems.getDefault().newWatchService();
      for (String folder : WATCHED) {
        register(workspace.root().resolve(folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not watch the workspace: " + e.getMessage(), e);
    }
  }

  private void register(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(dir)) {
      for (Path d : tree.filter(Files::isDirectory).toList()) {
        d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  /** Runs once now, then on every change and every interval, until {@link #close()}. */
  public void run() {
    cycle("start");
    long next = System.nanoTime() + interval.toNanos();
    while (!closed) {
      try {
        long wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(next - System.nanoTime()));
        WatchKey key = watch.poll(wait, TimeUnit.MILLISECONDS);
        if (key == null) {
          cycle("schedule");
          next = System.nanoTime() + interval.toNanos();
          continue;
        }
        drain(key);
        // Wait for the burst to end: an import writes many files, a run should see them all.
        for (WatchKey more; (more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          drain(more);
        }
        cycle("change");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ClosedWatchServiceException e) {
        return;
      }
    }
  }

  private void drain(WatchKey key) {
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path parent
          && event.context() instanceof Path name && Files.isDirectory(parent.resolve(name))) {
        try {
          register(parent.resolve(name));
        } catch (IOException e) {
          LOG.warn("Could not watch {}: {}", parent.resolve(name), e.getMessage());
        }
      }
    }
    key.reset();
  }

  /** One run: bring the index up to date, then run every rule. Failures are reported, never thrown. */
  public void cycle(String why) {
    if (closed) {
      return;
    }
    try {
      index.refresh(Progress.NONE);
      TriggerRun run = new TriggerEngine(workspace, index, clock, env).run(TriggerEngine.RunOptions.of(null, dryRun));
      listener.onRun(why, run);
    } catch (RuntimeException e) {
      LOG.warn("Trigger run ({}) failed; watching on", why, e);
      listener.onError(why, e);
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      watch.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service", e);
    }
  }
}
