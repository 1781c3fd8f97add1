package com.salesworkspace.index;

import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Slugs;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the customer folders (inotify on Linux) so that a long-running server knows which files changed and
 * re-reads only those, instead of stat-ing every file of a large workspace before each call. File events mark
 * paths; anything it cannot follow exactly (a folder created or removed, an event overflow) asks for a full scan.
 */
final class ChangeWatcher implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);

  /** What changed since the last drain: a full scan is needed, or just these workspace-relative paths. */
  record Changes(boolean fullScan, Set<String> paths) {
    boolean none() {
      return !fullScan && paths.isEmpty();
    }
  }

  private final Path root;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final Set<String> dirty = ConcurrentHashMap.newKeySet();
  private volatile boolean fullScan = true;
  private final Thread thread;

  private ChangeWatcher(Path root, WatchService service) {
    this.root = root;
    this.service = service;
    this.thread = new Thread(this::loop, "workspace-watcher");
    this.thread.setDaemon(true);
  }

  static ChangeWatcher start(Path root) throws IOException {
    ChangeWatcher watcher = new ChangeWatcher(root, root.getFileSystem().newWatchService());
    watcher.registerAll();
    watcher.thread.start();
    return watcher;
  }

  private void registerAll() throws IOException {
    Path customers = root.resolve("customers");
    register(customers);
    try (Stream<Path> dirs = Files.list(customers)) {
      for (Path dir : dirs.toList()) {
        registerCustomer(dir);
      }
    }
  }

  private void registerCustomer(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !Slugs.isValid(dir.getFileName().toString())) {
      return;
    }
    register(dir);
    Path interactions = dir.resolve(CustomerFiles.INTERACTIONS);
    if (Files.isDirectory(interactions, LinkOption.NOFOLLOW_LINKS)) {
      register(interactions);
    }
  }

  private void register(Path dir) throws IOException {
    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
        StandardWatchEventKinds.ENTRY_MODIFY);
    folders.put(key, dir);
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = service.take();
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
          handle(dir, event);
        }
        if (!key.reset()) {
          folders.remove(key);
          fullScan = true;
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException stopped) {
      // closed: the index goes back to full scans
    }
  }

  private void handle(Path dir, WatchEvent<?> event) {
    if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
      fullScan = true;
      return;
    }
    Path child = dir.resolve((Path) event.context());
    String path = root.relativize(child).toString().replace('\\', '/');
    if (FileScanner.isIndexable(path)) {
      dirty.add(path);
    } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) || event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
      // A customer or interactions folder came or went: follow it, and let one full scan catch up.
      try {
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
          if (dir.equals(root.resolve("customers"))) {
            registerCustomer(child);
          } else if (child.getFileName().toString().equals(CustomerFiles.INTERACTIONS)) {
            register(child);
          }
        }
      } catch (IOException e) {
        LOG.warn("could not watch {}: {}", child, e.getMessage());
      }
      fullScan = true;
    }
  }

  /** Takes what changed since the last call. */
  Changes drain() {
    boolean full = fullScan;
    fullScan = false;
    Set<String> paths = new HashSet<>();
    for (String p : dirty) {
      dirty.remove(p);
      paths.add(p);
    }
    return new Changes(full, paths);
  }

  /** Puts changes back after a sync that failed, so that nothing is lost. */
  void requeue(Changes changes) {
    dirty.addAll(changes.paths());
    if (changes.fullScan()) {
      fullScan = true;
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
