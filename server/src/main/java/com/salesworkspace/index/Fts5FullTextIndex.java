package com.salesworkspace.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite FTS5 in the index database itself, so its updates share the structured side's transaction. It scores
 * every matching row before taking the top k, which is why common terms get slow on large workspaces.
 */
public final class Fts5FullTextIndex implements FullTextIndex {
  private static final int EXACT_TOTAL_UP_TO = 1000;
  private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"|(-?)([^\\s\"]+)");

  private final IndexStore store;
  private final Connection connection;

  /** Lives in the store's database and uses its connection and prepared statements. */
  public Fts5FullTextIndex(IndexStore store) {
    this.store = store;
    this.connection = store.connection();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, people, key UNINDEXED, "
          + "path UNINDEXED, kind UNINDEXED, customer UNINDEXED, type UNINDEXED, source UNINDEXED, "
          + "direction UNINDEXED, date UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')");
      // UNINDEXED columns cannot be searched without a full scan: deleting a file's rows goes through this map.
      s.execute("CREATE TABLE IF NOT EXISTS fts_rows (path TEXT NOT NULL, row INTEGER NOT NULL)");
      s.execute("CREATE INDEX IF NOT EXISTS fts_rows_path ON fts_rows(path)");
    } catch (SQLException e) {
      throw new IndexException("Could not create the FTS5 table: " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "fts5";
  }

  @Override
  public void beginUpdate() {
    // Writes join the index store's open transaction.
  }

  @Override
  public void deletePath(String path) {
    try {
      PreparedStatement rows =
          store.statement("DELETE FROM fts WHERE rowid IN (SELECT row FROM fts_rows WHERE path=?)");
      PreparedStatement map = store.statement("DELETE FROM fts_rows WHERE path=?");
      rows.setString(1, path);
      rows.executeUpdate();
      map.setString(1, path);
      map.executeUpdate();
    } catch (SQLException e) {
      throw new IndexException("FTS5 delete failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void add(SearchDoc d) {
    try {
      PreparedStatement ps = store.statement(
          "INSERT INTO fts(title, body, people, key, path, kind, customer, type, source, direction, date) "
              + "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
      ps.setString(1, d.title());
      ps.setString(2, d.body());
      ps.setString(3, d.people());
      ps.setString(4, d.key());
      ps.setString(5, d.path());
      ps.setString(6, d.kind());
      ps.setString(7, d.customer());
      ps.setString(8, d.type());
      ps.setString(9, d.source());
      ps.setString(10, d.direction());
      ps.setLong(11, d.epochMillis());
      ps.executeUpdate();
      PreparedStatement map = store.statement("INSERT INTO fts_rows(path, row) VALUES (?, last_insert_rowid())");
      map.setString(1, d.path());
      map.executeUpdate();
    } catch (SQLException e) {
      throw new IndexException("FTS5 insert failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void commitUpdate() {
    // Committed with the index store's transaction.
  }

  @Override
  public void rollbackUpdate() {
    // Rolled back with the index store's transaction.
  }

  @Override
  public void clear() {
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM fts");
      s.execute("DELETE FROM fts_rows");
    } catch (SQLException e) {
      throw new IndexException("FTS5 clear failed: " + e.getMessage(), e);
    }
  }

  /** Turns the user's query into FTS5 syntax with every word and phrase quoted, so no input is a syntax error. */
  static String toMatchExpression(String query) {
    List<String> must = new ArrayList<>();
    List<String> not = new ArrayList<>();
    Matcher m = TOKEN.matcher(query);
    while (m.find()) {
      boolean negated = !(m.group(1) == null ? m.group(3) : m.group(1)).isEmpty();
      String text = (m.group(2) != null ? m.group(2) : m.group(4)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (text.isEmpty()) {
        continue;
      }
      (negated ? not : must).add("\"" + text + "\"");
    }
    if (must.isEmpty()) {
      return null;
    }
    String expr = String.join(" AND ", must);
    for (String n : not) {
      expr = "(" + expr + ") NOT " + n;
    }
    return expr;
  }

  @Override
  public SearchHits search(SearchRequest r) {
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    List<Object> args = new ArrayList<>();
    String match = r.hasText() ? toMatchExpression(r.query()) : null;
    if (r.hasText() && match == null) {
      return new SearchHits(0, true, List.of());
    }
    String textMatch = match;
    if (r.person() != null) {
      String person = toMatchExpression("\"" + r.person() + "\"");
      if (person == null) {
        return new SearchHits(0, true, List.of());
      }
      match = (match == null ? "" : "(" + match + ") AND ") + "people : " + person;
    }
    if (match != null) {
      where.append(" AND fts MATCH ?");
      args.add(match);
    }
    in(where, args, "customer", r.customers());
    in(where, args, "kind", r.kinds());
    in(where, args, "type", r.types());
    in(where, args, "source", r.sources());
    if (r.direction() != null) {
      where.append(" AND direction = ?");
      args.add(r.direction());
    }
    if (r.sinceMillis() != null) {
      where.append(" AND date >= ?");
      args.add(r.sinceMillis());
    }
    if (r.untilMillis() != null) {
      where.append(" AND date <= ?");
      args.add(r.untilMillis());
    }
    boolean byDate = r.newestFirst() || textMatch == null;
    String snippet = textMatch == null ? "substr(body, 1, 240)" : "snippet(fts, 1, '[', ']', '…', 24)";
    String order = byDate ? " ORDER BY date DESC" : " ORDER BY bm25(fts, 2.0, 1.0, 1.0)";
    String sql = "SELECT key, path, kind, customer, type, date, title, " + snippet + ", "
        + (textMatch == null ? "0" : "-bm25(fts, 2.0, 1.0, 1.0)") + " FROM fts" + where + order + " LIMIT ? OFFSET ?";
    try {
      List<SearchHits.Hit> hits = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        int i = bind(ps, args);
        ps.setInt(i++, r.limit());
        ps.setInt(i, r.offset());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            hits.add(new SearchHits.Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), flat(rs.getString(8)),
                byDate ? 0 : rs.getDouble(9)));
          }
        }
      }
      long total;
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT count(*) FROM (SELECT 1 FROM fts" + where + " LIMIT " + (EXACT_TOTAL_UP_TO + 1) + ")")) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          total = rs.next() ? rs.getLong(1) : 0;
        }
      }
      boolean exact = total <= EXACT_TOTAL_UP_TO;
      return new SearchHits(exact ? total : EXACT_TOTAL_UP_TO, exact, hits);
    } catch (SQLException e) {
      throw new IndexException("FTS5 search failed: " + e.getMessage(), e);
    }
  }

  private static void in(StringBuilder where, List<Object> args, String column, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    where.append(" AND ").append(column).append(" IN (")
        .append(String.join(",", java.util.Collections.nCopies(values.size(), "?"))).append(")");
    args.addAll(values);
  }

  private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
    int i = 1;
    for (Object a : args) {
      ps.setObject(i++, a);
    }
    return i;
  }

  private static String flat(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  @Override
  public void forEachPhraseMatch(List<String> phrases, long sinceMillis, long untilMillis,
      java.util.function.Consumer<PhraseCandidate> consumer) {
    List<String> quoted = new ArrayList<>();
    for (String phrase : phrases) {
      String words = phrase.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (!words.isEmpty()) {
        quoted.add("\"" + words + "\"");
      }
    }
    if (quoted.isEmpty()) {
      return;
    }
    String sql = "SELECT path, customer, date, title, body FROM fts WHERE fts MATCH ? AND kind = ? "
        + "AND date >= ? AND date <= ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, "{title body} : (" + String.join(" OR ", quoted) + ")");
      ps.setString(2, SearchDoc.INTERACTION);
      ps.setLong(3, sinceMillis);
      ps.setLong(4, untilMillis);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(new PhraseCandidate(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
              rs.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("FTS5 phrase search failed: " + e.getMessage(), e);
    }
  }

  @Override
  public long documentCount() {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM fts")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IndexException("FTS5 count failed", e);
    }
  }

  @Override
  public void close() {
    // The connection and the prepared statements belong to the index store, which closes them.
  }
}
