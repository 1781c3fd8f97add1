package com.salesworkspace.crm;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.model.Deal;
import com.salesworkspace.util.Json;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads every deal (with its history) from the index, with the account's owner, economic buyer and last activity. */
public final class PipelineData {
  private PipelineData() {}

  /**
   * Deals created and activity after {@code asOf} are left out, so a run with a past as_of sees what was known then
   * (a deal's stage history is cut at as_of by the analysis).
   */
  public static List<PipelineDeal> load(Index index, LocalDate asOf) {
    long until = asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
    try {
      Set<String> withBuyer = new HashSet<>();
      try (PreparedStatement ps = index.store().connection().prepareStatement(
          "SELECT DISTINCT customer FROM contacts WHERE role = 'economic_buyer'"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          withBuyer.add(rs.getString(1));
        }
      }
      Map<String, Long> lastActivity = new HashMap<>();
      try (PreparedStatement ps = index.store().connection().prepareStatement(
          "SELECT customer, MAX(epoch_ms) FROM interactions WHERE epoch_ms <= ? GROUP BY customer")) {
        ps.setLong(1, until);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            lastActivity.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      List<PipelineDeal> deals = new ArrayList<>();
      try (PreparedStatement ps = index.store().connection().prepareStatement(
          "SELECT d.customer, c.owner, d.deal_json FROM deals d LEFT JOIN customers c ON c.slug = d.customer "
              + "ORDER BY d.customer, d.position"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String customer = rs.getString(1);
          Deal deal = Json.MAPPER.readValue(rs.getString(3), Deal.class);
          if (deal.created() != null && deal.created().isAfter(asOf)) {
            continue;
          }
          deals.add(new PipelineDeal(customer, rs.getString(2), deal, withBuyer.contains(customer),
              lastActivity.get(customer)));
        }
      }
      return deals;
    } catch (SQLException | IOException e) {
      throw new IndexException("Could not read deals for pipeline analysis: " + e.getMessage(), e);
    }
  }
}
