package com.salesworkspace.triggers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.util.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes every customer's variables from the index as of a day: interactions dated after it are not seen, and
 * day counts run to it. One query per table, whatever the number of customers.
 */
public final class FactsReader {
  private final Connection connection;
  private final Workflow workflow;

  public FactsReader(Connection connection, Workflow workflow) {
    this.connection = connection;
    this.workflow = workflow;
  }

  /** The last moment (UTC) an interaction dated on or before {@code asOf} in any time zone can have. */
  public static long latestMillisOn(LocalDate asOf) {
    return asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() + 14L * 3600_000L;
  }

  /** Facts of every customer (or of one, when {@code onlyCustomer} is set), by slug in slug order. */
  public Map<String, CustomerFacts> read(LocalDate asOf, String onlyCustomer) {
    try {
      Map<String, Map<String, Object>> vars = new TreeMap<>();
      Map<String, String[]> people = new HashMap<>();
      String filter = onlyCustomer == null ? "" : " WHERE slug = ?";
      try (PreparedStatement ps = connection.prepareStatement("SELECT slug, name, industry, tier, lifecycle_stage, "
          + "owner, csm, arr, health_score, health_trend, renewal_date, region, competitors, tags, crm FROM customers"
          + filter)) {
        if (onlyCustomer != null) {
          ps.setString(1, onlyCustomer);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Map<String, Object> v = new HashMap<>();
            String slug = rs.getString(1);
            v.put("customer", slug);
            v.put("name", rs.getString(2));
            v.put("industry", rs.getString(3));
            v.put("tier", rs.getString(4));
            v.put("lifecycle_stage", rs.getString(5));
            v.put("owner", rs.getString(6));
            v.put("csm", rs.getString(7));
            v.put("arr", whole(rs, 8));
            v.put("health_score", whole(rs, 9));
            v.put("health_trend", rs.getString(10));
            String renewal = rs.getString(11);
            v.put("renewal_date", renewal);
            v.put("days_to_renewal", renewal == null ? null : ChronoUnit.DAYS.between(asOf, day(renewal)));
            v.put("region", rs.getString(12));
            v.put("competitors", stringList(rs.getString(13)));
            v.put("tags", stringList(rs.getString(14)));
            Map<String, String> crm = rs.getString(15) == null ? Map.of()
                : Json.MAPPER.readValue(rs.getString(15), new TypeReference<Map<String, String>>() {});
            v.put("deals", new ArrayList<Map<String, Object>>());
            v.put("contacts", new ArrayList<Map<String, Object>>());
            v.put("interactions_30d", 0L);
            vars.put(slug, v);
            people.put(slug, new String[] {rs.getString(2), rs.getString(6), rs.getString(7),
                crm.get("salesforce_account_id")});
          }
        }
      }
      readDeals(vars, asOf, onlyCustomer);
      readContacts(vars, asOf, onlyCustomer);
      readActivity(vars, asOf, onlyCustomer);
      Map<String, CustomerFacts> facts = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, Object>> e : vars.entrySet()) {
        Map<String, Object> v = e.getValue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deals = (List<Map<String, Object>>) v.get("deals");
        long pipeline = 0;
        List<String> open = new ArrayList<>();
        for (Map<String, Object> d : deals) {
          if (Boolean.TRUE.equals(d.get("open"))) {
            open.add((String) d.get("id"));
            pipeline += d.get("amount") instanceof Long amount ? amount : 0;
          }
        }
        v.put("open_pipeline", pipeline);
        v.put("open_deals", (long) open.size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contacts = (List<Map<String, Object>>) v.get("contacts");
        v.put("contact_roles", List.copyOf(contacts.stream().map(c -> (String) c.get("role"))
            .filter(r -> r != null).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))));
        String[] p = people.get(e.getKey());
        facts.put(e.getKey(), new CustomerFacts(e.getKey(), p[0], p[1], p[2], p[3], List.copyOf(open),
            java.util.Collections.unmodifiableMap(v)));
      }
      return facts;
    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IndexException("Could not read customer facts for the triggers: " + e.getMessage(), e);
    }
  }

  private void readDeals(Map<String, Map<String, Object>> vars, LocalDate asOf, String only) throws SQLException {
    appendRows(vars, "deals", "SELECT customer, id, name, amount, currency, stage, close_date, probability, "
        + "forecast_category, next_step, next_step_date, competitors FROM deals", only, rs -> {
          Map<String, Object> d = new LinkedHashMap<>();
          put(d, "id", rs.getString(2));
          put(d, "name", rs.getString(3));
          put(d, "amount", whole(rs, 4));
          put(d, "currency", rs.getString(5));
          String stage = rs.getString(6);
          put(d, "stage", stage);
          boolean closed = workflow.stage(stage).map(s -> s.isClosed()).orElse(stage.startsWith("closed"));
          d.put("open", !closed);
          d.put("won", workflow.stage(stage).map(s -> Boolean.TRUE.equals(s.won())).orElse(stage.equals("closed_won")));
          String close = rs.getString(7);
          put(d, "close_date", close);
          put(d, "days_to_close", close == null ? null : ChronoUnit.DAYS.between(asOf, day(close)));
          put(d, "probability", whole(rs, 8));
          put(d, "forecast_category", rs.getString(9));
          put(d, "next_step", rs.getString(10));
          String next = rs.getString(11);
          put(d, "next_step_date", next);
          put(d, "days_to_next_step", next == null ? null : ChronoUnit.DAYS.between(asOf, day(next)));
          d.put("competitors", stringList(rs.getString(12)));
          return d;
        });
  }

  private void readContacts(Map<String, Map<String, Object>> vars, LocalDate asOf, String only) throws SQLException {
    appendRows(vars, "contacts", "SELECT customer, name, email, title, role, sentiment, last_contacted FROM contacts",
        only, rs -> {
          Map<String, Object> c = new LinkedHashMap<>();
          put(c, "name", rs.getString(2));
          put(c, "email", rs.getString(3));
          put(c, "title", rs.getString(4));
          put(c, "role", rs.getString(5));
          put(c, "sentiment", rs.getString(6));
          String last = rs.getString(7);
          put(c, "last_contacted", last);
          put(c, "days_since_contacted", last == null ? null : ChronoUnit.DAYS.between(day(last), asOf));
          return c;
        });
  }

  /** One row of a per-customer table (its first column the customer) as the variables of one list entry. */
  private interface RowVariables {
    Map<String, Object> read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code select} (every customer, or only {@code only}) in file order and appends each row, read by
   * {@code row}, to the list {@code key} of its customer's variables.
   */
  private void appendRows(Map<String, Map<String, Object>> vars, String key, String select, String only,
      RowVariables row) throws SQLException {
    String sql = select + (only == null ? "" : " WHERE customer = ?") + " ORDER BY customer, position";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (only != null) {
        ps.setString(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> v = vars.get(rs.getString(1));
          if (v == null) {
            continue;
          }
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> list = (List<Map<String, Object>>) v.get(key);
          list.add(java.util.Collections.unmodifiableMap(row.read(rs)));
        }
      }
    }
  }

  /**
   * The last interaction on or before the day, and the count in the 30 days up to it. Tasks are our own to-dos, not
   * activity with the customer (a task a rule creates must not hide the silence that fired it).
   */
  private void readActivity(Map<String, Map<String, Object>> vars, LocalDate asOf, String only) throws SQLException {
    String sql = "SELECT customer, max(epoch_ms), date, sum(CASE WHEN substr(date, 1, 10) > ? THEN 1 ELSE 0 END) "
        + "FROM interactions WHERE epoch_ms <= ? AND substr(date, 1, 10) <= ? AND type <> 'task'"
        + (only == null ? "" : " AND customer = ?") + " GROUP BY customer";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, asOf.minusDays(30).toString());
      ps.setLong(2, latestMillisOn(asOf));
      ps.setString(3, asOf.toString());
      if (only != null) {
        ps.setString(4, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> v = vars.get(rs.getString(1));
          if (v == null) {
            continue;
          }
          LocalDate last = day(rs.getString(3));
          v.put("last_activity", last.toString());
          v.put("no_activity", ChronoUnit.DAYS.between(last, asOf));
          v.put("interactions_30d", rs.getLong(4));
        }
      }
    }
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static Long whole(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : Math.round(value);
  }

  private static LocalDate day(String isoDateOrDateTime) {
    return LocalDate.parse(isoDateOrDateTime.substring(0, 10));
  }

  private static List<String> stringList(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return List.copyOf(Json.MAPPER.readValue(json, new TypeReference<List<String>>() {}));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of();
    }
  }
}
