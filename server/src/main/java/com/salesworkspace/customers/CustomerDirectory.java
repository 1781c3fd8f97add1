package com.salesworkspace.customers;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.index.SearchHits;
import com.salesworkspace.index.SearchRequest;
import com.salesworkspace.util.Cursors;
import com.salesworkspace.util.Page;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds customers by structured filters (SQL over the index) and, with a text query, ranks them by their best
 * matching document (profile, contact, deal or interaction), keeping up to two reasons per customer.
 */
public final class CustomerDirectory {
  private static final int MAX_HITS_SCANNED = 1000;
  private static final int REASONS_PER_CUSTOMER = 2;

  private final Index index;

  public CustomerDirectory(Index index) {
    this.index = index;
  }

  public Page<CustomerMatch> search(String query, CustomerFilter filter, int offset, int limit, String fingerprint) {
    Map<String, CustomerMatch> candidates = filtered(filter);
    if (query == null || query.isBlank()) {
      List<CustomerMatch> all = new ArrayList<>(candidates.values());
      List<CustomerMatch> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
      return Cursors.page(List.copyOf(page), all.size(), true, offset, fingerprint);
    }
    boolean filtering = !filter.equals(CustomerFilter.none());
    if (filtering && candidates.isEmpty()) {
      return Cursors.page(List.of(), 0, true, offset, fingerprint);
    }
    SearchRequest request = new SearchRequest(query, filtering ? List.copyOf(candidates.keySet()) : null, null, null,
        null, null, null, null, null, 0, MAX_HITS_SCANNED, false);
    SearchHits hits = index.search(request);
    Map<String, List<CustomerMatch.Reason>> reasons = new LinkedHashMap<>();
    for (SearchHits.Hit hit : hits.hits()) {
      if (hit.customer() == null || !candidates.containsKey(hit.customer())) {
        continue;
      }
      List<CustomerMatch.Reason> list = reasons.computeIfAbsent(hit.customer(), k -> new ArrayList<>());
      if (list.size() < REASONS_PER_CUSTOMER) {
        list.add(new CustomerMatch.Reason(hit.kind(), hit.title(), hit.snippet(),
            "interaction".equals(hit.kind()) ? stem(hit.path()) : null,
            hit.epochMillis() == 0 ? null : Instant.ofEpochMilli(hit.epochMillis()).atOffset(ZoneOffset.UTC).toLocalDate().toString()));
      }
    }
    List<CustomerMatch> ranked = new ArrayList<>();
    reasons.forEach((slug, why) -> {
      CustomerMatch c = candidates.get(slug);
      ranked.add(new CustomerMatch(c.slug(), c.name(), c.industry(), c.tier(), c.lifecycleStage(), c.owner(),
          c.healthScore(), c.healthTrend(), c.arr(), c.renewalDate(), c.lastActivity(), List.copyOf(why)));
    });
    List<CustomerMatch> page = ranked.subList(Math.min(offset, ranked.size()), Math.min(ranked.size(), offset + limit));
    return Cursors.page(List.copyOf(page), ranked.size(), hits.totalExact() || hits.total() <= MAX_HITS_SCANNED,
        offset, fingerprint);
  }

  /** All customers passing the filters, by name, with their last activity. */
  private Map<String, CustomerMatch> filtered(CustomerFilter f) {
    StringBuilder sql = new StringBuilder("SELECT c.slug, c.name, c.industry, c.tier, c.lifecycle_stage, c.owner, "
        + "c.health_score, c.health_trend, c.arr, c.renewal_date, "
        + "(SELECT i.date FROM interactions i WHERE i.customer = c.slug ORDER BY i.epoch_ms DESC LIMIT 1) "
        + "FROM customers c WHERE 1=1");
    List<Object> args = new ArrayList<>();
    if (f.owner() != null) {
      sql.append(" AND (c.owner = ? OR c.csm = ?)");
      args.add(f.owner());
      args.add(f.owner());
    }
    if (f.lifecycleStage() != null) {
      sql.append(" AND c.lifecycle_stage = ?");
      args.add(f.lifecycleStage());
    }
    if (f.industry() != null) {
      sql.append(" AND lower(c.industry) LIKE ?");
      args.add("%" + f.industry().toLowerCase(java.util.Locale.ROOT) + "%");
    }
    if (f.tier() != null) {
      sql.append(" AND c.tier = ?");
      args.add(f.tier());
    }
    if (f.healthBelow() != null) {
      sql.append(" AND c.health_score < ?");
      args.add(f.healthBelow());
    }
    if (f.healthAbove() != null) {
      sql.append(" AND c.health_score > ?");
      args.add(f.healthAbove());
    }
    if (f.renewalBefore() != null) {
      sql.append(" AND c.renewal_date IS NOT NULL AND c.renewal_date < ?");
      args.add(f.renewalBefore().toString());
    }
    sql.append(" ORDER BY c.name COLLATE NOCASE");
    Map<String, CustomerMatch> result = new LinkedHashMap<>();
    try (PreparedStatement ps = index.store().connection().prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.put(rs.getString(1), new CustomerMatch(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), rs.getString(8),
              rs.getObject(9) == null ? null : rs.getDouble(9), rs.getString(10), rs.getString(11), List.of()));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Customer search failed: " + e.getMessage(), e);
    }
    return result;
  }

  private static String stem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
