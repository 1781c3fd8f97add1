package com.salesworkspace.crm;

import com.salesworkspace.interactions.InteractionHit;
import java.time.LocalDate;
import java.util.List;

/** What the workspace knows about competitors: for each, the battlecard, the mentions and the deals. */
public record CompetitorReport(String customer, List<Findings> competitors, String note) {

  /** {@code deals} holds the first {@code limit} of {@code dealsTotal} deals listing the competitor. */
  public record Findings(String competitor, String battlecard, List<Battlecard.Section> sections, Mentions mentions,
      int dealsTotal, List<CompetingDeal> deals) {}

  /** Interactions that name the competitor, with a snippet and the id to cite. */
  public record Mentions(long total, boolean totalIsExact, boolean hasMore, String nextCursor,
      List<InteractionHit> items) {}

  public record CompetingDeal(String customer, String id, String name, Double amount, String stage,
      LocalDate closeDate) {}
}
