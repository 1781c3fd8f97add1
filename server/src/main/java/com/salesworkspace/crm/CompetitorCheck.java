package com.salesworkspace.crm;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.interactions.InteractionHit;
import com.salesworkspace.interactions.InteractionQuery;
import com.salesworkspace.interactions.InteractionSearch;
import com.salesworkspace.util.Cursors;
import com.salesworkspace.util.Json;
import com.salesworkspace.util.Page;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A competitor (or every competitor of a customer): the battlecard sections that matter, every interaction that
 * names it (full-text index), and the deals that list it.
 */
public final class CompetitorCheck {
  private final Workspace workspace;
  private final Index index;

  public CompetitorCheck(Workspace workspace, Index index) {
    this.workspace = workspace;
    this.index = index;
  }

  private record DealRow(String customer, String id, String name, Double amount, String stage, LocalDate closeDate,
      List<String> competitors) {}

  public CompetitorReport check(String customer, String competitor, int offset, int limit, String fingerprint) {
    if (customer == null && competitor == null) {
      throw new WorkspaceException("Name a competitor (e.g. Stackline) or a customer slug.");
    }
    if (customer != null) {
      workspace.customerDir(customer);
    }
    List<Battlecard> cards = Battlecard.all(workspace);
    List<DealRow> deals = deals();
    Map<String, String> known = known(cards, deals);
    List<String> names;
    if (competitor != null) {
      String canonical = known.get(competitor);
      if (canonical == null) {
        throw new WorkspaceException("No battlecard, profile or deal names '" + competitor + "'"
            + CrmSchema.didYouMean(competitor.toLowerCase(Locale.ROOT), known.keySet().stream()
                .map(k -> k.toLowerCase(Locale.ROOT)).toList())
            + "; the known competitors are " + String.join(", ", new java.util.TreeSet<>(known.values())) + ".");
      }
      names = List.of(canonical);
    } else {
      names = competitorsOf(customer, deals, known);
      if (names.isEmpty()) {
        return new CompetitorReport(customer, List.of(), "No competitor is recorded for " + customer
            + " (profile or deals); name one with competitor to look for mentions.");
      }
    }
    if (names.size() > 1 && offset > 0) {
      throw new WorkspaceException("A cursor pages the mentions of one competitor; pass competitor too.");
    }
    List<CompetitorReport.Findings> findings = new ArrayList<>();
    for (String name : names) {
      Battlecard card = cards.stream().filter(c -> c.isAbout(name)).findFirst().orElse(null);
      List<String> terms = terms(name, card);
      List<CompetitorReport.CompetingDeal> competing = deals.stream()
          .filter(d -> customer == null || d.customer().equals(customer))
          .filter(d -> d.competitors().stream().anyMatch(c -> terms.stream().anyMatch(c::equalsIgnoreCase)))
          .map(d -> new CompetitorReport.CompetingDeal(d.customer(), d.id(), d.name(), d.amount(), d.stage(),
              d.closeDate())).toList();
      findings.add(new CompetitorReport.Findings(name, card == null ? null : card.path(),
          card == null ? List.of() : card.sections(), mentions(terms, customer, offset, limit, fingerprint),
          competing.size(), List.copyOf(competing.subList(0, Math.min(limit, competing.size())))));
    }
    return new CompetitorReport(customer, findings, null);
  }

  /** Name or alias (any case) to canonical name: battlecards first, then profiles and deals. */
  private Map<String, String> known(List<Battlecard> cards, List<DealRow> deals) {
    Map<String, String> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Battlecard c : cards) {
      known.put(c.competitor(), c.competitor());
      c.aliases().forEach(a -> known.putIfAbsent(a, c.competitor()));
    }
    profileCompetitors().values().forEach(list -> list.forEach(c -> known.putIfAbsent(c, c)));
    deals.forEach(d -> d.competitors().forEach(c -> known.putIfAbsent(c, c)));
    known.keySet().removeIf(String::isBlank);
    return known;
  }

  private List<String> competitorsOf(String customer, List<DealRow> deals, Map<String, String> known) {
    List<String> raw = new ArrayList<>(profileCompetitors().getOrDefault(customer, List.of()));
    deals.stream().filter(d -> d.customer().equals(customer)).forEach(d -> raw.addAll(d.competitors()));
    return raw.stream().map(c -> known.getOrDefault(c, c)).distinct().toList();
  }

  private static List<String> terms(String name, Battlecard card) {
    List<String> terms = new ArrayList<>(List.of(name));
    if (card != null) {
      card.aliases().stream().filter(a -> !a.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
          .forEach(terms::add);
    }
    return terms;
  }

  /**
   * Mentions of any of the terms; one term pages exactly, several (an alias that does not contain the name) are
   * merged from the first pages of each, so their total is a lower bound.
   */
  private CompetitorReport.Mentions mentions(List<String> terms, String customer, int offset, int limit,
      String fingerprint) {
    InteractionSearch search = new InteractionSearch(index);
    if (terms.size() == 1) {
      Page<InteractionHit> page = search.search(query(terms.get(0), customer, offset, limit), fingerprint);
      return new CompetitorReport.Mentions(page.total(), page.totalExact(), page.hasMore(), page.nextCursor(),
          page.items());
    }
    Map<String, InteractionHit> merged = new LinkedHashMap<>();
    long total = 0;
    for (String term : terms) {
      Page<InteractionHit> page = search.search(query(term, customer, 0, offset + limit), fingerprint);
      total = Math.max(total, page.total());
      page.items().forEach(h -> merged.putIfAbsent(h.id(), h));
    }
    List<InteractionHit> all = new ArrayList<>(merged.values());
    List<InteractionHit> slice = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    Page<InteractionHit> page = Cursors.page(List.copyOf(slice), Math.max(total, all.size()), false, offset,
        fingerprint);
    return new CompetitorReport.Mentions(page.total(), false, page.hasMore(), page.nextCursor(), page.items());
  }

  private static InteractionQuery query(String term, String customer, int offset, int limit) {
    String text = term.contains(" ") ? "\"" + term.replace("\"", "") + "\"" : term;
    return new InteractionQuery(text, List.of(), customer, null, null, null, null, offset, limit);
  }

  private Map<String, List<String>> profileCompetitors() {
    Map<String, List<String>> result = new LinkedHashMap<>();
    try (PreparedStatement ps = index.store().connection().prepareStatement(
        "SELECT slug, competitors FROM customers ORDER BY slug"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        result.put(rs.getString(1), list(rs.getString(2)));
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read profile competitors: " + e.getMessage(), e);
    }
    return result;
  }

  private List<DealRow> deals() {
    List<DealRow> rows = new ArrayList<>();
    try (PreparedStatement ps = index.store().connection().prepareStatement(
        "SELECT customer, id, name, amount, stage, close_date, competitors FROM deals ORDER BY customer, position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        double amount = rs.getDouble(4);
        rows.add(new DealRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : amount,
            rs.getString(5), rs.getString(6) == null ? null : LocalDate.parse(rs.getString(6)),
            list(rs.getString(7))));
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read deals: " + e.getMessage(), e);
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return ((List<Object>) Json.MAPPER.readValue(json, List.class)).stream().filter(o -> o != null)
          .map(Object::toString).toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
