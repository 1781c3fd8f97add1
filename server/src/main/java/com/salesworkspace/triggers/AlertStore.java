package com.salesworkspace.triggers;

import com.salesworkspace.index.IndexException;
import com.salesworkspace.index.IndexStore;
import com.salesworkspace.util.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The alerts table of the index: cooldown look-ups, the interactions already reported, and listing. */
public final class AlertStore {
  private final IndexStore store;

  public AlertStore(IndexStore store) {
    this.store = store;
  }

  private Connection connection() {
    return store.connection();
  }

  /** A filter over stored alerts; null fields do not filter. Days are inclusive. */
  public record Query(String rule, String customer, String kind, LocalDate since, LocalDate until) {}

  /** Days on which each (rule, customer) fired between the two days (exclusive), by {@link #key}. */
  public Map<String, List<LocalDate>> firedBetween(LocalDate after, LocalDate before) {
    Map<String, List<LocalDate>> fired = new HashMap<>();
    try (PreparedStatement ps = connection().prepareStatement(
        "SELECT rule, customer, fired_on FROM alerts WHERE fired_on > ? AND fired_on < ?")) {
      ps.setString(1, after.toString());
      ps.setString(2, before.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          fired.computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
              .add(LocalDate.parse(rs.getString(3)));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read alerts: " + e.getMessage(), e);
    }
    return fired;
  }

  /** The alert (id and day) that already reported each interaction, per rule and customer: key(rule, customer, id). */
  public Map<String, String> reportedInteractions(Collection<String> rules) {
    Map<String, String> reported = new HashMap<>();
    if (rules.isEmpty()) {
      return reported;
    }
    String sql = "SELECT e.rule, e.customer, e.interaction_id, a.id, a.fired_on FROM alert_evidence e "
        + "JOIN alerts a ON a.id = e.alert_id WHERE e.rule IN ("
        + String.join(",", java.util.Collections.nCopies(rules.size(), "?")) + ")";
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      int i = 1;
      for (String r : rules) {
        ps.setString(i++, r);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reported.put(key(rs.getString(1), rs.getString(2), rs.getString(3)),
              "alert " + rs.getString(4) + " of " + rs.getString(5));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read alert evidence: " + e.getMessage(), e);
    }
    return reported;
  }

  public static String key(String... parts) {
    return String.join("\u0000", parts);
  }

  /** Stores an alert and the interactions it reports; an alert stored before is replaced. */
  public void save(Alert alert) {
    saveAll(List.of(alert));
  }

  /** Stores alerts and the interactions they report, all in one transaction. */
  public void saveAll(List<Alert> batch) {
    if (batch.isEmpty()) {
      return;
    }
    store.begin();
    try (PreparedStatement delete = connection().prepareStatement("DELETE FROM alert_evidence WHERE alert_id = ?");
        PreparedStatement insert = connection().prepareStatement("INSERT OR REPLACE INTO alerts(id, rule, customer, "
            + "kind, fired_on, fired_at, rule_file, summary, data) VALUES (?,?,?,?,?,?,?,?,?)");
        PreparedStatement evidence = connection().prepareStatement(
            "INSERT OR IGNORE INTO alert_evidence(alert_id, rule, customer, interaction_id) VALUES (?,?,?,?)")) {
      for (Alert alert : batch) {
        delete.setString(1, alert.id());
        delete.executeUpdate();
        insert.setString(1, alert.id());
        insert.setString(2, alert.rule());
        insert.setString(3, alert.customer());
        insert.setString(4, alert.kind());
        insert.setString(5, alert.firedOn().toString());
        insert.setString(6, alert.firedAt());
        insert.setString(7, alert.ruleFile());
        insert.setString(8, alert.summary());
        insert.setString(9, Json.write(alert));
        insert.executeUpdate();
        for (Alert.InteractionEvidence e : alert.evidence().interactions()) {
          evidence.setString(1, alert.id());
          evidence.setString(2, alert.rule());
          evidence.setString(3, alert.customer());
          evidence.setString(4, e.id());
          evidence.addBatch();
        }
      }
      evidence.executeBatch();
      store.commit();
    } catch (SQLException | RuntimeException e) {
      store.rollback();
      throw new IndexException("Could not store " + batch.size() + " alerts: " + e.getMessage(), e);
    }
  }

  public long count(Query q) {
    List<Object> args = new ArrayList<>();
    String where = where(q, args);
    try (PreparedStatement ps = connection().prepareStatement("SELECT count(*) FROM alerts" + where)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IndexException("Could not count alerts: " + e.getMessage(), e);
    }
  }

  /** Alerts matching the filter, newest first. */
  public List<Alert> list(Query q, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT data FROM alerts" + where(q, args)
        + " ORDER BY fired_on DESC, fired_at DESC, rule, customer LIMIT ? OFFSET ?";
    List<Alert> alerts = new ArrayList<>();
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      int i = bind(ps, args);
      ps.setInt(i++, limit);
      ps.setInt(i, offset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          alerts.add(Json.MAPPER.readValue(rs.getString(1), Alert.class));
        }
      }
    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IndexException("Could not list alerts: " + e.getMessage(), e);
    }
    return alerts;
  }

  private static String where(Query q, List<Object> args) {
    StringBuilder w = new StringBuilder(" WHERE 1=1");
    if (q.rule() != null) {
      w.append(" AND rule = ?");
      args.add(q.rule());
    }
    if (q.customer() != null) {
      w.append(" AND customer = ?");
      args.add(q.customer());
    }
    if (q.kind() != null) {
      w.append(" AND kind = ?");
      args.add(q.kind());
    }
    if (q.since() != null) {
      w.append(" AND fired_on >= ?");
      args.add(q.since().toString());
    }
    if (q.until() != null) {
      w.append(" AND fired_on <= ?");
      args.add(q.until().toString());
    }
    return w.toString();
  }

  private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
    int i = 1;
    for (Object a : args) {
      ps.setObject(i++, a);
    }
    return i;
  }
}
