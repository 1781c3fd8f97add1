package com.salesworkspace.index;

import java.util.List;

/** One page of ranked hits. {@code total} is exact when {@code totalExact}, else a lower bound. */
public record SearchHits(long total, boolean totalExact, List<Hit> hits) {

  /** A hit: which document, its score (higher is better) and a snippet with the matches in [brackets]. */
  public record Hit(
      String key, String path, String kind, String customer, String type, long epochMillis, String title,
      String snippet, double score) {}
}
