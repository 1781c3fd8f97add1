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
    List<Mention> mentions = mentions(customer, asOf);
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (Contact c : contacts) {
      LocalDate lastInteraction = lastInteraction(c, mentions);
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

  /** Who took part in one interaction (sender, recipients, participants), case-folded, and when. */
  private record Mention(String people, LocalDate date) {}

  /**
   * The customer's interactions up to {@code asOf}, newest first. Case is folded here, in Java: SQLite's lower()
   * folds only ASCII, so "Søren Østergaard" would never match a name-only mention.
   */
  private List<Mention> mentions(String customer, LocalDate asOf) {
    List<Mention> mentions = new ArrayList<>();
    try (PreparedStatement ps = index.store().connection().prepareStatement(
        "SELECT date, from_addr, to_addrs, participants FROM interactions WHERE customer = ? AND epoch_ms < ? "
            + "ORDER BY epoch_ms DESC")) {
      ps.setString(1, customer);
      ps.setLong(2, asOf.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String people = String.join(" ", nz(rs.getString(2)), nz(rs.getString(3)), nz(rs.getString(4)));
          mentions.add(new Mention(people.toLowerCase(Locale.ROOT), OffsetDateTime.parse(rs.getString(1)).toLocalDate()));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read stakeholder activity", e);
    }
    return mentions;
  }

  private static LocalDate lastInteraction(Contact c, List<Mention> newestFirst) {
    String name = c.name().toLowerCase(Locale.ROOT);
    String email = c.email() == null ? null : c.email().toLowerCase(Locale.ROOT);
    for (Mention m : newestFirst) {
      if (m.people().contains(name) || (email != null && m.people().contains(email))) {
        return m.date();
      }
    }
    return null;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
