package com.salesworkspace.context;

import java.util.List;

/**
 * A built context: the Markdown text (its first line reports the tier, the token count and the encoding), how many
 * tokens it holds by {@link #encoding}, what it holds, and an id that changes whenever the text does (so pages of
 * one context can be told from pages of another).
 */
public record CustomerContext(
    String customer,
    String name,
    Tier tier,
    String focus,
    String asOf,
    String encoding,
    int tokens,
    int budget,
    int hardLimit,
    String contextId,
    String text,
    List<String> sections,
    Coverage coverage) {

  /**
   * What made it in: interactions on record (up to as_of), shown whole, shown as excerpts, listed on the timeline,
   * folded into monthly lines; signals listed; and whether everything the account has was included.
   */
  public record Coverage(
      int interactions, int shownWhole, int excerpted, int timelineLines, int condensedIntoMonths,
      int nearDuplicatesFolded, int signals, boolean complete) {}
}
