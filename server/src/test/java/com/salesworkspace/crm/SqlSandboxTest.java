package com.salesworkspace.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.index.Index;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SQL mode's sandbox against the attempts that must fail, each leaving the index as it was. */
class SqlSandboxTest {
  @TempDir Path dir;
  Index index;
  Path dbFile;
  SqlSandbox sandbox;

  @BeforeEach
  void setUp() {
    Workspace ws = Workspace.open(TestWorkspace.copyDemo(dir));
    index = Index.open(ws);
    index.refresh(Progress.NONE);
    dbFile = index.databaseFile();
    sandbox = new SqlSandbox(dbFile, Duration.ofSeconds(2));
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  private long deals() throws Exception {
    try (Statement s = index.store().connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM deals")) {
      return rs.getLong(1);
    }
  }

  @Test
  void answersASelectOverTheViews() {
    // Open pipeline by stage from the demo deals.yaml files: negotiation D-ACME-001 180,000 + D-FJORD-002 120,000
    // + D-KEST-001 380,000 + D-KEST-002 96,000 + D-MERI-001 210,000 = 986,000 in 5 deals.
    SqlSandbox.Rows rows = sandbox.run("""
        -- a comment first is fine
        SELECT stage, COUNT(*) AS n, SUM(amount) AS total FROM crm_opportunities
        WHERE is_closed = 0 GROUP BY stage ORDER BY total DESC;""");
    assertThat(rows.columns()).containsExactly("stage", "n", "total");
    assertThat(rows.rows().get(0)).containsEntry("stage", "negotiation").containsEntry("n", 5)
        .containsEntry("total", 986000L);
  }

  @Test
  void columnsOfTheSameNameKeepTheirOwnValues() {
    // A self-join names two columns id; each keeps its value (D-ACME-001 paired with the next deal, D-ACME-002).
    SqlSandbox.Rows rows = sandbox.run("SELECT a.id, b.id, 1 AS id_2 FROM crm_opportunities a, crm_opportunities b "
        + "WHERE a.id < b.id ORDER BY a.id, b.id LIMIT 1");
    assertThat(rows.columns()).containsExactly("id", "id_2", "id_2_2");
    assertThat(rows.rows().get(0)).containsEntry("id", "D-ACME-001").containsEntry("id_2", "D-ACME-002")
        .containsEntry("id_2_2", 1);
  }

  @Test
  void readsDealHistoryThroughItsView() {
    // D-ACME-001 has six history entries; the first close date was 2026-10-31.
    SqlSandbox.Rows rows = sandbox.run("WITH h AS (SELECT * FROM crm_opportunity_history WHERE opportunity_id = "
        + "'D-ACME-001') SELECT COUNT(*) AS n, MIN(close_date) AS first_close FROM h");
    assertThat(rows.rows().get(0)).containsEntry("n", 6).containsEntry("first_close", "2026-10-31");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO deals(customer, path, position, id, name, stage, deal_json) VALUES ('x','x',0,'x','x','x','{}')",
      "UPDATE deals SET amount = 0",
      "DELETE FROM deals",
      "DROP TABLE deals",
      "SELECT 1; DROP TABLE deals",
      "SELECT 1 /* hide */ ; /* it */ DELETE FROM deals",
      "SELECT 1 -- comment\n; DELETE FROM deals",
      "ATTACH DATABASE '/tmp/x.db' AS x",
      "PRAGMA writable_schema = 1",
      "PRAGMA query_only = 0",
      "WITH x AS (SELECT 1) DELETE FROM deals",
      "SELECT load_extension('/tmp/evil.so')",
      "VACUUM INTO '/tmp/copy.db'",
      "CREATE TABLE t(x)",
  })
  void refusesWhatIsNotOneSelect(String sql) throws Exception {
    long before = deals();
    assertThatThrownBy(() -> sandbox.run(sql)).isInstanceOf(WorkspaceException.class)
        .hasMessageMatching("(?s).*(Only a read-only SELECT|exactly one statement).*");
    assertThat(deals()).isEqualTo(before);
    assertThat(Path.of("/tmp/x.db")).doesNotExist();
  }

