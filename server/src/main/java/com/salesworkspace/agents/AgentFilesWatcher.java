package com.salesworkspace.agents;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches agent-definitions/ (inotify on Linux, like the index's watcher) and calls back once a burst of changes
 * (an editor's save, a git checkout) has settled.
 */
public final class AgentFilesWatcher implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(AgentFilesWatcher.class);
  private static final long QUIET_MILLIS = 150;

  private final WatchService service;
  private final Runnable onChange;
  private final Thread thread;

  private AgentFilesWatcher(WatchService service, Runnable onChange) {
    this.service = service;
    this.onChange = onChange;
    this.thread = new Thread(this::loop, "agent-definitions-watcher");
    this.thread.setDaemon(true);
  }

  /** Starts watching {@code dir}; null when the folder does not exist or cannot be watched. */
  public static AgentFilesWatcher start(Path dir, Runnable onChange) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try {
      WatchService service = dir.getFileSystem().newWatchService();
      dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
          StandardWatchEventKinds.ENTRY_MODIFY);
      AgentFilesWatcher watcher = new AgentFilesWatcher(service, onChange);
      watcher.thread.start();
      return watcher;
    } catch (IOException e) {
      LOG.warn("cannot watch {} ({}); agent changes need a restart", dir, e.getMessage());
      return null;
    }
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = service.take();
        key.pollEvents();
        key.reset();
        // Let the burst end: an editor writes a temp file, renames it, touches it.
        for (WatchKey more; (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          more.pollEvents();
          more.reset();
        }
        try {
          onChange.run();
        } catch (RuntimeException e) {
          LOG.error("reloading the agent definitions failed", e);
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException stopped) {
      // closed
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      LOG.debug("closing the agent watcher: {}", e.getMessage());
    }
  }
}
