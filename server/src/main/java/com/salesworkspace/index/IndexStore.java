package com.salesworkspace.index;

import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Interaction;
import com.salesworkspace.model.InteractionHeader;
import com.salesworkspace.util.Json;
import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structured side of the index in SQLite (WAL): customers, contacts, deals, interaction metadata and the
 * state of every indexed file. All writes of one sync batch happen in one transaction.
 */
public final class IndexStore implements Closeable {
  private static final List<String> ROW_TABLES = List.of("customers", "contacts", "deals", "interactions");

  private final Connection connection;
  // Prepared once per connection: a sync writes several rows per file, and preparing each time dominated.
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private IndexStore(Connection connection) {
    this.connection = connection;
  }

  /** A statement prepared once for this connection (the FTS5 engine, which shares it, uses these too). */
  PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  private static final int BUSY_TIMEOUT_MS = 10_000;

  public static IndexStore open(Path dbFile) {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
        enableWal(s);
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA foreign_keys=ON");
      }
      IndexStore store = new IndexStore(c);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw new IndexException("Could not open the index database " + dbFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Switches the database to WAL, waiting for other openers: turning a new database into WAL takes an exclusive
   * lock, and SQLite answers SQLITE_BUSY at once there instead of calling the busy handler, so two processes opening
   * a fresh index together (an import and a server) would otherwise fail.
   */
  private static void enableWal(Statement s) throws SQLException {
    long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
    for (int attempt = 1; ; attempt++) {
      try {
        s.execute("PRAGMA journal_mode=WAL");
        return;
      } catch (SQLException e) {
        boolean busy = e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY");
        if (!busy || System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(Math.min(100, 5L * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  public Connection connection() {
    return connection;
  }

  public int schemaVersion() {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw new IndexException("Could not read the index schema version", e);
    }
  }

  /**
   * Brings the schema up to date under SQLite's write lock, reading the version again once it holds it: two
   * processes opening a new index together (an import and a server) would otherwise both create the tables.
   */
  private void migrate() throws SQLException {
    checkNotNewer(schemaVersion());
    if (schemaVersion() == Migrations.VERSIONS.size()) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        int current = schemaVersion();
        checkNotNewer(current);
        for (int v = current; v < Migrations.VERSIONS.size(); v++) {
          for (String sql : Migrations.VERSIONS.get(v).split(";")) {
            if (!sql.isBlank()) {
              s.execute(sql);
            }
          }
          s.execute("PRAGMA user_version = " + (v + 1));
        }
        s.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        s.execute("ROLLBACK");
        throw e;
      }
    }
  }

  private static void checkNotNewer(int version) {
    if (version > Migrations.VERSIONS.size()) {
      throw new IndexException("The index was made by a newer version of this server (schema " + version
          + "); run 'index --rebuild' to rebuild it for this version.");
    }
  }

  public Map<String, FileState> fileStates() {
    Map<String, FileState> states = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT path, size, mtime_ns, hash FROM files")) {
      while (rs.next()) {
        states.put(rs.getString(1), new FileState(rs.getLong(2), rs.getLong(3), rs.getString(4)));
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read the file table of the index", e);
    }
    return states;
  }

  /** The known state of just these files (for a targeted sync that must not read the whole table). */
  public Map<String, FileState> fileStates(java.util.Collection<String> paths) {
    Map<String, FileState> states = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT size, mtime_ns, hash FROM files WHERE path=?")) {
      for (String path : paths) {
        ps.setString(1, path);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            states.put(path, new FileState(rs.getLong(1), rs.getLong(2), rs.getString(3)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read the file table of the index", e);
    }
    return states;
  }

  public void begin() {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new IndexException("Could not start an index transaction", e);
    }
  }

  public void commit() {
    try {
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IndexException("Could not commit the index transaction", e);
    }
  }

  public void rollback() {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IndexException("Could not roll back the index transaction", e);
    }
  }

  /** Replaces everything a file contributed with what it holds now. */
  public void replace(ParsedFile file) {
    try {
      deleteRows(file.path());
      if (file.profile() != null) {
        insertProfile(file.customer(), file.path(), file.profile());
      }
      if (file.contacts() != null) {
        insertContacts(file.customer(), file.path(), file.contacts());
      }
      if (file.deals() != null) {
        insertDeals(file.customer(), file.path(), file.deals());
      }
      if (file.interaction() != null) {
        insertInteraction(file.path(), file.interaction());
      }
      {
        PreparedStatement ps = statement(
          "INSERT OR REPLACE INTO files(path, customer, size, mtime_ns, hash, problem_line, problem) "
              + "VALUES (?,?,?,?,?,?,?)");
        ps.setString(1, file.path());
        ps.setString(2, file.customer());
        ps.setLong(3, file.size());
        ps.setLong(4, file.mtimeNanos());
        ps.setString(5, file.hash());
        if (file.problem() != null) {
          ps.setInt(6, file.problem().line());
          ps.setString(7, file.problem().message());
        } else {
          ps.setNull(6, Types.INTEGER);
          ps.setNull(7, Types.VARCHAR);
        }
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IndexException("Could not index " + file.path() + ": " + e.getMessage(), e);
    }
  }

  /** Records a new mtime for a file whose content did not change. */
  public void touch(String path, long size, long mtimeNanos) {
    try {
      PreparedStatement ps = statement("UPDATE files SET size=?, mtime_ns=? WHERE path=?");
      ps.setLong(1, size);
      ps.setLong(2, mtimeNanos);
      ps.setString(3, path);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IndexException("Could not update " + path + " in the index", e);
    }
  }

  public void remove(String path) {
    try {
      deleteRows(path);
      PreparedStatement ps = statement("DELETE FROM files WHERE path=?");
      ps.setString(1, path);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IndexException("Could not remove " + path + " from the index", e);
    }
  }

  public void clearAll() {
    try (Statement s = connection.createStatement()) {
      for (String table : ROW_TABLES) {
        s.execute("DELETE FROM " + table);
      }
      s.execute("DELETE FROM files");
    } catch (SQLException e) {
      throw new IndexException("Could not clear the index", e);
    }
  }

  public String meta(String key) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key=?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read index metadata", e);
    }
  }

  public void setMeta(String key, String value) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?,?)")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IndexException("Could not write index metadata", e);
    }
  }

