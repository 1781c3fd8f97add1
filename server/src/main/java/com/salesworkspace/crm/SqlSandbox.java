package com.salesworkspace.crm;

import com.salesworkspace.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * SQL mode of crm_query: one SELECT over the crm_* views (the tables behind them are not named, see
 * {@link SqlStatementCheck}) on its own connection to the index, which SQLite itself keeps from writing
 * (opened read-only, query_only on), from attaching files (attached-database limit 0), from loading extensions
 * (disabled) and from recursing deeply in a LIKE pattern; a progress handler stops it at the time limit and at most {@link #MAX_ROWS} rows are read.
 */
public final class SqlSandbox {
  public static final int MAX_ROWS = 1_000;
  /** The longest string or blob a statement may build (SQLite's limit would let one take a gigabyte). */
  public static final int MAX_VALUE_LENGTH = 100_000;
  /**
   * The longest LIKE or GLOB pattern: SQLite matches each wildcard by recursion on the calling thread's stack, and a
   * pattern of thousands of wildcards overflows it and kills the process (SQLite's default allows 50,000).
   */
  public static final int MAX_PATTERN_LENGTH = 1_000;
  /** Characters read across all rows before the result is cut, whatever the row count. */
  public static final int MAX_CHARS_READ = 2_000_000;
  public static final Duration TIME_LIMIT = Duration.ofSeconds(5);
  private static final int PROGRESS_STEPS = 10_000;

  private final Path dbFile;
  private final Duration timeLimit;

  public SqlSandbox(Path dbFile) {
    this(dbFile, TIME_LIMIT);
  }

  public SqlSandbox(Path dbFile, Duration timeLimit) {
    this.dbFile = dbFile;
    this.timeLimit = timeLimit;
  }

  /** The rows of the statement (all of them up to the cap) and whether the cap cut them. */
  public record Rows(List<String> columns, List<Map<String, Object>> rows, boolean capped) {}

  public Rows run(String sql) {
    if (!Files.exists(dbFile)) {
      throw new WorkspaceException("The index does not exist yet; run 'sales-workspace index' first.");
    }
    try (Connection c = openReadOnly()) {
      String statement = SqlStatementCheck.check(sql, tables(c));
      long deadline = System.nanoTime() + timeLimit.toNanos();
      boolean[] timedOut = {false};
      ProgressHandler.setHandler(c, PROGRESS_STEPS, new ProgressHandler() {
        @Override
        protected int progress() {
          if (System.nanoTime() > deadline) {
            timedOut[0] = true;
            return 1;
          }
          return 0;
        }
      });
      try (Statement s = c.createStatement()) {
        s.setMaxRows(MAX_ROWS + 1);
        try (ResultSet rs = s.executeQuery(statement)) {
          return read(rs);
        }
      } catch (SQLException e) {
        if (timedOut[0]) {
          throw new WorkspaceException("The query was stopped after " + timeLimit.toSeconds() + " seconds; add a "
              + "WHERE clause or a LIMIT, and check recursive CTEs end.");
        }
        throw new WorkspaceException("SQLite refused the query: " + message(e) + ". Only SELECT over the crm_* views "
            + "is allowed (see crm://schema).");
      }
    } catch (SQLException e) {
      throw new WorkspaceException("Could not open the index read-only: " + message(e) + ".");
    }
  }

  /** The sandbox's connection, which refuses writes, ATTACH and extensions whatever SQL reaches it. */
  Connection openReadOnly() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.enableLoadExtension(false);
    config.setBusyTimeout((int) timeLimit.toMillis());
    Connection c = config.createConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA query_only = 1");
    }
    ((SQLiteConnection) c).getDatabase().limit(SQLiteLimits.SQLITE_LIMIT_ATTACHED.getId(), 0);
    ((SQLiteConnection) c).getDatabase().limit(SQLiteLimits.SQLITE_LIMIT_LENGTH.getId(), MAX_VALUE_LENGTH);
    ((SQLiteConnection) c).getDatabase().limit(SQLiteLimits.SQLITE_LIMIT_LIKE_PATTERN_LENGTH.getId(),
        MAX_PATTERN_LENGTH);
    return c;
  }

  /** The tables behind the views (every table, virtual ones and their shadows included), lower-cased. */
  private static java.util.Set<String> tables(Connection c) throws SQLException {
    java.util.Set<String> names = new java.util.HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT lower(name) FROM sqlite_schema WHERE type = 'table'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static Rows read(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      // Rows are maps: a second column named id (a self-join) becomes id_2 instead of overwriting the first.
      String label = meta.getColumnLabel(i);
      String unique = label;
      for (int n = 2; columns.contains(unique); n++) {
        unique = label + "_" + n;
      }
      columns.add(unique);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    long chars = 0;
    while (rs.next()) {
      if (rows.size() == MAX_ROWS || chars > MAX_CHARS_READ) {
        return new Rows(columns, rows, true);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= columns.size(); i++) {
        Object value = WorkspaceCrm.number(rs.getObject(i));
        chars += value == null ? 4 : value instanceof byte[] b ? b.length : value.toString().length();
        row.put(columns.get(i - 1), value instanceof byte[] b ? "(" + b.length + " bytes)" : value);
      }
      rows.add(row);
    }
    return new Rows(columns, rows, false);
  }

  private static String message(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceFirst("^\\[[A-Z_]+\\]\\s*", "").strip();
  }
}
