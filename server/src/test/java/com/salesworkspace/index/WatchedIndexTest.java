package com.salesworkspace.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a watcher, a refresh looks only at what changed, and still sees every kind of change. */
class WatchedIndexTest {
  @TempDir Path dir;
  TestWorkspace ws;
  Index index;

  @BeforeEach
  void setUp() {
    ws = TestWorkspace.minimal(dir).withAcme();
    index = Index.open(ws.root(), ws.root().resolve(".workspace"), Index.Engine.LUCENE);
    index.watchForChanges();
    assertThat(index.refresh(Progress.NONE).added()).as("the first refresh is a full one").isEqualTo(7);
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  /** Events arrive asynchronously: refresh until the expected change shows (bounded). */
  private SyncReport refreshUntil(Predicate<SyncReport> seen) throws InterruptedException {
    SyncReport total = SyncReport.NOTHING;
    for (int i = 0; i < 100; i++) {
      SyncReport r = index.refresh(Progress.NONE);
      if (seen.test(r)) {
        return r;
      }
      Thread.sleep(20);
    }
    return total;
  }

  private long hits(String q) {
    return index.search(SearchRequest.of(q, 10)).total();
  }

  @Test
  void aRefreshWithNoChangeDoesNoWork() {
    SyncReport quiet = index.refresh(Progress.NONE);
    assertThat(quiet).isSameAs(SyncReport.NOTHING);
  }

  @Test
  void editsAdditionsDeletionsAndNewCustomersAreSeen() throws Exception {
    Path slack = ws.root().resolve("customers/acme/interactions/2026-11-02-slack-cc22dd.md");
    Files.writeString(slack, Files.readString(slack).replace("Stackline", "Pangolinix"));
    SyncReport edit = refreshUntil(r -> r.changed() == 1);
    assertThat(edit.changed()).isEqualTo(1);
    assertThat(edit.unchanged()).as("only the edited file was looked at").isZero();
    assertThat(hits("Pangolinix")).isEqualTo(1);

    ws.interaction("acme", "2026-11-12-gmail-0c0c0c", "email", "2026-11-12T09:00:00Z", "gmail", "New", null,
        "inbound", "A brand new wallabyton email.");
    assertThat(refreshUntil(r -> r.added() == 1).added()).isEqualTo(1);
    assertThat(hits("wallabyton")).isEqualTo(1);

    Files.delete(slack);
    assertThat(refreshUntil(r -> r.removed() == 1).removed()).isEqualTo(1);
    assertThat(hits("Pangolinix")).isZero();

    ws.customer("initech", "name: Initech\n");
    ws.interaction("initech", "2026-11-13-gmail-0d0d0d", "email", "2026-11-13T09:00:00Z", "gmail", "Hi", null,
        "inbound", "The kookaburrix proposal.");
    refreshUntil(r -> r.added() >= 1);
    for (int i = 0; i < 50 && hits("kookaburrix") == 0; i++) {
      Thread.sleep(20);
      index.refresh(Progress.NONE);
    }
    assertThat(hits("kookaburrix")).as("a new customer folder is followed").isEqualTo(1);
  }

  @Test
  void aFileThisProcessWroteIsSeenAtOnce() throws Exception {
    Path file = ws.interaction("acme", "2026-11-14-manual-0e0e0e", "note", "2026-11-14T09:00:00Z", "manual", null,
        null, "outbound", "Noted: the quetzalforge plan.");
    index.noteChanged(ws.root().relativize(file).toString());
    assertThat(index.refresh(Progress.NONE).added()).isEqualTo(1);
    assertThat(hits("quetzalforge")).isEqualTo(1);
  }
}
