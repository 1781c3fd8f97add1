package com.salesworkspace.context;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FrontMatter;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Digests of a customer's interactions, kept beside the index in its SQLite database and keyed by the file's content
 * hash and the lexicon: a digest is made once per version of a file, so a context reads the text of only the
 * interactions it shows. Like everything in .workspace/ it is derived data; a stale or missing row is remade.
 */
public final class DigestStore {
  /** A new table name, not a migration, when the digest format changes: old rows are simply never read. */
  static final String TABLE = "context_digests_v1";
  /** Bump when what a digest holds changes (summary, cleaning, detection): every digest is then remade once. */
  static final String DIGEST_VERSION = "3";
  private static final char FIELD = '\u001f';
  private static final char RECORD = '\u001e';

  private final Workspace workspace;
  private final Index index;

  public DigestStore(Workspace workspace, Index index) {
    this.workspace = workspace;
    this.index = index;
  }

  private record Row(InteractionDigest meta, String fileHash, boolean fresh) {}

  /**
   * A customer's digests in memory, valid while the fingerprint of its interaction files is unchanged, with the
   * analyses made of them (one per as-of cut-off asked for recently).
   */
  private record Cached(String fingerprint, List<InteractionDigest> digests, Map<Integer, Analysis> analyses) {}

  private static final int CACHED_CUSTOMERS = 16;
  private static final Map<String, Cached> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
      return size() > CACHED_CUSTOMERS;
    }
  };

  /**
   * The customer's interactions up to {@code untilMillis} (exclusive), newest first, ties by id. Kept in memory
   * between calls, keyed by the ids and content hashes of all the customer's interaction files (and the lexicon), so
   * any change to any of them is seen at once.
   */
  public List<InteractionDigest> load(String customer, SignalLexicon lexicon, long untilMillis) {
    return analysis(customer, lexicon, untilMillis).digests;
  }

  /** The analysis of the customer's interactions up to {@code untilMillis} (exclusive). */
  Analysis analysis(String customer, SignalLexicon lexicon, long untilMillis) {
    Connection c = index.store().connection();
    ensureTable(c);
    String fingerprint = fingerprint(c, customer, lexicon);
    String cacheKey = workspace.root() + "\n" + customer;
    Cached cached;
    synchronized (CACHE) {
      cached = CACHE.get(cacheKey);
    }
    if (cached == null || !cached.fingerprint().equals(fingerprint)) {
      cached = new Cached(fingerprint, List.copyOf(loadAll(c, customer, lexicon)), new LinkedHashMap<>());
      synchronized (CACHE) {
        CACHE.put(cacheKey, cached);
      }
    }
    List<InteractionDigest> all = cached.digests();
    int from = 0;
    while (from < all.size() && all.get(from).epochMillis() >= untilMillis) {
      from++;
    }
    // Cut-offs between the same two interactions see the same list: one analysis serves them all.
    synchronized (cached.analyses()) {
      Analysis a = cached.analyses().get(from);
      if (a == null) {
        a = new Analysis(from == 0 ? all : all.subList(from, all.size()));
        if (cached.analyses().size() >= 4) {
          cached.analyses().remove(cached.analyses().keySet().iterator().next());
        }
        cached.analyses().put(from, a);
      }
      return a;
    }
  }

  /** The paths and content hashes of all the customer's interaction files, hashed: one range scan of the index. */
  private static String fingerprint(Connection c, String customer, SignalLexicon lexicon) {
    String prefix = "customers/" + customer + "/" + CustomerFiles.INTERACTIONS + "/";
    String sql = "SELECT count(*), group_concat(substr(path, ?) || hash, '') FROM (SELECT path, hash FROM files "
        + "WHERE path >= ? AND path < ? ORDER BY path)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, prefix.length() + 1);
      ps.setString(2, prefix);
      ps.setString(3, prefix.substring(0, prefix.length() - 1) + "0"); // '0' sorts right after '/'
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        String all = rs.getString(2);
        return key(lexicon) + ":" + rs.getInt(1) + ":" + SignalLexicon.hash(all == null ? "" : all, 16);
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read interaction digests: " + e.getMessage(), e);
    }
  }

  private List<InteractionDigest> loadAll(Connection c, String customer, SignalLexicon lexicon) {
    List<Row> rows = new ArrayList<>();
    String sql = "SELECT i.path, i.id, i.type, i.source, i.date, i.epoch_ms, i.subject, i.from_addr, i.participants, "
        + "i.to_addrs, i.direction, f.hash, d.hash, d.lexicon, d.title, d.summary, d.clean_chars, d.dup_key, "
        + "d.simhash, d.signals FROM interactions i JOIN files f ON f.path = i.path "
        + "LEFT JOIN " + TABLE + " d ON d.path = i.path "
        + "WHERE i.customer = ? ORDER BY i.epoch_ms DESC, i.id DESC";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, customer);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String fileHash = rs.getString(12);
          boolean fresh = fileHash.equals(rs.getString(13)) && key(lexicon).equals(rs.getString(14));
          String subject = rs.getString(7);
          InteractionDigest d = new InteractionDigest(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getLong(6), fresh ? rs.getString(15) : subject, rs.getString(8),
              rs.getString(9), rs.getString(10), rs.getString(11), fresh ? rs.getInt(17) : 0,
              fresh ? rs.getString(16) : "", fresh ? rs.getString(18) : "", fresh ? rs.getLong(19) : 0,
              fresh ? decode(rs.getString(20)) : List.of());
          rows.add(new Row(d, fileHash, fresh));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read interaction digests: " + e.getMessage(), e);
    }
    List<Integer> stale = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).fresh()) {
        stale.add(i);
      }
    }
    List<InteractionDigest> result = new ArrayList<>(rows.size());
    rows.forEach(r -> result.add(r.meta()));
    if (!stale.isEmpty()) {
      // Reading and digesting is the slow part of a first call on a big account: spread it over the cores.
      List<InteractionDigest> made = stale.parallelStream().map(i -> digest(rows.get(i).meta(), lexicon)).toList();
      for (int k = 0; k < stale.size(); k++) {
        result.set(stale.get(k), made.get(k));
      }
      save(c, customer, lexicon, stale.stream().map(i -> rows.get(i).fileHash()).toList(), made);
    }
    return result;
  }

  /** Reads one interaction file and derives its digest; a file that no longer parses keeps its index metadata. */
  private InteractionDigest digest(InteractionDigest meta, SignalLexicon lexicon) {
    String title = meta.title();
    String clean = "";
    try {
      String text = CustomerFiles.readText(workspace.guard().resolve(meta.path()), meta.path());
      FrontMatter fm = FrontMatter.parse(text, meta.path());
      if (title == null && fm.fields().get("title") != null) {
        title = fm.fields().get("title").toString();
      }
      clean = InteractionCleaner.clean(meta.type(), fm.body());
    } catch (InvalidFileException | UncheckedIOException e) {
      // Changed or removed since the index saw it; the next refresh catches up.
    }
    String normalized = TextDigests.normalize(clean);
    return new InteractionDigest(meta.path(), meta.id(), meta.type(), meta.source(), meta.date(), meta.epochMillis(),
        title, meta.from(), meta.participants(), meta.toAddrs(), meta.direction(), clean.length(),
        TextDigests.summary(meta.type(), clean), TextDigests.exactKey(normalized), TextDigests.simhash(normalized),
        SignalDetector.detect(clean, lexicon));
  }

  private void save(Connection c, String customer, SignalLexicon lexicon, List<String> hashes,
      List<InteractionDigest> digests) {
    boolean auto;
    try {
      auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO " + TABLE + "(path, customer, hash, "
          + "lexicon, title, summary, clean_chars, dup_key, simhash, signals) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
        for (int i = 0; i < digests.size(); i++) {
          InteractionDigest d = digests.get(i);
          ps.setString(1, d.path());
          ps.setString(2, customer);
          ps.setString(3, hashes.get(i));
          ps.setString(4, key(lexicon));
          ps.setString(5, d.title());
          ps.setString(6, d.summary());
          ps.setInt(7, d.cleanChars());
          ps.setString(8, d.dupKey());
          ps.setLong(9, d.simhash());
          ps.setString(10, encode(d.signals()));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE customer = ? AND path NOT IN "
          + "(SELECT path FROM interactions WHERE customer = ?)")) {
        ps.setString(1, customer);
        ps.setString(2, customer);
        ps.executeUpdate();
      }
      c.commit();
      c.setAutoCommit(auto);
    } catch (SQLException e) {
      try {
        c.rollback();
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // The digests are a cache: failing to keep them costs time on the next call, nothing else.
      }
    }
  }

  private static String key(SignalLexicon lexicon) {
    return DIGEST_VERSION + ":" + lexicon.key();
  }

  private static void ensureTable(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (path TEXT PRIMARY KEY, customer TEXT NOT NULL, "
          + "hash TEXT NOT NULL, lexicon TEXT NOT NULL, title TEXT, summary TEXT NOT NULL, clean_chars INTEGER NOT NULL, "
          + "dup_key TEXT NOT NULL, simhash INTEGER NOT NULL, signals TEXT NOT NULL)");
      s.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_customer ON " + TABLE + "(customer)");
    } catch (SQLException e) {
      throw new IndexException("Could not prepare the digest table: " + e.getMessage(), e);
    }
  }

  static String encode(List<Signal> signals) {
    StringBuilder sb = new StringBuilder();
    for (Signal s : signals) {
      if (sb.length() > 0) {
        sb.append(RECORD);
      }
      sb.append(s.kind().name()).append(FIELD).append(s.weight()).append(FIELD).append(clean(s.trigger()))
          .append(FIELD).append(clean(s.speaker())).append(FIELD).append(clean(s.text())).append(FIELD)
          .append(clean(s.competitor())).append(FIELD).append(clean(s.key()));
    }
    return sb.toString();
  }

  static List<Signal> decode(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return List.of();
    }
    List<Signal> result = new ArrayList<>();
    for (String record : encoded.split(String.valueOf(RECORD))) {
      String[] f = record.split(String.valueOf(FIELD), -1);
      if (f.length == 7) {
        result.add(new Signal(Signal.Kind.valueOf(f[0]), Integer.parseInt(f[1]), f[2], emptyToNull(f[3]), f[4],
            emptyToNull(f[5]), f[6]));
      }
    }
    return List.copyOf(result);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace(FIELD, ' ').replace(RECORD, ' ');
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
