package com.salesworkspace.triggers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule that fired for a customer: why (the evidence) and what was done about it. Stored in the index's alerts
 * table and in reporting/pulse/; in a dry run the same record says what would happen and has no id.
 */
public record Alert(
    String id,
    String rule,
    String ruleFile,
    String customer,
    String customerName,
    String kind,
    LocalDate firedOn,
    String firedAt,
    String summary,
    Evidence evidence,
    List<ActionOutcome> actions) {

  public Alert {
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  public Alert withActions(List<ActionOutcome> outcomes) {
    return new Alert(id, rule, ruleFile, customer, customerName, kind, firedOn, firedAt, summary, evidence, outcomes);
  }

  /**
   * Why it fired: the interactions and the phrase spans found in them (keyword rules), and the variable values and
   * each condition's result (condition rules; keyword rules with conditions too).
   */
  public record Evidence(List<InteractionEvidence> interactions, Map<String, Object> values,
      List<ConditionResult> conditions) {
    public Evidence {
      interactions = interactions == null ? List.of() : List.copyOf(interactions);
      conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
  }

  /** One interaction that matched: the phrase, where it is (subject or body, character offsets) and an excerpt. */
  public record InteractionEvidence(String id, String date, String type, String source, String direction, String from,
      String subject, String phrase, String field, int start, int end, String excerpt) {}

  /** One condition and its result for this customer. */
  public record ConditionResult(String condition, String result, String detail) {}

  /**
   * What one action did or would do. {@code status}: sent, written, proposed (in the outbox), skipped, failed; in a
   * dry run would_send, would_write, would_propose. {@code channel}: slack, outbox, task, deals, salesforce.
   */
  public record ActionOutcome(String action, String target, String channel, String status, String detail, String ref) {}
}
