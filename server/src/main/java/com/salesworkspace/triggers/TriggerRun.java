package com.salesworkspace.triggers;

import com.salesworkspace.workspace.FileProblem;
import java.time.LocalDate;
import java.util.List;

/**
 * What a run did (or, in a dry run, would do): the alerts it raised with their evidence and actions, the firings
 * held back by a cooldown, the rule files that did not load, and the rules that failed while running.
 *
 * @param candidates interactions in which the full-text index found a keyword phrase (before exact matching)
 */
public record TriggerRun(
    LocalDate asOf,
    boolean dryRun,
    int rulesLoaded,
    int rulesRun,
    int customers,
    int candidates,
    List<Alert> alerts,
    List<Suppressed> suppressed,
    List<FileProblem> ruleProblems,
    List<RuleError> errors,
    long millis) {

  /** A rule that matched a customer but fired for it within its cooldown: it stays quiet until {@code quietUntil}. */
  public record Suppressed(String rule, String customer, LocalDate lastFiredOn, LocalDate quietUntil) {}

  /** A rule that failed while running (for some customers or entirely); the other rules ran. */
  public record RuleError(String rule, String location, String message, int customers) {}
}
