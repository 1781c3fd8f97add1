package com.salesworkspace.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash at any point of an update leaves an index that the next refresh makes exact again. */
class CrashSafetyTest {
  @TempDir Path dir;

  /** Fails at a chosen point of the update, like a process killed there. */
  private static final class CrashingFullText implements FullTextIndex {
    private final FullTextIndex real;
    private final boolean afterCommit;

    CrashingFullText(FullTextIndex real, boolean afterCommit) {
      this.real = real;
      this.afterCommit = afterCommit;
    }

    @Override public String name() { return real.name(); }
    @Override public void beginUpdate() { real.beginUpdate(); }
    @Override public void deletePath(String path) { real.deletePath(path); }
    @Override public void add(SearchDoc doc) { real.add(doc); }
    @Override public void rollbackUpdate() { real.rollbackUpdate(); }
    @Override public void clear() { real.clear(); }
    @Override public SearchHits search(SearchRequest request) { return real.search(request); }
    @Override public long documentCount() { return real.documentCount(); }
    @Override public void forEachPhraseMatch(java.util.List<String> phrases, long since, long until,
        java.util.function.Consumer<PhraseCandidate> consumer) { real.forEachPhraseMatch(phrases, since, until, consumer); }
    @Override public void close() throws IOException { real.close(); }

    @Override
    public void commitUpdate() {
      if (afterCommit) {
        real.commitUpdate();
      }
      throw new IllegalStateException("simulated crash " + (afterCommit ? "after" : "before") + " the commit");
    }
  }

  @Test
  void aCrashBeforeOrAfterTheSearchCommitIsRepairedByTheNextRefresh() throws Exception {
    TestWorkspace ws = TestWorkspace.minimal(dir).withAcme();
    Path state = dir.resolve(".workspace");
    for (boolean afterCommit : new boolean[] {false, true}) {
      try (Index clean = Index.open(ws.root(), state, Index.Engine.LUCENE)) {
        clean.refresh(Progress.NONE);
      }
      ws.interaction("acme", "2026-11-11-gmail-00000" + (afterCommit ? "1" : "2"), "email", "2026-11-11T09:00:00Z",
          "gmail", "x", null, "inbound", "The wombatcore plan " + afterCommit);
      IndexStore store = IndexStore.open(state.resolve("index.db"));
      FullTextIndex crashing = new CrashingFullText(new LuceneFullTextIndex(state.resolve("lucene")), afterCommit);
      assertThatThrownBy(() -> new IndexSync(ws.root(), store, crashing).run(false, Progress.NONE))
          .hasMessageContaining("simulated crash");
      crashing.close();
      store.close();

      try (Index index = Index.open(ws.root(), state, Index.Engine.LUCENE)) {
        index.refresh(Progress.NONE);
        assertThat(index.search(SearchRequest.of("wombatcore " + afterCommit, 10)).total()).isEqualTo(1);
        assertThat(index.documentCount()).isEqualTo(rowsBehind(index));
      }
    }
  }

  @Test
  void aProcessKilledMidIndexLeavesAnIndexTheNextRefreshCompletes() throws Exception {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    int customers = 30;
    int perCustomer = 400;
    for (int c = 0; c < customers; c++) {
      ws.customer("c" + c, "name: Customer " + c + "\n");
      for (int i = 0; i < perCustomer; i++) {
        String id = String.format("2026-05-01-manual-%04x%02x", i, c);
        ws.write("customers/c" + c + "/interactions/" + id + ".md", "---\nid: " + id
            + "\ntype: note\ndate: 2026-05-01T10:00:00Z\nsource: manual\n---\nnote number " + i + " of c" + c
            + " mentions kiwiberry and " + "filler words ".repeat(40) + "\n");
      }
    }
    Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
        "com.salesworkspace.Main", "index", "--workspace", ws.root().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    // Kill it once some batches are committed and others are not: the middle of an update.
    int total = customers * perCustomer + customers;
    long committed = waitForCommittedFiles(dir.resolve(".workspace/index.db"), child);
    assertThat(child.isAlive()).as("the child was still indexing when killed").isTrue();
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(committed).isBetween(1L, (long) total - 1);

    try (Index index = Index.open(ws.root(), dir.resolve(".workspace"), Index.Engine.LUCENE)) {
      index.refresh(Progress.NONE);
      int expected = customers * perCustomer + customers;
      assertThat(index.documentCount()).isEqualTo(expected);
      assertThat(rowsBehind(index)).isEqualTo(expected);
      assertThat(index.search(SearchRequest.of("kiwiberry", 5)).total()).isGreaterThanOrEqualTo(1000);
    }
  }

  private static long waitForCommittedFiles(Path db, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (Files.exists(db)) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
            Statement s = c.createStatement()) {
          s.execute("PRAGMA busy_timeout=2000");
          try (ResultSet rs = s.executeQuery("SELECT count(*) FROM files")) {
            long n = rs.next() ? rs.getLong(1) : 0;
            if (n > 0) {
              return n;
            }
          }
        } catch (java.sql.SQLException notReadyYet) {
          // the schema may not exist yet
        }
      }
      Thread.sleep(20);
    }
    return 0;
  }

  private static long rowsBehind(Index index) throws Exception {
    try (Statement s = index.store().connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM interactions) + (SELECT count(*) FROM customers) "
            + "+ (SELECT count(*) FROM contacts) + (SELECT count(*) FROM deals) "
            + "+ (SELECT count(*) FROM files WHERE path LIKE '%notes.md' OR path LIKE '%insights.md')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
