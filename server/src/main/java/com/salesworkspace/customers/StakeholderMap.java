package com.salesworkspace.customers;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.model.Contact;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the stakeholder map of a customer: each contact with the date of the last interaction they took part in
 * (as sender, recipient or participant), whether they have gone quiet, and the gaps a seller should worry about.
 */
public final class StakeholderMap {
  public static final int QUIET_AFTER_DAYS = 30;

  public record Result(List<Stakeholder> stakeholders, List<String> gaps) {}

  private final Index index;

  public StakeholderMap(Index index) {
    this.index = index;
  }

  public Result build(String customer, List<Contact> contacts, LocalDate asOf) {
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (Contact c : contacts) {
      LocalDate lastInteraction = lastInteraction(customer, c, asOf);
      LocalDate last = latest(lastInteraction, c.lastContacted());
      Integer silent = last == null ? null : (int) ChronoUnit.DAYS.between(last, asOf);
      boolean quiet = silent == null || silent > QUIET_AFTER_DAYS;
      stakeholders.add(new Stakeholder(c.name(), c.title(), c.role(), c.sentiment(), c.email(),
          c.lastContacted() == null ? null : c.lastContacted().toString(),
          lastInteraction == null ? null : lastInteraction.toString(), silent, quiet));
    }
    List<String> gaps = new ArrayList<>();
    if (stakeholders.stream().noneMatch(s -> "economic_buyer".equals(s.role()))) {
      gaps.add("No economic buyer identified.");
    }
    if (stakeholders.stream().noneMatch(s -> "champion".equals(s.role()))) {
      gaps.add("No champion identified.");
    }
    for (Stakeholder s : stakeholders) {
      if (("champion".equals(s.role()) || "economic_buyer".equals(s.role())) && s.quiet()) {
        gaps.add(s.role().replace('_', ' ') + " " + s.name() + " has been silent "
            + (s.daysSilent() == null ? "(no interaction on record)" : "for " + s.daysSilent() + " days") + ".");
      }
      if ("blocker".equals(s.role())) {
        gaps.add("Blocker: " + s.name() + (s.title() == null ? "" : " (" + s.title() + ")") + ", sentiment "
            + (s.sentiment() == null ? "unknown" : s.sentiment()) + ".");
      }
    }
    return new Result(stakeholders, gaps);
  }

  private LocalDate lastInteraction(String customer, Contact c, LocalDate asOf) {
    String sql = "SELECT date FROM interactions WHERE customer = ? AND epoch_ms < ? AND ("
        + "lower(from_addr) LIKE ? OR lower(to_addrs) LIKE ? OR lower(participants) LIKE ?"
        + (c.email() == null ? "" : " OR lower(from_addr) LIKE ? OR lower(to_addrs) LIKE ?")
        + ") ORDER BY epoch_ms DESC LIMIT 1";
    try (PreparedStatement ps = index.store().connection().prepareStatement(sql)) {
      String name = "%" + c.name().toLowerCase(Locale.ROOT) + "%";
      ps.setString(1, customer);
      ps.setLong(2, asOf.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
      ps.setString(3, name);
      ps.setString(4, name);
      ps.setString(5, name);
      if (c.email() != null) {
        String email = "%" + c.email().toLowerCase(Locale.ROOT) + "%";
        ps.setString(6, email);
        ps.setString(7, email);
      }
      try (ResultSet rs = ps.executeQuery()) {
        String date = rs.next() ? rs.getString(1) : null;
        return date == null ? null : OffsetDateTime.parse(date).toLocalDate();
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read stakeholder activity", e);
    }
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
