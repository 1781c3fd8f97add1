package com.salesworkspace.triggers;

import java.util.List;
import java.util.Set;

/**
 * One trigger rule, loaded and checked. A rule has keywords (matched in interactions), conditions (CEL over the
 * customer's variables, all of which must hold), or both; it fires at most once per customer per cooldown.
 *
 * @param file workspace-relative path of the rule file
 * @param line the line where the rule starts
 * @param withinDays keyword rules: only interactions at most this many days before the run date (null: any age)
 * @param sources keyword rules: only interactions from these sources (empty: any)
 * @param direction keyword rules: inbound (default), outbound, internal or any
 */
public record Rule(
    String name,
    String file,
    int line,
    String description,
    List<String> keywords,
    List<Condition> conditions,
    List<TriggerAction> actions,
    boolean enabled,
    int cooldownDays,
    Integer withinDays,
    Set<String> sources,
    String direction) {

  public static final int DEFAULT_COOLDOWN_DAYS = 7;
  public static final String ANY_DIRECTION = "any";

  public Rule {
    keywords = List.copyOf(keywords);
    conditions = List.copyOf(conditions);
    actions = List.copyOf(actions);
    sources = Set.copyOf(sources);
  }

  public boolean isKeywordRule() {
    return !keywords.isEmpty();
  }

  public String kind() {
    return isKeywordRule() ? "keywords" : "conditions";
  }

  /** Where the rule is written, for messages: {@code personal/triggers/seed-rules.yaml:5}. */
  public String location() {
    return file + ":" + line;
  }

  /** One checked condition and the line it is written on. */
  public record Condition(String expression, int line, CompiledCondition compiled) {}
}
