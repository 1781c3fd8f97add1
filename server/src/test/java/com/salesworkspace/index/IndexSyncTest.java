package com.salesworkspace.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSyncTest {
  @TempDir Path dir;
  TestWorkspace ws;
  Index index;

  @BeforeEach
  void setUp() {
    ws = TestWorkspace.minimal(dir).withAcme();
  }

  @AfterEach
  void tearDown() {
    if (index != null) {
      index.close();
    }
  }

  private Index open(Index.Engine engine) {
    index = Index.open(ws.root(), ws.root().resolve(".workspace"), engine);
    return index;
  }

  private long hits(String query) {
    return index.search(SearchRequest.of(query, 20)).total();
  }

  private long rows(String sql) throws Exception {
    try (Statement s = index.store().connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Index.Engine.class)
  void indexesEveryFileOnceAndThenOnlyWhatChanged(Index.Engine engine) throws Exception {
    open(engine);
    SyncReport first = index.refresh(Progress.NONE);
    assertThat(first.added()).isEqualTo(7);
    assertThat(first.problems()).isEmpty();
    assertThat(hits("zephyrine")).isEqualTo(1);
    assertThat(rows("SELECT count(*) FROM interactions")).isEqualTo(3);
    assertThat(rows("SELECT count(*) FROM contacts WHERE customer='acme'")).isEqualTo(2);

    SyncReport second = index.refresh(Progress.NONE);
    assertThat(second.changedAnything()).isFalse();
    assertThat(second.unchanged()).isEqualTo(7);
  }

  @ParameterizedTest
  @EnumSource(Index.Engine.class)
  void seesAddedChangedDeletedAndRenamedFiles(Index.Engine engine) throws Exception {
    open(engine).refresh(Progress.NONE);

    Path added = ws.interaction("acme", "2026-11-10-gmail-0a0b0c", "email", "2026-11-10T09:00:00Z", "gmail",
        "Security questionnaire", "Maria Chen <maria.chen@acme.com>", "inbound", "The quokkaflux review is done.");
    assertThat(index.refresh(Progress.NONE).added()).isEqualTo(1);
    assertThat(hits("quokkaflux")).isEqualTo(1);

    Files.writeString(added, Files.readString(added).replace("quokkaflux", "marmotwave"));
    SyncReport changed = index.refresh(Progress.NONE);
    assertThat(changed.changed()).isEqualTo(1);
    assertThat(hits("quokkaflux")).isZero();
    assertThat(hits("marmotwave")).isEqualTo(1);

    Path renamed = added.resolveSibling("2026-11-10-gmail-0a0b0d.md");
    Files.writeString(renamed, Files.readString(added).replace("0a0b0c", "0a0b0d"));
    Files.delete(added);
    SyncReport rename = index.refresh(Progress.NONE);
    assertThat(rename.added()).isEqualTo(1);
    assertThat(rename.removed()).isEqualTo(1);
    assertThat(hits("marmotwave")).isEqualTo(1);
    assertThat(rows("SELECT count(*) FROM interactions WHERE id='2026-11-10-gmail-0a0b0c'")).isZero();

    Files.delete(renamed);
    assertThat(index.refresh(Progress.NONE).removed()).isEqualTo(1);
    assertThat(hits("marmotwave")).isZero();
    assertThat(rows("SELECT count(*) FROM interactions")).isEqualTo(3);
  }

  @Test
  void aTouchedButUnchangedFileIsNotReparsed() throws Exception {
    open(Index.Engine.LUCENE).refresh(Progress.NONE);
    Path profile = ws.root().resolve("customers/acme/profile.yaml");
    Files.setLastModifiedTime(profile, FileTime.from(Instant.now().plusSeconds(60)));
    SyncReport report = index.refresh(Progress.NONE);
    assertThat(report.changed()).isZero();
    assertThat(report.unchanged()).isEqualTo(7);
    assertThat(index.refresh(Progress.NONE).changedAnything()).isFalse();
  }

  @Test
  void aBrokenFileIsReportedAndTheRestKeepsWorking() throws Exception {
    open(Index.Engine.LUCENE).refresh(Progress.NONE);
    Path deals = ws.root().resolve("customers/acme/deals.yaml");
    String good = Files.readString(deals);
    Files.writeString(deals, "deals:\n  - id: D-ACME-1\n    name: [unclosed\n");
    SyncReport broken = index.refresh(Progress.NONE);
    assertThat(broken.problems()).hasSize(1);
    assertThat(broken.problems().get(0).path()).isEqualTo("customers/acme/deals.yaml");
    assertThat(broken.problems().get(0).line()).isPositive();
    assertThat(index.problems()).hasSize(1);
    assertThat(rows("SELECT count(*) FROM deals")).isZero();
    assertThat(hits("zephyrine")).isEqualTo(1);

    Files.writeString(deals, good);
    assertThat(index.refresh(Progress.NONE).problems()).isEmpty();
    assertThat(index.problems()).isEmpty();
    assertThat(rows("SELECT count(*) FROM deals")).isEqualTo(1);
  }

  @Test
  void anInteractionWhoseIdDoesNotMatchItsFileNameIsAProblem() {
    ws.write("customers/acme/interactions/2026-01-01-manual-abcd.md",
        "---\nid: something-else\ntype: note\ndate: 2026-01-01T00:00:00Z\nsource: manual\n---\nx\n");
    SyncReport report = open(Index.Engine.LUCENE).refresh(Progress.NONE);
    assertThat(report.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("must equal the file name"));
  }

  @ParameterizedTest
  @EnumSource(Index.Engine.class)
  void rebuildRestoresTheSameIndexFromFiles(Index.Engine engine) throws Exception {
    open(engine).refresh(Progress.NONE);
    long docs = index.documentCount();
    SyncReport rebuilt = index.rebuild(Progress.NONE);
    assertThat(rebuilt.added()).isEqualTo(7);
    assertThat(index.documentCount()).isEqualTo(docs);
    assertThat(hits("zephyrine")).isEqualTo(1);
  }

  @Test
  void filtersNarrowBothEnginesAlike() {
    for (Index.Engine engine : Index.Engine.values()) {
      open(engine).refresh(Progress.NONE);
      SearchRequest acmeSlack = new SearchRequest("", java.util.List.of("acme"), java.util.List.of("interaction"),
          java.util.List.of("slack"), null, null, null, null, null, 0, 10, false);
      assertThat(index.search(acmeSlack).hits()).extracting(SearchHits.Hit::path)
          .containsExactly("customers/acme/interactions/2026-11-02-slack-cc22dd.md");
      SearchRequest since = new SearchRequest("", null, java.util.List.of("interaction"), null, null, null, null,
          Instant.parse("2026-10-01T00:00:00Z").toEpochMilli(), null, 0, 10, false);
      assertThat(index.search(since).total()).isEqualTo(2);
      SearchRequest phrase = SearchRequest.of("\"budget approved\"", 10);
      assertThat(index.search(phrase).hits()).singleElement()
          .satisfies(h -> assertThat(h.snippet().replace("] [", " ")).contains("[budget approved]"));
      SearchRequest notPhrase = SearchRequest.of("\"approved budget\"", 10);
      assertThat(index.search(notPhrase).total()).isZero();
      index.close();
      index = null;
    }
  }

  @Test
  void aSecondWriterIsToldTheIndexIsBusyAndCanStillRead() throws Exception {
    open(Index.Engine.LUCENE).refresh(Progress.NONE);
    ws.interaction("acme", "2026-11-15-gmail-0b0b0b", "email", "2026-11-15T09:00:00Z", "gmail", "x", null,
        "inbound", "The numbatrix plan.");
    try (Index second = Index.open(ws.root(), ws.root().resolve(".workspace"), Index.Engine.LUCENE)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.refresh(Progress.NONE))
          .isInstanceOf(IndexBusyException.class).hasMessageContaining("running server");
      assertThat(second.search(SearchRequest.of("zephyrine", 5)).total()).isEqualTo(1);
    }
    assertThat(index.refresh(Progress.NONE).added()).as("the first one still writes").isEqualTo(1);
    assertThat(hits("numbatrix")).isEqualTo(1);
  }

  @Test
  void switchingEnginesReindexesEverything() {
    open(Index.Engine.LUCENE).refresh(Progress.NONE);
    index.close();
    open(Index.Engine.FTS5);
    assertThat(index.refresh(Progress.NONE).added()).isEqualTo(7);
    assertThat(hits("zephyrine")).isEqualTo(1);
  }
}
