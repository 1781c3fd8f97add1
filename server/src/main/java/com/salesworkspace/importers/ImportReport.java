package com.salesworkspace.importers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: a count per outcome and per kind of record, and the items that need a person's attention
 * (unmatched, failed, kept local edits), each with its reason. Thread-safe, since readers may work in parallel.
 */
public final class ImportReport {
  /** Kept per list so that a report of a huge import stays readable; the counts are always exact. */
  public static final int MAX_LISTED = 200;

  public enum Outcome {
    CREATED, UPDATED, UNCHANGED, UNMATCHED, SKIPPED, FAILED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One item worth listing: what it was, and why it ended as it did. */
  public record Entry(Outcome outcome, String kind, String item, String reason) {}

  private final Map<Outcome, Map<String, Long>> counts = new EnumMap<>(Outcome.class);
  private final List<Entry> listed = new ArrayList<>();

  /**
   * Counts one item.
   *
   * @param kind what was imported: interaction, account, contact, deal, user...
   * @param reason why (required for UNMATCHED, SKIPPED and FAILED, optional otherwise)
   */
  public synchronized void record(Outcome outcome, String kind, String item, String reason) {
    counts.computeIfAbsent(outcome, o -> new java.util.TreeMap<>()).merge(kind, 1L, Long::sum);
    if (outcome == Outcome.UNMATCHED || outcome == Outcome.FAILED || outcome == Outcome.SKIPPED
        || (outcome == Outcome.UNCHANGED && reason != null)) {
      long listedOfOutcome = listed.stream().filter(e -> e.outcome() == outcome).count();
      if (listedOfOutcome < MAX_LISTED) {
        listed.add(new Entry(outcome, kind, item, reason));
      }
    }
  }

  public synchronized long count(Outcome outcome) {
    return counts.getOrDefault(outcome, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  public synchronized long count(Outcome outcome, String kind) {
    return counts.getOrDefault(outcome, Map.of()).getOrDefault(kind, 0L);
  }

  /** Counts by outcome, then by kind. */
  public synchronized Map<Outcome, Map<String, Long>> counts() {
    Map<Outcome, Map<String, Long>> copy = new EnumMap<>(Outcome.class);
    counts.forEach((o, byKind) -> copy.put(o, Map.copyOf(byKind)));
    return copy;
  }

  /**
   * The unmatched, skipped and failed items, and unchanged ones with a reason (a kept local edit), up to
   * {@link #MAX_LISTED} of each, in the order they happened.
   */
  public synchronized List<Entry> listed() {
    return Collections.unmodifiableList(new ArrayList<>(listed));
  }
}
