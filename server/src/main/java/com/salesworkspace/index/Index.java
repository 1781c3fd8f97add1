package com.salesworkspace.index;

import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.Workspace;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The derived index of a workspace: SQLite for the structured side plus a full-text engine. Everything in it can
 * be rebuilt from the files; {@link #refresh} brings it up to date cheaply before each use.
 */
public final class Index implements Closeable {
  /** The full-text engines; Lucene is the default because it meets the latency targets (see the benchmark). */
  public enum Engine {
    LUCENE,
    FTS5;

    public static Engine parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Unknown search engine '" + name + "'; use lucene or fts5.");
      }
    }
  }

  public static final Engine DEFAULT_ENGINE = Engine.LUCENE;
  public static final String DATABASE_FILE = "index.db";

  private final Path root;
  private final Path stateDir;
  private final IndexStore store;
  private final FullTextIndex fullText;
  private final IndexSync sync;
  private ChangeWatcher watcher;

  private Index(Path root, Path stateDir, IndexStore store, FullTextIndex fullText) {
    this.root = root;
    this.stateDir = stateDir;
    this.store = store;
    this.fullText = fullText;
    this.sync = new IndexSync(root, store, fullText);
  }

  public static Index open(Workspace workspace) {
    return open(workspace.root(), workspace.stateDir(), DEFAULT_ENGINE);
  }

  /** Opens (creating if needed) the index of the workspace at {@code root}, kept in {@code stateDir}. */
  public static Index open(Path root, Path stateDir, Engine engine) {
    try {
      Files.createDirectories(stateDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create " + stateDir, e);
    }
    IndexStore store = IndexStore.open(stateDir.resolve(DATABASE_FILE));
    FullTextIndex fullText = engine == Engine.LUCENE
        ? new LuceneFullTextIndex(stateDir.resolve("lucene"))
        : new Fts5FullTextIndex(store);
    Index index = new Index(root, stateDir, store, fullText);
    String previous = store.meta("engine");
    if (previous != null && !previous.equals(fullText.name())) {
      // The other engine holds nothing for these files: forget the file states so the next refresh reindexes.
      store.begin();
      store.clearAll();
      store.commit();
    }
    store.setMeta("engine", fullText.name());
    return index;
  }

  public String engineName() {
    return fullText.name();
  }

  public IndexStore store() {
    return store;
  }

  /** The SQLite file, for readers that open their own connection (the read-only SQL sandbox). */
  public Path databaseFile() {
    return stateDir.resolve(DATABASE_FILE);
  }

  /**
   * Re-reads only what changed since the last update. Serialised across processes by a lock file. With a watcher
   * (a long-running server) only the files it saw change are looked at; without one, every file is stat-ed.
   */
  public synchronized SyncReport refresh(Progress progress) {
    if (watcher == null) {
      return locked(() -> sync.run(false, progress));
    }
    ChangeWatcher.Changes changes = watcher.drain();
    if (changes.none()) {
      return SyncReport.NOTHING;
    }
    try {
      return locked(() -> changes.fullScan() ? sync.run(false, progress) : sync.runPaths(changes.paths(), progress));
    } catch (RuntimeException e) {
      watcher.requeue(changes);
      throw e;
    }
  }

  /** Tells the index that this process just wrote a file, so the next refresh sees it without waiting for the watcher. */
  public synchronized void noteChanged(String path) {
    if (watcher != null) {
      watcher.requeue(new ChangeWatcher.Changes(false, java.util.Set.of(path)));
    }
  }

  /**
   * Starts watching the customer folders, for a process that keeps the index open (the MCP server). The next
   * refresh is a full one; later ones cost what changed. Falls back to full refreshes if watching is impossible.
   */
  public synchronized void watchForChanges() {
    if (watcher != null) {
      return;
    }
    try {
      watcher = ChangeWatcher.start(root);
    } catch (IOException | UnsupportedOperationException e) {
      org.slf4j.LoggerFactory.getLogger(Index.class).warn("cannot watch the workspace ({}); every call will scan it",
          e.getMessage());
    }
  }

  /** Drops everything and reads every file again. */
  public synchronized SyncReport rebuild(Progress progress) {
    return locked(() -> sync.run(true, progress));
  }

  private SyncReport locked(java.util.function.Supplier<SyncReport> action) {
    Path lockFile = stateDir.resolve("index.lock");
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      return action.get();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not lock the index: " + e.getMessage(), e);
    }
  }

  public SearchHits search(SearchRequest request) {
    return fullText.search(request);
  }

  public long documentCount() {
    return fullText.documentCount();
  }

  /** Interactions whose subject or text holds one of the phrases (see {@link FullTextIndex#forEachPhraseMatch}). */
  public void forEachPhraseMatch(List<String> phrases, long sinceMillis, long untilMillis,
      java.util.function.Consumer<PhraseCandidate> consumer) {
    fullText.forEachPhraseMatch(phrases, sinceMillis, untilMillis, consumer);
  }

  /** The full-text engine itself, for benchmarks that load synthetic documents without files. */
  public FullTextIndex fullText() {
    return fullText;
  }

  /** The files the index could not read, with the reason: the index's view of what doctor reports. */
  public List<FileProblem> problems() {
    List<FileProblem> problems = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT path, problem_line, problem FROM files WHERE problem IS NOT NULL ORDER BY path");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        problems.add(FileProblem.error(rs.getString(1), rs.getInt(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read index problems", e);
    }
    return problems;
  }

  public Path root() {
    return root;
  }

  @Override
  public void close() {
    try {
      if (watcher != null) {
        watcher.close();
      }
      fullText.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      store.close();
    }
  }
}
