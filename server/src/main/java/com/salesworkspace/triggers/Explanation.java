package com.salesworkspace.triggers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Why a rule fires or does not fire for a customer on a day: every condition with the values it read, every
 * interaction holding one of the phrases and whether it counts (and if not, why), and the cooldown.
 */
public record Explanation(
    String rule,
    String location,
    String customer,
    LocalDate asOf,
    boolean fires,
    String verdict,
    List<String> reasons,
    Map<String, Object> values,
    List<Alert.ConditionResult> conditions,
    List<InteractionCheck> interactions) {

  /** One interaction holding a phrase of the rule (or a stemmed form of one), and whether it counts. */
  public record InteractionCheck(String id, String date, String direction, String source, String type,
      String phrase, String excerpt, boolean counts, String why) {}
}