  @Test
  void theConnectionItselfRefusesWhatTheCheckWouldHaveCaught() throws Exception {
    // The statement check is the first wall only: SQL sent straight to the sandbox's connection is refused too.
    long before = deals();
    try (java.sql.Connection c = sandbox.openReadOnly(); Statement s = c.createStatement()) {
      for (String sql : new String[] {"DELETE FROM deals", "DROP VIEW crm_accounts", "UPDATE sqlite_master SET sql = 'x'",
          "ATTACH DATABASE '" + dir.resolve("x.db") + "' AS x", "SELECT load_extension('/tmp/evil.so')"}) {
        boolean refused;
        try {
          s.execute(sql);
          refused = false;
        } catch (java.sql.SQLException e) {
          refused = true;
        }
        assertThat(refused).as(sql).isTrue();
      }
      // writable_schema is a per-connection flag SQLite lets through, but on this connection it writes nothing.
      s.execute("PRAGMA writable_schema = 1");
      assertThatThrownBy(() -> s.execute("UPDATE sqlite_master SET sql = 'x' WHERE name = 'crm_accounts'"))
          .isInstanceOf(java.sql.SQLException.class);
      try (ResultSet rs = s.executeQuery("PRAGMA query_only")) {
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
    assertThat(deals()).isEqualTo(before);
    assertThat(dir.resolve("x.db")).doesNotExist();
  }

  @Test
  void attachIsImpossibleEvenThroughAFunction() {
    // sqlite_attach is not a function SQLite exposes; the attached-database limit of 0 also blocks ATTACH itself.
    assertThatThrownBy(() -> sandbox.run("SELECT sqlite_attach('/tmp/y.db', 'y')"))
        .isInstanceOf(WorkspaceException.class);
    assertThat(Path.of("/tmp/y.db")).doesNotExist();
  }

  @Test
  void aRunawayRecursiveQueryStopsAtTheTimeLimit() {
    assertThatThrownBy(() -> sandbox.run("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        + "SELECT COUNT(*) FROM n"))
        .isInstanceOf(WorkspaceException.class).hasMessageContaining("stopped after 2 seconds");
  }

  @Test
  void aStatementCannotBuildHugeValues() {
    for (String sql : new String[] {"SELECT printf('%.*c', 2000000000, 'x') AS s", "SELECT zeroblob(500000000) AS b",
        "SELECT length(group_concat(a.subject || b.subject)) FROM crm_activities a, crm_activities b"}) {
      assertThatThrownBy(() -> sandbox.run(sql)).as(sql).isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("too big");
    }
  }

  @Test
  void aLongLikeOrGlobPatternIsRefusedBeforeItsRecursionOverflowsTheStack() {
    // SQLite matches each % or * by recursion: a 50,000-character pattern once crashed the whole server.
    for (String op : new String[] {"LIKE", "GLOB"}) {
      String sql = "SELECT printf('%.*c', 5000, 'a') " + op + " replace(printf('%.*c', 2000, 'x'), 'x', '"
          + (op.equals("LIKE") ? "%" : "*") + "a') || 'b' AS m";
      assertThatThrownBy(() -> sandbox.run(sql)).as(op).isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("pattern too complex");
    }
    assertThat(sandbox.run("SELECT COUNT(*) AS n FROM crm_accounts WHERE name LIKE '%a%'").rows()).hasSize(1);
  }

  @Test
  void aVeryLongStatementIsRefusedBeforeItIsRead() {
    // 400,000 characters of unclosed calls once kept the statement check (and so the server) busy for 18 seconds.
    assertThatThrownBy(() -> sandbox.run("SELECT " + "abs(".repeat(100_000)))
        .isInstanceOf(WorkspaceException.class).hasMessageContaining("at most 100000 characters");
    assertThat(sandbox.run("SELECT 1 AS one" + " ".repeat(90_000)).rows()).hasSize(1);
  }

  @Test
  void wideRowsAreCutByCharactersRead() {
    // 5,000-character rows: the 2,000,000-character budget is passed after about 400 of them.
    SqlSandbox.Rows rows = sandbox.run("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 900) "
        + "SELECT i, printf('%.*c', 5000, 'x') AS s FROM n");
    assertThat(rows.capped()).isTrue();
    assertThat(rows.rows().size()).isBetween(400, 402);
  }

  @Test
  void aHugeCrossJoinIsCappedAtTheRowLimit() {
    SqlSandbox.Rows rows = sandbox.run("SELECT a.id, b.id, c.id FROM crm_activities a, crm_activities b, "
        + "crm_activities c");
    assertThat(rows.capped()).isTrue();
    assertThat(rows.rows()).hasSize(SqlSandbox.MAX_ROWS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM deals",
      "SELECT * FROM \"files\"",
      "SELECT * FROM main.[alerts]",
      "SELECT name, sql FROM sqlite_master",
      "SELECT * FROM `sqlite_schema`",
      "SELECT * FROM crm_accounts WHERE id IN (SELECT customer FROM interactions)",
      "WITH x AS (SELECT * FROM Customers) SELECT * FROM x",
      "SELECT * FROM crm_accounts a JOIN deals d ON d.customer = a.id",
      "SELECT * FROM crm_accounts a, (SELECT 1), contacts",
      "SELECT * FROM crm_accounts, temp.meta",
      "SELECT * FROM (customers)",
      "SELECT * FROM crm_accounts a JOIN ((deals)) d ON 1",
      "SELECT * FROM (crm_accounts, contacts)",
      "SELECT * FROM crm_accounts WHERE id IN customers",
  })
  void theTablesBehindTheViewsAreNotReadable(String sql) {
    assertThatThrownBy(() -> sandbox.run(sql)).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is not one of the views SQL mode reads");
  }

  @Test
  void tableNamesAsAliasesCtesOrTextAreFine() throws Exception {
    assertThat(sandbox.run("SELECT COUNT(*) AS n FROM crm_activities WHERE subject <> 'deals; DROP TABLE deals'")
        .rows().get(0).get("n")).isNotNull();
    // 19 deals in the demo deals.yaml files.
    assertThat(sandbox.run("WITH deals AS (SELECT * FROM crm_opportunities) SELECT COUNT(*) AS deals FROM deals")
        .rows().get(0)).containsEntry("deals", 19);
    assertThat(sandbox.run("SELECT customers.id FROM crm_accounts customers, crm_contacts contacts "
        + "WHERE contacts.customer = customers.id AND contacts.role = 'economic_buyer' LIMIT 1").rows()).hasSize(1);
    assertThat(sandbox.run("WITH deals(n) AS (SELECT COUNT(*) FROM crm_opportunities) SELECT n FROM (deals) "
        + "WHERE n IN (SELECT n FROM deals)").rows().get(0)).containsEntry("n", 19);
    assertThat(sandbox.run("SELECT COUNT(*) AS n FROM crm_accounts a JOIN crm_contacts c ON (c.customer = a.id) "
        + "WHERE a.id IN ('acme-logistics', 'fjord-media')").rows()).hasSize(1);
    assertThat(Files.size(dbFile)).isPositive();
  }

}