  private void deleteRows(String path) throws SQLException {
    for (String table : ROW_TABLES) {
      PreparedStatement ps = statement("DELETE FROM " + table + " WHERE path=?");
      ps.setString(1, path);
      ps.executeUpdate();
    }
  }

  private void insertProfile(String slug, String path, CustomerProfile p) throws SQLException {
    {
      PreparedStatement ps = statement(
        "INSERT OR REPLACE INTO customers(slug, path, name, industry, tier, lifecycle_stage, owner, csm, arr, "
            + "currency, health_score, health_trend, health_updated, renewal_date, region, employees, domains, "
            + "competitors, slack_channels, crm, tags, profile_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      int i = 1;
      ps.setString(i++, slug);
      ps.setString(i++, path);
      ps.setString(i++, p.name());
      ps.setString(i++, p.industry());
      ps.setString(i++, p.tier());
      ps.setString(i++, p.lifecycleStage());
      ps.setString(i++, p.owner());
      ps.setString(i++, p.csm());
      setNumber(ps, i++, p.arr());
      ps.setString(i++, p.currency());
      setNumber(ps, i++, p.healthScore());
      ps.setString(i++, p.health() == null ? null : p.health().trend());
      ps.setString(i++, p.health() == null ? null : str(p.health().updated()));
      ps.setString(i++, str(p.renewalDate()));
      ps.setString(i++, p.region());
      setNumber(ps, i++, p.employees());
      ps.setString(i++, Json.write(p.domains()));
      ps.setString(i++, Json.write(p.competitors()));
      ps.setString(i++, Json.write(p.slackChannels()));
      ps.setString(i++, Json.write(p.crm()));
      ps.setString(i++, Json.write(p.tags()));
      ps.setString(i, Json.write(p));
      ps.executeUpdate();
    }
  }

  private void insertContacts(String slug, String path, List<Contact> contacts) throws SQLException {
    {
      PreparedStatement ps = statement(
        "INSERT INTO contacts(customer, path, position, name, email, title, role, sentiment, last_contacted) "
            + "VALUES (?,?,?,?,?,?,?,?,?)");
      for (int n = 0; n < contacts.size(); n++) {
        Contact c = contacts.get(n);
        ps.setString(1, slug);
        ps.setString(2, path);
        ps.setInt(3, n);
        ps.setString(4, c.name());
        ps.setString(5, c.email() == null ? null : c.email().toLowerCase(java.util.Locale.ROOT));
        ps.setString(6, c.title());
        ps.setString(7, c.role());
        ps.setString(8, c.sentiment());
        ps.setString(9, str(c.lastContacted()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertDeals(String slug, String path, List<Deal> deals) throws SQLException {
    {
      PreparedStatement ps = statement(
        "INSERT INTO deals(customer, path, position, id, name, amount, currency, stage, close_date, probability, "
            + "forecast_category, next_step, next_step_date, created, updated, competitors, deal_json) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      for (int n = 0; n < deals.size(); n++) {
        Deal d = deals.get(n);
        int i = 1;
        ps.setString(i++, slug);
        ps.setString(i++, path);
        ps.setInt(i++, n);
        ps.setString(i++, d.id());
        ps.setString(i++, d.name());
        setNumber(ps, i++, d.amount());
        ps.setString(i++, d.currency());
        ps.setString(i++, d.stage());
        ps.setString(i++, str(d.closeDate()));
        setNumber(ps, i++, d.probability());
        ps.setString(i++, d.forecastCategory());
        ps.setString(i++, d.nextStep());
        ps.setString(i++, str(d.nextStepDate()));
        ps.setString(i++, str(d.created()));
        ps.setString(i++, str(d.updated()));
        ps.setString(i++, Json.write(d.competitors()));
        ps.setString(i, Json.write(d));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertInteraction(String path, Interaction interaction) throws SQLException {
    InteractionHeader h = interaction.header();
    {
      PreparedStatement ps = statement(
        "INSERT OR REPLACE INTO interactions(path, id, customer, type, date, epoch_ms, source, source_id, subject, "
            + "from_addr, to_addrs, participants, direction, body_chars) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      int i = 1;
      ps.setString(i++, path);
      ps.setString(i++, h.id());
      ps.setString(i++, interaction.customer());
      ps.setString(i++, h.type());
      ps.setString(i++, h.date().toString());
      ps.setLong(i++, h.date().toInstant().toEpochMilli());
      ps.setString(i++, h.source());
      ps.setString(i++, h.sourceId());
      ps.setString(i++, h.subject());
      ps.setString(i++, h.from());
      ps.setString(i++, Json.write(h.to()));
      ps.setString(i++, Json.write(h.participants()));
      ps.setString(i++, h.direction());
      ps.setInt(i, interaction.body().length());
      ps.executeUpdate();
    }
  }

  private static void setNumber(PreparedStatement ps, int index, Number value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NUMERIC);
    } else if (value instanceof Integer || value instanceof Long) {
      ps.setLong(index, value.longValue());
    } else {
      ps.setDouble(index, value.doubleValue());
    }
  }

  private static String str(Object value) {
    return value == null ? null : value.toString();
  }

  @Override
  public void close() {
    try {
      rollback();
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      connection.close();
    } catch (SQLException e) {
      throw new IndexException("Could not close the index database", e);
    }
  }
}
