package com.salesworkspace.triggers;

import com.salesworkspace.workspace.FileProblem;
import java.util.List;

/** Plain-text renderings of runs, alerts and explanations, for the CLI and the text part of tool results. */
public final class TriggerReport {
  private TriggerReport() {}

  public static String run(TriggerRun run, int maxAlerts) {
    StringBuilder sb = new StringBuilder();
    sb.append("Triggers as of ").append(run.asOf())
        .append(run.dryRun() ? " (dry run: nothing was written or sent)" : "").append(": ")
        .append(run.rulesRun()).append(" rules on ").append(run.customers()).append(" customers; ")
        .append(run.alerts().size()).append(run.alerts().size() == 1 ? " alert" : " alerts")
        .append(run.dryRun() ? " would fire" : " fired").append(", ").append(run.suppressed().size())
        .append(" held back by cooldown (").append(run.millis()).append(" ms).\n");
    List<Alert> shown = run.alerts().subList(0, Math.min(maxAlerts, run.alerts().size()));
    for (Alert a : shown) {
      sb.append('\n').append(alert(a));
    }
    if (shown.size() < run.alerts().size()) {
      sb.append("\n… and ").append(run.alerts().size() - shown.size())
          .append(" more alerts; narrow with rules or customer, or list stored alerts with list_alerts.\n");
    }
    if (!run.suppressed().isEmpty()) {
      sb.append("\nHeld back by cooldown:\n");
      run.suppressed().stream().limit(maxAlerts).forEach(s -> sb.append("  ").append(s.rule()).append(" · ")
          .append(s.customer()).append(": fired ").append(s.lastFiredOn()).append(", quiet until ")
          .append(s.quietUntil()).append('\n'));
      if (run.suppressed().size() > maxAlerts) {
        sb.append("  … and ").append(run.suppressed().size() - maxAlerts).append(" more\n");
      }
    }
    if (!run.ruleProblems().isEmpty()) {
      sb.append("\nRules that did not load (the others ran):\n");
      for (FileProblem p : run.ruleProblems()) {
        sb.append("  ").append(p).append('\n');
      }
    }
    if (!run.errors().isEmpty()) {
      sb.append("\nRules that failed while running (the others ran):\n");
      for (TriggerRun.RuleError e : run.errors()) {
        sb.append("  ").append(e.rule()).append(" (").append(e.location()).append(")")
            .append(e.customers() > 0 ? " for " + e.customers() + " customers" : "").append(": ")
            .append(e.message()).append('\n');
      }
    }
    return sb.toString();
  }

  public static String alert(Alert a) {
    StringBuilder sb = new StringBuilder();
    sb.append(a.rule()).append(" · ").append(a.customer())
        .append(a.customerName() == null ? "" : " (" + a.customerName() + ")")
        .append(a.id() == null ? "" : " · alert " + a.id()).append(" · ").append(a.firedOn()).append('\n');
    sb.append("  ").append(a.summary()).append('\n');
    a.evidence().interactions().stream().limit(3).forEach(e -> sb.append("  ").append(e.id()).append(": ")
        .append(e.excerpt()).append('\n'));
    for (Alert.ActionOutcome o : a.actions()) {
      sb.append("  ").append(o.action()).append(o.target() == null ? "" : " → " + o.target()).append(": ")
          .append(o.status()).append(o.detail() == null ? "" : " (" + o.detail() + ")").append('\n');
    }
    return sb.toString();
  }

  public static String explanation(Explanation e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.rule()).append(" (").append(e.location()).append(") for ").append(e.customer()).append(" as of ")
        .append(e.asOf()).append(": ").append(e.verdict()).append('\n');
    for (String r : e.reasons()) {
      sb.append("  - ").append(r).append('\n');
    }
    if (!e.conditions().isEmpty()) {
      sb.append("Conditions:\n");
      for (Alert.ConditionResult c : e.conditions()) {
        sb.append("  ").append(c.condition()).append(": ").append(c.result())
            .append(c.detail() == null ? "" : " (" + c.detail() + ")").append('\n');
      }
      sb.append("Values: ").append(PulseLog.values(e.values())).append('\n');
    }
    if (!e.interactions().isEmpty()) {
      sb.append("Interactions with the phrases:\n");
      for (Explanation.InteractionCheck c : e.interactions()) {
        sb.append("  ").append(c.id()).append(" (").append(c.direction()).append(' ').append(c.type()).append(", ")
            .append(c.source()).append("): ").append(c.counts() ? "counts" : "does not count: " + c.why()).append('\n');
        if (c.excerpt() != null) {
          sb.append("    ").append(c.excerpt()).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
