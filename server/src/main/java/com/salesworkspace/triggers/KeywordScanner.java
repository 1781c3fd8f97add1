package com.salesworkspace.triggers;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.index.PhraseCandidate;
import com.salesworkspace.model.Company;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the interactions that hold keyword phrases. The full-text index yields candidates (stemmed phrase matches,
 * so nothing is missed and most interactions are never read); each candidate's subject and text are then matched
 * exactly by {@link PhraseMatcher}, and its metadata (direction, source, type, day) comes from the index tables.
 */
public final class KeywordScanner {
  private static final int BATCH = 500;
  private static final int EXCERPT_CHARS = 90;
  private static final java.util.regex.Pattern EMAIL_DOMAIN = java.util.regex.Pattern.compile("@([A-Za-z0-9.-]+)");

  /** An interaction's metadata as the rules filter on it; direction is inferred from the sender when missing. */
  public record InteractionMeta(String path, String id, String customer, String type, String source,
      String direction, String subject, String from, String date, LocalDate day) {}

  /** A phrase found in an interaction: which phrase (its normal form), where (subject or body) and the excerpt. */
  public record Match(String phrase, String field, int start, int end, String excerpt) {}

  /** A candidate interaction and its exact matches (empty when only the stemmed form matched). */
  public record Found(InteractionMeta interaction, List<Match> matches) {}

  private final Index index;
  private final Company company;

  public KeywordScanner(Index index, Company company) {
    this.index = index;
    this.company = company;
  }

  /**
   * Interactions dated on or before {@code asOf} (and at most {@code maxAgeDays} before it, when given) whose subject
   * or text holds one of the phrases; with {@code onlyCustomer}, that customer's only. Oldest first.
   */
  public List<Found> scan(List<String> phrases, LocalDate asOf, Integer maxAgeDays, String onlyCustomer) {
    if (phrases.isEmpty()) {
      return List.of();
    }
    PhraseMatcher matcher = new PhraseMatcher(phrases);
    long since = maxAgeDays == null ? Long.MIN_VALUE
        : asOf.minusDays(maxAgeDays).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 14L * 3600_000L;
    long until = FactsReader.latestMillisOn(asOf);
    List<PhraseCandidate> candidates = new ArrayList<>();
    index.forEachPhraseMatch(List.copyOf(matcher.phrases().values()), since, until, c -> {
      if (onlyCustomer == null || onlyCustomer.equals(c.customer())) {
        candidates.add(c);
      }
    });
    Map<String, InteractionMeta> meta = metadata(candidates.stream().map(PhraseCandidate::path).toList());
    List<Found> found = new ArrayList<>(candidates.size());
    for (PhraseCandidate c : candidates) {
      InteractionMeta m = meta.get(c.path());
      if (m == null || m.day().isAfter(asOf)
          || (maxAgeDays != null && ChronoUnit.DAYS.between(m.day(), asOf) > maxAgeDays)) {
        continue;
      }
      List<Match> matches = new ArrayList<>();
      if (m.subject() != null) {
        for (PhraseMatcher.Hit h : matcher.find(m.subject())) {
          matches.add(new Match(h.phrase(), "subject", h.start(), h.end(), excerpt(m.subject(), h)));
        }
      }
      String body = c.body() == null ? "" : c.body();
      for (PhraseMatcher.Hit h : matcher.find(body)) {
        matches.add(new Match(h.phrase(), "body", h.start(), h.end(), excerpt(body, h)));
      }
      found.add(new Found(m, List.copyOf(matches)));
    }
    found.sort((a, b) -> {
      int byDate = a.interaction().date().compareTo(b.interaction().date());
      return byDate != 0 ? byDate : a.interaction().path().compareTo(b.interaction().path());
    });
    return found;
  }

  private Map<String, InteractionMeta> metadata(List<String> paths) {
    Map<String, InteractionMeta> result = new HashMap<>();
    for (int from = 0; from < paths.size(); from += BATCH) {
      List<String> batch = paths.subList(from, Math.min(paths.size(), from + BATCH));
      String sql = "SELECT path, id, customer, type, source, direction, subject, from_addr, date FROM interactions "
          + "WHERE path IN (" + String.join(",", Collections.nCopies(batch.size(), "?")) + ")";
      try (PreparedStatement ps = index.store().connection().prepareStatement(sql)) {
        for (int i = 0; i < batch.size(); i++) {
          ps.setString(i + 1, batch.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String date = rs.getString(9);
            String from8 = rs.getString(8);
            result.put(rs.getString(1), new InteractionMeta(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), direction(rs.getString(6), from8), rs.getString(7), from8, date,
                LocalDate.parse(date.substring(0, 10))));
          }
        }
      } catch (SQLException e) {
        throw new IndexException("Could not read interaction metadata: " + e.getMessage(), e);
      }
    }
    return result;
  }

  /** The file's direction; when it has none, ours if the sender's domain is one of our company's, else inbound. */
  String direction(String declared, String from) {
    if (declared != null && !declared.isBlank()) {
      return declared;
    }
    if (from == null) {
      return null;
    }
    java.util.regex.Matcher m = EMAIL_DOMAIN.matcher(from);
    if (!m.find()) {
      return null;
    }
    return company.ownsDomain(m.group(1)) ? "outbound" : "inbound";
  }

  static String excerpt(String text, PhraseMatcher.Hit hit) {
    int from = Math.max(0, hit.start() - EXCERPT_CHARS);
    int to = Math.min(text.length(), hit.end() + EXCERPT_CHARS);
    if (from > 0) {
      int space = text.indexOf(' ', from);
      from = space >= 0 && space < hit.start() ? space + 1 : from;
    }
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      to = space > hit.end() ? space : to;
    }
    String s = (from > 0 ? "…" : "") + text.substring(from, hit.start()) + "[" + text.substring(hit.start(), hit.end())
        + "]" + text.substring(hit.end(), to) + (to < text.length() ? "…" : "");
    return s.replaceAll("\\s+", " ").strip();
  }
}
