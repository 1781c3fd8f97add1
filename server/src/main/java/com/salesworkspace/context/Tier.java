package com.salesworkspace.context;

import com.salesworkspace.workspace.WorkspaceException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The three context sizes. The budget is hard: a context never holds more than {@link #hardLimit()} cl100k tokens
 * (95% of the budget, a margin for Claude's own tokenizer), and fills at least {@link #fillTarget()} (90%) when the
 * account has that much material. The other numbers say how the budget is shared out first; what is left over is
 * spent by priority (see {@link ContextPlanner}).
 */
public enum Tier {
  COMPACT(5_000, 10, 120, 5, 2, 5, 3, 3, 3, 240, 3, 2, new int[] {90, 180, 350, 700},
      0.30, 0.30, 0.15, 0.15, 0.0, 0.0),
  STANDARD(40_000, 40, 300, 25, 10, 20, 12, 12, 8, 400, 8, 8, new int[] {200, 500, 1200, 3000, 6000},
      0.15, 0.35, 0.25, 0.15, 0.06, 0.5),
  EXTENDED(200_000, 200, 2000, 100, 50, 80, 50, 50, 20, 600, 20, 30, new int[] {400, 1500, 4000, 8000},
      0.08, 0.40, 0.30, 0.12, 0.05, 0.75);

  /** The share of the budget kept free for the difference between cl100k and Claude's tokenizer. */
  public static final double MARGIN = 0.05;
  /** The least a context fills of its budget when the account has enough material. */
  public static final double FILL = 0.90;

  final int budget;
  final int maxStakeholders;
  final int contactNoteChars;
  final int maxOpenDeals;
  final int maxClosedDeals;
  final int maxRisks;
  final int maxObjections;
  final int maxBuying;
  final int maxCompetitors;
  final int signalChars;
  final int recentCount;
  final int relevantCount;
  /** Excerpt sizes in tokens, smallest first; an interaction shorter than a size is shown whole at that level. */
  final int[] excerptLevels;
  final double signalShare;
  final double recentShare;
  final double relevantShare;
  final double timelineShare;
  final double notesShare;
  /** Up to this share of the budget, more interactions are shown as excerpts before history goes line by line. */
  final double promoteShare;

  Tier(int budget, int maxStakeholders, int contactNoteChars, int maxOpenDeals, int maxClosedDeals, int maxRisks,
      int maxObjections, int maxBuying, int maxCompetitors, int signalChars, int recentCount, int relevantCount,
      int[] excerptLevels, double signalShare, double recentShare, double relevantShare, double timelineShare,
      double notesShare, double promoteShare) {
    this.budget = budget;
    this.maxStakeholders = maxStakeholders;
    this.contactNoteChars = contactNoteChars;
    this.maxOpenDeals = maxOpenDeals;
    this.maxClosedDeals = maxClosedDeals;
    this.maxRisks = maxRisks;
    this.maxObjections = maxObjections;
    this.maxBuying = maxBuying;
    this.maxCompetitors = maxCompetitors;
    this.signalChars = signalChars;
    this.recentCount = recentCount;
    this.relevantCount = relevantCount;
    this.excerptLevels = excerptLevels;
    this.signalShare = signalShare;
    this.recentShare = recentShare;
    this.relevantShare = relevantShare;
    this.timelineShare = timelineShare;
    this.notesShare = notesShare;
    this.promoteShare = promoteShare;
  }

  @com.fasterxml.jackson.annotation.JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The nominal budget in tokens: 5,000, 40,000 or 200,000. */
  public int budget() {
    return budget;
  }

  /** The most tokens (cl100k_base) a context of this tier ever holds. */
  public int hardLimit() {
    return (int) Math.floor(budget * (1 - MARGIN));
  }

  /** The least a context fills when the account has enough material. */
  public int fillTarget() {
    return (int) Math.ceil(budget * FILL);
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Tier::id).toList();
  }

  public static Tier parse(String id) {
    if (id == null || id.isBlank()) {
      return COMPACT;
    }
    for (Tier t : values()) {
      if (t.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new WorkspaceException("Unknown tier '" + id + "'; use compact (5,000 tokens), standard (40,000) or "
        + "extended (200,000).");
  }
}
